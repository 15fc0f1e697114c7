Get-CsAdminRoleAssignment  -Identity "kenmyer"
