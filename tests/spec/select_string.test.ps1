# Select-String: pipeline input, and files in a scratch folder under the system's temporary folder
# (each case that makes one removes it again).

#### pipeline input prints as the line
'Lync Server 2013', 'Skype for Business' | Select-String 'lync'
## STDOUT:

Lync Server 2013


## END

#### a MatchInfo from the pipeline names no file
$m = 'abc' | Select-String 'b'
"$($m.Filename) $($m.Path) $($m.LineNumber) $m"
## stdout: InputStream InputStream 1 abc

#### a match in a file prints as path:line:text, relative to the location
$d = Join-Path ([IO.Path]::GetTempPath()) ([guid]::NewGuid()); $null = New-Item -ItemType Directory $d
Push-Location $d
Set-Content p.csv 'name,domain', 'contoso,contoso.org', 'fabrikam,fabrikam.com', 'litware,litware.org'
Select-String -Path p.csv -Pattern org
Pop-Location; Remove-Item -Recurse $d
## STDOUT:

p.csv:2:contoso,contoso.org
p.csv:4:litware,litware.org


## END

#### ToString() gives the full path
$d = Join-Path ([IO.Path]::GetTempPath()) ([guid]::NewGuid()); $null = New-Item -ItemType Directory $d
Set-Content (Join-Path $d p.txt) 'alpha', 'beta'
$m = Select-String beta (Join-Path $d p.txt)
$m.ToString() -eq ((Join-Path $d p.txt) + ':2:beta')
$m.RelativePath($d)
Remove-Item -Recurse $d
## STDOUT:
True
p.txt
## END

#### context lines around a match
$d = Join-Path ([IO.Path]::GetTempPath()) ([guid]::NewGuid()); $null = New-Item -ItemType Directory $d
Push-Location $d
Set-Content days.txt 'Mon', 'Tue', 'Wed', 'Thu', 'Fri'
Select-String 'Wed' days.txt -Context 2, 1
Pop-Location; Remove-Item -Recurse $d
## STDOUT:

  days.txt:1:Mon
  days.txt:2:Tue
> days.txt:3:Wed
  days.txt:4:Thu


## END

#### files piped from Get-ChildItem are read
$d = Join-Path ([IO.Path]::GetTempPath()) ([guid]::NewGuid()); $null = New-Item -ItemType Directory $d
Set-Content (Join-Path $d a.txt) 'no'; Set-Content (Join-Path $d b.txt) 'yes'
(Get-ChildItem $d | Select-String 'yes').Filename
Remove-Item -Recurse $d
## stdout: b.txt

#### -Quiet answers False when no file matches
$d = Join-Path ([IO.Path]::GetTempPath()) ([guid]::NewGuid()); $null = New-Item -ItemType Directory $d
Set-Content (Join-Path $d a.txt) 'no'
Select-String 'yes' (Join-Path $d a.txt) -Quiet
Remove-Item -Recurse $d
## stdout: False

#### a path with nothing there is a terminating error
try { Select-String 'x' -Path (Join-Path ([IO.Path]::GetTempPath()) ([guid]::NewGuid())) } catch { $_.FullyQualifiedErrorId }
## stdout: PathNotFound,Microsoft.PowerShell.Commands.SelectStringCommand

#### the missing path is reported
Select-String 'x' -Path (Join-Path ([IO.Path]::GetTempPath()) ([guid]::NewGuid()))
## error-id: PathNotFound

#### a directory cannot be read
Select-String 'x' -Path ([IO.Path]::GetTempPath())
## error-id: ProcessingFile

#### a MatchInfo is a Microsoft.PowerShell.Commands.MatchInfo
$m = 'abc' | Select-String 'b'
$m -is [Microsoft.PowerShell.Commands.MatchInfo]
$m.GetType().FullName
## STDOUT:
True
Microsoft.PowerShell.Commands.MatchInfo
## END

#### a match with context lines converts to text with them
$m = 'one', 'two', 'three', 'four' | Select-String 'three' -Context 1
"$m"
## STDOUT:
  two
> three
  four
## END

#### a MatchInfo's Matches is a Match[]
$m = 'a1b2' | Select-String '\d' -AllMatches
$m.Matches.GetType().FullName
$m.Matches.Value -join ','
## STDOUT:
System.Text.RegularExpressions.Match[]
1,2
## END
