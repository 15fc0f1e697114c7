Get-CsExternalAccessPolicy -Filter tag:*
