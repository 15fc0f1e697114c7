Get-CsExternalAccessPolicy | Where-Object {$_.EnableFederationAccess -eq $True}
