Get-CsManagementStoreReplicationStatus -ReplicaFqdn atl-cs-001.litwareinc.com
