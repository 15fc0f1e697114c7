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

#### a calculated property that fails leaves its cell empty; -DisplayError shows #ERR there
$o = [pscustomobject]@{ Size = 4 }
($o | Format-Table Size, @{ Label = 'Ratio'; Expression = { $_.Size / 0 } } | Out-String -Stream)[3]
($o | Format-Table Size, @{ Label = 'Ratio'; Expression = { $_.Size / 0 } } -DisplayError | Out-String -Stream)[3]
## STDOUT:
   4      
   4 #ERR 
## END

#### -ShowError writes the failure into the output after the entry, with the expression's text
$o = [pscustomobject]@{ Size = 4 }
$o | Format-List Size, @{ Label = 'Ratio'; Expression = { $_.Size / 0 } } -ShowError | Out-String -Stream |
    Where-Object { $_.Trim() }
## STDOUT:
Size  : 4
Ratio : 
Failed to evaluate expression " $_.Size / 0 ".
    + CategoryInfo          : InvalidArgument: (@{Size=4}:PSCustomObject) [], RuntimeException
    + FullyQualifiedErrorId : mshExpressionError
## END

#### a FormatString with {0} is a composite format, without it the value's own format
$o = [pscustomobject]@{ Size = 1.5 }
$o | Format-List @{ Label = 'A'; Expression = 'Size'; FormatString = '{0:N2} MB' }, @{ Label = 'B'; Expression = 'Size'; FormatString = 'N3' } |
    Out-String -Stream | Where-Object { $_ }
## STDOUT:
A : 1.50 MB
B : 1.500
## END

#### a FormatString that does not apply shows the value; -DisplayError shows #FMTERR and -ShowError says why
$o = [pscustomobject]@{ Size = 1.5 }
$o | Format-List @{ Label = 'A'; Expression = 'Size'; FormatString = '{1}' } | Out-String -Stream | Where-Object { $_ }
$o | Format-List @{ Label = 'A'; Expression = 'Size'; FormatString = '{1}' } -DisplayError -ShowError |
    Out-String -Stream | Where-Object { $_ }
## STDOUT:
A : 1.5
A : #FMTERR
Failed to interpret format string "{1}".
    + CategoryInfo          : InvalidArgument: (1.5:Double) [], FormatException
    + FullyQualifiedErrorId : formattingError
## END

#### an error record in the output shows as the error's text; Format-List -Force shows its properties
$e = try { Get-Item -Path 'nothing:here' -ErrorAction Stop } catch { $_ }
$text = $e | Out-String -Stream
$text[0]
$text[-2]
($e | Format-List | Out-String) -eq ($e | Out-String)
($e | Format-List -Force | Out-String -Stream -Width 200) -match '^FullyQualifiedErrorId'
## STDOUT:
Get-Item : Cannot find drive. A drive with the name 'nothing' does not exist.
    + FullyQualifiedErrorId : DriveNotFound,Microsoft.PowerShell.Commands.GetItemCommand
True
FullyQualifiedErrorId : DriveNotFound,Microsoft.PowerShell.Commands.GetItemCommand
## END

#### $ErrorView decides how an error record in the output is shown
$e = try { 1 / 0 } catch { $_ }
$ErrorView = 'CategoryView'
$e | Out-String -Stream | Where-Object { $_ }
## stdout: NotSpecified: (:) [], RuntimeException

#### Format-Custom writes an object without a custom view as a tree of its properties
$leaf = [pscustomobject]@{PSTypeName = 'Demo.Leaf'; val = 10; name = 'leaf 1'}
$box = [pscustomobject]@{PSTypeName = 'Demo.Box'; data = $null; children = @($leaf, 'text'); name = 'box'}
($box | Format-Custom | Out-String) -replace ' ', '.'
## STDOUT:

class.Box
{
..data.=.
..children.=.
....[
......class.Leaf
......{
........val.=.10
........name.=.leaf.1
......}
......text
....]
....
..name.=.box
}




## END

#### Format-Custom -Depth shows deeper objects as text, and -Property picks the properties
$o = [pscustomobject]@{a = 1; b = [pscustomobject]@{c = [pscustomobject]@{e = 3}}; d = 'x'}
($o | Format-Custom -Depth 1 -Property a, b | Out-String -Stream | Where-Object { $_.Trim() }) -join '|'
## stdout: class PSCustomObject|{|  a = 1|  b = |    class PSCustomObject|    {|      c = @{e=3}|    }|}

#### Format-Custom shows at most $FormatEnumerationLimit items of a collection, then ...
$o = [pscustomobject]@{n = 1..10}
($o | fc | Out-String -Stream | Where-Object { $_.Trim() }) -join '|'
## stdout: class PSCustomObject|{|  n = |    [|      1|      2|      3|      4|      ...|    ]|}

#### Get-FormatData describes the views of a type
$d = Get-FormatData -TypeName System.TimeSpan
$d.TypeName
$d.FormatViewDefinition.Control | ForEach-Object { $_.GetType().Name }
## STDOUT:
System.TimeSpan
ListControl
TableControl
WideControl
## END

#### String.CompareTo orders as the culture does
"a".CompareTo("b"), "b".CompareTo("a"), "a".CompareTo("a"), "a".CompareTo($null)
## STDOUT:
-1
1
0
1
## END

#### Out-String counts every character as one cell, as 5.1's text writer does (the console counts wide ones as two)
$o = [pscustomobject]@{'哇' = '62'; dbda = 'KM'}
($o | Format-Table | Out-String -Stream) -join '|'
($o | Format-List | Out-String -Stream | Where-Object { $_ }) -join '|'
## STDOUT:
|哇  dbda|-  ----|62 KM  ||
哇    : 62|dbda : KM
## END

#### the console counts a wide character as two cells
[pscustomobject]@{'哇' = '62'; dbda = 'KM'} | Format-Table
## STDOUT:

哇 dbda
-- ----
62 KM  


## END

#### Format-Custom -Property takes a hashtable whose Depth limits that property alone
$o = [pscustomobject]@{a = [pscustomobject]@{b = [pscustomobject]@{c = 1}}}
($o | Format-Custom -Property @{e = 'a'; depth = 1} | Out-String -Stream | Where-Object { $_.Trim() }) -join '|'
## stdout: class PSCustomObject|{|  a = |    class PSCustomObject|    {|      b = @{c=1}|    }|}

#### Format-Custom -Property refuses a Label key
try { [pscustomobject]@{a = 1} | Format-Custom -Property @{e = 'a'; l = 'x'} } catch { $_.FullyQualifiedErrorId }
## stdout: DictionaryKeyIllegal,Microsoft.PowerShell.Commands.FormatCustomCommand
