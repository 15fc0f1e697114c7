# A guided tour of the Get-CsXmppAllowedPartner help page.
# Run it as a demo with: pyshell --demo examples/tour.ps1
# (Enter runs a statement, b goes back, s skips it, q leaves.)
# Run unattended, it is an ordinary script.

# XMPP allowed partners are the outside IM networks - Google Talk and
# the like - that Lync users may chat with. Example 1 of the help page
# asks for all of them. Three columns are enough to see what we have.
Get-CsXmppAllowedPartner | Format-Table Identity, PartnerType, SaslNegotiation

# Example 2 names one partner by its Identity, its domain name.
Get-CsXmppAllowedPartner -Identity "xmpp.contoso.com" | Format-List Identity, ProxyFqdn, ConnectionLimit

# Example 3 wants the partners whose names end in .org, but the printed
# command has a space after the dash. Watch what PowerShell makes of it.
Get-CsXmppAllowedPartner - Filter "*.org"

# The lone dash was taken as the partner's Identity, and no parameter was
# left for the word Filter. Trace-Command shows the binder doing exactly that.
Trace-Command -Name ParameterBinding -Expression { Get-CsXmppAllowedPartner - Filter "*.org" } -PSHost

# Without the space, -Filter is a parameter and "*.org" its wildcard.
Get-CsXmppAllowedPartner -Filter "*.org" | Format-Table Identity, Description

# Example 4 pipes every partner to Where-Object, which keeps the ones
# that insist on SASL authentication.
Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"} | Format-Table Identity, SaslNegotiation

# Why those four? Trace-Pipeline runs the same pipeline and reports, for
# each partner, what SaslNegotiation held and whether it was kept.
Trace-Pipeline { Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"} } | Format-Table Identity

# The help page ends by asking which RBAC roles may run the cmdlet. The
# dash before "match" is printed as an en dash; PowerShell accepts that.
Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Get-CsXmppAllowedPartner"} | Format-Table Identity, IsStandardRole

# Finally, -LocalStore reads the server's local replica instead of the
# central store. Right now both hold the same number of partners.
"Central store: $((Get-CsXmppAllowedPartner).Count) partners; local replica: $((Get-CsXmppAllowedPartner -LocalStore).Count)"

# That is the whole page. Thanks for following along.
