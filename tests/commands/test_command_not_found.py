"""A command pyshell does not have: PowerShell's CommandNotFoundException, then a hint that helps."""
from __future__ import annotations


def test_a_windows_only_command_says_what_to_use_instead(run):
    result = run("1..3 | Out-GridView")
    assert "FullyQualifiedErrorId : CommandNotFoundException" in result.errors
    assert "Hint: Out-GridView opens a window, and pyshell runs in a terminal" in result.errors


def test_the_hint_names_the_command_as_typed(run):
    result = run("show-command")
    assert "Get-Help show-command -Full" in result.errors


def test_a_misspelt_command_gets_the_nearest_names(run):
    result = run("Get-CsXmppAllowedPartnr")
    assert "Hint: Did you mean Get-CsXmppAllowedPartner or" in result.errors


def test_an_unknown_command_gets_no_hint(run):
    result = run("Invoke-Nothing-Like-It")
    assert "CommandNotFoundException" in result.errors and "Hint:" not in result.errors
