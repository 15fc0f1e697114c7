"""Get-Module (and Import-Module -PassThru): the session's modules as PSModuleInfo objects."""
from __future__ import annotations


def test_every_module_is_listed_as_a_table(run):
    out = run("Get-Module").output
    lines = out.splitlines()
    assert lines[1].startswith("ModuleType Version    Name                                ExportedCommands")
    names = [line.split()[2] for line in lines[3:] if line.strip()]
    assert names == ["Lync", "Microsoft.PowerShell.Core", "Pester", "PSReadLine"]


def test_a_name_with_wildcards_picks_modules_and_no_match_gives_nothing(run):
    result = run("(Get-Module ly*).Name; Get-Module nothing*; (gmo -ListAvailable).Count")
    assert result.output == "Lync\n4\n" and result.errors == ""


def test_exported_commands_are_the_module_s_commands(run):
    out = run("(Get-Module Lync).ExportedCommands.Keys -like '*XmppAllowedPartner'").output
    assert out.split() == ["Get-CsXmppAllowedPartner", "New-CsXmppAllowedPartner", "Remove-CsXmppAllowedPartner",
                           "Set-CsXmppAllowedPartner"]


def test_a_module_info_object(run):
    out = run("$m = Get-Module Lync; $m.GetType().FullName; \"$m\"; $m.ModuleType").output
    assert out == "System.Management.Automation.PSModuleInfo\nLync\nBinary\n"


def test_import_module_pass_thru_writes_the_module(run):
    assert run("(Import-Module SkypeForBusiness -PassThru).Name").output == "Lync\n"
    assert run("Import-Module Lync").output == ""
