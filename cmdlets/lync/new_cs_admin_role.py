"""New-CsAdminRole: create a custom RBAC role as a copy of a standard one."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.demo_directory import DOC_AD_GROUP
from cmdlets.lync.models import DOC_ROLE, ROLE_TYPE, role_from_document
from cmdlets.lync.role_settings import RoleRefused, RoleSettings, apply_lists, check_role
from cmdlets.lync.session import session_store, store_errors
from cmdlets.lync.store_files import StoreConflict

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class NewCsAdminRole(RoleSettings, Cmdlet):
    """Creates a custom RBAC role: a copy of a standard role, usually with narrower scopes."""

    verb = "New"
    noun = "CsAdminRole"
    online_uri = online_help(verb, noun)
    description = (
        "A custom role starts as an exact copy of one of the eleven standard roles (-Template): "
        "the same cmdlets, with Global user and configuration scopes unless you give -UserScopes "
        "or -ConfigScopes. The role is backed by an Active Directory universal security group of "
        "the same name, which must already exist (this cmdlet does not create groups); its "
        "members get the role in remote sessions. -Cmdlets and -ScriptModules change the copied "
        "lists. The new role is saved and shown; with -InMemory it is only shown. "
        "Choices the Lync help leaves open, made here as a real server most likely behaves: a role "
        "that exists already, a missing group and a template that is not a standard role are each "
        "refused with an error; spaces around the Identity are ignored, as Active Directory "
        "ignores them in account names.")
    supports_should_process = True
    confirm_impact = "Medium"
    output_types = (ROLE_TYPE,)
    implementing_type = "Microsoft.Rtc.Management.Internal.NewAdminRoleCmdlet"

    identity = Parameter(str, position=0, mandatory=True, value_hint="identity",
                         help="The name of the new role, which is also the SamAccountName of the "
                              "existing universal security group behind it, such as "
                              "RedmondVoiceAdministrator.")
    template = Parameter(str, mandatory=True,
                         help="The standard role to copy, such as CsVoiceAdministrator or CsHelpDesk.")
    in_memory = Parameter(SwitchParameter,
                          help="Build the role object and show it without saving it.")

    examples = (
        Example('New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsVoiceAdministrator"',
                "Creates RedmondVoiceAdministrator as an exact copy of CsVoiceAdministrator, with "
                "Global user and configuration scopes."),
        Example('New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsVoiceAdministrator" '
                '-UserScopes "OU:ou=Redmond,dc=litwareinc,dc=com"',
                "The same copy, but its members may only manage users in the Redmond OU."),
        Example('New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsVoiceAdministrator" '
                '-UserScopes "OU:ou=Redmond,dc=litwareinc,dc=com","OU:ou=Portland,dc=litwareinc,dc=com"',
                "As above, with two OUs as user scopes."),
        Example('New-CsAdminRole -Identity "RedmondVoiceAdministrator" -Template "CsVoiceAdministrator" '
                '-ConfigScopes "site:Redmond"',
                "A copy limited to configuring the Redmond site."),
        Example('New-CsAdminRole -Identity "Site01 Server Administrators" -Template CsServerAdministrator '
                '-ConfigScopes "site:Site01"',
                "Server administration for the site Site01 only (the group must exist first)."),
        Example('New-CsAdminRole -Identity "Sales Users Administrator " -Template CsUserAdministrator '
                '-UserScopes "OU:OU=Sales, OU=Lync Tenants, DC=Domain, DC=com"',
                "User administration for the Sales OU. The trailing space inside the Identity is in "
                "the published example; it is ignored."),
        Example('New-CsAdminRole -Identity "MyHelpDeskScriptRole" -Template CsHelpDesk '
                '-ScriptModules @{Add="testScript.ps1"}',
                "Help-desk rights plus the functions of the script testScript.ps1."),
    )

    def process(self) -> None:
        identity = self.identity.strip()
        template_name = self.template.strip()
        with store_errors(self):
            store = session_store(self)
            template = store.get(DOC_ROLE, template_name)
            if template is None or not template.properties.get("IsStandardRole"):
                what = "is not a role" if template is None else "is a custom role"
                self.write_error(self.error_record(
                    f"Cannot create role \"{identity}\": the template \"{template_name}\" {what}; a "
                    f"template must be one of the standard roles.", "InvalidTemplate",
                    ErrorCategory.InvalidArgument, target=template_name, exception_type="ArgumentException",
                    hint="List the standard roles with: Get-CsAdminRole | Where-Object {$_.IsStandardRole}"))
                return
            if store.get(DOC_ROLE, identity) is not None:
                self._exists(identity)
                return
            group = store.get(DOC_AD_GROUP, identity)
            if group is None:
                self.write_error(self.error_record(
                    f"Cannot create role \"{identity}\": there is no universal security group with the "
                    f"SamAccountName \"{identity}\" in Active Directory.", "ADGroupNotFound",
                    ErrorCategory.ObjectNotFound, target=identity, exception_type="ArgumentException",
                    hint="Create the group in Active Directory first (the demo directory has groups such "
                         "as RedmondVoiceAdministrator and MyHelpDeskScriptRole ready)."))
                return
            props: dict[str, Any] = dict(template.properties)
            props.update({"Identity": group.properties["SamAccountName"], "SID": group.properties["SID"],
                          "IsStandardRole": False, "ConfigScopes": ["Global"], "UserScopes": ["Global"]})
            props, notes = apply_lists(self, props)
            try:
                check_role(self, None, props)
            except RoleRefused as refused:
                self.write_error(refused.record)
                return
            if self.in_memory:
                self.write_object(role_from_document(props))
                return
            if not self.should_process(props["Identity"]):
                return
            try:
                store.add(DOC_ROLE, props["Identity"], props)
            except StoreConflict:
                self._exists(identity)
                return
        for note in notes:
            self.write_warning(note)
        self.write_object(role_from_document(props))

    def _exists(self, identity: str) -> None:
        self.write_error(self.error_record(
            f"Cannot create role \"{identity}\": a role with that Identity already exists.",
            "DuplicateAdminRole", ErrorCategory.ResourceExists, target=identity,
            exception_type="InvalidOperationException",
            hint=f"Change it with Set-CsAdminRole -Identity \"{identity}\", or remove it first with "
                 f"Remove-CsAdminRole."))
