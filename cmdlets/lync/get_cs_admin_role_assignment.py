"""Get-CsAdminRoleAssignment: which RBAC roles a user holds."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.demo_directory import DOC_AD_GROUP, DOC_USER
from cmdlets.lync.models import DOC_ROLE
from cmdlets.lync.session import LOCAL_STORE_HELP, session_store, store_errors


class GetCsAdminRoleAssignment(Cmdlet):
    """Lists the RBAC roles a user holds, by the user's SamAccountName."""

    verb = "Get"
    noun = "CsAdminRoleAssignment"
    online_uri = online_help(verb, noun)
    description = (
        "A user holds a role by being a member of the Active Directory security group behind it. "
        "This cmdlet writes the Identity of each such role as a string, standard roles first. Give "
        "the user's SamAccountName only (kenmyer), not a SIP address or display name.")
    output_types = ("System.String",)
    implementing_type = "Microsoft.Rtc.Management.Internal.GetAdminRoleAssignmentCmdlet"

    identity = Parameter(str, position=0, mandatory=True,
                         help="The user's SamAccountName (logon name), such as kenmyer.")
    force = Parameter(SwitchParameter,
                      help="Accepted for compatibility with the Lync cmdlet; it changes nothing here.")
    local_store = Parameter(SwitchParameter, help=LOCAL_STORE_HELP)

    examples = (
        Example('Get-CsAdminRoleAssignment -Identity "kenmyer"',
                "Lists the roles Ken Myer holds."),
        Example('Get-CsAdminRoleAssignment  -Identity "kenmyer"',
                "The same check as printed on the delegation page, with two spaces before -Identity; "
                "PowerShell does not mind."),
        Example('Get-CsUser | ForEach-Object {$_.DisplayName; Get-CsAdminRoleAssignment -Identity $_.SamAccountName}',
                "For each Lync user, the display name followed by the roles that user holds."),
    )

    def process(self) -> None:
        local = bool(self.local_store)
        sam = self.identity.strip()
        with store_errors(self):
            store = session_store(self)
            user = store.get(DOC_USER, sam, local=local)
            if user is None:
                self.write_error(self.error_record(
                    f"Cannot find a user with the SamAccountName \"{sam}\".", "UserNotFound",
                    ErrorCategory.ObjectNotFound, target=sam, exception_type="ItemNotFoundException",
                    hint="Give the logon name alone, such as kenmyer; Get-CsUser | Select-Object "
                         "SamAccountName lists them."))
                return
            account = user.identity.lower()
            groups = {d.identity.lower() for d in store.find(DOC_AD_GROUP, local=local)
                      if account in [m.lower() for m in d.properties.get("Members", [])]}
            roles = [d for d in store.find(DOC_ROLE, local=local) if d.identity.lower() in groups]
            roles.sort(key=lambda d: not d.properties.get("IsStandardRole"))
            for doc in roles:
                self.write_object(doc.identity)
