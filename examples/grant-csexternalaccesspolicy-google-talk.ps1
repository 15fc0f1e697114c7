Get-CsUser | Grant-CsExternalAccessPolicy -PolicyName FedPic
