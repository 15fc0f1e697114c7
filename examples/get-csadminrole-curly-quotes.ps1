Get-CsAdminRole | Where-Object {$_.Cmdlets –match “command”}
