"""Several pyshell processes writing one store file at once lose nothing, and a process killed in the
middle of a write leaves the store readable and consistent."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from cmdlets.lync.demo_org import demo_documents
from cmdlets.lync.models import DOC_ROLE, DOC_XMPP_PARTNER
from cmdlets.lync.store import ManagementStore

ROOT = Path(__file__).resolve().parents[3]
WORKERS = 8
ROUNDS = 80          # each round: New, Set, every 2nd a Remove, every 5th a change to a shared partner

WORKER = """
$p = $args[0]
foreach ($i in 1..{rounds}) {{
    $name = "w$p-$i.example.com"
    $null = New-CsXmppAllowedPartner -Identity $name -SupportDialbackNegotiation $false
    Set-CsXmppAllowedPartner -Identity $name -ConnectionLimit $i
    if ($i % 2 -eq 0) {{ Remove-CsXmppAllowedPartner -Identity $name }}
    if ($i % 5 -eq 0) {{ Set-CsXmppAllowedPartner -Identity contoso.com -AdditionalDomains @{{Add="w$p-$i.contoso.com"}} }}
}}
"""


def pyshell(store: Path, *args: str, **kwargs) -> subprocess.Popen:
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.Popen([sys.executable, "-m", "pyshell", "-NoProfile", "-NonInteractive", "--store", str(store),
                             *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            **kwargs)


def test_eight_processes_writing_at_once_lose_nothing(tmp_path):
    store = tmp_path / "cms.db"
    script = tmp_path / "worker.ps1"
    script.write_text(WORKER.format(rounds=ROUNDS), encoding="utf-8")
    ManagementStore(str(store)).close()                     # created once, before the crowd arrives
    procs = [pyshell(store, str(script), str(n)) for n in range(1, WORKERS + 1)]
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0 and err == "", err
    with ManagementStore(str(store)) as cms:
        partners = {d.identity: d.properties for d in cms.find(DOC_XMPP_PARTNER, "w*")}
        # Every odd-numbered partner of every worker survives, with the limit its Set gave it.
        expected = {f"w{p}-{i}.example.com": i for p in range(1, WORKERS + 1) for i in range(1, ROUNDS + 1, 2)}
        assert {k: v["ConnectionLimit"] for k, v in partners.items()} == expected
        # Read-modify-write of one shared partner by every worker at once kept every addition.
        domains = cms.get(DOC_XMPP_PARTNER, "contoso.com").properties["AdditionalDomains"]
        added = {f"w{p}-{i}.contoso.com" for p in range(1, WORKERS + 1) for i in range(5, ROUNDS + 1, 5)}
        assert added <= set(domains) and len(domains) == len(added) + 2
        assert cms.replication_status().central_change >= WORKERS * ROUNDS * 2


KILLED = """
foreach ($i in 1..100000) {
    Reset-CsDemoOrganization -Confirm:$false
    $null = New-CsXmppAllowedPartner -Identity "k$i.example.com" -SupportDialbackNegotiation $false
}
"""


def test_a_process_killed_mid_write_leaves_the_store_consistent(tmp_path):
    store = tmp_path / "cms.db"
    script = tmp_path / "killed.ps1"
    script.write_text(KILLED, encoding="utf-8")
    ManagementStore(str(store)).close()
    proc = pyshell(store, str(script))
    try:
        deadline = time.monotonic() + 60
        changes = 0
        while changes < 6 and time.monotonic() < deadline:    # let it get well into its writes
            time.sleep(0.2)
            with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5) as peek:
                changes = int(peek.execute("SELECT value FROM pyshell_meta WHERE key = 'change_number'")
                              .fetchone()[0])
        assert proc.poll() is None and changes >= 6
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    # The store opens (recovering the killed process's unfinished write), checks out, and holds
    # either the state before a write or after it, never a mixture.
    with ManagementStore(str(store)) as cms:
        with sqlite3.connect(str(store)) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            for (props,) in raw.execute("SELECT properties FROM documents"):
                json.loads(props)
        demo = list(demo_documents())
        partners = [d.identity for d in cms.find(DOC_XMPP_PARTNER)]
        demo_partners = [i for t, i, _ in demo if t == DOC_XMPP_PARTNER]
        assert partners[:len(demo_partners)] == demo_partners
        assert len(partners) - len(demo_partners) in (0, 1)        # the reset, then at most one New
        assert len(cms.find(DOC_ROLE)) == sum(1 for t, _, _ in demo if t == DOC_ROLE)
        assert sum(1 for _ in cms.find("User")) == sum(1 for t, _, _ in demo if t == "User")
        cms.add(DOC_XMPP_PARTNER, "after.example.com", {"Identity": "after.example.com"})
        assert cms.replicate().up_to_date
