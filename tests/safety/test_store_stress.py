"""The management store under stress (issue 9, beyond the durability tests in tests/cmdlets/lync):

- a soak test: several pyshell processes share one store file and mix writes (New, Set, Remove, a
  read-modify-write of one shared partner) with reads of the central store, reads of the local
  replica (-LocalStore), replication and its status. Each worker checks invariants after every step
  — it reads back exactly what it wrote, the replica only ever shows states it once wrote and shows
  all of them after a replication, no change to the shared partner is lost — and a reader process
  checks that every object it sees is whole. The test then checks the file as a whole.
  CI runs a fixed number of steps; PYSHELL_SOAK_STEPS / PYSHELL_SOAK_WORKERS make it longer.
- a full disk (SQLite's page limit, and a real file-size limit on a process) and a read-only store
  give a clear error, change nothing, and leave every earlier write in place.
"""
from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cmdlets.lync.models import DOC_XMPP_PARTNER
from cmdlets.lync.store import ManagementStore
from pyshell.shell import Shell

ROOT = Path(__file__).resolve().parents[2]
STEPS = int(os.environ.get("PYSHELL_SOAK_STEPS", "60"))
WORKERS = int(os.environ.get("PYSHELL_SOAK_WORKERS", "4"))

# $args: worker number, steps, seed. Every check that fails throws, which ends the script with exit 1.
WORKER = r"""
param([int]$w, [int]$steps, [int]$state)
$ErrorActionPreference = 'Stop'
$WarningPreference = 'SilentlyContinue'
$mine = @{}          # identity -> ConnectionLimit, as this worker last wrote it
$seen = @{}          # identity -> every ConnectionLimit it ever had ("id|limit" -> $true)
$tokens = @()        # domains this worker added to the shared partner
function Fail($what) { throw "INVARIANT (worker $w, step $i): $what" }
function Own([switch]$LocalStore) {
    $found = @{}
    foreach ($p in @(Get-CsXmppAllowedPartner -Filter "w$w-*" -LocalStore:$LocalStore)) {
        if (-not $p.Identity -or $p.Identity -ne $p.Domain) { Fail "a partner that is not whole: $($p.Identity)" }
        if ($found.ContainsKey($p.Identity)) { Fail "$($p.Identity) listed twice" }
        $found[$p.Identity] = [int]$p.ConnectionLimit
    }
    $found
}
function Same($a, $b) {
    if ($a.Count -ne $b.Count) { return $false }
    foreach ($k in $a.Keys) { if (-not $b.ContainsKey($k) -or $a[$k] -ne $b[$k]) { return $false } }
    $true
}
for ($i = 1; $i -le $steps; $i++) {
    $state = ($state * 75 + 74) % 65537
    $op = $state % 9
    $keys = @($mine.Keys)
    if ($op -le 1 -or $keys.Count -eq 0) {
        $id = "w$w-$i.example.com"
        $null = New-CsXmppAllowedPartner -Identity $id -ConnectionLimit $i
        $mine[$id] = $i; $seen["$id|$i"] = $true
    } elseif ($op -eq 2) {
        $id = $keys[$state % $keys.Count]; $limit = 1000 + $i
        Set-CsXmppAllowedPartner -Identity $id -ConnectionLimit $limit
        $mine[$id] = $limit; $seen["$id|$limit"] = $true
    } elseif ($op -eq 3) {
        $id = $keys[$state % $keys.Count]
        Remove-CsXmppAllowedPartner -Identity $id -Confirm:$false
        $mine.Remove($id)
    } elseif ($op -eq 4) {
        $token = "w$w-$i.contoso.com"
        Set-CsXmppAllowedPartner -Identity contoso.com -AdditionalDomains @{Add = $token}
        $tokens += $token
        $domains = @((Get-CsXmppAllowedPartner -Identity contoso.com).AdditionalDomains)
        foreach ($t in $tokens) { if ($domains -notcontains $t) { Fail "the shared partner lost $t" } }
    } elseif ($op -eq 5) {
        Invoke-CsManagementStoreReplication
        if (-not (Same (Own -LocalStore) $mine)) { Fail "after replication the replica differs from my writes" }
    } elseif ($op -eq 6) {
        $status = Get-CsManagementStoreReplicationStatus
        if ($status.UpToDate -isnot [bool] -or -not $status.LastUpdateCreation) { Fail "a status without its fields" }
    } else {
        $all = @(Get-CsXmppAllowedPartner)
        if ($all.Count -lt 11) { Fail "the demo partners went missing ($($all.Count) partners)" }
        if (@($all | Select-Object -ExpandProperty Identity -Unique).Count -ne $all.Count) { Fail "an identity twice" }
    }
    # after every step: the central store holds exactly what this worker wrote in its own names ...
    if (-not (Same (Own) $mine)) { Fail "the central store differs from my writes" }
    # ... and the replica shows only states this worker once wrote (it may lag, never invent)
    $local = Own -LocalStore
    foreach ($k in $local.Keys) { if (-not $seen.ContainsKey("$k|$($local[$k])")) { Fail "the replica shows $k|$($local[$k])" } }
}
"FINAL " + (@($mine.Keys | Sort-Object | ForEach-Object { "$_=$($mine[$_])" }) -join ';')
"TOKENS " + ($tokens -join ';')
"""

READER = r"""
param([int]$steps)
$ErrorActionPreference = 'Stop'
$last = $null
for ($i = 1; $i -le $steps; $i++) {
    foreach ($p in @(Get-CsXmppAllowedPartner -LocalStore:($i % 2 -eq 0))) {
        if (-not $p.Identity -or $p.Identity -ne $p.Domain -or $null -eq $p.TlsNegotiation) { throw "READER: not whole: $($p.Identity)" }
    }
    $roles = @(Get-CsAdminRole -LocalStore:($i % 3 -eq 0))
    if ($roles.Count -lt 11) { throw "READER: roles went missing" }
    $status = Get-CsManagementStoreReplicationStatus
    if ($null -ne $last -and $status.LastUpdateCreation -lt $last) { throw "READER: the last change went back in time" }
    $last = $status.LastUpdateCreation
    if ($i % 10 -eq 0) { Invoke-CsManagementStoreReplication }
}
"READ $steps"
"""


def pyshell(store: Path, script: Path, *args: str, **popen) -> subprocess.Popen:
    env = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "pyshell", "-NoProfile", "-NonInteractive", "--store", str(store),
                             str(script), *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **popen)


def _line(out: str, tag: str) -> list[str]:
    for line in out.splitlines():
        if line.startswith(tag + " "):
            rest = line[len(tag) + 1:]
            return [x for x in rest.split(";") if x]
    raise AssertionError(f"no {tag} line in {out!r}")


def test_soak_several_processes_mixing_reads_and_writes(tmp_path):
    store = tmp_path / "cms.db"
    worker, reader = tmp_path / "worker.ps1", tmp_path / "reader.ps1"
    worker.write_text(WORKER, encoding="utf-8")
    reader.write_text(READER, encoding="utf-8")
    ManagementStore(str(store)).close()
    procs = [pyshell(store, worker, str(w), str(STEPS), str(1000 + 17 * w)) for w in range(1, WORKERS + 1)]
    procs.append(pyshell(store, reader, str(STEPS)))
    results = [p.communicate(timeout=600) for p in procs]      # a safety net, not a measurement
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 0 and err == "", err
    assert results[-1][0] == f"READ {STEPS}\n"

    with ManagementStore(str(store)) as cms:
        with sqlite3.connect(str(store)) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tokens: set[str] = set()
        for w, (out, _err) in enumerate(results[:-1], 1):
            final = dict(entry.split("=") for entry in _line(out, "FINAL"))
            stored = {d.identity: str(d.properties.get("ConnectionLimit")) for d in cms.find(DOC_XMPP_PARTNER, f"w{w}-*")}
            assert stored == final, f"worker {w}"
            tokens |= set(_line(out, "TOKENS"))
        domains = set(cms.get(DOC_XMPP_PARTNER, "contoso.com").properties["AdditionalDomains"])
        assert tokens <= domains
        status = cms.replicate()
        assert status.up_to_date
        central = [(d.doc_type, d.identity, d.properties, d.version) for d in cms.all_documents()]
        replica = [(d.doc_type, d.identity, d.properties, d.version) for d in cms.all_documents(local=True)]
        assert central == replica


# --- a full disk and a read-only store ---------------------------------------------------------------

def _partners(store: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return raw.execute("SELECT identity, properties FROM documents WHERE doc_type = ? ORDER BY id",
                           (DOC_XMPP_PARTNER,)).fetchall()


def test_a_full_store_is_a_clear_error_and_changes_nothing(tmp_path):
    store = tmp_path / "cms.db"
    shell = Shell(settings={"store": str(store), "non_interactive": True})
    assert shell.run("(Get-CsXmppAllowedPartner).Count").output == "11\n"
    cms = shell.context.module_state("Lync").store
    pages = cms._central.execute("PRAGMA page_count").fetchone()[0]
    cms._central.execute(f"PRAGMA max_page_count = {pages}")        # the disk is full from here on
    before = _partners(store)
    r = shell.run("New-CsXmppAllowedPartner -Identity ('big' + 'x' * 60 + '.example.com') "
                  "-Description ('d' * 20000) -WarningAction SilentlyContinue")
    assert not r.success and r.output == ""
    assert "could not be written: the disk is full or failing (database or disk is full); nothing was changed." in r.errors
    assert "FullyQualifiedErrorId : CentralManagementStoreUnavailable" in r.errors
    assert _partners(store) == before
    # reads go on, and once there is room again, so do writes
    assert shell.run("(Get-CsXmppAllowedPartner).Count").output == "11\n"
    cms._central.execute("PRAGMA max_page_count = 1073741823")
    r = shell.run("New-CsXmppAllowedPartner -Identity room.example.com -WarningAction SilentlyContinue | Out-Null; "
                  "(Get-CsXmppAllowedPartner).Count")
    assert r.output == "12\n" and r.errors == ""
    shell.close()


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="POSIX file-size limits")
def test_a_process_that_cannot_grow_the_file_stops_cleanly_and_loses_no_earlier_write(tmp_path):
    store = tmp_path / "cms.db"
    ManagementStore(str(store)).close()
    limit = os.path.getsize(store) + 40_000       # the operating system refuses to grow a file past this

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    script = tmp_path / "fill.ps1"
    script.write_text("""
$WarningPreference = 'SilentlyContinue'
foreach ($i in 1..2000) {
    try { $null = New-CsXmppAllowedPartner -Identity "fill$i.example.com" -Description ('d' * 400) -ErrorAction Stop }
    catch { "stopped at $i"; $_.Exception.Message; break }
}
""", encoding="utf-8")
    p = pyshell(store, script, preexec_fn=cap)
    out, err = p.communicate(timeout=300)
    assert "Traceback" not in err and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("stopped at ") and "nothing was changed" in lines[1], out
    stopped = int(lines[0].split()[-1])
    written = [identity for identity, _ in _partners(store) if identity.startswith("fill")]
    assert written == [f"fill{i}.example.com" for i in range(1, stopped)]
    with ManagementStore(str(store)) as cms:             # without the limit it carries on
        cms.add(DOC_XMPP_PARTNER, "after.example.com", {"Identity": "after.example.com"})
        assert cms.get(DOC_XMPP_PARTNER, f"fill{stopped - 1}.example.com") is not None


def _make_read_only(*paths: Path) -> bool:
    """Make files read-only even for root (chattr +i); False when that cannot be done here."""
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        for p in paths:
            p.chmod(0o444)
        return True
    try:
        subprocess.run(["chattr", "+i", *map(str, paths)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return False
    return True


def _undo_read_only(*paths: Path) -> None:
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        for p in paths:
            p.chmod(0o644)
    else:
        subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True)


def test_a_read_only_store_reads_and_refuses_writes_clearly(tmp_path):
    store = tmp_path / "cms.db"
    replica = tmp_path / "cms.replica.db"
    with ManagementStore(str(store)) as cms:
        cms.add(DOC_XMPP_PARTNER, "late.example.com", {"Identity": "late.example.com", "Domain": "late.example.com"})
    if not _make_read_only(store, replica):
        pytest.skip("cannot make a file read-only here")
    try:
        shell = Shell(settings={"store": str(store), "non_interactive": True})
        # the replica is stale and cannot catch up: reads still work, from either database
        r = shell.run("(Get-CsXmppAllowedPartner).Count; (Get-CsXmppAllowedPartner -LocalStore).Count")
        assert r.output == "12\n11\n" and r.errors == ""
        for write in ("New-CsXmppAllowedPartner -Identity ro.example.com -WarningAction SilentlyContinue",
                      "Set-CsXmppAllowedPartner -Identity contoso.com -ConnectionLimit 3",
                      "Remove-CsXmppAllowedPartner -Identity contoso.com -Confirm:$false"):
            r = shell.run(write)
            assert not r.success and r.output == ""
            assert "is read-only (attempt to write a readonly database); nothing was changed." in r.errors, r.errors
            assert "FullyQualifiedErrorId : CentralManagementStoreUnavailable" in r.errors
        assert shell.run("(Get-CsXmppAllowedPartner -Identity contoso.com).ConnectionLimit").output == ""
        shell.close()
    finally:
        _undo_read_only(store, replica)
    with ManagementStore(str(store)) as cms:
        assert cms.get(DOC_XMPP_PARTNER, "late.example.com") is not None
        assert cms.get(DOC_XMPP_PARTNER, "ro.example.com") is None
        assert cms.get(DOC_XMPP_PARTNER, "contoso.com").properties.get("ConnectionLimit") in (None, "")


def test_replication_never_takes_the_replica_back_in_time(tmp_path):
    # Found by the soak test: two shells replicating at once could leave the replica with the older of
    # their two snapshots. A copy older than what the replica holds is now skipped.
    store = tmp_path / "cms.db"
    replica = tmp_path / "cms.replica.db"
    with ManagementStore(str(store)) as cms:
        cms.add(DOC_XMPP_PARTNER, "one.example.com", {"Identity": "one.example.com"})
        cms.replicate()
        change = cms.replication_status().central_change
    with sqlite3.connect(str(replica)) as raw:      # as if another shell had copied a later snapshot
        raw.execute("UPDATE pyshell_meta SET value = ? WHERE key = 'source_change'", (str(change + 5),))
        raw.execute("INSERT INTO documents (doc_type, identity, identity_key, properties, version, changed) "
                    "VALUES (?, 'later.example.com', 'later.example.com', '{}', 1, '')", (DOC_XMPP_PARTNER,))
    with ManagementStore(str(store)) as cms:
        cms.replicate()
        assert cms.get(DOC_XMPP_PARTNER, "later.example.com", local=True) is not None
    # a different central store at the same path (deleted and made again) is always copied
    store.unlink()
    with ManagementStore(str(store)) as cms:
        cms.replicate()
        assert cms.get(DOC_XMPP_PARTNER, "later.example.com", local=True) is None
        assert cms.replication_status().up_to_date
