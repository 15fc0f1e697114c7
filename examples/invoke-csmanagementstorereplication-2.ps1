Invoke-CsManagementStoreReplication -ReplicaFqdn atl-cs-001.litwareinc.com
