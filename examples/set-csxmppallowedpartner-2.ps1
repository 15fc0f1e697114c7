Get-CsXmppAllowedPartner | Set-CsXmppAllowedPartner -SaslNegotiation "Required"
