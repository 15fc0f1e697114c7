Get-CsManagementStoreReplicationStatus | Where-Object {$_.UpToDate -eq $False}
