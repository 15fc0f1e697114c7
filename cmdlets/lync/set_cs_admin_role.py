"""Set-CsAdminRole: change the scopes, cmdlets or scripts of an RBAC role."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter

from cmdlets.lync import online_help
from cmdlets.lync.models import DOC_ROLE
from cmdlets.lync.role_settings import RoleRefused, RoleSettings, apply_lists, check_role
from cmdlets.lync.session import session_store, store_errors, write_not_found

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class SetCsAdminRole(RoleSettings, Cmdlet):
    """Changes the user scopes, configuration scopes, cmdlets or scripts of an RBAC role."""

    verb = "Set"
    noun = "CsAdminRole"
    online_uri = online_help(verb, noun)
    description = (
        "Each list parameter takes list changes: a plain list replaces the list, @{Add=...} and "
        "@{Remove=...} change single entries, @{Replace=...} swaps the whole list, and $null "
        "empties ScriptModules. Only the lists you name change, even if another shell changes the "
        "role at the same moment. Nothing is written to the pipeline. "
        "Choices the Lync help leaves open (its pages disagree), made here as a real server most "
        "likely behaves: a standard role may only have its ScriptModules changed; a role must keep "
        "at least one ConfigScope and one UserScope (use @{Replace=\"Global\"} instead of removing "
        "the last); removing an entry that is not in the list is only a warning.")
    supports_should_process = True
    confirm_impact = "Medium"
    output_types = ()
    implementing_type = "Microsoft.Rtc.Management.Internal.SetAdminRoleCmdlet"

    identity = Parameter(str, position=0, mandatory=True, pipeline=True, value_hint="identity",
                         help="The role to change, such as RedmondVoiceAdministrators. Piped role "
                              "objects and names bind here.")

    examples = (
        Example('Set-CsAdminRole -Identity "RedmondVoiceAdministrators" -UserScopes '
                '@{Add="OU:ou=Portland,dc=litwareinc,dc=com"}',
                "Lets the role also manage the users of the Portland OU."),
        Example('Set-CsAdminRole -Identity "RedmondVoiceAdministrators" -UserScopes '
                '@{Remove="OU:ou=Portland,dc=litwareinc,dc=com"}',
                "Takes the Portland OU back out of the role's user scopes."),
        Example('Set-CsAdminRole -Identity "RedmondVoiceAdministrators" -ConfigScopes @{Add="site:Redmond"}',
                "Adds the Redmond site to the places the role may configure."),
        Example('Set-CsAdminRole -Identity "RedmondVoiceAdministrators" -ConfigScopes @{Remove="site:Redmond"}',
                "Removes the Redmond site again; removing the last configuration scope is refused."),
        Example('Set-CsAdminRole -Identity "RedmondVoiceAdministrators" -ConfigScopes @{Replace="Global"}',
                "Replaces every configuration scope with Global."),
        Example('Set-CsAdminRole -Identity "MyHelpDeskScriptRole" -ScriptModules @{Remove="testScript.ps1"}',
                "Takes testScript.ps1 off the role created by the New-CsAdminRole example (on a fresh "
                "demo store that role does not exist yet, so this reports it missing)."),
    )

    def process(self) -> None:
        identity = self.identity.strip()
        with store_errors(self):
            store = session_store(self)
            current = store.get(DOC_ROLE, identity)
            if current is None:
                write_not_found(self, store, DOC_ROLE, "an RBAC role", identity, False, "AdminRoleNotFound")
                return
            try:
                new, notes = apply_lists(self, current.properties)
                check_role(self, current.properties, new)
            except RoleRefused as refused:
                self.write_error(refused.record)
                return
            if not self.should_process(current.identity):
                return
            outcome: dict[str, Any] = {}

            def change(props: dict[str, Any]) -> dict[str, Any]:
                # The same changes, applied to the latest stored role inside the write transaction.
                after, outcome["notes"] = apply_lists(self, props)
                check_role(self, props, after)
                return after
            try:
                doc = store.modify(DOC_ROLE, identity, change)
            except RoleRefused as refused:
                self.write_error(refused.record)
                return
            if doc is None:
                write_not_found(self, store, DOC_ROLE, "an RBAC role", identity, False, "AdminRoleNotFound")
                return
        for note in outcome.get("notes", notes):
            self.write_warning(note)
