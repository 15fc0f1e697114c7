Get-CsExternalAccessPolicy | Set-CsExternalAccessPolicy -EnableFederationAccess $True
