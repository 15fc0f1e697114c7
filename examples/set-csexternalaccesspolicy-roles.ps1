Get-CsAdminRole | Where-Object {$_.Cmdlets -match "Set-CsExternalAccessPolicy"}
