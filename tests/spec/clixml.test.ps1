# Export-Clixml and Import-Clixml: round trips and errors as in Windows PowerShell 5.1. Every case
# works in a directory of its own under the system's temporary folder and removes it at the end.

#### a round trip of Lync partners shows them as PowerShell shows deserialized objects
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    Get-CsXmppAllowedPartner xmpp.contoso.com | Export-Clixml partners.xml
    $p = Import-Clixml partners.xml
    $p.PSObject.TypeNames
    $p
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## STDOUT:
Deserialized.Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner#Decorated
Deserialized.Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner
Deserialized.System.Object


Identity                   : xmpp.contoso.com
Domain                     : xmpp.contoso.com
AdditionalDomains          : {im.contoso.com, europe.contoso.com}
Description                : Contoso's corporate XMPP gateway; contact 
                             xmpp-admins@contoso.com
ProxyFqdn                  : proxy.xmpp.contoso.com
PartnerType                : Federated
ConnectionLimit            : 250
TlsNegotiation             : Required
SaslNegotiation            : Required
SupportDialbackNegotiation : False
EnableKeepAlive            : True



## END

#### every partner comes back, and a deserialized enum compares as its number
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    Get-CsXmppAllowedPartner | Export-Clixml partners.xml
    $all = Import-Clixml partners.xml
    $all.Count -eq @(Get-CsXmppAllowedPartner).Count
    $f = $all | Where-Object { $_.Identity -eq 'xmpp.contoso.com' }
    "$($f.PartnerType)"
    $f.PartnerType -eq 'Federated'
    $f.PartnerType -eq 0
    $f.PartnerType.PSObject.TypeNames[0]
    ([int]$f.PartnerType).GetType().FullName
    [int]$f.TlsNegotiation
    $f.AdditionalDomains.GetType().FullName
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## STDOUT:
True
Federated
False
True
Deserialized.Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.PartnerType
System.Int32
0
System.Collections.ArrayList
## END

#### primitive values come back with their types
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    'text', 42, 5000000000, 2.5, $true, [decimal]'1.50', [char]'z', [version]'1.2.3',
        [guid]'0f8fad5b-d9cb-469f-a165-70867728950e', (New-TimeSpan -Minutes 90) | Export-Clixml values.xml
    Import-Clixml values.xml | ForEach-Object { '{0} {1}' -f $_.GetType().FullName, $_ }
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## STDOUT:
System.String text
System.Int32 42
System.Int64 5000000000
System.Double 2.5
System.Boolean True
System.Decimal 1.50
System.Char z
System.Version 1.2.3
System.Guid 0f8fad5b-d9cb-469f-a165-70867728950e
System.TimeSpan 01:30:00
## END

#### hashtables, arrays and nested custom objects survive the trip
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    $o = [pscustomobject]@{ Name = 'top'; Table = @{ key = 'value' }; List = 1, 2, 3
        Inner = [pscustomobject]@{ Deeper = [pscustomobject]@{ Deepest = 'kept' } } }
    $o | Export-Clixml o.xml
    $r = Import-Clixml o.xml
    $r.Table.key
    $r.Table.GetType().FullName
    $r.List.Count
    $r.Inner.Deeper.Deepest
    $r.PSObject.TypeNames[0]
    "$($r.Inner.Deeper)"
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## STDOUT:
value
System.Collections.Hashtable
3
kept
Deserialized.System.Management.Automation.PSCustomObject
@{Deepest=kept}
## END

#### Get-Date keeps its DisplayHint
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    $now = Get-Date
    $now | Export-Clixml date.xml
    $back = Import-Clixml date.xml
    $back.DisplayHint
    $back.GetType().FullName
    $back -eq $now
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## STDOUT:
DateTime
System.DateTime
True
## END

#### the same object twice comes back as the same object
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    $shared = [pscustomobject]@{ n = 1 }
    Export-Clixml pair.xml -InputObject @($shared, $shared)
    $pair = Import-Clixml pair.xml
    $pair[0].n = 5
    $pair[1].n
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## stdout: 5

#### -First and -Skip page through the saved objects
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    'one', 'two', 'three' | Export-Clixml words.xml
    Import-Clixml words.xml -Skip 1 -First 1
    Import-Clixml words.xml -IncludeTotalCount -First 1
    Export-Clixml array.xml -InputObject @(10, 20, 30)
    (Import-Clixml array.xml).Count
    Import-Clixml array.xml -Skip 2
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## STDOUT:
two
Unknown total count
one
3
30
## END

#### -LiteralPath, and paths from the pipeline
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    'x' | Export-Clixml -LiteralPath 'a[1].xml'
    Import-Clixml -LiteralPath 'a[1].xml'
    'y' | Export-Clixml b.xml
    Get-ChildItem b.xml | Import-Clixml
    'b.xml' | Import-Clixml
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## STDOUT:
x
y
y
## END

#### -WhatIf writes nothing
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    'x' | Export-Clixml w.xml -WhatIf
    Test-Path w.xml
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## STDOUT:
What if: Performing the operation "Export-Clixml" on target "w.xml".
False
## END

#### a missing file cannot be opened
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    try { Import-Clixml nothere.xml } catch { $_.Exception.Message -replace [regex]::Escape($d), 'DIR'; $_.CategoryInfo.Category }
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## STDOUT:
Could not find file 'DIR/nothere.xml'.
OpenError
## END

#### the missing-file error id
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try { Import-Clixml nothere.xml } finally { Pop-Location; Remove-Item $d -Recurse -Force }
## error-id: FileOpenFailure,Microsoft.PowerShell.Commands.ImportClixmlCommand

#### a wildcard that names no file
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try { Import-Clixml *.nothing } finally { Pop-Location; Remove-Item $d -Recurse -Force }
## error-id: FileOpenFailure,Microsoft.PowerShell.Commands.ImportClixmlCommand

#### a wildcard that names two files
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try { 1 | Export-Clixml a.xml; 2 | Export-Clixml b.xml; Import-Clixml *.xml } finally { Pop-Location; Remove-Item $d -Recurse -Force }
## error-id: ReadWriteMultipleFilesNotSupported,Microsoft.PowerShell.Commands.ImportClixmlCommand

#### malformed XML is an XmlException
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    'not xml' | Set-Content bad.xml
    try { Import-Clixml bad.xml } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; "$($_.CategoryInfo)" }
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## STDOUT:
Data at the root level is invalid. Line 1, position 1.
System.Xml.XmlException,Microsoft.PowerShell.Commands.ImportClixmlCommand
NotSpecified: (:) [Import-Clixml], XmlException
## END

#### a tag the deserializer does not know
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">', '  <Bogus />', '</Objs>' |
        Set-Content odd.xml
    try { Import-Clixml odd.xml } catch { $_.Exception.Message }
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## stdout: Bogus XML tag is not recognized. Line 2, position 4.

#### -NoClobber refuses to replace a file
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    'first' | Export-Clixml keep.xml
    try { 'second' | Export-Clixml keep.xml -NoClobber } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
    Import-Clixml keep.xml
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## STDOUT:
File keep.xml already exists and NoClobber was specified.
NoClobber,Microsoft.PowerShell.Commands.ExportClixmlCommand
first
## END

#### a path on a drive that is not the file system
'x' | Export-Clixml Env:\clixml_test
## error-id: ReadWriteFileNotFileSystemProvider,Microsoft.PowerShell.Commands.ExportClixmlCommand

#### reading from a drive that is not the file system
Import-Clixml Variable:\PSHOME
## error-id: ReadWriteFileNotFileSystemProvider,Microsoft.PowerShell.Commands.ImportClixmlCommand

#### a drive that does not exist
'x' | Export-Clixml NoSuchDrive:\x.xml
## error-id: DriveNotFound,Microsoft.PowerShell.Commands.ExportClixmlCommand

#### -Depth must be at least 1
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try { 'x' | Export-Clixml x.xml -Depth 0 } finally { Pop-Location; Remove-Item $d -Recurse -Force }
## error-id: ParameterArgumentValidationError,Microsoft.PowerShell.Commands.ExportClixmlCommand

#### -Encoding takes 5.1's names only
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try { 'x' | Export-Clixml x.xml -Encoding Latin1 } finally { Pop-Location; Remove-Item $d -Recurse -Force }
## error-id: ParameterArgumentValidationError,Microsoft.PowerShell.Commands.ExportClixmlCommand

#### a warning record kept in the output comes back showing its message
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    Write-Warning 'disk nearly full' 3>&1 | Export-Clixml warning.xml
    $w = Import-Clixml warning.xml
    $w
    $w.PSObject.TypeNames[0]
    $w.InformationalRecord_Message
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## STDOUT:
disk nearly full
Deserialized.System.Management.Automation.WarningRecord
disk nearly full
## END

#### a StringBuilder comes back as its text and its properties
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    $sb = New-Object System.Text.StringBuilder
    $null = $sb.Append('hello')
    $sb | Export-Clixml sb.xml
    $back = Import-Clixml sb.xml
    "$back"
    $back.Length
    $back.PSObject.TypeNames[0]
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## STDOUT:
hello
5
Deserialized.System.Text.StringBuilder
## END
