"""The objects the replication cmdlets write: ReplicaState and CentralManagementStoreStatusResult."""
from __future__ import annotations

from pyshell.runtime.values import PSObject

from cmdlets.lync.demo_directory import LOCAL_COMPUTER, PRODUCT_VERSION
from cmdlets.lync.models import CMS_STATUS_TYPE, REPLICA_STATE_TYPE  # noqa: F401 - their home is models.py
from cmdlets.lync.store import ReplicationStatus


def replica_state(status: ReplicationStatus, fqdn: str = LOCAL_COMPUTER) -> PSObject:
    """One computer's replica, in the property order third-party scripts show."""
    return PSObject([
        ("UpToDate", status.up_to_date),
        ("ReplicaFqdn", fqdn),
        # When the replica last reported in: its last catch-up.
        ("LastStatusReport", status.last_replicated),
        # When the newest change it has to apply was made in the central store.
        ("LastUpdateCreation", status.last_update_creation),
        ("ProductVersion", PRODUCT_VERSION),
    ], type_names=(REPLICA_STATE_TYPE, "System.Object"), string_form=REPLICA_STATE_TYPE)


def cms_status(status: ReplicationStatus) -> PSObject:
    """The Central Management Server's own status. Only ActiveMasterFqdn and ActiveFileTransferAgents
    are documented names; the others are ours. The master and the file transfer agent last showed
    a sign of life when they last copied the store to the replica."""
    now = status.last_replicated
    return PSObject([
        ("ActiveMasterFqdn", LOCAL_COMPUTER),
        ("ActiveMasterLastHeartbeat", now),
        ("ActiveFileTransferAgents", [LOCAL_COMPUTER]),
        ("FileTransferAgentsLastHeartbeat", now),
        ("ActiveReplicas", [LOCAL_COMPUTER]),
        ("DeletedReplicas", []),
        ("ReplicasUpToDate", [LOCAL_COMPUTER] if status.up_to_date else []),
    ], type_names=(CMS_STATUS_TYPE, "System.Object"), string_form=CMS_STATUS_TYPE)
