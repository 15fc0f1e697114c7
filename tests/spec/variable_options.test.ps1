# New-Variable / Set-Variable options (about_Variables, ScopedItemOptions): ReadOnly, Constant,
# descriptions, and what Remove-Variable and Clear-Variable may do with them.

#### a read-only variable refuses assignment
New-Variable Max 10 -Option ReadOnly
$Max = 11
## error-id: VariableNotWritable

#### the message and the value kept
New-Variable Max 10 -Option ReadOnly
try { $Max = 11 } catch { $_.Exception.Message }
$Max
## STDOUT:
Cannot overwrite variable Max because it is read-only or constant.
10
## END

#### compound assignment and ++ are refused too
New-Variable N 1 -Option ReadOnly
try { $N += 1 } catch { 'no +=' }
try { $N++ } catch { 'no ++' }
try { [int]$N = 4 } catch { 'no typed' }
$N
## STDOUT:
no +=
no ++
no typed
1
## END

#### Set-Variable without -Force is refused
New-Variable Max 10 -Option ReadOnly
Set-Variable Max 12
## error-id: VariableNotWritable,Microsoft.PowerShell.Commands.SetVariableCommand

#### Set-Variable -Force changes a read-only variable, which stays read-only
New-Variable Max 10 -Option ReadOnly
Set-Variable Max 12 -Force
$Max
(Get-Variable Max).Options
## STDOUT:
12
ReadOnly
## END

#### a constant cannot be changed even with -Force
New-Variable K 1 -Option Constant
Set-Variable K 2 -Force
## error-id: VariableNotWritable,Microsoft.PowerShell.Commands.SetVariableCommand

#### Remove-Variable of a read-only variable needs -Force
New-Variable R 1 -Option ReadOnly
Remove-Variable R
## error-id: VariableNotRemovable,Microsoft.PowerShell.Commands.RemoveVariableCommand

#### Remove-Variable -Force removes a read-only variable
New-Variable R 1 -Option ReadOnly
Remove-Variable R -Force
Get-Variable R -ErrorAction SilentlyContinue
'gone'
## stdout: gone

#### a constant cannot be removed, not even with -Force
New-Variable K 1 -Option Constant
Remove-Variable K -Force -ErrorAction SilentlyContinue
$K
## stdout: 1

#### Clear-Variable of a read-only variable needs -Force
New-Variable R 1 -Option ReadOnly
Clear-Variable R -ErrorAction SilentlyContinue
$R
Clear-Variable R -Force
$null -eq $R
## STDOUT:
1
True
## END

#### a variable cannot be made constant after it was created
Set-Variable Z 1
Set-Variable Z -Option Constant
## error-id: VariableCannotBeMadeConstant,Microsoft.PowerShell.Commands.SetVariableCommand

#### New-Variable -Force replaces a read-only variable but not a constant one
New-Variable R 1 -Option ReadOnly
New-Variable R 2 -Force
$R
New-Variable K 1 -Option Constant
New-Variable K 2 -Force -ErrorAction SilentlyContinue
$K
## STDOUT:
2
1
## END

#### a function may make its own variable of the same name
New-Variable Limit 5 -Option ReadOnly
function Test-Limit { $Limit = 6; $Limit }
Test-Limit
$Limit
## STDOUT:
6
5
## END

#### description and options in Get-Variable
New-Variable Site Redmond -Description 'Main site' -Option ReadOnly
Get-Variable Site | Format-List Name, Description, Value, Options
## STDOUT:


Name        : Site
Description : Main site
Value       : Redmond
Options     : ReadOnly



## END

#### Set-Variable -Description keeps the value
Set-Variable Pool pool01
Set-Variable Pool -Description 'Front end'
"$Pool, $((Get-Variable Pool).Description)"
## stdout: pool01, Front end

#### options combine
New-Variable P 1 -Option ReadOnly, AllScope -PassThru | ForEach-Object { "$($_.Options)" }
## stdout: ReadOnly, AllScope

#### -Scope Private adds the Private option
Set-Variable Q 1 -Option ReadOnly -Scope Private -PassThru | ForEach-Object { "$($_.Options)" }
## stdout: ReadOnly, Private

#### a new variable has no options and an empty description
(New-Variable Fresh 1 -PassThru).Options
(New-Variable Fresh2 1 -PassThru).Description -eq ''
## STDOUT:
None
True
## END

#### a read-only typed variable keeps its type when -Force changes it
[int]$T = 1
Set-Variable T -Option ReadOnly
Set-Variable T '42' -Force
$T.GetType().Name
## stdout: Int32
