"""Get-CsAdminRole: read the role-based access control (RBAC) roles."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.models import DOC_ROLE, ROLE_TYPE, role_from_document
from cmdlets.lync.session import LOCAL_STORE_HELP, session_store, store_errors, write_not_found

IDENTITY = "Identity"
FILTER = "Filter"
SID = "SID"


class GetCsAdminRole(Cmdlet):
    """Returns the RBAC roles defined in the deployment, built-in and custom."""

    verb = "Get"
    noun = "CsAdminRole"
    online_uri = online_help(verb, noun)
    description = (
        "A role names the cmdlets (and script functions) its members may run and the scopes they "
        "may run them in: ConfigScopes for sites, UserScopes for Active Directory OUs. Eleven roles "
        "come with Lync Server 2013 (IsStandardRole is True) and cannot be changed; custom roles "
        "are copies of one of them, usually with narrower scopes. Each role is backed by an Active "
        "Directory universal security group of the same name, whose SID the role carries. Note "
        "that role membership only matters in remote sessions; a local management shell does not "
        "check it.")
    default_set = IDENTITY
    output_types = (ROLE_TYPE,)
    # A plausible class name for the FullyQualifiedErrorId suffix; the real one is not confirmed.
    implementing_type = "Microsoft.Rtc.Management.Internal.GetAdminRoleCmdlet"

    identity = Parameter(str, position=0, sets=(IDENTITY,), pipeline=True, value_hint="identity",
                         help="The name of the role (the SamAccountName of its security group), "
                              "for example CsHelpDesk. Without it every role is returned.")
    filter = Parameter(str, sets=(FILTER,),
                       help="A wildcard pattern matched against each role's Identity, for example "
                            "\"*Voice*\".")
    sid = Parameter(str, position=0, sets=(SID,),
                    help="The security identifier of the role's security group, shaped like "
                         "S-1-5-21-…-1125.")
    local_store = Parameter(SwitchParameter, help=LOCAL_STORE_HELP)

    examples = (
        Example('Get-CsAdminRole',
                "Lists every RBAC role, built-in and custom."),
        Example('Get-CsAdminRole -Identity "CsHelpDesk"',
                "Returns the built-in CsHelpDesk role."),
        Example('Get-CsAdminRole -Filter "*Voice*"',
                "Returns each role with \"Voice\" somewhere in its Identity, such as "
                "CsVoiceAdministrator and the custom RedmondVoiceAdministrators."),
        Example('Get-CsAdminRole | Where-Object {$_.IsStandardRole -eq $False}',
                "Keeps only the custom roles, the ones whose IsStandardRole property is False."),
        Example('Get-CsAdminRole | Where-Object {$_.Cmdlets -match "Set-CsUser\\b"}',
                "Finds the roles allowed to run Set-CsUser. The regular expression's \\b (word "
                "boundary) stops longer names such as Set-CsUserServicesPolicy from matching too."),
        Example('Get-CsAdminRole | Where-Object {$_.UserScopes -match "OU: ou=Redmond,dc=litwareinc,dc=com"}',
                "Meant to find the roles limited to the Redmond OU. As printed, the pattern has a "
                "space after 'OU:' that the stored scopes do not have, so it matches nothing; "
                "without the space it finds RedmondVoiceAdministrators and RedmondHelpDesk."),
        Example('Get-CsAdminRole -Identity "CsVoiceAdministrator" | Select-Object -ExpandProperty Cmdlets',
                "Writes each cmdlet of the CsVoiceAdministrator role as its own output line, "
                "rather than the shortened list the role's Cmdlets property shows."),
        Example('Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Get-CsAdminRole\\b"}',
                "Shows which roles may run Get-CsAdminRole itself. The dash before 'match' is an "
                "en dash, as on the Lync 2013 pages; PowerShell accepts it."),
    )

    def process(self) -> None:
        local = bool(self.local_store)
        with store_errors(self):
            store = session_store(self)
            if self.filter is not None:
                docs = store.find(DOC_ROLE, self.filter, local=local)
            elif self.sid is not None:
                # Roles are few, so the SID is looked up by reading them all.
                wanted = self.sid.strip().lower()
                docs = [d for d in store.find(DOC_ROLE, local=local)
                        if str(d.properties.get("SID", "")).lower() == wanted]
                if not docs:
                    write_not_found(self, store, DOC_ROLE, "an RBAC role", self.sid, local,
                                    "AdminRoleNotFound", parameter="SID")
                    return
            elif self.identity is not None:
                doc = store.get(DOC_ROLE, self.identity, local=local)
                if doc is None:
                    write_not_found(self, store, DOC_ROLE, "an RBAC role", self.identity, local,
                                    "AdminRoleNotFound")
                    return
                docs = [doc]
            else:
                docs = store.find(DOC_ROLE, local=local)
            for doc in docs:
                self.write_object(role_from_document(doc.properties))
