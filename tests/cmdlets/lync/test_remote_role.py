"""--role: a remote session has only the Lync cmdlets of its RBAC role."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pyshell.shell import Shell

from cmdlets.lync.remote_role import RoleSessionError

ROOT = Path(__file__).resolve().parents[3]


def role_shell(role: str, store: str = ":memory:") -> Shell:
    return Shell(store=store, settings={"role": role})


def test_view_only_role_reads_but_cannot_change():
    sh = role_shell("CsViewOnlyAdministrator")
    try:
        r = sh.run('Get-CsXmppAllowedPartner -Identity "xmpp.contoso.com"')
        assert "xmpp.contoso.com" in r.output and not r.errors
        r = sh.run('New-CsXmppAllowedPartner -Identity "contoso.net"')
        assert "The term 'New-CsXmppAllowedPartner' is not recognized" in r.errors
        assert "CommandNotFoundException" in r.errors
        assert ("Hint: This is a remote session for the RBAC role CsViewOnlyAdministrator, whose Cmdlets list "
                "does not include New-CsXmppAllowedPartner") in r.errors
        # The core language and core cmdlets are still there.
        r = sh.run('(Get-CsAdminRole | Where-Object {$_.IsStandardRole -eq $False}).Identity')
        assert "RedmondHelpDesk" in r.output
        names = sh.context.commands.cmdlet_names()
        assert "Where-Object" in names and "Remove-CsAdminRole" not in names
    finally:
        sh.close()


def test_role_names_are_case_insensitive_and_a_full_role_has_everything():
    sh = role_shell("csadministrator")
    try:
        r = sh.run('Remove-CsXmppAllowedPartner -Identity "contoso.com"')
        assert not r.errors
        assert sh.context.settings["role_identity"] == "CsAdministrator"
        # Reset-CsDemoOrganization is pyshell's own, not a Lync cmdlet: no role holds it.
        assert sh.context.commands.resolve("Reset-CsDemoOrganization") is None
    finally:
        sh.close()


def test_a_custom_role_restricts_to_its_own_list(tmp_path):
    store = str(tmp_path / "cms.db")
    admin = Shell(store=store)
    try:
        r = admin.run('Set-CsAdminRole RedmondHelpDesk -Cmdlets "Get-CsXmppAllowedPartner","Get-CsAdminRole"')
        assert not r.errors
    finally:
        admin.close()
    sh = role_shell("RedmondHelpDesk", store)
    try:
        assert not sh.run("Get-CsXmppAllowedPartner gmail.com").errors
        assert "CommandNotFoundException" in sh.run("Get-CsUser").errors
    finally:
        sh.close()


def test_an_unknown_role_stops_the_session():
    with pytest.raises(RoleSessionError) as info:
        role_shell("CsNobody")
    assert 'there is no RBAC role "CsNobody"' in str(info.value)
    assert "CsViewOnlyAdministrator" in str(info.value)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_COLOR="1", PYSHELL_STORE=":memory:")
    return subprocess.run([sys.executable, "-m", "pyshell", "-NoProfile", "-NonInteractive", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60)


def test_the_command_line_option():
    r = run_cli("--role", "CsHelpDesk", "-c", "New-CsXmppAllowedPartner x.com")
    assert r.returncode == 1
    assert "CommandNotFoundException" in r.stderr and "role CsHelpDesk" in r.stderr
    r = run_cli("--role", "CsHelpDesk", "-c", "(Get-CsXmppAllowedPartner gmail.com).Identity")
    assert r.returncode == 0 and r.stdout == "gmail.com\n"
    r = run_cli("--role", "Nobody", "-c", "Get-CsAdminRole")
    assert r.returncode == 1 and r.stderr.startswith("pyshell: cannot start: there is no RBAC role")
    assert "Traceback" not in r.stderr
