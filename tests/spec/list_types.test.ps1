# System.Collections.ArrayList and System.Collections.Generic.List[T]: the growable lists, and the
# fixed size of arrays that sends scripts to them.

#### Add on an array fails: an array cannot grow
$a = @(1)
$a.Add(2)
## error-id: NotSupportedException

#### ArrayList.Add returns the new index, which is output unless thrown away
$list = New-Object System.Collections.ArrayList
$list.Add("a")
$list.Add("b")
[void]$list.Add("c")
$null = $list.Add("d")
$list.Add("e") | Out-Null
"count $($list.Count)"
## STDOUT:
0
1
count 5
## END

#### New-Object, ::new() and a cast all make an ArrayList
$a = New-Object System.Collections.ArrayList
$b = [System.Collections.ArrayList]::new()
$c = [Collections.ArrayList]@(1, 2)
"$($a.GetType().FullName) $($b.GetType().Name) $($c.Count) $($c -is [System.Collections.ArrayList])"
## stdout: System.Collections.ArrayList ArrayList 2 True

#### an ArrayList is no array
$c = [System.Collections.ArrayList]@(1, 2)
"$($c -is [array]) $($c -is [object[]]) $(([object[]]$c).GetType().Name) $(([array]$c).GetType().Name)"
## stdout: False False Object[] Object[]

#### Remove, Insert, Contains, IndexOf, RemoveAt, Clear
$l = [System.Collections.ArrayList]@("x", "y", "z")
$l.Remove("y")
$l.Insert(0, "w")
$l.RemoveAt(2)
"$($l -join ',') $($l.Contains('x')) $($l.Contains('X')) $($l.IndexOf('x'))"
$l.Clear()
$l.Count
## STDOUT:
w,x True False 1
0
## END

#### an index past the end is ArgumentOutOfRangeException
$l = [System.Collections.ArrayList]@(1)
$l.RemoveAt(3)
## error-id: ArgumentOutOfRangeException

#### Sort and Reverse work in place
$l = [System.Collections.ArrayList]@(3, 1, 2)
$l.Sort()
$a = $l -join ","
$l.Reverse()
"$a / $($l -join ',')"
## stdout: 1,2,3 / 3,2,1

#### an ArrayList is one shared object: a second variable sees the change
$a = [System.Collections.ArrayList]@(1)
$b = $a
[void]$b.Add(2)
$a.Count
## stdout: 2

#### += on an ArrayList makes an Object[], as PowerShell's + does
$l = [System.Collections.ArrayList]@(1, 2)
$l += 3
"$($l.GetType().FullName) $($l.Count)"
## stdout: System.Object[] 3

#### a pipeline and foreach walk an ArrayList's items
$l = [System.Collections.ArrayList]@(1, 2, 3)
($l | Measure-Object -Sum).Sum
foreach ($x in $l) { $x * 10 }
## STDOUT:
6
10
20
30
## END

#### a function's ArrayList is unrolled into its output
function Get-Items { $r = [System.Collections.ArrayList]@(1, 2); return $r }
(Get-Items).GetType().Name
## stdout: Object[]

#### [System.Collections.ArrayList] of a single value fails
[System.Collections.ArrayList]5
## error-id: ConvertToFinalInvalidCastException

#### List[T] converts what goes in to T
$l = [System.Collections.Generic.List[int]]::new()
$l.Add("5")
$l.Add(6.0)
$l[0] = "7"
"$($l[0] + $l[1]) $($l[0].GetType().Name) $($l.Count)"
## stdout: 13 Int32 2

#### List[T].Add returns nothing, Remove says whether it found the item
$l = New-Object System.Collections.Generic.List[string]
$l.Add("a")
$l.Remove("a")
$l.Remove("a")
## STDOUT:
True
False
## END

#### List[T] type names
$l = [System.Collections.Generic.List[string]]@("x")
$t = $l.GetType()
$t.Name
$t.FullName
$t.ToString()
"$t"
## STDOUT:
List`1
System.Collections.Generic.List`1[[System.String, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]]
System.Collections.Generic.List`1[System.String]
System.Collections.Generic.List[string]
## END

#### List[T].ToArray gives a T[]
$l = [System.Collections.Generic.List[int]]@(1, 2)
$l.ToArray().GetType().FullName
## stdout: System.Int32[]

#### a value that does not convert to T is refused
$l = [System.Collections.Generic.List[int]]::new()
$l.Add("x")
## error-id: MethodArgumentConversionInvalidCastArgument

#### -is tells List[int] from List[string]
$l = [System.Collections.Generic.List[int]]@(1)
"$($l -is [System.Collections.Generic.List[int]]) $($l -is [System.Collections.Generic.List[string]])"
## stdout: True False

#### a cast of an array that does not convert names the array by its type
[int]@(1, 2)
## error-id: ConvertToFinalInvalidCastException

#### Get-Member lists an ArrayList's own methods
$l = [System.Collections.ArrayList]::new()
(Get-Member -InputObject $l -Name Add).Definition
## stdout: int Add(System.Object value)

#### [array]::Sort and [array]::Reverse change the array in place
$a = "b", "a", "C"
[array]::Sort($a)
$sorted = $a -join ","
[array]::Reverse($a)
"$sorted / $($a -join ',')"
## stdout: a,b,C / C,b,a

#### [array]::IndexOf and LastIndexOf
"$([array]::IndexOf(@(1, 2, 3, 2), 2)) $([array]::LastIndexOf(@(1, 2, 3, 2), 2)) $([array]::IndexOf(@(1), 9))"
## stdout: 1 3 -1

#### [array]::Sort of $null is ArgumentNullException
[array]::Sort($null)
## error-id: ArgumentNullException

#### Clear on an array keeps its length and empties each element to its type's default
$a = 1, "x"
$a.Clear()
$b = [int[]](1, 2)
$b.Clear()
"$($a.Count) $($null -eq $a[1]) $($b -join ',')"
## stdout: 2 True 0,0

#### an ArrayList answers its own IsFixedSize, IsReadOnly and IsSynchronized
$al = [System.Collections.ArrayList]@(1, 2)
$al.IsFixedSize; $al.IsReadOnly; $al.IsSynchronized; $al.SyncRoot.Count
## STDOUT:
False
False
False
2
## END
