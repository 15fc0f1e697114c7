"""Update-CsAdminRole: bring the standard RBAC roles up to date."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.demo_org import role_documents
from cmdlets.lync.models import DOC_ROLE
from cmdlets.lync.session import session_store, store_errors


class UpdateCsAdminRole(Cmdlet):
    """Refreshes the definitions of the standard RBAC roles in the Central Management store."""

    verb = "Update"
    noun = "CsAdminRole"
    online_uri = online_help(verb, noun)
    description = (
        "On a real deployment this rewrites the standard roles' definitions after an upgrade or "
        "during a migration, so they list the cmdlets of the installed version. Here it puts back "
        "the cmdlet lists and scopes of the eleven standard roles as pyshell's data file defines "
        "them, re-creating any that are missing; their ScriptModules, and every custom role, are "
        "left alone. It writes nothing to the pipeline; -Verbose names each role it changed.")
    supports_should_process = True
    confirm_impact = "Medium"
    output_types = ()
    implementing_type = "Microsoft.Rtc.Management.Internal.UpdateAdminRoleCmdlet"

    force = Parameter(SwitchParameter,
                      help="Do not ask for confirmation (an explicit -Confirm still asks).")

    examples = (
        Example('Update-CsAdminRole',
                "Refreshes the standard roles; on an up-to-date store nothing changes."),
    )

    def process(self) -> None:
        with store_errors(self):
            store = session_store(self)
            if not self.should_process("RBAC role definitions", "Update"):
                return
            for _, identity, fresh in role_documents():
                if not fresh.get("IsStandardRole"):
                    continue
                changed: list[bool] = []

                def refresh(props: dict, fresh: dict = fresh) -> dict | None:
                    merged = dict(fresh, ScriptModules=props.get("ScriptModules") or [])
                    if merged == props:
                        return None
                    changed.append(True)
                    return merged
                if store.modify(DOC_ROLE, identity, refresh) is None:
                    store.put(DOC_ROLE, identity, fresh)
                    changed.append(True)
                if changed:
                    self.write_verbose(f"Updated the standard role {identity}.")
