"""Invoke-CsManagementStoreReplication: bring the local replicas up to date now."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.demo_directory import LOCAL_COMPUTER
from cmdlets.lync.get_cs_management_store_replication_status import unknown_replica
from cmdlets.lync.session import session_store, store_errors


class InvokeCsManagementStoreReplication(Cmdlet):
    """Forces a full replication of the Central Management store to the local replicas."""

    verb = "Invoke"
    noun = "CsManagementStoreReplication"
    online_uri = online_help(verb, noun)
    description = (
        "Copies the whole Central Management store to the replica of the named computer, or of "
        "every computer. On a real deployment the request only clears the computers' replication "
        "status, and the Master Replicator sends the copy a few minutes later; pyshell copies at "
        "once, so Get-... -LocalStore and Get-CsManagementStoreReplicationStatus show the result "
        "straight away. Writes nothing to the pipeline.")
    output_types = ()
    implementing_type = "Microsoft.Rtc.Management.Internal.InvokeManagementStoreReplicationCmdlet"

    replica_fqdn = Parameter(str, position=0, by_property_name=True, value_hint="replica",
                             help="The fully qualified domain name of the computer whose replica to "
                                  "refresh, such as atl-cs-001.litwareinc.com; without it every "
                                  "computer's. Piped ReplicaState objects bind by their ReplicaFqdn.")
    force = Parameter(SwitchParameter,
                      help="Accepted for compatibility with the Lync cmdlet; pyshell never asks before "
                           "replicating.")

    examples = (
        Example('Invoke-CsManagementStoreReplication',
                "Replicates the store to every computer."),
        Example('Invoke-CsManagementStoreReplication -ReplicaFqdn atl-cs-001.litwareinc.com',
                "Replicates the store to one computer only."),
        Example('Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Invoke-CsManagementStoreReplication"}',
                "The RBAC roles that may run this cmdlet (the dash before 'match' is an en dash, as "
                "on the Lync 2013 page)."),
    )

    def process(self) -> None:
        if self.replica_fqdn is not None and self.replica_fqdn.strip().lower() != LOCAL_COMPUTER:
            self.write_error(unknown_replica(self, self.replica_fqdn))
            return
        with store_errors(self):
            session_store(self).replicate()
            self.write_verbose(f"Replicated the Central Management store to {LOCAL_COMPUTER}.")
