"""Trace-Pipeline: per-stage counts, sample identities, Where-Object's reasons; the objects still flow."""
from __future__ import annotations


def test_explains_the_seed_documents_filter(shell):
    result = shell.run('Trace-Pipeline { Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"} }')
    out = result.output
    report, _, objects = out.partition("\n\n")
    assert report.splitlines()[0] == \
        'Pipeline: Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"}'
    assert "  [1] Get-CsXmppAllowedPartner\n      in: -  out: 11\n" in report
    assert "      in: 11  out: 4\n" in report
    assert ('      dropped  xmpp.contoso.org: $_.SaslNegotiation is Optional, so -eq "Required" is False'
            in report)
    assert '      kept     xmpp.contoso.com: $_.SaslNegotiation is Required, so -eq "Required" is True' in report
    assert objects.count("SaslNegotiation            : Required") == 4
    assert result.errors == ""


def test_objects_reach_the_pipeline_and_the_report_goes_to_the_host(shell):
    result = shell.run("$x = Trace-Pipeline { 1, 5, 12, 3 | Where-Object {$_ -gt 4} }; $x.Count; $x -join ','")
    assert result.output.endswith("2\n5,12\n")
    assert "  [1] 1, 5, 12, 3\n      in: -  out: 4\n" in result.output
    assert "      kept     5: $_ is 5, so -gt 4 is True\n" in result.output


def test_simplified_where_and_later_stages(shell):
    result = shell.run("Trace-Pipeline { Get-CsAdminRole | Where-Object IsStandardRole -eq $false | "
                       "& { process { $_.Identity } } } -First 2")
    out = result.output
    assert "dropped  CsAdministrator: IsStandardRole is $true, so -eq $false is False" in out
    assert "      ... and 9 more" in out
    assert "  [3] & { process { $_.Identity } }\n      in: 2  out: 2\n" in out
    assert out.endswith("RedmondVoiceAdministrators\nRedmondHelpDesk\n")


def test_and_conditions_are_explained_part_by_part(shell):
    out = shell.run("Trace-Pipeline { 1, 5 | Where-Object { $_ -gt 4 -and $_ -lt 10 } }").output
    assert "kept     5: ($_ is 5, so -gt 4 is True) -and ($_ is 5, so -lt 10 is True): True" in out


def test_nested_pipelines_are_not_traced_and_tracing_ends(shell):
    out = shell.run("function Get-Small { 1..3 | Where-Object { $_ -lt 3 } }; Trace-Pipeline { Get-Small }").output
    assert out.count("Pipeline:") == 1
    assert shell.context.pipeline_tracer is None
    assert shell.run("1..2 | Where-Object { $_ -gt 1 }").output == "2\n"


def test_first_must_be_positive(shell):
    assert "ParameterArgumentValidationError" in shell.run("Trace-Pipeline { 1 } -First 0").errors
