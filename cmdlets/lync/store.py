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
"""
from __future__ import annotations

import datetime as _dt
import functools
import json
import os
import sqlite3
import sys
from _thread import RLock           # threading's RLock, without importing threading
import time
from contextlib import contextmanager
from pyshell.structs import dataclass
from pathlib import Path
from cmdlets.lync.wildcard import compile_wildcard, has_wildcards, literal_prefix

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Iterable, Iterator, Mapping

MEMORY = ":memory:"
SCHEMA_VERSION = 1
FORMAT_MARKER = "pyshell-lync-cms"
APPLICATION_ID = 0x50534C59        # "PSLY" in the SQLite header: a quick sign the file is ours
SQLITE_HEADER = b"SQLite format 3\x00"
CENTRAL, REPLICA = "central", "replica"
DEFAULT_FILE_NAME = "cms.db"
# When the canned demo organisation was "deployed": a new store starts with that history (its last
# change, and its replica already caught up, at this time), so a fresh demo store reports the same
# replication status every time; changes made afterwards carry their real times.
DEMO_SNAPSHOT_TIME = "2013-01-07T09:00:00.000000"

_SCHEMA = (
    "CREATE TABLE pyshell_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE documents (
           id INTEGER PRIMARY KEY,
           doc_type TEXT NOT NULL,
           identity TEXT NOT NULL,
           identity_key TEXT NOT NULL,
           properties TEXT NOT NULL,
           version INTEGER NOT NULL,
           changed TEXT NOT NULL,
           UNIQUE (doc_type, identity_key))""",
)


class StoreError(Exception):
    """The store cannot be opened or used; the message is meant for the user."""

    def __init__(self, message: str, path: str = ""):
        super().__init__(message)
        self.path = path


class StoreConflict(StoreError):
    """A document with that Identity exists already."""


@dataclass(frozen=True)
class Document:
    doc_type: str
    identity: str
    properties: dict[str, Any]
    version: int


@dataclass(frozen=True)
class ReplicationStatus:
    up_to_date: bool
    central_change: int                        # how many writes the central store has seen
    replica_change: int                        # the central change number the replica copied
    last_update_creation: _dt.datetime | None  # when the central store last changed
    last_replicated: _dt.datetime | None       # when the replica last caught up


# --- where the store lives -------------------------------------------------------------------------

def user_data_dir(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if sys.platform.startswith("win"):
        base = env.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "pyshell"
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "pyshell"


def store_location(settings: Mapping[str, Any] | None = None,
                   environ: Mapping[str, str] | None = None) -> str:
    """The store to open: settings["store"], else $PYSHELL_STORE, else the user data directory."""
    env = os.environ if environ is None else environ
    value = (settings or {}).get("store")
    if value:
        return str(value)
    if env.get("PYSHELL_STORE"):
        return env["PYSHELL_STORE"]
    return str(user_data_dir(env) / DEFAULT_FILE_NAME)


def replica_path_for(location: str) -> str:
    """The replica file beside a store file: cms.db -> cms.replica.db."""
    if location == MEMORY:
        return MEMORY
    path = Path(location)
    stem = path.stem if path.suffix else path.name
    return str(path.with_name(f"{stem}.replica.db"))


# --- helpers ---------------------------------------------------------------------------------------

def _now() -> str:
    return _dt.datetime.now().isoformat(timespec="microseconds")


def _parse_time(text: str | None) -> _dt.datetime | None:
    if not text:
        return None
    try:
        return _dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _key(identity: str) -> str:
    return identity.lower()


def _guard(method: Callable) -> Callable:
    """Run a store method under the lock; a SQLite failure becomes a StoreError."""
    @functools.wraps(method)
    def wrapper(self: "ManagementStore", *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            if self._central is None:
                raise StoreError("The Central Management store has been closed.", self.location)
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as exc:
                raise StoreError(failure_message(self.location, exc), self.location) from exc
    return wrapper


def failure_message(location: str, exc: Exception) -> str:
    """What to tell the user when SQLite refuses: a read-only file and a full (or failing) disk are
    named as such. Every write is one transaction, so a refused write changed nothing."""
    text = str(exc)
    low = text.lower()
    if "readonly" in low or "read-only" in low:
        return (f"The Central Management store at {location} is read-only ({text}); nothing was changed. "
                "Make the file writable, or give another store with --store.")
    if "disk is full" in low or "disk i/o error" in low:
        return (f"The Central Management store at {location} could not be written: the disk is full or "
                f"failing ({text}); nothing was changed.")
    return f"The Central Management store at {location} could not be used: {text}."


def cannot_write(exc: BaseException) -> bool:
    """True for a StoreError that says the file cannot be written (read-only, or a full disk)."""
    cause = exc.__cause__ if isinstance(exc, StoreError) else exc
    low = str(cause).lower()
    return isinstance(cause, sqlite3.Error) and any(
        word in low for word in ("readonly", "read-only", "disk is full", "disk i/o error"))


# How long a shell waits for another one's write before giving up, and how it waits: SQLite's own
# busy handler backs off to 100 ms sleeps, which makes a crowd of shells crawl; short sleeps with
# a little randomness let each waiting writer in soon after the lock frees.
WRITE_WAIT = 30.0
_BUSY_TIMEOUT_MS = 2


def _begin(conn: sqlite3.Connection, statement: str) -> None:
    deadline = time.monotonic() + WRITE_WAIT
    while True:
        try:
            conn.execute(statement)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() and "busy" not in str(exc).lower():
                raise
            if time.monotonic() >= deadline:
                raise
            import random       # only when the store is busy
            time.sleep(random.uniform(0.0005, 0.003))


@contextmanager
def _transaction(conn: sqlite3.Connection, immediate: bool = True) -> Iterator[sqlite3.Connection]:
    _begin(conn, "BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _newer_copy(replica_meta: dict[str, str], central_meta: dict[str, str]) -> bool:
    """True when the replica already holds a later snapshot of this same central store than the one
    in `central_meta` (the change number only grows; `created` tells one store file from another)."""
    if not central_meta.get("created") or replica_meta.get("source_created") != central_meta.get("created"):
        return False
    try:
        return int(replica_meta.get("source_change", "-1")) > int(central_meta.get("change_number", "0"))
    except ValueError:
        return False


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM pyshell_meta").fetchall())


def _refusal(path: str, why: str) -> StoreError:
    return StoreError(f"{path} is not a pyshell Central Management store ({why}); it was left "
                      f"untouched. Give another file with --store or PYSHELL_STORE.", path)


def _check_ours(conn: sqlite3.Connection, path: str, role: str) -> bool:
    """True when `conn` holds a pyshell store of `role`; False when it holds no tables at all;
    StoreError for anything else."""
    tables = _tables(conn)
    if not tables:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id in (0, APPLICATION_ID) and user_version == 0:
            return False
        raise _refusal(path, "an SQLite database that belongs to another program")
    if "pyshell_meta" not in tables or "documents" not in tables:
        raise _refusal(path, "an SQLite database that belongs to another program")
    meta = _meta(conn)
    if meta.get("format") != FORMAT_MARKER:
        raise _refusal(path, "an SQLite database that belongs to another program")
    try:
        version = int(meta.get("schema_version", ""))
    except ValueError:
        raise _refusal(path, "its schema version is unreadable") from None
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path} was written by a newer pyshell (store schema {version}; this "
                         f"version reads up to {SCHEMA_VERSION}); it was left untouched.", path)
    if meta.get("role") != role:
        what = "the local replica of a store" if meta.get("role") == REPLICA else "a central store"
        raise StoreError(f"{path} is {what}, not a {role} store; give the store file itself with "
                         f"--store or PYSHELL_STORE.", path)
    return True


def _inspect(path: str, role: str) -> str:
    """What is at `path`: "missing", "empty" (nothing to lose) or "ours"; refuse anything else.

    Only reads: the header bytes first, then a read-only SQLite connection.
    """
    p = Path(path)
    if not p.exists():
        return "missing"
    if p.is_dir():
        raise StoreError(f"{path} is a directory; the store must be a file.", path)
    try:
        with open(p, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"Cannot read the store file {path}: {exc.strerror or exc}.", path) from exc
    if not header:
        return "empty"
    if header != SQLITE_HEADER:
        raise _refusal(path, "it is not an SQLite database")
    uri = p.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=30.0, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open the store file {path}: {exc}.", path) from exc
    try:
        ours = _check_ours(conn, path, role)
        if ours:
            result = conn.execute("PRAGMA quick_check").fetchone()
            if not result or result[0] != "ok":
                raise _refusal(path, "the database is damaged")
        return "ours" if ours else "empty"
    except sqlite3.OperationalError as exc:
        # A journal left by a crash cannot be rolled back through a read-only connection; the
        # read-write connection will recover it, which is ordinary SQLite behaviour.
        if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
            return "recover"
        raise _refusal(path, f"the database cannot be read: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise _refusal(path, f"the database is damaged: {exc}") from exc
    finally:
        conn.close()


def _json_value(kind: str, value: Any) -> Any:
    """What json.loads gives for a value SQLite's json_extract read, by its json_type."""
    if kind == "true":
        return True
    if kind == "false":
        return False
    if kind == "null":
        return None
    if kind in ("object", "array"):
        return json.loads(value)
    return value


def _ending_condition(pattern: str) -> tuple[str, tuple[str, ...]]:
    """An SQL condition that keeps every row whose Identity can match `pattern` and leaves out most
    of the others, by the literal text the pattern ends with ("*.org": keys ending in ".org"), so
    that a suffix pattern does not bring every document of the type into Python. The wildcard
    match in Python still decides. Keys with characters outside printable ASCII are always kept,
    since case-insensitive matching of those need not agree with lower-casing."""
    if "`" in pattern:
        return "", ()
    last = max(pattern.rfind(c) for c in "*?[]")
    ending = pattern[last + 1:].lower()
    if last < 0 or not ending or not ending.isascii():
        return "", ()
    return " AND (identity_key GLOB ? OR identity_key GLOB '*[^ -~]*')", ("*" + ending,)


# --- the store ---------------------------------------------------------------------------------------

class ManagementStore:
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
                self.replicate(only_if_stale=True, at=_meta(self._central).get("last_change"))
        except BaseException:
            self.close()
            raise

    # -- opening ----------------------------------------------------------------------------------
    def _connect(self, target: str) -> sqlite3.Connection:
        conn = sqlite3.connect(target, timeout=self._timeout, isolation_level=None,
                               check_same_thread=False)
        # Waiting to start a write is _begin's job; the short busy timeout still covers reads that
        # meet a checkpoint and the COMMIT itself.
        conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS if target != MEMORY else 0}")
        return conn

    def _open(self, path: str, role: str, seed: Iterable[tuple[str, str, dict]] | None) -> sqlite3.Connection:
        if path == MEMORY:
            conn = self._connect(MEMORY)
            self._initialise(conn, path, role, seed)
            return conn
        state = _inspect(path, role)
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
            raise _refusal(path, f"the database cannot be used: {exc}") from exc
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
        with _transaction(conn):
            if _check_ours(conn, path, role):
                return                        # created by another shell meanwhile
            for statement in _SCHEMA:
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
                     (doc_type, identity, _key(identity), json.dumps(props, ensure_ascii=False), now))

    @staticmethod
    def _bump(conn: sqlite3.Connection, now: str) -> None:
        conn.execute("UPDATE pyshell_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
                     "WHERE key = 'change_number'")
        conn.execute("UPDATE pyshell_meta SET value = ? WHERE key = 'last_change'", (now,))

    @staticmethod
    def _document(row: tuple) -> Document:
        doc_type, identity, props, version = row
        return Document(doc_type, identity, json.loads(props), version)

    def _conn(self, local: bool) -> sqlite3.Connection:
        conn = self._replica if local else self._central
        assert conn is not None
        return conn

    _SELECT = "SELECT doc_type, identity, properties, version FROM documents"

    # -- reading ---------------------------------------------------------------------------------
    @_guard
    def get(self, doc_type: str, identity: str, *, local: bool = False) -> Document | None:
        """The document with this Identity (case-insensitive), looked up through the index."""
        row = self._conn(local).execute(f"{self._SELECT} WHERE doc_type = ? AND identity_key = ?",
                                        (doc_type, _key(identity))).fetchone()
        return self._document(row) if row else None

    @_guard
    def find(self, doc_type: str, pattern: str | None = None, *, local: bool = False) -> list[Document]:
        """Every document of a type, in the order they were created; with `pattern`, only those
        whose Identity matches it as a PowerShell wildcard (raises WildcardError if malformed)."""
        conn = self._conn(local)
        if pattern is None:
            rows = conn.execute(f"{self._SELECT} WHERE doc_type = ? ORDER BY id", (doc_type,))
            return [self._document(r) for r in rows]
        regex = compile_wildcard(pattern)
        if not has_wildcards(pattern):
            # No wildcard characters: the pattern names one Identity (backticks unescaped).
            row = conn.execute(f"{self._SELECT} WHERE doc_type = ? AND identity_key = ?",
                               (doc_type, literal_prefix(pattern))).fetchone()
            return [self._document(row)] if row and regex.match(row[1]) else []
        prefix = literal_prefix(pattern)
        ending, ending_args = _ending_condition(pattern)
        if prefix and prefix.isascii():
            # Range scan on the (doc_type, identity_key) index: keys that start with the prefix.
            rows = conn.execute(f"{self._SELECT} WHERE doc_type = ? AND identity_key >= ? AND "
                                f"identity_key < ?{ending} ORDER BY id",
                                (doc_type, prefix, prefix + "\U0010ffff", *ending_args))
        else:
            rows = conn.execute(f"{self._SELECT} WHERE doc_type = ?{ending} ORDER BY id",
                                (doc_type, *ending_args))
        return [self._document(r) for r in rows if regex.match(r[1])]

    @_guard
    def identity_fields(self, doc_type: str, prefix: str, fields: tuple[str, ...], *,
                        local: bool = False, limit: int | None = None) -> list[tuple[str, dict[str, Any]]]:
        """(Identity, {field: value}) for every document of a type whose Identity starts with
        `prefix` (any case), in the order they were created. Only the named top-level properties
        are read (one that is absent is left out), without decoding the rest of each document.

        With `limit`, a store of thousands is not read whole: when more than `limit` documents
        match, the answer is the first `limit` of them by Identity (alphabetical, in the order the
        index keeps them, so nothing beyond them is read); `count_identities` says how many match."""
        conn = self._conn(local)
        key = prefix.lower()
        where, args = "doc_type = ?", [doc_type]
        if key:
            # identity_key is the Identity lower-cased by Python, and SQLite orders text by code
            # point as Python does, so this range holds exactly the keys that start with `key`.
            where += " AND identity_key >= ? AND identity_key < ?"
            args += [key, key + "\U0010ffff"]
        paths = [f'$."{name}"' for name in fields]
        columns = "".join(", json_type(properties, ?), json_extract(properties, ?)" for _ in paths)
        params = [p for path in paths for p in (path, path)]
        order = "id" if limit is None else "identity_key"
        try:
            rows = conn.execute(f"SELECT id, identity{columns} FROM documents WHERE {where} ORDER BY {order}",
                                (*params, *args))
            decode = None
        except sqlite3.OperationalError:
            # An SQLite without its JSON functions: decode each document instead.
            rows = conn.execute(f"SELECT id, identity, properties FROM documents WHERE {where} ORDER BY {order}",
                                args)
            decode = json.loads
        out = []
        for row in rows:
            if not row[1].lower().startswith(key):
                continue
            if limit is not None and len(out) == limit:
                rows.close()
                return [item[1:] for item in out]       # cut short: alphabetical
            if decode is not None:
                props = decode(row[2])
                values = {n: props[n] for n in fields if n in props}
            else:
                values = {}
                for i, name in enumerate(fields):
                    kind = row[2 + 2 * i]
                    if kind is not None:
                        values[name] = _json_value(kind, row[3 + 2 * i])
            out.append((row[0], row[1], values))
        if limit is not None:
            out.sort(key=lambda item: item[0])          # all of them: the order they were created
        return [item[1:] for item in out]

    @_guard
    def count_identities(self, doc_type: str, prefix: str = "", *, local: bool = False) -> int:
        """How many documents of a type have an Identity that starts with `prefix` (any case)."""
        conn = self._conn(local)
        key = prefix.lower()
        return conn.execute("SELECT COUNT(*) FROM documents WHERE doc_type = ? AND identity_key >= ? "
                            "AND identity_key < ?", (doc_type, key, key + "\U0010ffff")).fetchone()[0]

    @_guard
    def count(self, doc_type: str, *, local: bool = False) -> int:
        return self._conn(local).execute("SELECT COUNT(*) FROM documents WHERE doc_type = ?",
                                         (doc_type,)).fetchone()[0]

    # -- writing (always the central store) ------------------------------------------------------------
    @_guard
    def add(self, doc_type: str, identity: str, properties: dict[str, Any]) -> Document:
        """Create a document; StoreConflict if one with that Identity exists."""
        conn = self._conn(False)
        now = _now()
        with _transaction(conn):
            exists = conn.execute("SELECT 1 FROM documents WHERE doc_type = ? AND identity_key = ?",
                                  (doc_type, _key(identity))).fetchone()
            if exists:
                raise StoreConflict(f"A {doc_type} with the Identity \"{identity}\" already exists.",
                                    self.location)
            self._insert(conn, doc_type, identity, properties, now)
            self._bump(conn, now)
        return Document(doc_type, identity, dict(properties), 1)

    @_guard
    def put(self, doc_type: str, identity: str, properties: dict[str, Any]) -> Document:
        """Create the document, or replace its properties if it exists."""
        return self._modify(doc_type, identity, lambda _old: properties, create=True)

    @_guard
    def modify(self, doc_type: str, identity: str,
               change: Callable[[dict[str, Any]], dict[str, Any] | None]) -> Document | None:
        """Read, change and write one document in a single transaction, so that two shells
        changing different properties at once keep both changes. `change` gets a copy of the
        properties and returns the new ones (or None to leave the document alone). Returns the
        new document, or None when no document has that Identity."""
        return self._modify(doc_type, identity, change, create=False)

    def _modify(self, doc_type: str, identity: str, change: Callable, create: bool) -> Document | None:
        conn = self._conn(False)
        now = _now()
        with _transaction(conn):
            row = conn.execute(f"{self._SELECT} WHERE doc_type = ? AND identity_key = ?",
                               (doc_type, _key(identity))).fetchone()
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
                         (json.dumps(props, ensure_ascii=False), version, now, doc_type, _key(identity)))
            self._bump(conn, now)
            return Document(doc_type, current.identity, dict(props), version)

    @_guard
    def delete(self, doc_type: str, identity: str) -> bool:
        conn = self._conn(False)
        now = _now()
        with _transaction(conn):
            cur = conn.execute("DELETE FROM documents WHERE doc_type = ? AND identity_key = ?",
                               (doc_type, _key(identity)))
            if cur.rowcount:
                self._bump(conn, now)
            return cur.rowcount > 0

    @_guard
    def reset(self, seed: Iterable[tuple[str, str, dict]] | None = None) -> int:
        """Replace every document with `seed` (the demo organisation by default) in one transaction:
        another shell sees the old store or the new one, never a mixture. Returns the document count."""
        if seed is None:
            from cmdlets.lync.demo_org import demo_documents
            seed = demo_documents()
        docs = list(seed)
        conn = self._conn(False)
        now = _now()
        with _transaction(conn):
            conn.execute("DELETE FROM documents")
            for doc_type, identity, props in docs:
                self._insert(conn, doc_type, identity, props, now)
            self._bump(conn, now)
        return len(docs)

    @_guard
    def all_documents(self, *, local: bool = False) -> list[Document]:
        """Every document of every type, in the order they were created (demo snapshots save these)."""
        rows = self._conn(local).execute(f"{self._SELECT} ORDER BY id")
        return [self._document(r) for r in rows]

    @_guard
    def restore(self, documents: Iterable[tuple[str, str, dict]]) -> int:
        """Make the store hold exactly `documents` (doc_type, identity, properties), in one
        transaction: another shell sees the old contents or the new, never a mixture. Returns the
        number of documents (Import-CsDemoSnapshot)."""
        docs = list(documents)
        conn = self._conn(False)
        now = _now()
        with _transaction(conn):
            conn.execute("DELETE FROM documents")
            for doc_type, identity, props in docs:
                self._insert(conn, doc_type, identity, props, now)
            self._bump(conn, now)
        return len(docs)

    # -- replication -----------------------------------------------------------------------------------
    @_guard
    def replicate(self, *, only_if_stale: bool = False, at: str | None = None) -> ReplicationStatus:
        """Copy the central store into the local replica (a full copy, taken as one snapshot).
        `only_if_stale`: do nothing when the replica already has the latest change (a session
        start); otherwise copy anyway, as Invoke-CsManagementStoreReplication forces a full copy.
        `at` records the copy as made at that time instead of now."""
        central, replica = self._conn(False), self._conn(True)
        with _transaction(central, immediate=False):
            meta = _meta(central)
            if only_if_stale and _meta(replica).get("source_change") == meta.get("change_number"):
                return self._status()
            rows = central.execute("SELECT id, doc_type, identity, identity_key, properties, version, "
                                   "changed FROM documents ORDER BY id").fetchall()
        now = at or _now()
        with _transaction(replica):
            if _newer_copy(_meta(replica), meta):
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

    @_guard
    def replication_status(self) -> ReplicationStatus:
        return self._status()

    def _status(self) -> ReplicationStatus:
        central, replica = _meta(self._conn(False)), _meta(self._conn(True))
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
