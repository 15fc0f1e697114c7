"""Reset-CsDemoOrganization: put the store back to pyshell's demo organisation."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync.session import session_store, store_errors


class ResetCsDemoOrganization(Cmdlet):
    """Puts the Central Management store back to pyshell's demo organisation (pyshell's own command)."""

    verb = "Reset"
    noun = "CsDemoOrganization"
    description = (
        "Lync Server has no such cmdlet: this one belongs to pyshell, for when experiments have "
        "changed the demo organisation beyond recognition. It throws away every partner, role, "
        "policy and user in the store and puts back the ones a new store starts with, in one "
        "transaction, so another shell using the same store sees either the old organisation or the "
        "new one. It asks first (its ConfirmImpact is High); -Confirm:$false or -Force skip the "
        "question. The local replica catches up at the next replication, like after any change.")
    supports_should_process = True
    confirm_impact = "High"
    output_types = ()
    implementing_type = "PyShell.Lync.ResetDemoOrganizationCommand"

    force = Parameter(SwitchParameter, help="Do not ask for confirmation (an explicit -Confirm still asks).")

    examples = (
        Example('Reset-CsDemoOrganization', "Asks, then puts the demo organisation back."),
        Example('Reset-CsDemoOrganization -Confirm:$false', "Puts the demo organisation back without asking."),
    )

    def process(self) -> None:
        with store_errors(self):
            store = session_store(self)
            if not self.should_process(store.location, "Reset to the demo organisation"):
                return
            count = store.reset()
        self.write_verbose(f"The store now holds the {count} documents of the demo organisation.")
