Get-CsExternalAccessPolicy -Identity site:Redmond
