Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Get-CsAdminRole\b"}
