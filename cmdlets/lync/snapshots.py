"""Demo snapshots: the whole Central Management store saved under a name, to restore before a demo.

A snapshot is a JSON file: a format marker, its name, description and creation time, and every
document of the central store (type, Identity, properties). Named snapshots live in one folder:
$PYSHELL_SNAPSHOTS if set, else `snapshots` in pyshell's data folder; `-Path` names any file.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import re
from pathlib import Path
from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.values import PSObject

from cmdlets.lync.store_files import user_data_dir

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FORMAT = "pyshell-lync-demo-snapshot"
VERSION = 1
TYPE_NAME = "PyShell.Lync.DemoSnapshot"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
NAME_SET, PATH_SET = "Name", "Path"


class SnapshotError(Exception):
    def __init__(self, message: str, error_id: str, category: ErrorCategory, target: Any = None):
        super().__init__(message)
        self.error_id, self.category, self.target = error_id, category, target


def snapshot_dir() -> Path:
    env = os.environ.get("PYSHELL_SNAPSHOTS")
    return Path(env) if env else user_data_dir() / "snapshots"


def path_for(name: str | None, path: str | None) -> Path:
    if path:
        return Path(os.path.abspath(os.path.expanduser(path)))
    assert name is not None
    if not _NAME.match(name):
        raise SnapshotError(f"'{name}' cannot be a snapshot name: use letters, digits, '.', '-' and '_', starting "
                            "with a letter or digit.", "InvalidSnapshotName", ErrorCategory.InvalidArgument, name)
    return snapshot_dir() / f"{name}.json"


def save(store: Any, target: Path, name: str, description: str, force: bool) -> dict:
    if target.exists() and not force:
        raise SnapshotError(f"A demo snapshot already exists at {target}. Use -Force to replace it.",
                            "SnapshotExists", ErrorCategory.ResourceExists, str(target))
    docs = store.all_documents()
    data = {"format": FORMAT, "version": VERSION, "name": name, "description": description,
            "created": _dt.datetime.now().isoformat(timespec="seconds"),
            "documents": [{"type": d.doc_type, "identity": d.identity, "properties": d.properties} for d in docs]}
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        raise SnapshotError(f"Cannot write the demo snapshot {target}: {exc.strerror or exc}.",
                            "SnapshotWriteError", ErrorCategory.WriteError, str(target)) from None
    return data


def load(target: Path, name: str | None) -> dict:
    if not target.exists():
        what = f"a demo snapshot named '{name}' in {target.parent}" if name else f"the demo snapshot file {target}"
        raise SnapshotError(f"Cannot find {what}. Get-CsDemoSnapshot lists the snapshots there are.",
                            "SnapshotNotFound", ErrorCategory.ObjectNotFound, name or str(target))
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        data = None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("documents"), list):
        raise SnapshotError(f"{target} is not a pyshell demo snapshot.", "InvalidSnapshot", ErrorCategory.InvalidData,
                            str(target))
    if int(data.get("version", 0)) > VERSION:
        raise SnapshotError(f"{target} was written by a newer pyshell (snapshot version {data.get('version')}).",
                            "InvalidSnapshot", ErrorCategory.InvalidData, str(target))
    return data


def documents_of(data: dict) -> list[tuple[str, str, dict]]:
    return [(d["type"], d["identity"], d["properties"]) for d in data["documents"]]


def info(data: dict, target: Path) -> PSObject:
    created = data.get("created")
    try:
        when = _dt.datetime.fromisoformat(created) if created else None
    except ValueError:
        when = None
    return PSObject([("Name", data.get("name") or target.stem), ("Created", when),
                     ("Documents", len(data.get("documents", []))), ("Description", data.get("description") or ""),
                     ("Path", str(target))], type_names=[TYPE_NAME, "System.Management.Automation.PSCustomObject",
                                                         "System.Object"])


def raise_as_error(cmdlet: Any, exc: SnapshotError) -> None:
    raise PSError(cmdlet.error_record(str(exc), exc.error_id, exc.category, target=exc.target,
                                      exception_type="InvalidOperationException")) from None
