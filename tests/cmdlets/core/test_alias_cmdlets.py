"""Get-Alias, Set-Alias, New-Alias: the session's aliases, PowerShell's read-only ones, and
aliases that stay in the session that made them."""
from __future__ import annotations

import pytest

from pyshell.host import CaptureHost
from pyshell.shell import Shell


@pytest.fixture
def shell():
    s = Shell(CaptureHost(width=120), store=":memory:")
    yield s
    s.close()


def test_get_alias_shows_name_arrow_command(shell):
    out = shell.run("Get-Alias gm").output
    assert out.splitlines()[3].rstrip() == "Alias           gm -> Get-Member"


def test_get_alias_lists_sorted_and_by_definition(shell):
    listed = shell.run("(Get-Alias).Name").output.splitlines()
    assert listed == sorted(listed, key=str.lower)
    for alias in ("gm", "gcm", "gal", "gv", "sv", "echo", "write", "man", "?", "where"):
        assert alias in listed
    assert shell.run("(Get-Alias -Definition Where-Object).Name").output == "?\nwhere\n"
    assert shell.run("(Get-Alias g* -Exclude gv, gu).Name -contains 'gv'").output == "False\n"


def test_get_alias_of_a_missing_name_is_an_error(shell):
    result = shell.run("Get-Alias nosuch; Get-Alias nosuch*; 'after'")
    assert result.output == "after\n"
    assert ("This command cannot find a matching alias because an alias with the name 'nosuch' does not exist."
            in result.errors)
    assert "ItemNotFoundException,Microsoft.PowerShell.Commands.GetAliasCommand" in result.errors


def test_set_alias_makes_a_working_alias(shell):
    assert shell.run("Set-Alias p Get-CsXmppAllowedPartner; (p -Identity gmail.com).Identity").output == "gmail.com\n"
    assert shell.run("(Get-Alias p).Definition").output == "Get-CsXmppAllowedPartner\n"


def test_an_alias_may_name_another_alias(shell):
    assert shell.run("Set-Alias members gm; (1 | members -Name GetType).Name").output == "GetType\n"
    assert "Get-Alias" in shell.run("man Get-Alias").output       # man -> help, which shows Get-Help


def test_powershells_read_only_aliases_need_force(shell):
    result = shell.run("Set-Alias gm Get-Command; (Get-Alias gm).Definition")
    assert result.output == "Get-Member\n"
    assert "Alias is not writeable because alias gm is read-only or constant" in result.errors
    assert "AliasNotWritable,Microsoft.PowerShell.Commands.SetAliasCommand" in result.errors
    assert shell.run("Set-Alias gm Get-Command -Force; (Get-Alias gm).Definition").output == "Get-Command\n"


def test_options(shell):
    assert shell.run("(Get-Alias gm).Options; (Get-Alias where).Options; (Get-Alias echo).Options").output == \
        "ReadOnly\nReadOnly, AllScope\nAllScope\n"
    # ? is a wildcard: it finds every one-character alias, as in PowerShell.
    assert shell.run("(Get-Alias ?).Name -contains '?'; (Get-Alias ?).Name -contains 'gm'").output == \
        "True\nFalse\n"
    result = shell.run("Set-Alias c1 Get-Date -Option Constant; Set-Alias c1 Get-Member -Force; (Get-Alias c1).Definition")
    assert result.output == "Get-Date\n" and "AliasNotWritable" in result.errors
    result = shell.run("Set-Alias r1 Get-Date -Option ReadOnly -Description 'the date'; (Get-Alias r1).Description")
    assert result.output == "the date\n"


def test_set_alias_replaces_the_whole_alias(shell):
    # What Set-Alias is not given is the default again, not what the old alias had (as 5.1's
    # SetAliasCommand makes a new AliasInfo); Set-Item on the alias: drive changes the value only.
    shell.run("Set-Alias r2 Get-Date -Option ReadOnly -Description 'the date'")
    assert shell.run("Set-Alias r2 Get-Date -Force; (Get-Alias r2).Options; '[' + (Get-Alias r2).Description + ']'"
                     ).output == "None\n[]\n"
    shell.run("Set-Alias r3 Get-Date -Description 'kept'; Set-Item alias:r3 -Value Get-Member")
    assert shell.run("(Get-Alias r3).Description; (Get-Alias r3).Definition").output == "kept\nGet-Member\n"


def test_new_alias_refuses_an_existing_name(shell):
    result = shell.run("New-Alias x1 Get-Date; New-Alias x1 Get-Member; (Get-Alias x1).Definition")
    assert result.output == "Get-Date\n"
    assert "The alias is not allowed, because an alias with the name 'x1' already exists." in result.errors
    assert "AliasAlreadyExists,Microsoft.PowerShell.Commands.NewAliasCommand" in result.errors
    assert shell.run("New-Alias x1 Get-Member -Force; (Get-Alias x1).Definition").output == "Get-Member\n"


def test_passthru_and_whatif(shell):
    assert shell.run("(Set-Alias y1 Get-Date -PassThru).DisplayName").output == "y1 -> Get-Date\n"
    result = shell.run("New-Alias y2 Get-Date -WhatIf; Get-Alias y2 -ErrorAction SilentlyContinue")
    assert 'What if: Performing the operation "New Alias" on target "Name: y2 Value: Get-Date".' in result.output


def test_aliases_stay_in_their_session():
    one, two = Shell(store=":memory:"), Shell(store=":memory:")
    try:
        one.run("Set-Alias only-here Get-Date; Set-Alias gm Get-Command -Force")
        assert two.run("Get-Alias only-here -ErrorAction SilentlyContinue").output == ""
        assert two.run("(Get-Alias gm).Definition").output == "Get-Member\n"
    finally:
        one.close()
        two.close()


def test_aliases_of_the_brief_exist(shell):
    script = "foreach ($a in 'gm','gcm','gal','gv','sv','echo','write','man') { (Get-Alias $a).Definition }"
    assert shell.run(script).output.split() == ["Get-Member", "Get-Command", "Get-Alias", "Get-Variable",
                                                "Set-Variable", "Write-Output", "Write-Output", "help"]
    # As in PowerShell, help itself is a command (it pages Get-Help), not an alias.
    assert "help" not in shell.run("(Get-Alias).Name").output.split()


def test_a_bad_scope_is_an_error(shell):
    assert "exceeds the number of active scopes" in shell.run("Set-Alias z Get-Date -Scope 5").errors
