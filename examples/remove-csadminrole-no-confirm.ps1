Remove-CsAdminRole RedmondAdministrators -Confirm:$False
