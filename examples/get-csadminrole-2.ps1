Get-CsAdminRole -Identity "CsHelpDesk"
