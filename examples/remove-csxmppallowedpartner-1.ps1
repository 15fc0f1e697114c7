Remove-CsXmppAllowedPartner -Identity "contoso.com"
