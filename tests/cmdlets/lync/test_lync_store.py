"""The Central Management store: seeding, lookups, filters, the replica, sharing, refusals."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cmdlets.lync.models import DOC_ROLE, DOC_XMPP_PARTNER
from cmdlets.lync.store import ManagementStore
from cmdlets.lync.store_files import StoreConflict, StoreError, replica_path_for, store_location, user_data_dir
from cmdlets.lync.wildcard import WildcardError

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def store():
    s = ManagementStore(":memory:")
    yield s
    s.close()


def ids(docs):
    return [d.identity for d in docs]


# --- seeding and reading -------------------------------------------------------------------------

def test_new_store_is_seeded_with_the_demo_organisation(store):
    assert store.count(DOC_XMPP_PARTNER) >= 8
    assert store.count(DOC_ROLE) == 13
    assert store.get(DOC_XMPP_PARTNER, "xmpp.contoso.com").properties["PartnerType"] == "Federated"


def test_seed_can_be_given_explicitly():
    with ManagementStore(":memory:", seed=[(DOC_XMPP_PARTNER, "a.example", {"Identity": "a.example"})]) as s:
        assert ids(s.find(DOC_XMPP_PARTNER)) == ["a.example"]
        assert s.count(DOC_ROLE) == 0


def test_identity_lookup_is_case_insensitive_and_uses_the_index(store):
    doc = store.get(DOC_XMPP_PARTNER, "XMPP.Contoso.COM")
    assert doc is not None and doc.identity == "xmpp.contoso.com" and doc.version == 1
    assert store.get(DOC_XMPP_PARTNER, "nowhere.example") is None
    plan = store._central.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM documents WHERE doc_type = ? AND identity_key = ?",
        (DOC_XMPP_PARTNER, "x")).fetchall()
    assert any("INDEX" in row[-1] for row in plan)


@pytest.mark.parametrize("pattern,expected", [
    ("*.org", ["xmpp.contoso.org", "xmpp.fabrikam.org", "jabber.litwareinc.org", "chat.tailspintoys.org"]),
    ("*.ORG", ["xmpp.contoso.org", "xmpp.fabrikam.org", "jabber.litwareinc.org", "chat.tailspintoys.org"]),
    ("xmpp.*", ["xmpp.contoso.com", "xmpp.contoso.org", "xmpp.fabrikam.org", "xmpp.fabrikam.com",
                "xmpp.adatum.com", "xmpp.northwindtraders.com"]),
    ("xmpp.contoso.???", ["xmpp.contoso.com", "xmpp.contoso.org"]),
    ("xmpp.[a-c]*", ["xmpp.contoso.com", "xmpp.contoso.org", "xmpp.adatum.com"]),
    ("[gj]*", ["gmail.com", "jabber.litwareinc.org"]),
    ("xmpp.contoso.com", ["xmpp.contoso.com"]),
    ("XMPP.CONTOSO.COM", ["xmpp.contoso.com"]),
    ("contoso", []),
    ("*contoso*", ["xmpp.contoso.com", "xmpp.contoso.org", "contoso.com"]),
    ("", []),
])
def test_wildcard_filter(store, pattern, expected):
    assert ids(store.find(DOC_XMPP_PARTNER, pattern)) == expected


def test_wildcard_filter_on_roles(store):
    assert ids(store.find(DOC_ROLE, "*Voice*")) == ["CsVoiceAdministrator", "RedmondVoiceAdministrators"]


def test_malformed_wildcard_is_reported(store):
    with pytest.raises(WildcardError):
        store.find(DOC_XMPP_PARTNER, "xmpp.[a")


def test_backtick_escapes_a_wildcard_character():
    with ManagementStore(":memory:", seed=[(DOC_XMPP_PARTNER, "a*b", {}), (DOC_XMPP_PARTNER, "axb", {})]) as s:
        assert ids(s.find(DOC_XMPP_PARTNER, "a`*b")) == ["a*b"]
        assert ids(s.find(DOC_XMPP_PARTNER, "a*b")) == ["a*b", "axb"]


# --- writing -------------------------------------------------------------------------------------

def test_add_put_modify_delete(store):
    store.add(DOC_XMPP_PARTNER, "new.example", {"Identity": "new.example", "Description": "one"})
    with pytest.raises(StoreConflict):
        store.add(DOC_XMPP_PARTNER, "NEW.example", {"Identity": "NEW.example"})
    doc = store.modify(DOC_XMPP_PARTNER, "new.example", lambda p: {**p, "Description": "two"})
    assert doc.version == 2 and doc.properties["Description"] == "two"
    assert store.modify(DOC_XMPP_PARTNER, "missing.example", lambda p: p) is None
    doc = store.put(DOC_XMPP_PARTNER, "new.example", {"Identity": "new.example"})
    assert doc.version == 3 and "Description" not in doc.properties
    assert store.delete(DOC_XMPP_PARTNER, "New.Example") is True
    assert store.delete(DOC_XMPP_PARTNER, "new.example") is False
    assert store.get(DOC_XMPP_PARTNER, "new.example") is None


def test_listing_keeps_creation_order_after_updates(store):
    first = ids(store.find(DOC_XMPP_PARTNER))
    store.modify(DOC_XMPP_PARTNER, first[0], lambda p: {**p, "Description": "changed"})
    assert ids(store.find(DOC_XMPP_PARTNER)) == first


# --- the local replica -----------------------------------------------------------------------------

def test_replica_lags_until_replicate(store):
    # A new store starts with its replica in step, as of the demo organisation's snapshot time.
    start = store.replication_status()
    assert start.up_to_date and start.last_replicated == start.last_update_creation
    assert start.last_update_creation.isoformat().startswith("2013-01-07T09:00")
    status = store.replicate()
    assert status.up_to_date and status.last_replicated is not None
    assert ids(store.find(DOC_XMPP_PARTNER, local=True)) == ids(store.find(DOC_XMPP_PARTNER))

    store.add(DOC_XMPP_PARTNER, "late.example", {"Identity": "late.example"})
    store.delete(DOC_XMPP_PARTNER, "gmail.com")
    status = store.replication_status()
    assert not status.up_to_date and status.central_change == status.replica_change + 2
    assert store.get(DOC_XMPP_PARTNER, "late.example", local=True) is None
    assert store.get(DOC_XMPP_PARTNER, "gmail.com", local=True) is not None

    assert store.replicate().up_to_date
    assert store.get(DOC_XMPP_PARTNER, "late.example", local=True) is not None
    assert store.get(DOC_XMPP_PARTNER, "gmail.com", local=True) is None
    assert ids(store.find(DOC_XMPP_PARTNER, local=True)) == ids(store.find(DOC_XMPP_PARTNER))


def test_memory_stores_are_independent():
    with ManagementStore(":memory:") as a, ManagementStore(":memory:") as b:
        a.delete(DOC_XMPP_PARTNER, "gmail.com")
        assert b.get(DOC_XMPP_PARTNER, "gmail.com") is not None


# --- files ---------------------------------------------------------------------------------------

def test_file_store_and_replica_files(tmp_path):
    path = tmp_path / "sub" / "cms.db"
    with ManagementStore(str(path)) as s:
        s.replicate()
        assert s.replica_location == str(tmp_path / "sub" / "cms.replica.db")
    assert path.exists() and (tmp_path / "sub" / "cms.replica.db").exists()
    with ManagementStore(str(path)) as again:       # reopening does not seed twice
        assert again.count(DOC_ROLE) == 13
        assert again.get(DOC_XMPP_PARTNER, "gmail.com", local=True) is not None


def test_replica_path_naming():
    assert replica_path_for("/x/cms.db") == "/x/cms.replica.db"
    assert replica_path_for("/x/store") == "/x/store.replica.db"
    assert replica_path_for(":memory:") == ":memory:"


def test_two_stores_on_one_file_see_each_others_writes(tmp_path):
    path = str(tmp_path / "shared.db")
    with ManagementStore(path) as a, ManagementStore(path) as b:
        a.add(DOC_XMPP_PARTNER, "from-a.example", {"Identity": "from-a.example"})
        assert b.get(DOC_XMPP_PARTNER, "from-a.example") is not None
        b.modify(DOC_XMPP_PARTNER, "from-a.example", lambda p: {**p, "Description": "by b"})
        assert a.get(DOC_XMPP_PARTNER, "from-a.example").properties["Description"] == "by b"
        b.delete(DOC_XMPP_PARTNER, "gmail.com")
        assert a.get(DOC_XMPP_PARTNER, "gmail.com") is None
        # they share the replica file too: replication by one is seen by the other
        a.replicate()
        assert b.replication_status().up_to_date
        assert b.get(DOC_XMPP_PARTNER, "from-a.example", local=True) is not None


_WORKER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from cmdlets.lync.store import ManagementStore
    def bump(props):
        props["Count"] = props.get("Count", 0) + 1
        props.setdefault("Writers", []).append({tag!r})
        return props
    with ManagementStore({path!r}) as s:
        for _ in range({n}):
            s.modify("Counter", "counter", bump)
""")


def test_concurrent_processes_never_lose_a_write(tmp_path):
    path = str(tmp_path / "busy.db")
    with ManagementStore(path, seed=[("Counter", "counter", {"Count": 0})]) as s:
        procs = [subprocess.Popen([sys.executable, "-c", _WORKER.format(root=str(ROOT), path=path,
                                                                         tag=f"w{i}", n=25)])
                 for i in range(4)]
        assert all(p.wait(timeout=120) == 0 for p in procs)
        doc = s.get("Counter", "counter")
        assert doc.properties["Count"] == 100
        assert doc.version == 101
        assert sorted(set(doc.properties["Writers"])) == ["w0", "w1", "w2", "w3"]


# --- refusing files that are not pyshell stores ---------------------------------------------------------

def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE users (name TEXT)")
    conn.execute("INSERT INTO users VALUES ('ken')")
    conn.commit()
    conn.close()


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"Identity,Domain\nxmpp.contoso.com,contoso.com\n")


def _damaged_sqlite(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)


def _tagged_empty_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.close()


@pytest.mark.parametrize("make", [_foreign_sqlite, _not_sqlite, _damaged_sqlite, _tagged_empty_sqlite])
def test_foreign_or_damaged_file_is_refused_and_left_untouched(tmp_path, make):
    path = tmp_path / "cms.db"
    make(path)
    before = path.read_bytes()
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StoreError) as info:
        ManagementStore(str(path))
    assert str(path) in str(info.value)
    assert "untouched" in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings   # no journal, no replica


def test_a_replica_file_is_not_accepted_as_the_store(tmp_path):
    path = tmp_path / "cms.db"
    ManagementStore(str(path)).close()
    replica = tmp_path / "cms.replica.db"
    before = replica.read_bytes()
    with pytest.raises(StoreError, match="replica"):
        ManagementStore(str(replica))
    assert replica.read_bytes() == before


def test_a_damaged_replica_is_refused_too(tmp_path):
    path = tmp_path / "cms.db"
    replica = tmp_path / "cms.replica.db"
    _not_sqlite(replica)
    with pytest.raises(StoreError):
        ManagementStore(str(path))
    assert replica.read_bytes() == b"Identity,Domain\nxmpp.contoso.com,contoso.com\n"


def test_empty_file_becomes_a_new_store(tmp_path):
    path = tmp_path / "cms.db"
    path.touch()
    with ManagementStore(str(path)) as s:
        assert s.count(DOC_ROLE) == 13


def test_directory_is_refused(tmp_path):
    with pytest.raises(StoreError, match="directory"):
        ManagementStore(str(tmp_path))


def test_closed_store_reports_an_error(store):
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.get(DOC_XMPP_PARTNER, "gmail.com")


# --- where the store lives --------------------------------------------------------------------------

def test_store_location_precedence(tmp_path):
    env = {"PYSHELL_STORE": "/env/store.db", "XDG_DATA_HOME": str(tmp_path)}
    assert store_location({"store": "/cli/store.db"}, env) == "/cli/store.db"
    assert store_location({}, env) == "/env/store.db"
    assert store_location(None, {"XDG_DATA_HOME": str(tmp_path)}) == str(tmp_path / "pyshell" / "cms.db")
    assert store_location({"store": ":memory:"}, env) == ":memory:"


@pytest.mark.skipif(sys.platform.startswith("win"), reason="XDG applies to Unix-like systems")
def test_user_data_dir_defaults_to_local_share():
    assert user_data_dir({}) == Path.home() / ".local" / "share" / "pyshell"


# --- when the last change was made -------------------------------------------------------------------

def test_the_last_change_time_never_goes_back(store, monkeypatch):
    # Two shells writing at once used to stamp their changes with times read before waiting for the
    # write lock, so the later commit could carry the earlier time. Stamps are now read holding the
    # lock, and the store keeps the latest even when a writer's clock is behind.
    import cmdlets.lync.store as store_module
    times = iter(["2030-01-01T10:00:00.000002", "2030-01-01T10:00:00.000001"])
    monkeypatch.setattr(store_module, "_now", lambda: next(times))
    store.add(DOC_XMPP_PARTNER, "first.example", {"Domain": "first.example"})
    store.add(DOC_XMPP_PARTNER, "second.example", {"Domain": "second.example"})
    assert store.replication_status().last_update_creation.isoformat() == "2030-01-01T10:00:00.000002"
