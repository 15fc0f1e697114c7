Get-CsXmppAllowedPartner -Identity "xmpp.contoso.com"
