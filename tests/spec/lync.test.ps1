# The Lync seed commands as the documentation uses them, against the demo organisation of a fresh
# store. The checks state the documented rule rather than the seed's exact list.

#### -Filter "*.org" returns only .org partners
$org = @(Get-CsXmppAllowedPartner -Filter "*.org")
$org.Count -gt 0
@($org | Where-Object { $_.Identity -notlike "*.org" }).Count
## STDOUT:
True
0
## END

#### -Filter "*.org" returns every .org partner
$all = @(Get-CsXmppAllowedPartner)
$org = @(Get-CsXmppAllowedPartner -Filter "*.org")
$org.Count -eq @($all | Where-Object { $_.Identity -like "*.org" }).Count
$org.Count -lt $all.Count
## STDOUT:
True
True
## END

#### -Filter is case-insensitive
@(Get-CsXmppAllowedPartner -Filter "*.ORG").Count -eq @(Get-CsXmppAllowedPartner -Filter "*.org").Count
## stdout: True

#### documented example 4 returns only partners requiring SASL negotiation
$r = @(Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"})
$r.Count -gt 0
@($r | Where-Object { "$($_.SaslNegotiation)" -ne "Required" }).Count
## STDOUT:
True
0
## END

#### example 4 in the simplified syntax gives the same partners
$a = @(Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"})
$b = @(Get-CsXmppAllowedPartner | Where-Object SaslNegotiation -eq Required)
($a.Identity -join ",") -eq ($b.Identity -join ",")
## stdout: True

#### the documented "- Filter" with a space fails to bind
Get-CsXmppAllowedPartner - Filter "*.org"
## error-id: PositionalParameterNotFound
## stdout-json: ""

#### -Identity returns one partner
$p = Get-CsXmppAllowedPartner -Identity "xmpp.contoso.com"
"$($p.Identity)"
## stdout: xmpp.contoso.com

#### the identity is the first positional parameter
(Get-CsXmppAllowedPartner "xmpp.contoso.com").Identity
## stdout: xmpp.contoso.com

#### the en dash example finds roles that may run Get-CsXmppAllowedPartner
@(Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Get-CsXmppAllowedPartner"}).Count -gt 0
## stdout: True

#### Get-CsAdminRole -Identity
(Get-CsAdminRole -Identity "CsHelpDesk").Identity
## stdout: CsHelpDesk

#### the standard roles
@(Get-CsAdminRole | Where-Object {$_.IsStandardRole -eq $true}).Count
## stdout: 11

#### Get-CsAdminRole -Filter with a wildcard in the middle
$v = @(Get-CsAdminRole -Filter "*Voice*")
$v.Count -gt 0
@($v | Where-Object { $_.Identity -notlike "*voice*" }).Count
## STDOUT:
True
0
## END

#### cmdlet names ignore case
(get-csadminrole -identity "CsHelpDesk").Identity
## stdout: CsHelpDesk

#### a Lync parameter name may be shortened
(Get-CsAdminRole -Ident "CsHelpDesk").Identity
## stdout: CsHelpDesk

#### Get-Help -Online gives a Lync cmdlet's reference page
Get-Help Get-CsXmppAllowedPartner -Online
## stdout: https://learn.microsoft.com/powershell/module/skype/get-csxmppallowedpartner

#### pyshell's own demo cmdlets have no online page
Get-Help Reset-CsDemoOrganization -Online
## error-id: InvalidOperation,Microsoft.PowerShell.Commands.GetHelpCommand

#### GetType() of a Lync object names its .NET type, without the #Decorated view name
$p = Get-CsXmppAllowedPartner | Select-Object -First 1
$p.PSObject.TypeNames[0]
$p.GetType().FullName
## STDOUT:
Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner#Decorated
Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner
## END

#### Select-Object makes PSCustomObjects, whatever their Selected. type name says
$s = Get-CsXmppAllowedPartner | Select-Object Identity -First 1
$s.PSObject.TypeNames[0]
$s.GetType().FullName
## STDOUT:
Selected.Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner
System.Management.Automation.PSCustomObject
## END
