"""Get-Help through the shell: views, parameters, the online address, topic lists, about_ topics
and the help/man aliases."""
from __future__ import annotations

import pytest

from pyshell.host import CaptureHost
from pyshell.shell import Shell


@pytest.fixture
def shell():
    s = Shell(CaptureHost(width=200), store=":memory:")
    yield s
    s.close()


def test_a_lync_cmdlet_shows_one_syntax_line_per_parameter_set(shell):
    out = shell.run("Get-Help Get-CsXmppAllowedPartner").output
    syntax = out[out.index("SYNTAX\n"):out.index("DESCRIPTION")]
    assert syntax == ("SYNTAX\n"
                      "    Get-CsXmppAllowedPartner [[-Identity] <XdsGlobalRelativeIdentity>] [-LocalStore] "
                      "[<CommonParameters>]\n\n"
                      "    Get-CsXmppAllowedPartner [-Filter <String>] [-LocalStore] [<CommonParameters>]\n\n\n")
    assert out.startswith("\nNAME\n    Get-CsXmppAllowedPartner\n\nSYNOPSIS\n")
    assert "REMARKS\n    To see the examples, type: \"get-help Get-CsXmppAllowedPartner -examples\"." in out


def test_examples_show_the_declared_examples(shell):
    out = shell.run("Get-Help Get-CsXmppAllowedPartner -Examples").output
    assert "PS C:\\>Get-CsXmppAllowedPartner -Identity \"xmpp.contoso.com\"" in out
    assert "SYNTAX" not in out


def test_detailed_and_full(shell):
    detailed = shell.run("Get-Help Get-Member -Detailed").output
    assert "PARAMETERS\n    -InputObject <PSObject>\n" in detailed and "\n    -Name <String[]>\n" in detailed
    assert "Required?" not in detailed
    full = shell.run("Get-Help Get-Member -Full").output
    assert "        Accept pipeline input?       true (ByValue)" in full
    assert "OUTPUTS\n    Microsoft.PowerShell.Commands.MemberDefinition\n" in full


def test_parameter_shows_one_parameter(shell):
    out = shell.run("Get-Help Get-Variable -Parameter Scope").output
    assert out.startswith("\n-Scope <String>\n    Look in this scope only")
    result = shell.run("Get-Help Get-Variable -Parameter Nothing")
    assert "No parameter matches criteria Nothing." in result.errors
    assert "NoParmsFound,Microsoft.PowerShell.Commands.GetHelpCommand" in result.errors


def test_online_prints_the_address(shell):
    assert shell.run("Get-Help Get-Member -Online").output == "https://go.microsoft.com/fwlink/?LinkID=113322\n"


def test_online_without_an_address_is_an_error(shell):
    result = shell.run("function f {}; Get-Help f -Online")
    assert "The online version of this Help topic cannot be displayed" in result.errors


def test_an_alias_shows_its_commands_help(shell):
    assert shell.run("Get-Help gm").output == shell.run("Get-Help Get-Member").output


def test_help_and_man_show_what_get_help_shows(shell):
    expected = shell.run("Get-Help Get-Alias").output
    assert shell.run("help Get-Alias").output == expected
    assert shell.run("man Get-Alias").output == expected


def test_wildcards_list_the_matching_topics(shell):
    out = shell.run("Get-Help *-*Variable").output
    lines = out.splitlines()
    assert lines[1].split() == ["Name", "Category", "Module", "Synopsis"]
    names = [line.split()[0] for line in lines[3:] if line.strip()]
    assert names == ["Clear-Variable", "Get-Variable", "New-Variable", "Remove-Variable", "Set-Variable"]
    assert "Cmdlet    Microsoft.PowerShell.U... " in out       # the Module column is 25 wide


def test_a_name_without_wildcards_that_is_no_command_is_searched_for(shell):
    out = shell.run("Get-Help XmppAllowed").output
    assert "Get-CsXmppAllowedPartner" in out and "Set-CsXmppAllowedPartner" in out


def test_an_unknown_topic_is_an_error(shell):
    result = shell.run("Get-Help no-such-thing-at-all")
    assert "Get-Help could not find no-such-thing-at-all in a help file in this session." in result.errors
    assert "HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand" in result.errors
    assert shell.run("Get-Help *no-such-thing*").errors == ""


def test_about_topics_are_listed_and_shown(shell):
    out = shell.run("Get-Help about_*").output
    for name in ("about_pyshell", "about_pyshell_demo_organisation", "about_pyshell_store"):
        assert f"{name} " in out
    assert "HelpFile" in out
    text = shell.run("Get-Help about_pyshell_store").output
    assert text.startswith("TOPIC\n    about_pyshell_store\n\nSHORT DESCRIPTION\n")


def test_category_filters_the_list(shell):
    out = shell.run("Get-Help *pyshell* -Category HelpFile").output
    assert "about_pyshell_store" in out and "Cmdlet" not in out


def test_without_a_name_the_help_system_is_described(shell):
    out = shell.run("Get-Help").output
    assert "Get-Help <name> -Examples" in out and "about_pyshell" in out


def test_a_function_with_comment_based_help(shell):
    script = ("function Get-Thing {\n<#\n.SYNOPSIS\nGets a thing.\n.PARAMETER Name\nWhich thing.\n#>\n"
              "param([string]$Name)\n}\nGet-Help Get-Thing -Detailed")
    out = shell.run(script).output
    assert "SYNOPSIS\n    Gets a thing.\n" in out
    # Comment-based help always ends the syntax with [<CommonParameters>], as Windows PowerShell does.
    assert "    Get-Thing [[-Name] <String>] [<CommonParameters>]\n" in out
    assert "    -Name <String>\n        Which thing.\n" in out


def test_help_is_an_object_scripts_can_read(shell):
    out = shell.run("$h = Get-Help Get-CsXmppAllowedPartner; $h.Name; $h.Synopsis -ne ''; $h.Syntax.Count; "
                    "$h.Category; ($h.Parameters | Where-Object name -eq Identity).position").output
    assert out == "Get-CsXmppAllowedPartner\nTrue\n2\nCmdlet\n0\n"
    assert shell.run("(Get-Help Get-Member -Full).pstypenames[0]").output == "MamlCommandHelpInfo#FullView\n"
    assert shell.run("(Get-Help Get-Alias -Parameter Name).pipelineInput").output == "true (ByValue, ByPropertyName)\n"


def test_examples_property_is_one_object_shown_as_the_examples(shell):
    # (Get-Help x).Examples: one MamlCommandHelpInfo#examples object, its `example` the list,
    # shown as Get-Help -Examples shows them.
    out = shell.run("(Get-Help Get-CsXmppAllowedPartner).Examples").output
    assert out.lstrip("\n").startswith("    -------------------------- EXAMPLE 1 --------------------------\n\n"
                                       "    PS C:\\>Get-CsXmppAllowedPartner\n")
    assert shell.run("$e = (Get-Help Get-CsXmppAllowedPartner).Examples; $e.example.Count -gt 1; "
                     "$e.example[0].title; $e.example[0].Code").output == \
        "True\n-------------------------- EXAMPLE 1 --------------------------\nGet-CsXmppAllowedPartner\n"
