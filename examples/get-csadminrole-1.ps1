Get-CsAdminRole
