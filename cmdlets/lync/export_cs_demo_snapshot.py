"""Export-CsDemoSnapshot: save the whole store under a name, to start a demo from it later."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync.session import session_store, store_errors
from cmdlets.lync.snapshots import NAME_SET, PATH_SET, SnapshotError, info, path_for, raise_as_error, save


class ExportCsDemoSnapshot(Cmdlet):
    """Saves the Central Management store as a named demo snapshot (pyshell's own command)."""

    verb, noun = "Export", "CsDemoSnapshot"
    default_set = NAME_SET
    implementing_type = "PyShell.Lync.ExportDemoSnapshotCommand"
    description = ("Lync Server has no such cmdlet: it belongs to pyshell, for presenters. It copies every "
                   "document of the Central Management store (partners, roles, policies, users) into a snapshot "
                   "file, so that Import-CsDemoSnapshot can put the store back exactly as it is now, however a "
                   "rehearsal changed it. Named snapshots are kept in pyshell's data folder (or in "
                   "$env:PYSHELL_SNAPSHOTS); -Path saves to any file instead. The snapshot's details are written "
                   "to the pipeline.")

    name = Parameter(str, sets={NAME_SET: SetOptions(position=0, mandatory=True)},
                     help="The snapshot's name: letters, digits, '.', '-' and '_'.")
    path = Parameter(str, sets={PATH_SET: SetOptions(mandatory=True)},
                     help="A file to save the snapshot in, instead of a named snapshot.")
    description = Parameter(str, help="A note kept with the snapshot, shown by Get-CsDemoSnapshot.")
    force = Parameter(SwitchParameter, help="Replace a snapshot of the same name (or file) that exists already.")

    examples = (
        Example("Export-CsDemoSnapshot -Path ./before-demo.json -Description 'Seed organisation'",
                "Saves the store to before-demo.json and shows the snapshot's details."),
        Example("New-CsXmppAllowedPartner -Identity chat.example.org; "
                "Export-CsDemoSnapshot -Path ./with-example.json -Force",
                "Saves the store with one more partner, replacing the file if it exists."),
    )

    def end(self) -> None:
        with store_errors(self):
            store = session_store(self)
            try:
                target = path_for(self.name, self.path)
                data = save(store, target, self.name or target.stem, self.description or "", bool(self.force))
            except SnapshotError as exc:
                raise_as_error(self, exc)
        self.write_object(info(data, target))
