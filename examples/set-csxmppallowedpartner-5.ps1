Set-CsXmppAllowedPartner -Identity "contoso.com" -AdditionalDomains $Null
