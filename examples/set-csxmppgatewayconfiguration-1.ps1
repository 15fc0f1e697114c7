Set-CsXmppGatewayConfiguration -Identity "global" -ConnectionLimit 1200
