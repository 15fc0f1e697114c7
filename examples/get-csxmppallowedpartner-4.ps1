Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"}
