"""Get-Command: names and wildcards, verb, noun, module and command type, -Syntax, and the
CommandType/Name/Version/Source table."""
from __future__ import annotations

import pytest

from pyshell.host import CaptureHost
from pyshell.shell import Shell


@pytest.fixture
def shell():
    s = Shell(CaptureHost(width=120), store=":memory:")
    yield s
    s.close()


def names(shell: Shell, script: str) -> list[str]:
    return shell.run(f"({script}).Name").output.splitlines()


def test_the_table_is_the_one_powershell_shows(shell):
    out = shell.run("Get-Command Get-Member, gm").output
    lines = out.splitlines()
    assert lines[1].rstrip() == "CommandType     Name                                               Version    Source"
    assert lines[2].rstrip() == "-----------     ----                                               -------    ------"
    assert lines[3].rstrip() == ("Cmdlet          Get-Member                                         3.1.0.0    "
                                 "Microsoft.PowerShell.Utility")
    assert lines[4].rstrip() == "Alias           gm -> Get-Member"


def test_wildcards_sort_by_kind_then_name(shell):
    assert names(shell, "Get-Command *-Alias, gal") == ["gal", "Get-Alias", "New-Alias", "Set-Alias"]


def test_verb_and_noun(shell):
    assert names(shell, "Get-Command -Verb Get -Noun CsXmppAllowed*") == ["Get-CsXmppAllowedPartner"]
    lync = names(shell, "Get-Command -Module Lync -Verb Set")
    assert "Set-CsXmppAllowedPartner" in lync and all(n.startswith("Set-") for n in lync)


def test_module_uses_windows_powershell_module_names(shell):
    core = names(shell, "Get-Command -Module Microsoft.PowerShell.Core")
    assert "Where-Object" in core and "Get-Command" in core and "Get-Member" not in core
    assert "Get-Member" in names(shell, "Get-Command -Module Microsoft.PowerShell.Utility")


def test_command_type(shell):
    found = names(shell, "Get-Command -CommandType Alias -Name g*")
    assert "gm" in found and "gcm" in found and "Get-Member" not in found
    shell.run("function Get-Thing {}")
    # prompt is the function every session starts with.
    assert names(shell, "Get-Command -CommandType Function") == ["Get-Thing", "prompt"]


def test_functions_are_commands_too(shell):
    out = shell.run("function Get-Thing {}; Get-Command Get-Thing").output
    assert "Function        Get-Thing" in out


def test_an_unknown_name_is_an_error_but_an_empty_pattern_is_not(shell):
    result = shell.run("Get-Command Get-Nothing; Get-Command *Nothing*; 'after'")
    assert result.output == "after\n"
    assert "The term 'Get-Nothing' is not recognized" in result.errors
    assert result.errors.count("CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand") == 1


def test_syntax(shell):
    out = shell.run("Get-Command Get-CsXmppAllowedPartner -Syntax").output
    assert out == ("\nGet-CsXmppAllowedPartner [[-Identity] <XdsGlobalRelativeIdentity>] [-LocalStore] "
                   "[<CommonParameters>]\n\nGet-CsXmppAllowedPartner [-Filter <string>] [-LocalStore] "
                   "[<CommonParameters>]\n\n")


def test_syntax_of_an_alias_names_the_alias(shell):
    out = shell.run("Get-Command gal -Syntax").output
    assert out.startswith("gal (alias) -> Get-Alias\n\ngal [[-Name] <string[]>]")


def test_syntax_of_a_function(shell):
    out = shell.run("function f([string]$Name, [int]$Count) {}; Get-Command f -Syntax").output
    assert out == "\nf [[-Name] <string>] [[-Count] <int>]\n\n"


def test_parameter_name_and_total_count(shell):
    found = names(shell, "Get-Command -ParameterName LocalStore")
    assert "Get-CsXmppAllowedPartner" in found and "Get-Member" not in found
    assert len(names(shell, "Get-Command -TotalCount 3")) == 3


def test_command_info_objects(shell):
    out = shell.run("$c = Get-Command Get-CsXmppAllowedPartner; $c.Verb; $c.Noun; $c.Source; $c.CommandType; "
                    "$c.ParameterSets -join ','").output
    assert out == "Get\nCsXmppAllowedPartner\nLync\nCmdlet\nIdentity,Filter\n"
    assert shell.run("(Get-Command gm).ResolvedCommandName").output == "Get-Member\n"


def test_the_gcm_alias(shell):
    assert names(shell, "gcm Get-Alias") == ["Get-Alias"]
