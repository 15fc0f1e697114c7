New-CsXmppAllowedPartner -Identity "contoso.com" -PartnerType "PublicVerified"
