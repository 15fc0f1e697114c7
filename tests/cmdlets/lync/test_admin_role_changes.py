"""New-, Set-, Remove-, Update-CsAdminRole and Get-CsAdminRoleAssignment through the whole shell."""
from __future__ import annotations

import pytest

from pyshell.host import CaptureHost
from pyshell.shell import Shell


def lines(shell, script: str) -> list[str]:
    r = shell.run(script)
    assert not r.errors, r.errors
    return r.output.splitlines()


def role_list(shell, identity: str, prop: str) -> list[str]:
    text = lines(shell, f'(Get-CsAdminRole "{identity}").{prop} -join "|"')
    return text[0].split("|") if text and text[0] else []


def role_names(shell) -> list[str]:
    return lines(shell, "(Get-CsAdminRole).Identity")


# --- New ------------------------------------------------------------------------------------------

def test_new_role_is_a_copy_of_its_template_with_global_scopes(shell):
    r = shell.run('New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsVoiceAdministrator"')
    assert not r.errors and "Identity       : RedmondVoiceAdministrator" in r.output
    assert role_list(shell, "RedmondVoiceAdministrator", "Cmdlets") == role_list(shell, "CsVoiceAdministrator", "Cmdlets")
    assert role_list(shell, "RedmondVoiceAdministrator", "UserScopes") == ["Global"]
    assert role_list(shell, "RedmondVoiceAdministrator", "ConfigScopes") == ["Global"]
    assert lines(shell, "(Get-CsAdminRole RedmondVoiceAdministrator).IsStandardRole") == ["False"]
    # The role carries the SID of the group behind it.
    assert lines(shell, "(Get-CsAdminRole RedmondVoiceAdministrator).SID")[0].endswith("-1147")


def test_new_role_with_scopes_cmdlets_and_scripts(shell):
    shell.run('New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsVoiceAdministrator" '
              '-UserScopes "OU:ou=Redmond,dc=litwareinc,dc=com","OU:ou=Portland,dc=litwareinc,dc=com" '
              '-ConfigScopes "site:Redmond" -Cmdlets @{Add="export-csarchivingdata"}')
    assert role_list(shell, "RedmondVoiceAdministrator", "UserScopes") == [
        "OU:ou=Redmond,dc=litwareinc,dc=com", "OU:ou=Portland,dc=litwareinc,dc=com"]
    assert role_list(shell, "RedmondVoiceAdministrator", "ConfigScopes") == ["site:Redmond"]
    assert role_list(shell, "RedmondVoiceAdministrator", "Cmdlets")[-1] == "Export-CsArchivingData"
    shell.run('New-CsAdminRole -Identity "MyHelpDeskScriptRole" -Template CsHelpDesk -ScriptModules @{Add="testScript.ps1"}')
    assert role_list(shell, "MyHelpDeskScriptRole", "ScriptModules") == ["testScript.ps1"]


def test_trailing_space_in_identity_is_ignored(shell):
    r = shell.run('New-CsAdminRole -Identity "Sales Users Administrator " -Template CsUserAdministrator '
                  '-UserScopes "OU:OU=Sales, OU=Lync Tenants, DC=Domain, DC=com"')
    assert not r.errors
    assert "Sales Users Administrator" in role_names(shell)


@pytest.mark.parametrize("command,error_id", [
    ('New-CsAdminRole -Identity NoSuchGroup -Template CsHelpDesk', "ADGroupNotFound"),
    ('New-CsAdminRole -Identity MyHelpDeskScriptRole -Template RedmondHelpDesk', "InvalidTemplate"),
    ('New-CsAdminRole -Identity MyHelpDeskScriptRole -Template NoSuchRole', "InvalidTemplate"),
    ('New-CsAdminRole -Identity RedmondHelpDesk -Template CsHelpDesk', "DuplicateAdminRole"),
    ('New-CsAdminRole -Identity MyHelpDeskScriptRole -Template CsHelpDesk -Cmdlets "Get-CsUsr"',
     "CannotConvertArgumentNoMessage"),
    ('New-CsAdminRole -Identity MyHelpDeskScriptRole -Template CsHelpDesk -ConfigScopes "Redmond"',
     "CannotConvertArgumentNoMessage"),
    ('New-CsAdminRole -Identity MyHelpDeskScriptRole -Template CsHelpDesk -UserScopes "Redmond"',
     "CannotConvertArgumentNoMessage"),
    ('New-CsAdminRole -Identity MyHelpDeskScriptRole', "MissingMandatoryParameter"),
])
def test_new_role_refusals(shell, command, error_id):
    before = role_names(shell)
    r = shell.run(command)
    assert error_id in r.errors
    assert role_names(shell) == before


def test_unknown_cmdlet_gets_a_suggestion(shell):
    r = shell.run('New-CsAdminRole -Identity MyHelpDeskScriptRole -Template CsHelpDesk -Cmdlets "Get-CsUsr"')
    assert "'Get-CsUsr' is not a Lync Server 2013 cmdlet. Did you mean Get-CsUser?" in r.errors


def test_in_memory_role_is_not_saved(shell):
    r = shell.run('New-CsAdminRole -Identity MyHelpDeskScriptRole -Template CsHelpDesk -InMemory')
    assert "MyHelpDeskScriptRole" in r.output
    assert "MyHelpDeskScriptRole" not in role_names(shell)


# --- Set ------------------------------------------------------------------------------------------

def test_set_scopes_with_list_modifiers(shell):
    role = "RedmondVoiceAdministrators"
    shell.run(f'Set-CsAdminRole -Identity "{role}" -UserScopes @{{Add="OU:ou=Portland,dc=litwareinc,dc=com"}}')
    assert role_list(shell, role, "UserScopes") == ["OU:ou=Redmond,dc=litwareinc,dc=com",
                                                    "OU:ou=Portland,dc=litwareinc,dc=com"]
    shell.run(f'Set-CsAdminRole -Identity "{role}" -UserScopes @{{Remove="OU:ou=Portland,dc=litwareinc,dc=com"}}')
    assert role_list(shell, role, "UserScopes") == ["OU:ou=Redmond,dc=litwareinc,dc=com"]
    shell.run(f'Set-CsAdminRole -Identity "{role}" -ConfigScopes @{{Add="site:Redmond"}}')
    assert role_list(shell, role, "ConfigScopes") == ["Global", "site:Redmond"]
    shell.run(f'Set-CsAdminRole -Identity "{role}" -ConfigScopes @{{Replace="Global"}}')
    assert role_list(shell, role, "ConfigScopes") == ["Global"]


def test_set_cmdlets_and_script_modules_of_a_custom_role(shell):
    role = "RedmondHelpDesk"
    shell.run(f'Set-CsAdminRole {role} -Cmdlets "Get-CsUser","Get-CsAdminRole"')
    assert role_list(shell, role, "Cmdlets") == ["Get-CsUser", "Get-CsAdminRole"]
    shell.run(f'Set-CsAdminRole {role} -Cmdlets @{{Remove="Get-CsUser"}} -ScriptModules "UpdateDatabase.ps1:Reset"')
    assert role_list(shell, role, "Cmdlets") == ["Get-CsAdminRole"]
    assert role_list(shell, role, "ScriptModules") == ["UpdateDatabase.ps1:Reset"]
    shell.run(f'Set-CsAdminRole {role} -ScriptModules $Null')
    assert role_list(shell, role, "ScriptModules") == []


def test_removing_the_last_scope_is_refused(shell):
    r = shell.run('Set-CsAdminRole RedmondVoiceAdministrators -ConfigScopes @{Remove="Global"}')
    assert "EmptyScopeList" in r.errors and '@{Replace="Global"}' in r.errors
    assert role_list(shell, "RedmondVoiceAdministrators", "ConfigScopes") == ["Global"]


def test_removing_an_absent_scope_warns(shell):
    r = shell.run('Set-CsAdminRole RedmondVoiceAdministrators -ConfigScopes @{Remove="site:Redmond"}')
    assert 'WARNING: RedmondVoiceAdministrators: "site:Redmond" was not in ConfigScopes' in r.errors


def test_standard_roles_only_change_their_scripts(shell):
    r = shell.run('Set-CsAdminRole CsHelpDesk -Cmdlets @{Add="New-CsVoicePolicy"}')
    assert "StandardRoleCannotBeModified" in r.errors
    assert "New-CsVoicePolicy" not in role_list(shell, "CsHelpDesk", "Cmdlets")
    r = shell.run('Set-CsAdminRole CsHelpDesk -ScriptModules @{Add="helpdesk.ps1"}')
    assert not r.errors
    assert role_list(shell, "CsHelpDesk", "ScriptModules") == ["helpdesk.ps1"]


def test_set_takes_role_objects_from_the_pipeline(shell):
    r = shell.run('Get-CsAdminRole -Filter "Redmond*" | Set-CsAdminRole -ScriptModules "audit.ps1"')
    assert not r.errors, r.errors
    assert role_list(shell, "RedmondHelpDesk", "ScriptModules") == ["audit.ps1"]
    assert role_list(shell, "RedmondVoiceAdministrators", "ScriptModules") == ["audit.ps1"]


def test_set_unknown_role(shell):
    assert "AdminRoleNotFound" in shell.run('Set-CsAdminRole NoSuchRole -ScriptModules "x.ps1"').errors


# --- Remove ---------------------------------------------------------------------------------------

def test_remove_asks_first_and_is_an_error_when_nobody_can_answer(shell):
    r = shell.run('Remove-CsAdminRole -Identity "RedmondHelpDesk"')
    assert 'Remove-CsAdminRole asks before it acts on "RedmondHelpDesk"' in r.errors
    assert "NonInteractive mode" in r.errors
    assert "RedmondHelpDesk" in role_names(shell)


def test_remove_with_an_answer_or_without_asking():
    sh = Shell(host=CaptureHost(answers=["n", "y"]), store=":memory:")
    try:
        sh.run('Remove-CsAdminRole -Identity "RedmondHelpDesk"')
        assert "RedmondHelpDesk" in role_names(sh)           # answered No
        sh.run('Remove-CsAdminRole -Identity "RedmondHelpDesk"')
        assert "RedmondHelpDesk" not in role_names(sh)       # answered Yes
        r = sh.run('Remove-CsAdminRole RedmondVoiceAdministrators -Confirm:$False')
        assert "Confirm" not in r.output and "RedmondVoiceAdministrators" not in role_names(sh)
    finally:
        sh.close()


def test_standard_roles_cannot_be_removed(shell):
    r = shell.run("Remove-CsAdminRole CsHelpDesk -Confirm:$false")
    assert "StandardRoleCannotBeRemoved" in r.errors and "CsHelpDesk" in role_names(shell)


def test_remove_by_filter_skips_standard_roles_and_by_pipeline(shell):
    r = shell.run('Remove-CsAdminRole -Filter "*Help*" -Force')
    assert "WARNING: CsHelpDesk is a standard role and was not removed." in r.errors
    assert "RedmondHelpDesk" not in role_names(shell) and "CsHelpDesk" in role_names(shell)
    shell.run('Get-CsAdminRole | Where-Object {$_.IsStandardRole -eq $False} | Remove-CsAdminRole -Force')
    assert len(role_names(shell)) == 11


def test_remove_by_sid(shell):
    sid = lines(shell, "(Get-CsAdminRole RedmondHelpDesk).SID")[0]
    shell.run(f"Remove-CsAdminRole -Sid {sid} -Force")
    assert "RedmondHelpDesk" not in role_names(shell)


# --- Update and assignments -------------------------------------------------------------------------

def test_update_puts_back_standard_role_definitions(shell):
    shell.context.module_state("Lync").store.modify("Role", "CsHelpDesk",
                                                    lambda p: dict(p, Cmdlets=["Get-CsUser"]))
    r = shell.run("Update-CsAdminRole -Verbose")
    assert "VERBOSE: Updated the standard role CsHelpDesk." in r.errors
    assert len(role_list(shell, "CsHelpDesk", "Cmdlets")) > 100
    assert shell.run("Update-CsAdminRole -WhatIf").output.startswith("What if:")


def test_role_assignment_lists_the_users_roles(shell):
    assert lines(shell, 'Get-CsAdminRoleAssignment -Identity "kenmyer"') == ["RedmondHelpDesk"]
    assert lines(shell, "Get-CsAdminRoleAssignment davidlongmuir") == ["CsVoiceAdministrator"]
    shell.run('New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsVoiceAdministrator"')
    assert lines(shell, "Get-CsAdminRoleAssignment davidlongmuir") == ["CsVoiceAdministrator",
                                                                       "RedmondVoiceAdministrator"]
    r = shell.run("Get-CsAdminRoleAssignment sip:kenmyer@litwareinc.com")
    assert "UserNotFound" in r.errors and "SamAccountName" in r.errors
