"""Export-, Import- and Get-CsDemoSnapshot: a demo starts from a known store every time."""
from __future__ import annotations

import json

import pytest

from pyshell.shell import Shell


@pytest.fixture
def shell(tmp_path, monkeypatch):
    monkeypatch.setenv("PYSHELL_SNAPSHOTS", str(tmp_path / "snaps"))
    monkeypatch.chdir(tmp_path)
    s = Shell(store=":memory:")
    yield s
    s.close()


def test_round_trip_by_name_restores_store_and_replica(shell, tmp_path):
    saved = shell.run("Export-CsDemoSnapshot talk -Description 'before the demo'")
    assert "Name        : talk" in saved.output and "Description : before the demo" in saved.output
    data = json.loads((tmp_path / "snaps" / "talk.json").read_text(encoding="utf-8"))
    assert data["format"] == "pyshell-lync-demo-snapshot"
    shell.run("Remove-CsXmppAllowedPartner gmail.com; Set-CsXmppAllowedPartner xmpp.contoso.com -ConnectionLimit 7")
    assert shell.run("(Get-CsXmppAllowedPartner).Count").output == "10\n"
    assert shell.run("Import-CsDemoSnapshot talk").errors == ""
    assert shell.run("(Get-CsXmppAllowedPartner).Count").output == "11\n"
    assert shell.run("(Get-CsXmppAllowedPartner -LocalStore).Count").output == "11\n"
    assert shell.run("(Get-CsXmppAllowedPartner xmpp.contoso.com).ConnectionLimit").output == "250\n"


def test_list_by_name_and_wildcard(shell):
    shell.run("Export-CsDemoSnapshot talk-a; Export-CsDemoSnapshot talk-b; Export-CsDemoSnapshot other")
    assert shell.run("(Get-CsDemoSnapshot).Count").output == "3\n"
    assert shell.run("(Get-CsDemoSnapshot talk-*).Name -join ','").output == "talk-a,talk-b\n"


def test_existing_snapshot_needs_force(shell):
    shell.run("Export-CsDemoSnapshot talk")
    again = shell.run("Export-CsDemoSnapshot talk")
    assert "SnapshotExists,PyShell.Lync.ExportDemoSnapshotCommand" in again.errors
    assert shell.run("Export-CsDemoSnapshot talk -Force").errors == ""


def test_path_whatif_and_passthru(shell, tmp_path):
    shell.run("Export-CsDemoSnapshot -Path ./s.json")
    shell.run("Remove-CsXmppAllowedPartner gmail.com")
    whatif = shell.run("Import-CsDemoSnapshot -Path ./s.json -WhatIf")
    assert 'What if: Performing the operation "Restore the demo snapshot"' in whatif.output
    assert shell.run("(Get-CsXmppAllowedPartner).Count").output == "10\n"
    restored = shell.run("(Import-CsDemoSnapshot -Path ./s.json -PassThru).Documents -gt 0")
    assert restored.output == "True\n"


def test_errors(shell, tmp_path):
    missing = shell.run("Import-CsDemoSnapshot nope")
    assert "Cannot find a demo snapshot named 'nope'" in missing.errors
    assert "SnapshotNotFound,PyShell.Lync.ImportDemoSnapshotCommand" in missing.errors
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    assert "is not a pyshell demo snapshot" in shell.run("Import-CsDemoSnapshot -Path ./bad.json").errors
    assert "InvalidSnapshotName" in shell.run("Export-CsDemoSnapshot '../x'").errors
