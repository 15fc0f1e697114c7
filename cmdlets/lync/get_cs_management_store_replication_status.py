"""Get-CsManagementStoreReplicationStatus: is each computer's local replica up to date?"""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.demo_directory import LOCAL_COMPUTER
from cmdlets.lync.replication_models import CMS_STATUS_TYPE, REPLICA_STATE_TYPE, cms_status, replica_state
from cmdlets.lync.session import session_store, store_errors


class GetCsManagementStoreReplicationStatus(Cmdlet):
    """Reports whether the local replicas of the Central Management store have the latest changes."""

    verb = "Get"
    noun = "CsManagementStoreReplicationStatus"
    online_uri = online_help(verb, noun)
    description = (
        "Every change goes to the Central Management store; each computer running Lync services "
        "reads a local replica of it, which catches up when replication runs. For each computer "
        "this writes a ReplicaState: UpToDate (False while changes wait), ReplicaFqdn, "
        "LastStatusReport (when the replica last caught up), LastUpdateCreation (when the newest "
        "change was made) and ProductVersion. In pyshell the computer is this shell's own, "
        "atl-cs-001.litwareinc.com, and its replica is the file beside the store; any change made "
        "since the last replication leaves it out of date until Invoke-CsManagementStoreReplication "
        "runs or a new session starts. With -CentralManagementStoreStatus you get the Central "
        "Management Server's own status instead (which computer is the active master and file "
        "transfer agent); of its property names only ActiveMasterFqdn and ActiveFileTransferAgents "
        "are documented, the rest are ours.")
    output_types = (REPLICA_STATE_TYPE, CMS_STATUS_TYPE)
    implementing_type = "Microsoft.Rtc.Management.Internal.GetManagementStoreReplicationStatusCmdlet"

    replica_fqdn = Parameter(str, position=0, value_hint="replica",
                             help="The fully qualified domain name of one computer, such as "
                                  "atl-cs-001.litwareinc.com; without it every computer is reported.")
    central_management_store_status = Parameter(
        SwitchParameter,
        help="Report the Central Management Server's status (active master, file transfer agents, "
             "replicas) instead of each replica's.")

    examples = (
        Example('Get-CsManagementStoreReplicationStatus',
                "Shows whether each computer's replica is up to date."),
        Example('Get-CsManagementStoreReplicationStatus | Where-Object {$_.UpToDate -eq $False}',
                "Only the computers whose replica is waiting for changes."),
        Example('Get-CsManagementStoreReplicationStatus -ReplicaFqdn atl-cs-001.litwareinc.com',
                "The status of one computer."),
        Example('Get-CsManagementStoreReplicationStatus | Where-Object {$_.LastUpdateCreation -lt "8/11/2010 8:00 PM"}',
                "Computers whose newest change is older than the given date (a string PowerShell "
                "turns into a DateTime for the comparison)."),
        Example('Get-CsManagementStoreReplicationStatus -CentralManagementStoreStatus',
                "The Central Management Server's own status."),
        Example('Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Get-CsManagementStoreReplicationStatus"}',
                "The RBAC roles that may run this cmdlet (the dash before 'match' is an en dash, as "
                "on the Lync 2013 page)."),
    )

    def process(self) -> None:
        with store_errors(self):
            status = session_store(self).replication_status()
        if self.central_management_store_status:
            self.write_object(cms_status(status))
            return
        if self.replica_fqdn is not None and self.replica_fqdn.strip().lower() != LOCAL_COMPUTER:
            self.write_error(unknown_replica(self, self.replica_fqdn))
            return
        self.write_object(replica_state(status))


def unknown_replica(cmdlet: Cmdlet, fqdn: str):
    return cmdlet.error_record(
        f"\"{fqdn}\" is not a computer with a replica of the Central Management store.", "ReplicaNotFound",
        ErrorCategory.ObjectNotFound, target=fqdn, exception_type="ItemNotFoundException",
        hint=f"The demo topology has one such computer: {LOCAL_COMPUTER}.")
