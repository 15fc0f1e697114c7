# Group-Object, Compare-Object and Sort-Object: what their output is, and the parameters they share.

#### a group's Group is a Collection of PSObject, its Values an ArrayList
$g = 1, 2, 1 | Group-Object
$g[0].Group.GetType().Name
$g[0].Values.GetType().FullName
$g[0] -is [Microsoft.PowerShell.Commands.GroupInfo]
## STDOUT:
Collection`1
System.Collections.ArrayList
True
## END

#### -NoElement groups are GroupInfo objects too
$g = 'a', 'b' | Group-Object -NoElement
$g[0] -is [Microsoft.PowerShell.Commands.GroupInfo]
## stdout: True

#### groups come out in the order their values first appear
'{', '}', '{0}' | Group-Object | ForEach-Object Name
## STDOUT:
{
}
{0}
## END

#### a custom object from Select-Object reads as @{...} in text
$o = 'dummy' | Select-Object -Property @{Name = 'X'; Expression = {}}
"$o"
$s = 5 | Select-Object @{n = 'A'; e = { $_ }}, @{n = 'B'; e = { 'b' }}
"$s"
## STDOUT:
@{X=}
@{A=5; B=b}
## END

#### -Culture takes a name or an LCID
(1, 3, 2 | Sort-Object -Culture en-US) -join ','
('b', 'a' | Sort-Object -Culture 0x409) -join ','
('a', 'a' | Group-Object -Culture 1033).Count
(Compare-Object a b -Culture ru-RU).Count
## STDOUT:
1,2,3
a,b
2
2
## END

#### Get-Member -View Extended lists what the type system added, Adapted the object's own members
$o = [pscustomobject]@{A = 1} | Add-Member ScriptMethod Twice { 2 } -PassThru
($o | Get-Member -View Extended | ForEach-Object Name) -join ','
($o | Get-Member -View Adapted | ForEach-Object Name) -join ','
($o | Get-Member -View All | Measure-Object).Count
## STDOUT:
A,Twice
Equals,GetHashCode,GetType,ToString
6
## END

#### -AsHashTable's values are the groups' collections
$h = 'a', 'b', 'a' | Group-Object -AsHashTable
$h['a'].GetType().Name
$h['a'].Count
## STDOUT:
Collection`1
2
## END

#### Compare-Object -PassThru gives a string its SideIndicator
Compare-Object 'a', 'b' 'b', 'c' -PassThru | ForEach-Object { "$_ $($_.SideIndicator)" }
## STDOUT:
c =>
a <=
## END

#### Sort-Object orders $null above negative numbers and below the rest, a missing property last
$e = [pscustomobject]@{F = 'eight'; Y = 8}, [pscustomobject]@{F = 'null'; Y = $null},
     [pscustomobject]@{F = 'minus'; Y = -2}, [pscustomobject]@{F = 'none'}, [pscustomobject]@{F = 'zero'; Y = 0}
($e | Sort-Object Y | ForEach-Object F) -join ','
($e | Sort-Object Y -Descending | ForEach-Object F) -join ','
## STDOUT:
minus,null,zero,eight,none
eight,zero,null,minus,none
## END

#### Get-Member writes a generic property type as PowerShell does
(1, 1 | Group-Object | Get-Member -Name Group).Definition
## stdout: System.Collections.ObjectModel.Collection[psobject] Group {get;set;}
