# The content cmdlets (Set-Content, Add-Content, Clear-Content, Get-Content) on the session-state
# drives Env:, Variable:, Function: and Alias:. An item's content is its value.

#### Set-Content env: sets the environment variable
Set-Content env:ZZ_CONTENT 'x'
$env:ZZ_CONTENT
Set-Content -Path env:ZZ_CONTENT -Value 'y'
Get-Content env:ZZ_CONTENT
## STDOUT:
x
y
## END

#### several values make one environment value, joined by spaces
Set-Content env:ZZ_CONTENT 'a', 'b'
$env:ZZ_CONTENT
## stdout: a b

#### Set-Content variable: with several values gives an array
Set-Content variable:zzlist 1, 2, 3
$zzlist.Count
$zzlist.GetType().Name
## STDOUT:
3
Object[]
## END

#### values piped one at a time leave the last one
'first', 'second' | Set-Content variable:zzlast
$zzlast
## stdout: second

#### Set-Content function: with a script block or its text defines the function
Set-Content function:zzblock { 'from a block' }
zzblock
Set-Content function:zztext "'from text'"
zztext
(Get-Content function:zztext).ToString()
## STDOUT:
from a block
from text
'from text'
## END

#### Set-Content function: with several values is refused
Set-Content function:zzbad 'a', 'b'
Test-Path function:zzbad
## stdout: False
## error-id: Argument,Microsoft.PowerShell.Commands.SetContentCommand

#### Set-Content alias: sets what the alias stands for
Set-Content alias:zzdate Get-Date
(Get-Alias zzdate).Definition
## stdout: Get-Date

#### an alias cannot stand for an array
Set-Content alias:zzpair 'a', 'b'
## error-id: Argument,Microsoft.PowerShell.Commands.SetContentCommand

#### Set-Content on a read-only variable is refused
New-Variable zzfixed 1 -Option ReadOnly
Set-Content variable:zzfixed 2
$zzfixed
## stdout: 1
## error-id: VariableNotWritable,Microsoft.PowerShell.Commands.SetContentCommand

#### Set-Content with a wildcard sets every existing match
$zzw1 = 1; $zzw2 = 2
Set-Content variable:zzw* 'same'
"$zzw1 $zzw2"
## stdout: same same

#### Set-Content -WhatIf names the drive path
Set-Content env:ZZ_CONTENT 'x' -WhatIf
Test-Path env:ZZ_CONTENT
## STDOUT:
What if: Performing the operation "Set Content" on target "Path: Env:\ZZ_CONTENT".
False
## END

#### Set-Content -PassThru writes the values
Set-Content variable:zzpass 'a', 'b' -PassThru
## STDOUT:
a
b
## END

#### Set-Content on the drive itself is an argument error
Set-Content env: 'x'
## error-id: Argument,Microsoft.PowerShell.Commands.SetContentCommand

#### Add-Content cannot append on these drives: their writers cannot seek
$env:ZZ_CONTENT = 'start'
Add-Content env:ZZ_CONTENT 'more'
$env:ZZ_CONTENT
## stdout: start
## error-id: NotSupported,Microsoft.PowerShell.Commands.AddContentCommand

#### the Add-Content error stops the command and says why
$zzv = 1
try { Add-Content variable:zzv 2 } catch { $_.Exception.Message; $_.CategoryInfo.Category; $_.Exception.GetType().Name }
$zzv
## STDOUT:
Cannot call method. The content Seek method is not supported by this provider.
NotImplemented
PSNotSupportedException
1
## END

#### Add-Content -WhatIf asks before it fails, so nothing fails
Add-Content alias:zznew 'Get-Date' -WhatIf
## stdout: What if: Performing the operation "Add Content" on target "Path: Alias:\zznew".

#### Clear-Content is not supported on these drives
$zzc = 5
Clear-Content variable:zzc
$zzc
## stdout: 5
## error-id: NotSupported,Microsoft.PowerShell.Commands.ClearContentCommand

#### Clear-Content of a missing item is PathNotFound
Clear-Content env:ZZ_NOT_THERE_AT_ALL
## error-id: PathNotFound,Microsoft.PowerShell.Commands.ClearContentCommand

#### Clear-Content with a wildcard that matches nothing does nothing
Clear-Content variable:zz_no_such_*
"quiet"
## stdout: quiet

#### the Clear-Content error message
$zzc = 5
try { Clear-Content variable:zzc -ErrorAction Stop } catch { $_.Exception.Message }
## stdout: Cannot perform the ClearContent operation. The ClearContent operation is not supported by this provider.

#### Get-Content of an alias is what it stands for
Get-Content alias:gci
## stdout: Get-ChildItem

#### clc is Clear-Content
(Get-Alias clc).Definition
## stdout: Clear-Content

#### Copy-Item copies an environment variable
$env:ZZ_SOURCE = 'v'
Copy-Item env:ZZ_SOURCE env:ZZ_COPY
"$env:ZZ_SOURCE $env:ZZ_COPY"
## stdout: v v

#### Copy-Item copies a function under a new name
function zzorig { 'original' }
Copy-Item function:zzorig function:zzcopy
zzcopy
(Get-Command zzcopy).CommandType
## STDOUT:
original
Function
## END

#### Copy-Item copies a variable's value, not its options
New-Variable zzro 1 -Option ReadOnly
Copy-Item variable:zzro variable:zzrw
$zzrw = 2
"$zzro $zzrw $((Get-Variable zzrw).Options)"
## stdout: 1 2 None

#### Copy-Item copies what an alias stands for
Copy-Item alias:gm alias:zzgm
(Get-Alias zzgm).Definition
(Get-Alias zzgm).Options
## STDOUT:
Get-Member
None
## END

#### Copy-Item overwrites an existing item
$env:ZZ_SOURCE = 'new'
$env:ZZ_COPY = 'old'
Copy-Item env:ZZ_SOURCE env:ZZ_COPY
$env:ZZ_COPY
## stdout: new

#### Copy-Item -PassThru writes the copy
$env:ZZ_SOURCE = 'v'
(Copy-Item env:ZZ_SOURCE env:ZZ_COPY -PassThru).PSPath
## stdout: Microsoft.PowerShell.Core\Environment::ZZ_COPY

#### Copy-Item -WhatIf
$env:ZZ_SOURCE = 'v'
Copy-Item env:ZZ_SOURCE env:ZZ_COPY -WhatIf
Test-Path env:ZZ_COPY
## STDOUT:
What if: Performing the operation "Copy Item" on target "Item: ZZ_SOURCE Destination: ZZ_COPY".
False
## END

#### Copy-Item of a missing item
Copy-Item env:ZZ_NOT_THERE_AT_ALL env:ZZ_COPY
## error-id: PathNotFound,Microsoft.PowerShell.Commands.CopyItemCommand

#### Copy-Item between different drives is refused
$env:ZZ_SOURCE = 'v'
Copy-Item env:ZZ_SOURCE variable:zzcopied
Test-Path variable:zzcopied
## stdout: False
## error-id: CopyItemSourceAndDestinationNotSameProvider,Microsoft.PowerShell.Commands.CopyItemCommand

#### Move-Item is not supported on these drives; Rename-Item is
$zzmoved = 1
Move-Item variable:zzmoved variable:zztarget
Test-Path variable:zztarget
Rename-Item variable:zzmoved zztarget
$zztarget
## STDOUT:
False
1
## END
## error-id: NotSupported,Microsoft.PowerShell.Commands.MoveItemCommand

#### the Move-Item error message
function zzf { }
try { Move-Item function:zzf function:zzg -ErrorAction Stop } catch { $_.Exception.Message }
## stdout: The NavigationCmdletProvider methods are not supported by this provider.

#### Move-Item to another drive kind
$env:ZZ_SOURCE = 'v'
Move-Item env:ZZ_SOURCE alias:zz
## error-id: System.Management.Automation.PSArgumentException,Microsoft.PowerShell.Commands.MoveItemCommand

#### Move-Item of a missing item
Move-Item env:ZZ_NOT_THERE_AT_ALL env:ZZ_ELSEWHERE
## error-id: PathNotFound,Microsoft.PowerShell.Commands.MoveItemCommand
