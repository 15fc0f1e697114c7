Remove-CsExternalAccessPolicy -Identity global
