Get-CsAdminRole | Where-Object {$_.Cmdlets -match "New-CsExternalAccessPolicy"}
