Get-CsXmppAllowedPartner -Filter "*.org"
