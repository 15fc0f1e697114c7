"""Pester's TestDrive: a temporary directory for each Describe block, reachable as the TestDrive:
drive in the file cmdlets (TestDrive:\\data.txt) and as the directory itself in $TestDrive: a
DirectoryInfo, as Pester 4 publishes it, whose text is the directory's full path.

As in Pester 4: the outermost Describe makes the directory (a Describe inside it shares it) and
deletes it at its end, with the drive and the variable; a Context deletes what was created in the
drive while it ran. A location inside the drive goes back to where the Describe started."""
from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from cmdlets.core._filesystem import item
from pyshell.runtime.location import add_drive, find_drive, remove_drive, resolve, set_location

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

DRIVE = "TestDrive"


def enter(ctx: Any, kind: str) -> Any:
    """Called as a Describe or Context starts; returns what `leave` needs to undo."""
    drive = ctx.drives.get(DRIVE.lower())
    if drive is None:
        if kind != "Describe":
            return None
        root = os.path.join(tempfile.gettempdir(), str(uuid.uuid4()))
        os.makedirs(root)
        add_drive(ctx, DRIVE, root, "Pester test drive")
        directory = item(root, string_form=root)
        ctx.global_scope.vars["testdrive"] = directory
        return ("owner", root, ctx.location, ctx.location_drive, directory)
    return ("visitor", drive.root, _contents(drive.root))


def leave(ctx: Any, token: Any) -> None:
    if token is None:
        return
    if token[0] == "owner":
        _, root, location, location_drive, directory = token
        if ctx.location == root or ctx.location.startswith(root.rstrip(os.sep) + os.sep):
            _go_back(ctx, location, location_drive)
        remove_drive(ctx, DRIVE)
        if ctx.global_scope.vars.get("testdrive") is directory:
            ctx.global_scope.vars.pop("testdrive", None)
        shutil.rmtree(root, ignore_errors=True)
        return
    _, root, before = token
    for path in sorted(_contents(root) - before, key=len, reverse=True):
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        elif os.path.lexists(path):
            try:
                os.remove(path)
            except OSError:
                pass


def _contents(root: str) -> set[str]:
    found: set[str] = set()
    for folder, dirs, files in os.walk(root):
        found.update(os.path.join(folder, name) for name in dirs + files)
    return found


def _go_back(ctx: Any, location: str, location_drive: str) -> None:
    drive = find_drive(ctx, location_drive) if location_drive else None
    target = location if os.path.isdir(location) else tempfile.gettempdir()
    resolved = resolve(ctx, target)
    if drive is not None and drive.name.lower() != DRIVE.lower():
        resolved = type(resolved)(target, drive)
    set_location(ctx, resolved)
