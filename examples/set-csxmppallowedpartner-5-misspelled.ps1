Set-CXmppAllowedPartner -Identity "contoso.com" -AdditionalDomains $Null
