Remove-CsAdminRole -Filter "*Redmond*"
