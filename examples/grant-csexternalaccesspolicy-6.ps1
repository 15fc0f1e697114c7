Get-CsUser | Grant-CsExternalAccessPolicy -PolicyName $Null
