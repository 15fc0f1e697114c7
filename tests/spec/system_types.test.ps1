# [System.IO.Path] and [guid].

#### Path takes file names apart
$p = "/data/reports/partners.final.csv"
[System.IO.Path]::GetFileName($p)
[System.IO.Path]::GetFileNameWithoutExtension($p)
[System.IO.Path]::GetExtension($p)
[IO.Path]::GetDirectoryName($p)
[System.IO.Path]::HasExtension("README")
## STDOUT:
partners.final.csv
partners.final
.csv
/data/reports
False
## END

#### Path.Combine skips empty parts; ChangeExtension swaps the extension
[System.IO.Path]::Combine("logs", "", "today.txt")
[System.IO.Path]::ChangeExtension("report.txt", "csv")
[System.IO.Path]::ChangeExtension("report.txt", $null)
## STDOUT:
logs/today.txt
report.csv
report
## END

#### a new guid is 36 characters of hex digits and dashes, and each one differs
$a = [guid]::NewGuid()
$b = [guid]::NewGuid()
"$($a.GetType().FullName) $("$a" -match '^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$') $($a -eq $b)"
## stdout: System.Guid True False

#### a cast reads a guid with braces and capitals, and compares with its text
$g = [guid]"{6F9619FF-8B86-D011-B42D-00CF4FC964FF}"
$g.Guid
$g -eq "6f9619ff-8b86-d011-b42d-00cf4fc964ff"
"$([guid]::Empty)"
## STDOUT:
6f9619ff-8b86-d011-b42d-00cf4fc964ff
True
00000000-0000-0000-0000-000000000000
## END

#### text that is no guid fails as Guid.Parse does
[guid]"nope"
## error-id: InvalidCastParseTargetInvocation

#### the core module's enums are type literals
[System.ConsoleColor]::DarkGreen
[ConsoleColor]"red"
[int][System.ConsoleColor]::White
[Microsoft.PowerShell.Commands.TestPathType]::Leaf
[System.Management.Automation.ScopedItemOptions]::ReadOnly
## STDOUT:
DarkGreen
Red
15
Leaf
ReadOnly
## END

#### [char]$null is the character 0, as a value type's default
[int][char]$null
## stdout: 0

#### a hashtable casts to Coordinates by setting its X and Y
$c = [System.Management.Automation.Host.Coordinates]@{X = 10; Y = '33'}
"$c"
try { [System.Management.Automation.Host.Coordinates]@{Z = 1} } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
## STDOUT:
10,33
ObjectCreationError
Cannot create object of type "System.Management.Automation.Host.Coordinates". The Z property was not found for the System.Management.Automation.Host.Coordinates object. The available property is: [X <System.Int32>] , [Y <System.Int32>]
## END
