# Select-Object: -ExcludeProperty alone, -Skip with -SkipLast, -SkipIndex, -CaseInsensitive,
# hashtable entries, and the psobject view.

#### -ExcludeProperty alone keeps every other property
$r = [pscustomobject]@{ Thing = 1; Other = 2 } | Select-Object -ExcludeProperty Other
$r.psobject.Properties.Name -join ","
## stdout: Thing

#### excluding every property leaves no property named *
$r = [pscustomobject]@{ Thing = 1 } | Select-Object -ExcludeProperty Thing
$null -eq $r.psobject.Properties.Item("*")
## stdout: True

#### -Skip together with -SkipLast
("1", "2", "3", "4" | Select-Object -Skip 1 -SkipLast 1) -join ","
## stdout: 2,3

#### -SkipIndex leaves out those positions
("a", "b", "c" | Select-Object -SkipIndex 0, 2) -join ","
## stdout: b

#### -Unique -CaseInsensitive
("abc", "Abc" | Select-Object -Unique -CaseInsensitive).Count
## stdout: 1

#### a hashtable entry is selected as a property
(@{ Entry = 100 } | Select-Object -Property Entry).Entry
@{ Entry = 100 } | Select-Object -ExpandProperty Entry
## STDOUT:
100
100
## END

#### psobject.Properties.Item finds a property by name
([pscustomobject]@{ Name = "x" }).psobject.Properties.Item("name").Value
## stdout: x
