Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Get-CsManagementStoreReplicationStatus"}
