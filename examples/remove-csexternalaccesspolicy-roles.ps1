Get-CsAdminRole | Where-Object {$_.Cmdlets -match "Remove-CsExternalAccessPolicy"}
