Get-CsXmppAllowedPartner -Identity ""
