"""Trace-Command -Name ParameterBinding: PowerShell's trace shape, the chosen set, pipeline binding."""
from __future__ import annotations

P = "DEBUG: ParameterBinding Information: 0 : "


def lines(result):
    return [l[len(P):] for l in result.errors.splitlines() if l.startswith(P)]


def test_named_argument_and_the_chosen_set(shell):
    result = shell.run('Trace-Command -Name ParameterBinding -Expression { Get-CsXmppAllowedPartner -Filter "*.org" } '
                       '-PSHost')
    assert lines(result)[:8] == [
        "BIND NAMED cmd line args [Get-CsXmppAllowedPartner]",
        "    BIND arg [*.org] to parameter [Filter]",
        "        COERCE arg to [System.String]",
        "            Parameter and arg types the same, no coercion is needed.",
        "        BIND arg [*.org] to param [Filter] SUCCESSFUL",
        "BIND POSITIONAL cmd line args [Get-CsXmppAllowedPartner]",
        "PARAMETER SET [Filter] chosen: the only parameter set that fits the arguments",
        "MANDATORY PARAMETER CHECK on cmdlet [Get-CsXmppAllowedPartner]",
    ]
    assert "CALLING BeginProcessing" in lines(result)
    assert "Identity                   : xmpp.contoso.org" in result.output


def test_the_stray_dash_is_explained(shell):
    result = shell.run('Trace-Command ParameterBinding { Get-CsXmppAllowedPartner - Filter "*.org" } -PSHost')
    traced = lines(result)
    assert "    BIND arg [-] to parameter [Identity]" in traced
    assert "        BIND arg [-] to param [Identity] SUCCESSFUL" in traced
    assert ("    No parameter of [Get-CsXmppAllowedPartner] is left to take the positional argument [Filter]"
            in traced)
    assert "PositionalParameterNotFound" in result.errors


def test_pipeline_binding_by_value_and_by_property_name(shell):
    shell.run("function Show-Name { param([Parameter(ValueFromPipelineByPropertyName=$true)][string]$Identity) "
              "process { $Identity } }")
    result = shell.run("Trace-Command ParameterBinding { Get-CsAdminRole -Identity CsHelpDesk | Show-Name } -PSHost")
    traced = lines(result)
    assert "BIND PIPELINE object to parameters: [Show-Name]" in traced
    assert "    PIPELINE object TYPE = [Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role]" in traced
    assert "    Parameter [Identity] PIPELINE INPUT ValueFromPipelineByPropertyName NO COERCION" in traced
    assert "        The input object's property [Identity] gives the value" in traced
    assert result.output == "CsHelpDesk\n"


def test_conversion_is_traced(shell):
    traced = lines(shell.run("function f([int]$n) { $n }; Trace-Command ParameterBinding { f '42' } -PSHost"))
    assert "            Trying to convert argument value from System.String to System.Int32" in traced
    assert "            CONVERT SUCCESSFUL using LanguagePrimitives.ConvertTo: [42]" in traced


def test_command_with_argument_list(shell):
    result = shell.run("$r = Trace-Command ParameterBinding -Command Get-CsAdminRole -ArgumentList CsHelpDesk "
                       "-PSHost; $r.Identity")
    assert "    BIND arg [CsHelpDesk] to parameter [Identity]" in lines(result)
    assert result.output == "CsHelpDesk\n"


def test_without_a_listener_nothing_is_shown_and_tracing_ends(shell):
    result = shell.run("Trace-Command ParameterBinding { Get-CsAdminRole -Identity CsHelpDesk }")
    assert result.errors == ""
    assert shell.context.binding_tracer is None
    assert shell.run("Get-CsAdminRole -Identity CsHelpDesk").errors == ""


def test_an_unknown_source_traces_nothing(shell):
    assert lines(shell.run("Trace-Command NoSuchSource { 1 } -PSHost")) == []


def test_file_path_collects_the_lines(shell, tmp_path):
    target = tmp_path / "trace.txt"
    shell.run(f"Trace-Command ParameterBinding {{ Get-CsAdminRole -Identity CsHelpDesk }} -FilePath '{target}'")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("ParameterBinding Information: 0 : BIND NAMED cmd line args [Get-CsAdminRole]\n")


def test_an_array_argument_is_shown_by_its_type_name(shell):
    result = shell.run('Trace-Command ParameterBinding { Write-Output -InputObject ([string[]]@(1)) } -PSHost')
    assert "    BIND arg [System.String[]] to parameter [InputObject]" in lines(result)
    result = shell.run('Trace-Command ParameterBinding { Write-Output -InputObject @(1) } -PSHost')
    assert "    BIND arg [System.Object[]] to parameter [InputObject]" in lines(result)
