Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Invoke-CsManagementStoreReplication"}
