"""Reading the Central Management store: one document by Identity, the documents whose Identity
matches a wildcard, and the Identity-prefix listings that tab completion asks for. Mixed into
ManagementStore (store.py), which provides the connections."""
from __future__ import annotations

import json
import sqlite3
from pyshell.structs import dataclass
from cmdlets.lync.store_files import guard, key_of
from cmdlets.lync.wildcard import compile_wildcard, has_wildcards, literal_prefix

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


@dataclass(frozen=True)
class Document:
    doc_type: str
    identity: str
    properties: dict[str, Any]
    version: int


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


class StoreQueries:
    """The reading half of ManagementStore: every method reads the central store, or with
    `local=True` the replica, through `_conn`."""

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
    @guard
    def get(self, doc_type: str, identity: str, *, local: bool = False) -> Document | None:
        """The document with this Identity (case-insensitive), looked up through the index."""
        row = self._conn(local).execute(f"{self._SELECT} WHERE doc_type = ? AND identity_key = ?",
                                        (doc_type, key_of(identity))).fetchone()
        return self._document(row) if row else None

    @guard
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

    @guard
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

    @guard
    def count_identities(self, doc_type: str, prefix: str = "", *, local: bool = False) -> int:
        """How many documents of a type have an Identity that starts with `prefix` (any case)."""
        conn = self._conn(local)
        key = prefix.lower()
        return conn.execute("SELECT COUNT(*) FROM documents WHERE doc_type = ? AND identity_key >= ? "
                            "AND identity_key < ?", (doc_type, key, key + "\U0010ffff")).fetchone()[0]

    @guard
    def count(self, doc_type: str, *, local: bool = False) -> int:
        return self._conn(local).execute("SELECT COUNT(*) FROM documents WHERE doc_type = ?",
                                         (doc_type,)).fetchone()[0]

    @guard
    def all_documents(self, *, local: bool = False) -> list[Document]:
        """Every document of every type, in the order they were created (demo snapshots save these)."""
        rows = self._conn(local).execute(f"{self._SELECT} ORDER BY id")
        return [self._document(r) for r in rows]
