"""Get-Module (and Import-Module -PassThru): the session's modules as PSModuleInfo objects."""
from __future__ import annotations


def test_every_module_is_listed_as_a_table(run):
    out = run("Get-Module").output
    lines = out.splitlines()
    assert lines[1].startswith("ModuleType Version    Name                                ExportedCommands")
    names = [line.split()[2] for line in lines[3:] if line.strip()]
    # pyshell's core cmdlets show as the Windows PowerShell 5.1 modules that hold them; the
    # Microsoft.PowerShell.Core snap-in is not a module there, and is not listed.
    assert names == ["Lync", "Microsoft.PowerShell.Host", "Microsoft.PowerShell.Management",
                     "Microsoft.PowerShell.Security", "Microsoft.PowerShell.Utility", "Pester", "PSReadLine"]


def test_core_cmdlets_belong_to_the_modules_5_1_puts_them_in(run):
    out = run("(Get-Command Get-ChildItem).Source; (Get-Command Get-Member).Source; (Get-Command Where-Object).Source; "
              "(Get-Module Microsoft.PowerShell.Management).Version; "
              "(Get-Module Microsoft.PowerShell.Management).ExportedCommands.Keys -contains 'Get-Member'").output
    assert out == ("Microsoft.PowerShell.Management\nMicrosoft.PowerShell.Utility\nMicrosoft.PowerShell.Core\n"
                   "3.1.0.0\nFalse\n")
    assert run("(Import-Module Microsoft.PowerShell.Utility -PassThru).ModuleType").output == "Manifest\n"


def test_a_name_with_wildcards_picks_modules_and_no_match_gives_nothing(run):
    result = run("(Get-Module ly*).Name; Get-Module nothing*; (gmo -ListAvailable).Count")
    assert result.output == "Lync\n7\n" and result.errors == ""


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
