Get-CsAdminRoleAssignment -Identity "kenmyer"
