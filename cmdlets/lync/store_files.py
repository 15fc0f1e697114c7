"""The SQLite files under the Central Management store: where they live, their schema, how a file
is checked before it is opened, and the transactions every read-modify-write runs in.

Every write goes to the central database inside a `BEGIN IMMEDIATE` transaction, and a shell that
finds another one writing waits its turn instead of failing, so several processes sharing one file
never lose a write. A file that is not a pyshell store (not SQLite, damaged, or somebody else's
database) is refused and never written to: it is first inspected through a read-only connection.
"""
from __future__ import annotations

import functools
import os
import sqlite3
import sys
import time
from contextlib import contextmanager
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Iterator, Mapping
    from cmdlets.lync.store import ManagementStore

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

SCHEMA = (
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


# --- using the files ------------------------------------------------------------------------------

def key_of(identity: str) -> str:
    """An Identity as the identity_key column holds it: lower-cased, so lookups ignore case."""
    return identity.lower()


def guard(method: Callable) -> Callable:
    """Run a store method under the lock; a SQLite failure becomes a StoreError."""
    @functools.wraps(method)
    def wrapper(self: ManagementStore, *args: Any, **kwargs: Any) -> Any:
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
BUSY_TIMEOUT_MS = 2


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
def transaction(conn: sqlite3.Connection, immediate: bool = True) -> Iterator[sqlite3.Connection]:
    _begin(conn, "BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM pyshell_meta").fetchall())


def refusal(path: str, why: str) -> StoreError:
    return StoreError(f"{path} is not a pyshell Central Management store ({why}); it was left "
                      f"untouched. Give another file with --store or PYSHELL_STORE.", path)


def check_ours(conn: sqlite3.Connection, path: str, role: str) -> bool:
    """True when `conn` holds a pyshell store of `role`; False when it holds no tables at all;
    StoreError for anything else."""
    tables = _tables(conn)
    if not tables:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id in (0, APPLICATION_ID) and user_version == 0:
            return False
        raise refusal(path, "an SQLite database that belongs to another program")
    if "pyshell_meta" not in tables or "documents" not in tables:
        raise refusal(path, "an SQLite database that belongs to another program")
    meta = read_meta(conn)
    if meta.get("format") != FORMAT_MARKER:
        raise refusal(path, "an SQLite database that belongs to another program")
    try:
        version = int(meta.get("schema_version", ""))
    except ValueError:
        raise refusal(path, "its schema version is unreadable") from None
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path} was written by a newer pyshell (store schema {version}; this "
                         f"version reads up to {SCHEMA_VERSION}); it was left untouched.", path)
    if meta.get("role") != role:
        what = "the local replica of a store" if meta.get("role") == REPLICA else "a central store"
        raise StoreError(f"{path} is {what}, not a {role} store; give the store file itself with "
                         f"--store or PYSHELL_STORE.", path)
    return True


def inspect_file(path: str, role: str) -> str:
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
        raise refusal(path, "it is not an SQLite database")
    uri = p.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=30.0, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open the store file {path}: {exc}.", path) from exc
    try:
        ours = check_ours(conn, path, role)
        if ours:
            result = conn.execute("PRAGMA quick_check").fetchone()
            if not result or result[0] != "ok":
                raise refusal(path, "the database is damaged")
        return "ours" if ours else "empty"
    except sqlite3.OperationalError as exc:
        # A journal left by a crash cannot be rolled back through a read-only connection; the
        # read-write connection will recover it, which is ordinary SQLite behaviour.
        if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
            return "recover"
        raise refusal(path, f"the database cannot be read: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise refusal(path, f"the database is damaged: {exc}") from exc
    finally:
        conn.close()
