Get-CsXmppAllowedPartner | Remove-CsXmppAllowedPartner
