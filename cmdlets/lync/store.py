"""The Central Management store and its local replica, kept in SQLite.

Like Lync's own store, which holds one XML document per configuration object, this one holds one
row per document: its type, its Identity, its properties as JSON and a version number. Every write
goes to the central database inside a `BEGIN IMMEDIATE` transaction (a read-modify-write happens
inside one, see `modify`), and a shell that finds another one writing waits its turn instead of
failing, so several processes sharing one file never lose a write. Files use SQLite's write-ahead
log: readers never wait for writers, and a process killed in the middle of a write leaves only an
unfinished tail of the log, which the next opener discards.

The local replica is a second database beside the central one. It changes only when `replicate()`
copies the central store into it (the module does that when a session first opens the store, and
Invoke-CsManagementStoreReplication would do it on request), so reads with -LocalStore can lag
behind, as on a real server.

A file that is not a pyshell store (not SQLite, damaged, or somebody else's database) is refused
and never written to: it is first inspected through a read-only connection.

The module is split by concern: store_files.py (where the files live, their schema, checking and
opening them, transactions) and store_queries.py (reading); this module holds the store itself,
its writes and replication.
"""
from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from _thread import RLock           # threading's RLock, without importing threading
from pyshell.structs import dataclass
from pathlib import Path
from cmdlets.lync.store_files import (APPLICATION_ID, BUSY_TIMEOUT_MS, CENTRAL, DEMO_SNAPSHOT_TIME, FORMAT_MARKER,
                                      MEMORY, REPLICA, SCHEMA, SCHEMA_VERSION, StoreConflict, StoreError,
                                      check_ours, guard, inspect_file, key_of, read_meta, refusal,
                                      replica_path_for, transaction)
from cmdlets.lync.store_queries import Document, StoreQueries

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Iterable


@dataclass(frozen=True)
class ReplicationStatus:
    up_to_date: bool
    central_change: int                        # how many writes the central store has seen
    replica_change: int                        # the central change number the replica copied
    last_update_creation: _dt.datetime | None  # when the central store last changed
    last_replicated: _dt.datetime | None       # when the replica last caught up


def _now() -> str:
    return _dt.datetime.now().isoformat(timespec="microseconds")


def _parse_time(text: str | None) -> _dt.datetime | None:
    if not text:
        return None
    try:
        return _dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _newer_copy(replica_meta: dict[str, str], central_meta: dict[str, str]) -> bool:
    """True when the replica already holds a later snapshot of this same central store than the one
    in `central_meta` (the change number only grows; `created` tells one store file from another)."""
    if not central_meta.get("created") or replica_meta.get("source_created") != central_meta.get("created"):
        return False
    try:
        return int(replica_meta.get("source_change", "-1")) > int(central_meta.get("change_number", "0"))
    except ValueError:
        return False


# --- the store ---------------------------------------------------------------------------------------
class ManagementStore(StoreQueries):
    """A Central Management store (`location`: a file path, or ":memory:") and its local replica.

    `seed` gives the documents a brand-new store starts with, as (doc_type, identity, properties)
    triples; by default the demo organisation of demo_org.py.
    """

    def __init__(self, location: str, *, seed: Iterable[tuple[str, str, dict]] | None = None,
                 replica_location: str | None = None, timeout: float = 30.0):
        self.location = str(location)
        self.replica_location = replica_location or replica_path_for(self.location)
        self._timeout = timeout
        self._lock = RLock()
        self._central: sqlite3.Connection | None = None
        self._replica: sqlite3.Connection | None = None
        self._created_central = False
        self._central = self._open(self.location, CENTRAL, seed)
        try:
            self._replica = self._open(self.replica_location, REPLICA, ())
            if self._created_central:
                # A new deployment starts with its replica in step, as of the store's last change.
                self.replicate(only_if_stale=True, at=read_meta(self._central).get("last_change"))
        except BaseException:
            self.close()
            raise

    # -- opening ----------------------------------------------------------------------------------
    def _connect(self, target: str) -> sqlite3.Connection:
        conn = sqlite3.connect(target, timeout=self._timeout, isolation_level=None,
                               check_same_thread=False)
        # Waiting to start a write is _begin's job; the short busy timeout still covers reads that
        # meet a checkpoint and the COMMIT itself.
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS if target != MEMORY else 0}")
        return conn

    def _open(self, path: str, role: str, seed: Iterable[tuple[str, str, dict]] | None) -> sqlite3.Connection:
        if path == MEMORY:
            conn = self._connect(MEMORY)
            self._initialise(conn, path, role, seed)
            return conn
        state = inspect_file(path, role)
        if state == "missing":
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"Cannot create the folder for the store {path}: "
                                 f"{exc.strerror or exc}.", path) from exc
        try:
            conn = self._connect(path)
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open the store file {path}: {exc}.", path) from exc
        try:
            if state != "ours":
                self._initialise(conn, path, role, seed)
            self._use_wal(conn)
            return conn
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise refusal(path, f"the database cannot be used: {exc}") from exc
        except BaseException:
            conn.close()
            raise

    @staticmethod
    def _use_wal(conn: sqlite3.Connection) -> None:
        """Write-ahead logging: readers never wait for a writer and a commit only appends to the log,
        so many shells can write one store quickly; a process killed mid-write leaves the log's
        unfinished tail, which SQLite ignores. synchronous=NORMAL keeps every committed write through
        a crash of the process (only a power cut can cost the last ones)."""
        conn.execute("PRAGMA synchronous = NORMAL")
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError:
            pass    # another shell holds the store; it stays in its current mode, which also works

    def _initialise(self, conn: sqlite3.Connection, path: str, role: str,
                    seed: Iterable[tuple[str, str, dict]] | None) -> None:
        """Create the schema (and the seed documents) unless another process just did."""
        with transaction(conn):
            if check_ours(conn, path, role):
                return                        # created by another shell meanwhile
            for statement in SCHEMA:
                conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            now = _now()
            stamp = DEMO_SNAPSHOT_TIME if role == CENTRAL and seed is None else now
            meta = {"format": FORMAT_MARKER, "schema_version": str(SCHEMA_VERSION), "role": role,
                    "created": now, "change_number": "0", "last_change": stamp,
                    "source_change": "-1", "last_replicated": ""}
            conn.executemany("INSERT INTO pyshell_meta (key, value) VALUES (?, ?)", meta.items())
            if role == CENTRAL:
                if seed is None:
                    from cmdlets.lync.demo_org import demo_documents
                    seed = demo_documents()
                for doc_type, identity, props in seed:
                    self._insert(conn, doc_type, identity, props, stamp)
                self._created_central = True

    # -- internals -------------------------------------------------------------------------------
    @staticmethod
    def _insert(conn: sqlite3.Connection, doc_type: str, identity: str, props: dict, now: str) -> None:
        conn.execute("INSERT INTO documents (doc_type, identity, identity_key, properties, version, "
                     "changed) VALUES (?, ?, ?, ?, 1, ?)",
                     (doc_type, identity, key_of(identity), json.dumps(props, ensure_ascii=False), now))

    @staticmethod
    def _bump(conn: sqlite3.Connection, now: str) -> None:
        conn.execute("UPDATE pyshell_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
                     "WHERE key = 'change_number'")
        # Never backwards, even if the clock is set back: LastUpdateCreation only moves on.
        conn.execute("UPDATE pyshell_meta SET value = max(value, ?) WHERE key = 'last_change'", (now,))

    # -- writing (always the central store) ------------------------------------------------------------
    @guard
    def add(self, doc_type: str, identity: str, properties: dict[str, Any]) -> Document:
        """Create a document; StoreConflict if one with that Identity exists."""
        conn = self._conn(False)
        with transaction(conn):
            now = _now()          # taken holding the write lock: changes are stamped in order
            exists = conn.execute("SELECT 1 FROM documents WHERE doc_type = ? AND identity_key = ?",
                                  (doc_type, key_of(identity))).fetchone()
            if exists:
                raise StoreConflict(f"A {doc_type} with the Identity \"{identity}\" already exists.",
                                    self.location)
            self._insert(conn, doc_type, identity, properties, now)
            self._bump(conn, now)
        return Document(doc_type, identity, dict(properties), 1)

    @guard
    def put(self, doc_type: str, identity: str, properties: dict[str, Any]) -> Document:
        """Create the document, or replace its properties if it exists."""
        return self._modify(doc_type, identity, lambda _old: properties, create=True)

    @guard
    def modify(self, doc_type: str, identity: str,
               change: Callable[[dict[str, Any]], dict[str, Any] | None]) -> Document | None:
        """Read, change and write one document in a single transaction, so that two shells
        changing different properties at once keep both changes. `change` gets a copy of the
        properties and returns the new ones (or None to leave the document alone). Returns the
        new document, or None when no document has that Identity."""
        return self._modify(doc_type, identity, change, create=False)

    def _modify(self, doc_type: str, identity: str, change: Callable, create: bool) -> Document | None:
        conn = self._conn(False)
        with transaction(conn):
            now = _now()          # taken holding the write lock: changes are stamped in order
            row = conn.execute(f"{self._SELECT} WHERE doc_type = ? AND identity_key = ?",
                               (doc_type, key_of(identity))).fetchone()
            if row is None:
                if not create:
                    return None
                props = change({})
                self._insert(conn, doc_type, identity, props, now)
                self._bump(conn, now)
                return Document(doc_type, identity, dict(props), 1)
            current = self._document(row)
            props = change(dict(current.properties))
            if props is None:
                return current
            version = current.version + 1
            conn.execute("UPDATE documents SET properties = ?, version = ?, changed = ? "
                         "WHERE doc_type = ? AND identity_key = ?",
                         (json.dumps(props, ensure_ascii=False), version, now, doc_type, key_of(identity)))
            self._bump(conn, now)
            return Document(doc_type, current.identity, dict(props), version)

    @guard
    def delete(self, doc_type: str, identity: str) -> bool:
        conn = self._conn(False)
        with transaction(conn):
            now = _now()          # taken holding the write lock: changes are stamped in order
            cur = conn.execute("DELETE FROM documents WHERE doc_type = ? AND identity_key = ?",
                               (doc_type, key_of(identity)))
            if cur.rowcount:
                self._bump(conn, now)
            return cur.rowcount > 0

    @guard
    def reset(self, seed: Iterable[tuple[str, str, dict]] | None = None) -> int:
        """Replace every document with `seed` (the demo organisation by default) in one transaction:
        another shell sees the old store or the new one, never a mixture. Returns the document count
        (Reset-CsDemoOrganization)."""
        if seed is None:
            from cmdlets.lync.demo_org import demo_documents
            seed = demo_documents()
        return self.restore(seed)

    @guard
    def restore(self, documents: Iterable[tuple[str, str, dict]]) -> int:
        """Make the store hold exactly `documents` (doc_type, identity, properties), in one
        transaction: another shell sees the old contents or the new, never a mixture. Returns the
        number of documents (Import-CsDemoSnapshot)."""
        docs = list(documents)
        conn = self._conn(False)
        with transaction(conn):
            now = _now()          # taken holding the write lock: changes are stamped in order
            conn.execute("DELETE FROM documents")
            for doc_type, identity, props in docs:
                self._insert(conn, doc_type, identity, props, now)
            self._bump(conn, now)
        return len(docs)

    # -- replication -----------------------------------------------------------------------------------
    @guard
    def replicate(self, *, only_if_stale: bool = False, at: str | None = None) -> ReplicationStatus:
        """Copy the central store into the local replica (a full copy, taken as one snapshot).
        `only_if_stale`: do nothing when the replica already has the latest change (a session
        start); otherwise copy anyway, as Invoke-CsManagementStoreReplication forces a full copy.
        `at` records the copy as made at that time instead of now."""
        central, replica = self._conn(False), self._conn(True)
        with transaction(central, immediate=False):
            meta = read_meta(central)
            if only_if_stale and read_meta(replica).get("source_change") == meta.get("change_number"):
                return self._status()
            rows = central.execute("SELECT id, doc_type, identity, identity_key, properties, version, "
                                   "changed FROM documents ORDER BY id").fetchall()
        now = at or _now()
        with transaction(replica):
            if _newer_copy(read_meta(replica), meta):
                # Another shell sharing this replica copied a later snapshot while this one was being
                # read: the replica never goes back in time.
                return self._status()
            replica.execute("DELETE FROM documents")
            replica.executemany("INSERT INTO documents (id, doc_type, identity, identity_key, "
                                "properties, version, changed) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            for key, value in (("source_change", meta.get("change_number", "0")),
                               ("source_created", meta.get("created", "")),
                               ("last_change", meta.get("last_change", "")),
                               ("last_replicated", now)):
                replica.execute("INSERT OR REPLACE INTO pyshell_meta (key, value) VALUES (?, ?)",
                                (key, value))
        return self._status()

    @guard
    def replication_status(self) -> ReplicationStatus:
        return self._status()

    def _status(self) -> ReplicationStatus:
        central, replica = read_meta(self._conn(False)), read_meta(self._conn(True))
        central_change = int(central.get("change_number", "0"))
        replica_change = int(replica.get("source_change", "-1"))
        return ReplicationStatus(up_to_date=central_change == replica_change,
                                 central_change=central_change, replica_change=replica_change,
                                 last_update_creation=_parse_time(central.get("last_change")),
                                 last_replicated=_parse_time(replica.get("last_replicated")))

    # -- life cycle ------------------------------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            for conn in (self._central, self._replica):
                if conn is not None:
                    conn.close()
            self._central = self._replica = None

    def __enter__(self) -> "ManagementStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ManagementStore({self.location!r})"
