"""Import-CsDemoSnapshot: put the store back to a saved demo snapshot."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync.session import session_store, store_errors
from cmdlets.lync.snapshots import (NAME_SET, PATH_SET, SnapshotError, documents_of, info, load, path_for,
                                    raise_as_error)


class ImportCsDemoSnapshot(Cmdlet):
    """Restores the Central Management store from a demo snapshot (pyshell's own command)."""

    verb, noun = "Import", "CsDemoSnapshot"
    default_set = NAME_SET
    implementing_type = "PyShell.Lync.ImportDemoSnapshotCommand"
    supports_should_process = True
    confirm_impact = "Medium"
    description = ("Lync Server has no such cmdlet: it belongs to pyshell, for presenters. It replaces every "
                   "document in the Central Management store with those of a snapshot saved by "
                   "Export-CsDemoSnapshot, in one transaction, and then brings the local replica up to date, so "
                   "a demo starts from the same state every time. -WhatIf shows what would be restored.")

    name = Parameter(str, sets={NAME_SET: SetOptions(position=0, mandatory=True)},
                     help="The name the snapshot was exported under.")
    path = Parameter(str, sets={PATH_SET: SetOptions(mandatory=True)}, help="A snapshot file to restore.")
    pass_thru = Parameter(SwitchParameter, help="Write the snapshot's details after restoring it.")

    examples = (
        Example("Export-CsDemoSnapshot -Path ./start.json | Out-Null; Remove-CsXmppAllowedPartner gmail.com; "
                "Import-CsDemoSnapshot -Path ./start.json; (Get-CsXmppAllowedPartner gmail.com).Identity",
                "Saves the store, removes a partner, and restores the snapshot: the partner is back.",
                "gmail.com\n"),
        Example("Import-CsDemoSnapshot -Path ./start.json -WhatIf",
                "Says which snapshot would be restored, and changes nothing."),
    )

    def end(self) -> None:
        try:
            target = path_for(self.name, self.path)
            data = load(target, self.name)
        except SnapshotError as exc:
            raise_as_error(self, exc)
        label = data.get("name") or target.stem
        if not self.should_process(f"{label} ({target})", "Restore the demo snapshot"):
            return
        with store_errors(self):
            store = session_store(self)
            count = store.restore(documents_of(data))
            store.replicate()
        self.write_verbose(f"The store now holds the {count} documents of the snapshot {label}.")
        if self.pass_thru:
            self.write_object(info(data, target))
