Get-CsAdminRole | Where-Object {$_.Cmdlets -match "Get-CsExternalAccessPolicy"}
