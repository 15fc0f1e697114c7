Get-CsAdminRole -Filter "*Voice*"
