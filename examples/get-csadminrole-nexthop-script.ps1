$x = $args[0]
Get-CsAdminRole | Where-Object {$_.Cmdlets -contains $x} | Select-Object Identity
