"""Reset-CsDemoOrganization and the store underneath it."""
from __future__ import annotations

import sqlite3

from pyshell.host import CaptureHost
from pyshell.shell import Shell

from cmdlets.lync.models import DOC_XMPP_PARTNER
from cmdlets.lync.store import ManagementStore


def partners(shell) -> list[str]:
    return shell.run("(Get-CsXmppAllowedPartner).Identity").output.split()


def test_reset_asks_and_puts_the_demo_back():
    sh = Shell(host=CaptureHost(answers=["n", "y"]), store=":memory:")
    try:
        demo = partners(sh)
        sh.run("Get-CsXmppAllowedPartner | Remove-CsXmppAllowedPartner; New-CsXmppAllowedPartner x.example.com")
        assert partners(sh) == ["x.example.com"]
        r = sh.run("Reset-CsDemoOrganization")
        assert 'Performing the operation "Reset to the demo organisation" on target ":memory:".' in r.output
        assert partners(sh) == ["x.example.com"]                   # answered No
        sh.run("Reset-CsDemoOrganization")
        assert partners(sh) == demo                                 # answered Yes
    finally:
        sh.close()


def test_reset_without_an_answer_is_an_error_and_changes_nothing():
    sh = Shell(store=":memory:")
    try:
        sh.run("Remove-CsXmppAllowedPartner gmail.com")
        r = sh.run("Reset-CsDemoOrganization")
        assert "NonInteractive mode" in r.errors
        assert "gmail.com" not in partners(sh)
        assert not sh.run("Reset-CsDemoOrganization -Confirm:$false").errors
        assert "gmail.com" in partners(sh)
        assert sh.run("Reset-CsDemoOrganization -WhatIf").output.startswith("What if:")
    finally:
        sh.close()


def test_store_reset_is_one_change_and_files_use_write_ahead_logging(tmp_path):
    path = str(tmp_path / "cms.db")
    with ManagementStore(path) as cms:
        before = cms.replication_status().central_change
        count = cms.reset([(DOC_XMPP_PARTNER, "only.example.com", {"Identity": "only.example.com"})])
        assert count == 1 and [d.identity for d in cms.find(DOC_XMPP_PARTNER)] == ["only.example.com"]
        assert cms.replication_status().central_change == before + 1
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
