# The Lync classes the module's objects stand for are type literals, named in full as in PowerShell.

#### a partner is an XmppAllowedPartner
$p = Get-CsXmppAllowedPartner | Select-Object -First 1
$p -is [Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner]
## stdout: True

#### the full name is found whatever its case
$p = Get-CsXmppAllowedPartner | Select-Object -First 1
$p -is [MICROSOFT.RTC.MANAGEMENT.WRITABLECONFIG.SETTINGS.XMPPFEDERATION.XMPPALLOWEDPARTNER]
## stdout: True

#### -isnot, and other objects are not partners
$p = Get-CsXmppAllowedPartner | Select-Object -First 1
$r = Get-CsAdminRole -Identity CsHelpDesk
"$($p -isnot [Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role]) $($r -is [Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner]) $('x' -is [Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role])"
## stdout: True False False

#### every Lync object type the module writes is its own type literal
$role = Get-CsAdminRole -Identity CsHelpDesk
@(
    $role -is [Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role]
    $role.Cmdlets[0] -is [Microsoft.Rtc.Management.WritableConfig.Settings.Roles.CmdletType]
    (Get-CsExternalAccessPolicy -Identity Global) -is [Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy]
    (Get-CsXmppGatewayConfiguration) -is [Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppGatewaySettings]
    (Get-CsUser | Select-Object -First 1) -is [Microsoft.Rtc.Management.ADConnect.Schema.OCSADUser]
    (Get-CsManagementStoreReplicationStatus | Select-Object -First 1) -is [Microsoft.Rtc.Management.Xds.ReplicaState]
    (Get-CsManagementStoreReplicationStatus -CentralManagementStoreStatus) -is [Microsoft.Rtc.Management.Xds.CentralManagementStoreStatusResult]
) -join ' '
## stdout: True True True True True True True

#### -as keeps a partner and gives $null for anything else
$p = Get-CsXmppAllowedPartner -Identity xmpp.contoso.com
"$(($p -as [Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner]).Identity) $($null -eq ('x' -as [Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner]))"
## stdout: xmpp.contoso.com True

#### the type literal shows its full name, its Name and its FullName
"$([Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role])"
[Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role].Name
[Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role].FullName
## STDOUT:
Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role
Role
Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role
## END

#### GetType() is the type the literal names
$p = Get-CsXmppAllowedPartner | Select-Object -First 1
"$($p.GetType() -eq [Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner]) $($p.GetType() -eq [Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role])"
## stdout: True False

#### Get-Member's type name begins with the type's full name
$p = Get-CsXmppAllowedPartner | Select-Object -First 1
($p | Get-Member)[0].TypeName.StartsWith([Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner].FullName)
## stdout: True

#### a typed parameter takes the object and refuses anything else
function Show-Role([Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role]$Role) { $Role.Identity }
Show-Role (Get-CsAdminRole -Identity CsHelpDesk)
Show-Role "CsHelpDesk"
## stdout: CsHelpDesk
## error-id: ParameterArgumentTransformationError

#### nothing casts into a Lync type: PowerShell's text for a conversion that does not exist
try { [Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role]"CsHelpDesk" } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
## STDOUT:
Cannot convert the "CsHelpDesk" value of type "System.String" to type "Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role".
ConvertToFinalInvalidCastException
## END

#### $null casts to a Lync type as $null
$null -eq [Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role]$null
## stdout: True

#### a Lync class is not found by its last name alone, as in PowerShell
[XmppAllowedPartner]
## error-id: TypeNotFound

#### a name the module does not provide is still not found
[Microsoft.Rtc.Management.WritableConfig.Settings.Roles.NoSuchThing]
## error-id: TypeNotFound
