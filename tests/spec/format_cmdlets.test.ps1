# The Format-* cmdlets' options as Windows PowerShell 5.1 has them (pyshell/format/formatter.py).

#### -Expand CoreOnly shows a collection that arrives whole as one object with its own properties
$lines = ,('a', 'b', 'c') | Format-List -Expand CoreOnly | Out-String -Stream
$lines | Where-Object { $_ -match '^(Length|Count|Rank) ' }
## STDOUT:
Length         : 3
Rank           : 1
Count          : 3
## END

#### -Expand EnumOnly (the default) shows the items of such a collection instead
,('a', 'b') | Format-Table -Expand EnumOnly | Out-String -Stream
(,('a', 'b') | Format-Table | Out-String) -eq (,('a', 'b') | Format-Table -Expand enumonly | Out-String)
## STDOUT:
a
b
True
## END

#### -Expand Both announces the collection, shows its own properties, then counts and shows its items
$text = ,(7, 8) | Format-Table -Expand Both | Out-String -Stream
$text | Where-Object { $_ -and $_ -notmatch '^(LongLength|Rank|SyncRoot|IsReadOnly|IsFixedSize|IsSynchronized) ' }
## STDOUT:
The following object supports IEnumerable:
Length         : 2
Count          : 2
The IEnumerable contains the following 2 objects:
7
8
## END

#### -Expand Both words the count for one item and for none
(,(,5) | Format-Wide -Expand Both | Out-String -Stream) -match 'IEnumerable contains'
(,@() | Format-List -Expand Both | Out-String -Stream) -match 'IEnumerable contains'
## STDOUT:
The IEnumerable contains the following object:
The IEnumerable contains no objects.
## END

#### -Expand leaves an object that is not a collection alone
$o = [pscustomobject]@{ Name = 'n'; Tags = 'x', 'y' }
($o | Format-Table -Expand CoreOnly | Out-String) -eq ($o | Format-Table | Out-String)
($o | Format-List -Expand Both | Out-String -Stream) -match 'Tags'
## STDOUT:
True
Tags : {x, y}
## END

#### -Expand takes only its three values
'x' | Format-Table -Expand Everything
## error-id: ParameterArgumentValidationError,Microsoft.PowerShell.Commands.FormatTableCommand
