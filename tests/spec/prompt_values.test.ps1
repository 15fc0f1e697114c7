# Values a learner types at the prompt, shown as Windows PowerShell 5.1 shows them.

#### [double]::MaxValue, MinValue and Epsilon
[double]::MaxValue
[double]::MinValue
[double]::Epsilon
## STDOUT:
1.79769313486232E+308
-1.79769313486232E+308
4.94065645841247E-324
## END

#### a hashtable inside a table cell shows its keys, as DictionaryEntry has no ToString of its own
[pscustomobject]@{a=[ordered]@{x=1;y=2}}
## STDOUT:

a     
-     
{x, y}


## END

#### a named group is numbered after the unnamed ones, as .NET numbers them
"hello world" -replace "(?<first>\w+) (\w+)", '[$1|$2|${first}|${2}]'
$null = "hello world" -match "(?<first>\w+) (\w+)"
$Matches[1]
$Matches.first
$Matches.ContainsKey(2)
## STDOUT:
[world|hello|hello|hello]
world
hello
False
## END

#### Format-List -Force formats a string as an object: its Length
"hello" | Format-List * -Force
"hello" | Format-List *
## STDOUT:


Length : 5



hello
## END

#### a Hashtable has IsFixedSize, IsReadOnly, IsSynchronized and SyncRoot; an [ordered] one only IsReadOnly
$h = @{a=1}
"$($h.IsFixedSize) $($h.IsReadOnly) $($h.IsSynchronized) $($h.SyncRoot.Count)"
(@{a=1} | Get-Member -MemberType Property).Name -join ","
([ordered]@{a=1} | Get-Member -MemberType Property).Name -join ","
## STDOUT:
False False False 1
Count,IsFixedSize,IsReadOnly,IsSynchronized,Keys,SyncRoot,Values
Count,IsReadOnly,Keys,Values
## END

#### the properties Select-Object makes are note properties
[pscustomobject]@{a=1;b=2} | Select-Object a | Get-Member -MemberType NoteProperty | ForEach-Object Definition
Get-Date -Year 2024 | Select-Object Year | Get-Member Year | ForEach-Object { "$($_.MemberType) $($_.Definition)" }
## STDOUT:
int a=1
NoteProperty int Year=2024
## END
