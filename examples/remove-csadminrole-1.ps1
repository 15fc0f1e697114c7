Remove-CsAdminRole -Identity "RedmondHelpDesk"
