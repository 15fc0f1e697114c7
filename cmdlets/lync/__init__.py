"""The Lync Server 2013 management module: its cmdlets, types and per-session store.

Each cmdlet's file, the store and its types are imported the first time they are used (see
pyshell.commands.module); nothing here imports them.
"""
from __future__ import annotations

from pyshell.commands.module import Module, deferred

MODULE_NAME = "Lync"

# Where Microsoft publishes the reference page of each real Lync Server cmdlet (the "online version"
# its help links to); Get-Help -Online gives it. pyshell's own cmdlets (the demo ones) have none.
_ONLINE_HELP = "https://learn.microsoft.com/powershell/module/skype/"


def online_help(verb: str, noun: str) -> str:
    return f"{_ONLINE_HELP}{verb.lower()}-{noun.lower()}"

COMMANDS = {
    "Export-CsDemoSnapshot": ".export_cs_demo_snapshot:ExportCsDemoSnapshot",
    "Import-CsDemoSnapshot": ".import_cs_demo_snapshot:ImportCsDemoSnapshot",
    "Get-CsDemoSnapshot": ".get_cs_demo_snapshot:GetCsDemoSnapshot",
    "Get-CsXmppAllowedPartner": ".get_cs_xmpp_allowed_partner:GetCsXmppAllowedPartner",
    "New-CsXmppAllowedPartner": ".new_cs_xmpp_allowed_partner:NewCsXmppAllowedPartner",
    "Set-CsXmppAllowedPartner": ".set_cs_xmpp_allowed_partner:SetCsXmppAllowedPartner",
    "Remove-CsXmppAllowedPartner": ".remove_cs_xmpp_allowed_partner:RemoveCsXmppAllowedPartner",
    "Get-CsAdminRole": ".get_cs_admin_role:GetCsAdminRole",
    "New-CsAdminRole": ".new_cs_admin_role:NewCsAdminRole",
    "Set-CsAdminRole": ".set_cs_admin_role:SetCsAdminRole",
    "Remove-CsAdminRole": ".remove_cs_admin_role:RemoveCsAdminRole",
    "Update-CsAdminRole": ".update_cs_admin_role:UpdateCsAdminRole",
    "Get-CsAdminRoleAssignment": ".get_cs_admin_role_assignment:GetCsAdminRoleAssignment",
    "Get-CsManagementStoreReplicationStatus": ".get_cs_management_store_replication_status:GetCsManagementStoreReplicationStatus",
    "Invoke-CsManagementStoreReplication": ".invoke_cs_management_store_replication:InvokeCsManagementStoreReplication",
    "Get-CsUser": ".get_cs_user:GetCsUser",
    "Get-CsExternalAccessPolicy": ".get_cs_external_access_policy:GetCsExternalAccessPolicy",
    "New-CsExternalAccessPolicy": ".new_cs_external_access_policy:NewCsExternalAccessPolicy",
    "Set-CsExternalAccessPolicy": ".set_cs_external_access_policy:SetCsExternalAccessPolicy",
    "Remove-CsExternalAccessPolicy": ".remove_cs_external_access_policy:RemoveCsExternalAccessPolicy",
    "Grant-CsExternalAccessPolicy": ".grant_cs_external_access_policy:GrantCsExternalAccessPolicy",
    "Get-CsXmppGatewayConfiguration": ".get_cs_xmpp_gateway_configuration:GetCsXmppGatewayConfiguration",
    "Set-CsXmppGatewayConfiguration": ".set_cs_xmpp_gateway_configuration:SetCsXmppGatewayConfiguration",
    "Test-CsXmppIM": ".test_cs_xmpp_im:TestCsXmppIM",
    "Reset-CsDemoOrganization": ".reset_cs_demo_organization:ResetCsDemoOrganization",
}


def _session_start(context: object) -> None:
    """A --role session hides the cmdlets the role lacks; other sessions need nothing at start."""
    if (getattr(context, "settings", None) or {}).get("role"):
        from cmdlets.lync.remote_role import start_role_session
        start_role_session(context)


MODULE = Module(
    name=MODULE_NAME,
    package=__name__,
    commands=COMMANDS,
    state_factory=deferred("cmdlets.lync.session:state_factory"),
    session_start=_session_start,
    # No views: both object types have more than four properties, so the default formatter shows
    # them as lists in property order, which is the layout we want.
    types=".models:MODULE_TYPES",
    completers={"identity": ".completion:complete_identity", "user": ".completion:complete_user",
                "replica": ".completion:complete_replica"},
    type_properties=".completion:TYPE_PROPERTIES",
    description=("A simulation of the Lync Server 2013 management shell: XMPP federation partners "
                 "and RBAC roles, kept in a Central Management store (SQLite) with a local "
                 "replica that catches up when replication runs."),
)
