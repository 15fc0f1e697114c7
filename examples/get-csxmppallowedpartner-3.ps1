Get-CsXmppAllowedPartner - Filter "*.org"
