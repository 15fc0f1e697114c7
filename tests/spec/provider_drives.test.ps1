# The session-state drives: Env:, Variable:, Function: and Alias:.

#### Get-ChildItem env: lists environment variables sorted by name
$env:ZZ_DRIVES_B = 'b'
$env:ZZ_DRIVES_A = 'a'
(Get-ChildItem env:ZZ_DRIVES_* | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join ','
## stdout: ZZ_DRIVES_A=a,ZZ_DRIVES_B=b

#### dir env: gives DictionaryEntry objects with Name, Key and Value
$env:ZZ_DRIVES = 'x'
$item = dir env: | Where-Object Name -eq ZZ_DRIVES
"$($item.Key) $($item.Value) $($item.GetType().FullName)"
## stdout: ZZ_DRIVES x System.Collections.DictionaryEntry

#### the root of env: is sorted by name
$names = (Get-ChildItem env:).Name
$sorted = $names | Sort-Object
($names -join ',') -eq ($sorted -join ',')
## stdout: True

#### Get-Item env: shows a Name/Value table
$env:ZZ_DRIVES = 'x'
Get-Item env:ZZ_DRIVES | Out-String -Stream | ForEach-Object { $_.TrimEnd() } | Where-Object { $_ }
## STDOUT:
Name                           Value
----                           -----
ZZ_DRIVES                      x
## END

#### an environment variable keeps the spelling it was given
$env:ZzMixedCase = 1
(Get-Item env:ZZMIXEDCASE).Name
$env:ZZMIXEDCASE
## STDOUT:
ZzMixedCase
1
## END

#### Get-Item of a missing environment variable
Get-Item env:NOPE_NOT_THERE
## error-id: PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand

#### the missing item's message names the item
try { Get-Item env:NOPE_NOT_THERE -ErrorAction Stop } catch { $_.Exception.Message; $_.TargetObject; $_.CategoryInfo.Category }
## STDOUT:
Cannot find path 'NOPE_NOT_THERE' because it does not exist.
NOPE_NOT_THERE
ObjectNotFound
## END

#### Get-Content env:
$env:ZZ_DRIVES = 'hello'
Get-Content env:ZZ_DRIVES
## stdout: hello

#### an item carries the provider's notes
$env:ZZ_DRIVES = 'x'
$i = Get-Item env:ZZ_DRIVES
"$($i.PSPath) $($i.PSDrive) $($i.PSIsContainer)"
## stdout: Microsoft.PowerShell.Core\Environment::ZZ_DRIVES Env False

#### Get-Item variable: gives a PSVariable
$Partner = 'gmail.com'
$v = Get-Item variable:Partner
"$($v.Name) $($v.Value) $($v.GetType().FullName)"
## stdout: Partner gmail.com System.Management.Automation.PSVariable

#### dir variable: with a wildcard
$zzone = 1; $zztwo = 2
(dir variable:zz* | ForEach-Object Name) -join ','
## stdout: zzone,zztwo

#### variable: is shown as Name/Value
$zzone = 1
Get-ChildItem variable:zzone | Out-String -Stream | ForEach-Object { $_.TrimEnd() } | Where-Object { $_ }
## STDOUT:
Name                           Value
----                           -----
zzone                          1
## END

#### Get-Content variable: writes the value
$list = 'a', 'b'
Get-Content variable:list
## STDOUT:
a
b
## END

#### Test-Path on every drive
$x = 1
function zzf { }
Test-Path env:PATH*
Test-Path variable:x
Test-Path function:zzf
Test-Path alias:gm
Test-Path alias:nope_nope
Test-Path env: -PathType Container
Test-Path variable:x -PathType Container
## STDOUT:
True
True
True
True
False
True
False
## END

#### Get-Item function: gives the FunctionInfo Get-Command gives
function Get-Greeting { 'hi' }
$f = Get-Item function:Get-Greeting
$c = Get-Command Get-Greeting
"$($f.Name) $($f.CommandType) $($f.GetType().FullName) $($c.Definition -eq $f.Definition)"
## stdout: Get-Greeting Function System.Management.Automation.FunctionInfo True

#### Get-Content function: is the script block
function zzf { 'hi' }
(Get-Content function:zzf).GetType().Name
& (Get-Content function:zzf)
## STDOUT:
ScriptBlock
hi
## END

#### Get-ChildItem alias: gives AliasInfo objects as Get-Alias
$a = Get-ChildItem alias:gm
$b = Get-Alias gm
"$($a.DisplayName) $($a.Options) $($b.Options) $($a.GetType().FullName)"
## stdout: gm -> Get-Member ReadOnly ReadOnly System.Management.Automation.AliasInfo

#### Get-ChildItem -Name on a drive
$zzone = 1; $zztwo = 2
Get-ChildItem variable:zz* -Name
## STDOUT:
zzone
zztwo
## END

#### provider-qualified paths
$env:ZZ_DRIVES = 'q'
(Get-Item Microsoft.PowerShell.Core\Environment::ZZ_DRIVES).Value
## stdout: q

#### Get-ChildItem on an unknown drive is still DriveNotFound
Get-ChildItem nodrive:
## error-id: DriveNotFound

#### Set-Item and Remove-Item on env: change what $env: sees
Set-Item env:ZZ_DRIVES bar
$env:ZZ_DRIVES
Remove-Item env:ZZ_DRIVES
Test-Path env:ZZ_DRIVES
$null -eq $env:ZZ_DRIVES
## STDOUT:
bar
False
True
## END

#### New-Item on env: with -Name and -Value
New-Item -Path env: -Name ZZ_NEW -Value y | Out-Null
$env:ZZ_NEW
## stdout: y

#### New-Item of an item that exists
$env:ZZ_NEW = 'y'
New-Item -Path env:ZZ_NEW -Value z
## error-id: Argument,Microsoft.PowerShell.Commands.NewItemCommand

#### Rename-Item on env:
$env:ZZ_OLD = 'v'
Rename-Item env:ZZ_OLD ZZ_RENAMED
"$env:ZZ_OLD|$env:ZZ_RENAMED"
## stdout: |v

#### Set-Item function: defines a function, Remove-Item removes it
Set-Item function:zzhello { 'hi' }
zzhello
Set-Item function:zztext "'from text'"
zztext
Remove-Item function:zzhello
Test-Path function:zzhello
## STDOUT:
hi
from text
False
## END

#### Remove-Item and Clear-Item on variable:
$zzgone = 1; $zzcleared = 2
Remove-Item variable:zzgone
Clear-Item variable:zzcleared
Test-Path variable:zzgone
Test-Path variable:zzcleared
$null -eq $zzcleared
## STDOUT:
False
True
True
## END

#### a constant variable cannot be removed
Remove-Item variable:true
## error-id: VariableNotRemovable

#### Set-Item alias: makes an alias
Set-Item alias:zzll Get-ChildItem
(Get-Alias zzll).Definition
## stdout: Get-ChildItem

#### a read-only alias is not removed without -Force
Remove-Item alias:gm
## error-id: AliasNotRemovable

#### Remove-Item of a missing item
Remove-Item env:NOPE_NOT_THERE
## error-id: PathNotFound,Microsoft.PowerShell.Commands.RemoveItemCommand

#### Set-Item on a file is not supported
Set-Item ./nothing.txt 1
## error-id: NotSupported

#### Get-PSDrive lists the session-state drives after the file system's, by name
(Get-PSDrive | Where-Object { $_.Provider.Name -ne "FileSystem" -and "$($_.Provider)" -notlike "*FileSystem" }).Name
## STDOUT:
Alias
Env
Function
Variable
## END

#### Get-PSDrive -PSProvider picks drives by provider
(Get-PSDrive -PSProvider Env*).Name
## stdout: Env

#### Get-PSDrive gives the file system drive's sizes
$fs = Get-PSDrive -PSProvider FileSystem | Select-Object -First 1
$fs.Free -gt 0
$fs.GetType().FullName
## STDOUT:
True
System.Management.Automation.PSDriveInfo
## END

#### Get-PSDrive with a name that matches no drive is an error
Get-PSDrive -Name NoSuchDrive
## error-id: DriveNotFound,Microsoft.PowerShell.Commands.GetPSDriveCommand

#### the Variable: drive honours -Option: a constant variable cannot be removed
Set-Variable -Name Fixed -Value 1 -Option Constant
Remove-Item variable:Fixed
$Fixed
## stdout: 1
## error-id: VariableNotRemovable,Microsoft.PowerShell.Commands.RemoveItemCommand

#### the Variable: drive changes a read-only variable only with -Force
New-Variable -Name Guarded -Value 2 -Option ReadOnly -Description "kept"
(Get-Item variable:Guarded).Options
(Get-Item variable:Guarded).Description
Set-Item variable:Guarded 5 -Force
$Guarded
Set-Item variable:Guarded 6
## STDOUT:
ReadOnly
kept
5
## END
## error-id: VariableNotWritable,Microsoft.PowerShell.Commands.SetItemCommand

#### Set-Location goes to the root of Env:, where relative names are environment variables
$env:PYSHELL_DEMO = "here"
Set-Location Env:
(Get-Location).Path -like "Env:*"
(Get-Item PYSHELL_DEMO).Value
(Get-Location).Drive.Name
cd ..
(Get-Location).Path -like "Env:*"
## STDOUT:
True
here
Env
True
## END

#### Push-Location and Pop-Location come back to a session-state drive
Set-Location Variable:
Push-Location
Set-Location ([System.IO.Path]::GetTempPath())
(Get-Location).Path -like "Variable:*"
Pop-Location
(Get-Location).Path -like "Variable:*"
Test-Path PSHOME
## STDOUT:
False
True
True
## END

#### a file-system path leaves the session-state drive
Set-Location Function:
Set-Location ([System.IO.Path]::GetTempPath())
(Get-Location).Provider.Name
## stdout: FileSystem

#### an item of a session-state drive is no place to stand
Set-Location env:NO_SUCH_VARIABLE_HERE
## error-id: PathNotFound,Microsoft.PowerShell.Commands.SetLocationCommand

#### Format-List * shows the provider's notes ahead of the item's own properties
$env:ZZ_DRIVES = 'x'
Get-Item env:ZZ_DRIVES | Format-List * | Out-String -Stream | ForEach-Object { $_.TrimEnd() } | Where-Object { $_ }
## STDOUT:
PSPath        : Microsoft.PowerShell.Core\Environment::ZZ_DRIVES
PSDrive       : Env
PSProvider    : Microsoft.PowerShell.Core\Environment
PSIsContainer : False
Name          : ZZ_DRIVES
Key           : ZZ_DRIVES
Value         : x
## END

#### Get-ChildItem items carry PSPath; these flat drives give no PSChildName or PSParentPath
$zzone = 1
$i = Get-ChildItem variable:zzone
$i.PSPath
$i.PSProvider.Name
($i.PSObject.Properties.Name -like 'PS*') -join ','
## STDOUT:
Microsoft.PowerShell.Core\Variable::zzone
Variable
PSPath,PSDrive,PSProvider,PSIsContainer
## END

#### Select-Object PSPath over a drive
$env:ZZ_DRIVES_A = 'a'
Get-ChildItem env:ZZ_DRIVES_A | Select-Object PSPath | Format-List
## STDOUT:


PSPath : Microsoft.PowerShell.Core\Environment::ZZ_DRIVES_A



## END

#### a provider-qualified path may use the short provider name, and gives no PSDrive
$env:ZZ_DRIVES = 'q'
$i = Get-Item Environment::ZZ_DRIVES
$i.Value
$null -eq $i.PSDrive
$i.PSPath
## STDOUT:
q
True
Microsoft.PowerShell.Core\Environment::ZZ_DRIVES
## END

#### an item piped on is found again through its PSPath
$env:ZZ_DRIVES = 'piped'
Get-ChildItem env:ZZ_DRIVES | Get-Content
Get-ChildItem env:ZZ_DRIVES | Remove-Item
Test-Path env:ZZ_DRIVES
## STDOUT:
piped
False
## END

#### Out-File refuses a path on a drive that holds no files
"x" | Out-File env:ZZ_FILE
## error-id: ReadWriteFileNotFileSystemProvider,Microsoft.PowerShell.Commands.OutFileCommand

#### a redirection to a variable: path is refused, with the provider named
try { 1 > variable:zz } catch { $_.Exception.Message }
## stdout: Cannot open file because the current provider (Microsoft.PowerShell.Core\Variable) cannot open a file.

#### a relative file name while the location is Env: is not a file either
Set-Location env:
"x" | Out-File notes.txt
## error-id: ReadWriteFileNotFileSystemProvider,Microsoft.PowerShell.Commands.OutFileCommand

#### Select-String reports a path on a drive that holds no files, and goes on
$aaa = 'aaaa'
Select-String -LiteralPath variable:\aaa 'a' -ErrorAction SilentlyContinue -ErrorVariable problem
$problem.FullyQualifiedErrorId
## stdout: ProcessingFile,Microsoft.PowerShell.Commands.SelectStringCommand
