"""Remove-CsAdminRole: delete custom RBAC roles."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.models import DOC_ROLE
from cmdlets.lync.session import session_store, store_errors, write_not_found
from cmdlets.lync.store_queries import Document

IDENTITY = "Identity"
FILTER = "Filter"
SID = "SID"


class RemoveCsAdminRole(Cmdlet):
    """Deletes custom RBAC roles; the standard roles cannot be removed."""

    verb = "Remove"
    noun = "CsAdminRole"
    online_uri = online_help(verb, noun)
    description = (
        "Removes a custom role named by -Identity, by -Sid, or every custom role whose Identity "
        "matches the wildcard -Filter. The Active Directory group behind the role, and its "
        "members, are left alone: only the role goes. The command asks for confirmation before "
        "each role (its ConfirmImpact is High), so add -Confirm:$False to remove without asking. "
        "Trying to remove one of the eleven standard roles is an error; a -Filter that also "
        "matches standard roles skips them with a warning. The exact error texts are not "
        "published; these are our own.")
    default_set = IDENTITY
    supports_should_process = True
    confirm_impact = "High"
    output_types = ()
    implementing_type = "Microsoft.Rtc.Management.Internal.RemoveAdminRoleCmdlet"

    identity = Parameter(str, sets={IDENTITY: SetOptions(position=0, mandatory=True, by_property_name=True)},
                         value_hint="identity",
                         help="The custom role to remove, such as RedmondHelpDesk. Piped role objects "
                              "bind through their Identity property.")
    filter = Parameter(str, sets=(FILTER,),
                       help="A wildcard pattern: every custom role whose Identity matches it is removed, "
                            "for example \"*Redmond*\".")
    sid = Parameter(str, sets={SID: SetOptions(mandatory=True)},
                    help="The security identifier of the role to remove.")
    force = Parameter(SwitchParameter,
                      help="Do not ask for confirmation (an explicit -Confirm still asks).")

    examples = (
        Example('Remove-CsAdminRole -Identity "RedmondHelpDesk"',
                "Removes the custom role RedmondHelpDesk, after asking for confirmation."),
        Example('Remove-CsAdminRole -Filter "*Redmond*"',
                "Removes every custom role with \"Redmond\" in its Identity, asking about each."),
        Example('Get-CsAdminRole | Where-Object {$_.IsStandardRole -eq $False} | Remove-CsAdminRole',
                "Removes every custom role: Where-Object passes on the roles whose IsStandardRole is "
                "False."),
        Example('Remove-CsAdminRole RedmondAdministrators -Confirm:$False',
                "Removes RedmondAdministrators without asking first. (The demo store has no such role, "
                "so this reports it missing.)"),
    )

    def process(self) -> None:
        with store_errors(self):
            store = session_store(self)
            if self.parameter_set_name == FILTER:
                docs = store.find(DOC_ROLE, self.filter or "*")
                for doc in docs:
                    if doc.properties.get("IsStandardRole"):
                        self.write_warning(f"{doc.identity} is a standard role and was not removed.")
                    else:
                        self._remove(store, doc)
                return
            if self.parameter_set_name == SID:
                wanted = (self.sid or "").strip().lower()
                docs = [d for d in store.find(DOC_ROLE) if str(d.properties.get("SID", "")).lower() == wanted]
                if not docs:
                    write_not_found(self, store, DOC_ROLE, "an RBAC role", self.sid, False,
                                    "AdminRoleNotFound", parameter="SID")
                    return
                doc = docs[0]
            else:
                doc = store.get(DOC_ROLE, self.identity.strip())
                if doc is None:
                    write_not_found(self, store, DOC_ROLE, "an RBAC role", self.identity, False,
                                    "AdminRoleNotFound")
                    return
            if doc.properties.get("IsStandardRole"):
                self.write_error(self.error_record(
                    f"{doc.identity} is a standard role; only custom roles can be removed.",
                    "StandardRoleCannotBeRemoved", ErrorCategory.InvalidOperation, target=doc.identity,
                    exception_type="InvalidOperationException",
                    hint="Custom roles are those whose IsStandardRole is False: "
                         "Get-CsAdminRole | Where-Object {$_.IsStandardRole -eq $False}"))
                return
            self._remove(store, doc)

    def _remove(self, store, doc: Document) -> None:
        if not self.should_process(doc.identity):
            return
        if not store.delete(DOC_ROLE, doc.identity):
            write_not_found(self, store, DOC_ROLE, "an RBAC role", doc.identity, False, "AdminRoleNotFound")
