"""Get-CsDemoSnapshot: list the named demo snapshots."""
from __future__ import annotations

import fnmatch

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter

from cmdlets.lync.snapshots import SnapshotError, info, load, snapshot_dir


class GetCsDemoSnapshot(Cmdlet):
    """Lists the demo snapshots saved by Export-CsDemoSnapshot (pyshell's own command)."""

    verb, noun = "Get", "CsDemoSnapshot"
    implementing_type = "PyShell.Lync.GetDemoSnapshotCommand"
    description = ("Lists the named snapshots in the snapshot folder (pyshell's data folder, or "
                   "$env:PYSHELL_SNAPSHOTS) with their creation time, number of documents and description. "
                   "Files there that are not snapshots are skipped.")

    name = Parameter(str, position=0, default="*", help="Only the snapshots whose names match (wildcards allowed).")

    examples = (
        Example("Get-CsDemoSnapshot", "Lists every named snapshot."),
        Example("Get-CsDemoSnapshot -Name 'talk-*' | Select-Object Name, Created",
                "Lists the snapshots whose names begin with talk-."),
    )

    def end(self) -> None:
        folder = snapshot_dir()
        if not folder.is_dir():
            return
        pattern = (self.name or "*").lower()
        for path in sorted(folder.glob("*.json")):
            if not fnmatch.fnmatchcase(path.stem.lower(), pattern):
                continue
            try:
                self.write_object(info(load(path, path.stem), path))
            except SnapshotError:
                continue
