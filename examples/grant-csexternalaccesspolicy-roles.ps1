Get-CsAdminRole | Where-Object {$_.Cmdlets -match "Grant-CsExternalAccessPolicy"}
