Set-CsXmppAllowedPartner -Identity "contoso.com" -SupportDialbackNegotiation $False
