"""The Lync Server 2013 management module: its cmdlets, types and per-session store."""
from __future__ import annotations

from pyshell.commands.module import Module

from cmdlets.lync.completion import TYPE_PROPERTIES, complete_identity, complete_replica, complete_user
from cmdlets.lync.export_cs_demo_snapshot import ExportCsDemoSnapshot
from cmdlets.lync.get_cs_admin_role import GetCsAdminRole
from cmdlets.lync.get_cs_demo_snapshot import GetCsDemoSnapshot
from cmdlets.lync.import_cs_demo_snapshot import ImportCsDemoSnapshot
from cmdlets.lync.get_cs_external_access_policy import GetCsExternalAccessPolicy
from cmdlets.lync.get_cs_user import GetCsUser
from cmdlets.lync.get_cs_xmpp_gateway_configuration import GetCsXmppGatewayConfiguration
from cmdlets.lync.grant_cs_external_access_policy import GrantCsExternalAccessPolicy
from cmdlets.lync.new_cs_external_access_policy import NewCsExternalAccessPolicy
from cmdlets.lync.remove_cs_external_access_policy import RemoveCsExternalAccessPolicy
from cmdlets.lync.set_cs_external_access_policy import SetCsExternalAccessPolicy
from cmdlets.lync.set_cs_xmpp_gateway_configuration import SetCsXmppGatewayConfiguration
from cmdlets.lync.test_cs_xmpp_im import TestCsXmppIM
from cmdlets.lync.get_cs_admin_role_assignment import GetCsAdminRoleAssignment
from cmdlets.lync.get_cs_management_store_replication_status import GetCsManagementStoreReplicationStatus
from cmdlets.lync.get_cs_xmpp_allowed_partner import GetCsXmppAllowedPartner
from cmdlets.lync.invoke_cs_management_store_replication import InvokeCsManagementStoreReplication
from cmdlets.lync.models import PartnerType, SaslNegotiation, TlsNegotiation, XdsGlobalRelativeIdentity
from cmdlets.lync.new_cs_admin_role import NewCsAdminRole
from cmdlets.lync.new_cs_xmpp_allowed_partner import NewCsXmppAllowedPartner
from cmdlets.lync.remove_cs_admin_role import RemoveCsAdminRole
from cmdlets.lync.remove_cs_xmpp_allowed_partner import RemoveCsXmppAllowedPartner
from cmdlets.lync.set_cs_admin_role import SetCsAdminRole
from cmdlets.lync.set_cs_xmpp_allowed_partner import SetCsXmppAllowedPartner
from cmdlets.lync.update_cs_admin_role import UpdateCsAdminRole
from cmdlets.lync.remote_role import start_role_session
from cmdlets.lync.reset_cs_demo_organization import ResetCsDemoOrganization
from cmdlets.lync.session import MODULE_NAME, state_factory

MODULE = Module(
    name=MODULE_NAME,
    cmdlets=(ExportCsDemoSnapshot, ImportCsDemoSnapshot, GetCsDemoSnapshot,
             GetCsXmppAllowedPartner, NewCsXmppAllowedPartner, SetCsXmppAllowedPartner,
             RemoveCsXmppAllowedPartner, GetCsAdminRole, NewCsAdminRole, SetCsAdminRole, RemoveCsAdminRole,
             UpdateCsAdminRole, GetCsAdminRoleAssignment, GetCsManagementStoreReplicationStatus,
             InvokeCsManagementStoreReplication, GetCsUser, GetCsExternalAccessPolicy, NewCsExternalAccessPolicy,
             SetCsExternalAccessPolicy, RemoveCsExternalAccessPolicy, GrantCsExternalAccessPolicy,
             GetCsXmppGatewayConfiguration, SetCsXmppGatewayConfiguration, TestCsXmppIM, ResetCsDemoOrganization),
    state_factory=state_factory,
    session_start=start_role_session,
    # No views: both object types have more than four properties, so the default formatter shows
    # them as lists in property order, which is the layout we want.
    views=(),
    types={
        "PartnerType": PartnerType,
        "SaslNegotiation": SaslNegotiation,
        "TlsNegotiation": TlsNegotiation,
        "XdsGlobalRelativeIdentity": XdsGlobalRelativeIdentity,
    },
    completers={"identity": complete_identity, "user": complete_user, "replica": complete_replica},
    type_properties=TYPE_PROPERTIES,
    description=("A simulation of the Lync Server 2013 management shell: XMPP federation partners "
                 "and RBAC roles, kept in a Central Management store (SQLite) with a local "
                 "replica that catches up when replication runs."),
)
