# Arrays, @(), hashtables, member access, indexing (about_Arrays, about_Hash_Tables).

#### comma makes an array
$a = 1, 2, 3
$a.Count
## stdout: 3

#### array elements are output one per line
1, 2, 3
## STDOUT:
1
2
3
## END

#### Length is Count for arrays
(1, 2, 3).Length
## stdout: 3

#### index from the start
$a = 10, 20, 30
$a[0]
## stdout: 10

#### negative index counts from the end
$a = 10, 20, 30
$a[-1]
## stdout: 30

#### second from the end
$a = 10, 20, 30
$a[-2]
## stdout: 20

#### a single object indexes as a one-element array
$o = [pscustomobject]@{ Name = 'only' }
$o[0].Name
$o[-1].Name
## STDOUT:
only
only
## END

#### several indexes at once
$a = 10, 20, 30
$a[0, 2] -join ","
## stdout: 10,30

#### a range of indexes
$a = 10, 20, 30, 40
$a[1..2] -join ","
## stdout: 20,30

#### index out of range gives nothing
$a = 1, 2, 3
$null -eq $a[10]
## stdout: True

#### assigning to an element
$a = 1, 2, 3
$a[1] = 9
$a -join ","
## stdout: 1,9,3

#### assigning past the end fails
$a = 1, 2, 3
$a[5] = 1
## error-id: System.IndexOutOfRangeException

#### empty array
@().Count
## stdout: 0

#### @() of one value is an array of one
@(5).Count
## stdout: 1

#### @() does not nest an array
@(@(1, 2)).Count
## stdout: 2

#### unary comma wraps an array in another
(, (1, 2)).Count
## stdout: 1

#### @() around a command collects its output
@(Get-CsAdminRole -Identity CsHelpDesk).Count
## stdout: 1

#### nested array indexing
$a = (1, 2), (3, 4)
$a[1][0]
## stdout: 3

#### a scalar has Count 1
(5).Count
## stdout: 1

#### $null has Count 0
$null.Count
## stdout: 0

#### += appends to an array
$a = 1, 2
$a += 3
$a -join ","
## stdout: 1,2,3

#### += on an empty array
$a = @()
$a += "x"
$a.Count
## stdout: 1

#### array of strings joined
("a", "b") -join ""
## stdout: ab

#### an array in a boolean context: one false element is false
[bool]@(0)
## stdout: False

#### an array of two elements is true
[bool]@(0, 0)
## stdout: True

#### hashtable member access
$h = @{a = 1; b = 2}
$h.a
## stdout: 1

#### hashtable index access
$h = @{a = 1; b = 2}
$h["b"]
## stdout: 2

#### hashtable keys ignore case
$h = @{Name = "x"}
$h.NAME
## stdout: x

#### hashtable Count
$h = @{a = 1; b = 2; c = 3}
$h.Count
## stdout: 3

#### adding a key by member assignment
$h = @{}
$h.k = 5
$h["k"]
## stdout: 5

#### adding a key by index assignment
$h = @{}
$h["k"] = 5
$h.k
## stdout: 5

#### a missing key gives $null
$h = @{a = 1}
$null -eq $h.missing
## stdout: True

#### ContainsKey
$h = @{a = 1}
$h.ContainsKey("A")
## stdout: True

#### ContainsValue compares as .NET does: the same type and value
$h = @{a = 1; b = "two"}
"$($h.ContainsValue(1)) $($h.ContainsValue("1")) $($h.ContainsValue("two")) $($h.ContainsValue("TWO"))"
## stdout: True False True False

#### Contains is ContainsKey
$h = @{a = 1}
"$($h.Contains("a")) $($h.Contains("b"))"
## stdout: True False

#### Clone is a shallow copy: a key added to the copy leaves the original alone
$h = @{a = @(1)}
$c = $h.Clone()
$c.b = 2
"$($h.Count) $($c.Count) $([object]::ReferenceEquals($h.a, $c.a))"
## stdout: 1 2 True

#### Item reads an entry by key
$h = @{Name = "x"}
$h.Item("name")
## stdout: x

#### GetEnumerator gives the entries, which a pipeline sorts by Name
$h = @{b = 2; a = 1; c = 3}
$h.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Key)=$($_.Value)" }
## STDOUT:
a=1
b=2
c=3
## END

#### GetEnumerator's entries print as a Name/Value table
$h = [ordered]@{one = 1; two = 2}
$h.GetEnumerator()
## stdout-json: "\nName                           Value                                           \n----                           -----                                           \none                            1                                               \ntwo                            2                                               \n\n\n"

#### foreach walks GetEnumerator's entries
$h = [ordered]@{x = 1; y = 2}
foreach ($entry in $h.GetEnumerator()) { $entry.Name + $entry.Value }
## STDOUT:
x1
y2
## END

#### a hashtable method called with the wrong number of arguments
$h = @{}
$h.Add("a")
## error-id: MethodCountCouldNotFindBest

#### hashtable entries on separate lines
$h = @{
    a = 1
    b = 2
}
$h.a + $h.b
## stdout: 3

#### hashtable values can be expressions
$h = @{sum = 1 + 2; list = 1, 2}
"$($h.sum) $($h.list.Count)"
## stdout: 3 2

#### [ordered] keeps the keys in order
$h = [ordered]@{z = 1; a = 2; m = 3}
$h.Keys -join ","
## stdout: z,a,m

#### pscustomobject properties
$o = [pscustomobject]@{Name = "n"; Size = 3}
$o.Size
## stdout: 3

#### pscustomobject property names ignore case
$o = [pscustomobject]@{Name = "n"}
$o.name
## stdout: n

#### member enumeration over an array
$list = [pscustomobject]@{n = 1}, [pscustomobject]@{n = 2}
$list.n -join ","
## stdout: 1,2

#### a missing property gives $null
$o = [pscustomobject]@{a = 1}
$null -eq $o.nothing
## stdout: True

#### setting a property
$o = [pscustomobject]@{a = 1}
$o.a = 5
$o.a
## stdout: 5

#### a member name can come from a variable
$o = [pscustomobject]@{color = "red"}
$p = "color"
$o.$p
## stdout: red

#### a quoted member name
$o = [pscustomobject]@{"my prop" = 1}
$o."my prop"
## stdout: 1

#### indexing a null array fails
$nothing = $null
$nothing[0]
## error-id: NullArray

#### ToString() of a collection is its type's name, as .NET's Object.ToString() gives it
$a = 1, 2
$a.ToString()
([int[]]$a).ToString()
([System.Collections.ArrayList]$a).ToString()
(New-Object 'System.Collections.Generic.List[string]').ToString()
"$a"
## STDOUT:
System.Object[]
System.Int32[]
System.Collections.ArrayList
System.Collections.Generic.List`1[System.String]
1 2
## END

#### .ForEach('Name') reads a property, or calls a method of that name with no arguments
(1, 2).ForEach('ToString')
('ab', 'cd').ForEach('ToUpper')
@([pscustomobject]@{ a = 1 }, [pscustomobject]@{ a = 2 }).ForEach('a')
## STDOUT:
1
2
AB
CD
1
2
## END

#### .ForEach('Name', value) calls the method with the arguments, or sets the property and writes nothing
('a-b', 'c-d').ForEach('Replace', '-', '+')
$o = [pscustomobject]@{ p = 1 }
$o.ForEach('p', 32)
$o.p
$h = @{ k = 1 }
$h.ForEach('k', 5)
$h.k
## STDOUT:
a+b
c+d
32
5
## END

#### .ForEach('Name', value) on a member nobody has is PowerShell's error
$o = [pscustomobject]@{ p = 1 }
try { $o.ForEach('missing', 1) } catch { $_.Exception.Message }
## stdout: The ForEach() operator could not find a member 'missing' on the target object. Please verify that the named member exists and then try running your script again.

#### an array element that is "nothing" ([void]) is skipped by the pipeline, though counted
$r = [void]1, [void]2, 3
$r.Count
$r | ForEach-Object { "got $_" }
$list = [System.Collections.ArrayList]::new()
$r = [void]$list.Add(1), $list.Clear()
$r.Count
($r | Measure-Object).Count
## STDOUT:
3
got 3
2
0
## END

#### AutomationNull's Value is nothing to @(), but an element once cast to an array
@([System.Management.Automation.Internal.AutomationNull]::Value).Count
@([object[]][System.Management.Automation.Internal.AutomationNull]::Value).Count
$null -eq [System.Management.Automation.Internal.AutomationNull]::Value
## STDOUT:
0
1
True
## END

#### an array's GetEnumerator walks it with MoveNext and Current, and passing it on does not move it
$e = (1..3).GetEnumerator()
$e.GetType().FullName
$null = $e.MoveNext()
& { param($x) } $e
$e.Current
while ($e.MoveNext()) { $e.Current }
$e.Reset()
$e.MoveNext()
## STDOUT:
System.SZArrayEnumerator
1
2
3
True
## END

#### an [ordered] dictionary indexed by an integer gives the entry at that position
$o = [ordered]@{z = 1; a = 2}
$o[0]
$o[1]
$o['a']
$o[0] = 9
$o.z
$h = @{0 = 'zero'}
$h[0]
## STDOUT:
1
2
2
9
zero
## END

#### an [ordered] dictionary has Insert and RemoveAt, and no ContainsKey
$o = [ordered]@{a = 1; b = 2}
$o.Insert(0, 'first', 0)
$o.RemoveAt(2)
$o.Keys -join ','
$o.Contains('a')
$o.ContainsKey('a')
## STDOUT:
first,a
True
## END
## error-id: MethodNotFound

#### a method the array does not have is called on each element
('a', 'b').ToUpper() -join ','
('a b', 'c d').Split(' ').Count
(1, 'a').ToUpper()
## STDOUT:
A,B
4
## END
## error-id: MethodNotFound

#### an array's own methods: Clone keeps its type, GetValue, SetValue, CopyTo, GetUpperBound
[string[]]$s = 'x', 'y'
$c = $s.Clone(); $c[0] = 'z'
"$($s[0]) $($c.GetType().Name)"
$a = 3, 1, 2
$a.SetValue(7, 2)
"$($a.GetValue(2)) $($a.GetUpperBound(0))"
$t = New-Object object[] 4
$a.CopyTo($t, 1)
$t -join ','
## STDOUT:
x String[]
7 2
,3,1,7
## END

#### a pipeline or foreach takes the items an enumerator has left
$e = (1..4).GetEnumerator()
$null = $e.MoveNext()
($e | ForEach-Object { $_ * 10 }) -join ','
$e.Reset()
foreach ($x in $e) { $x }
## STDOUT:
20,30,40
1
2
3
4
## END

#### an array's void methods add nothing to a function's output
function Set-First { $a = 1, 2; $a.SetValue(5, 0); $t = New-Object object[] 2; $a.CopyTo($t, 0) }
@(Set-First).Count
## stdout: 0

#### an array's own properties, not its elements'
$a = 1, 2
"$($a.LongLength) $($a.LongLength.GetType().Name) $($a.IsFixedSize) $($a.IsReadOnly) $($a.Rank) $($a.Item(1))"
## stdout: 2 Int64 True False 1 2

#### .Where() selection modes: First, Last, SkipUntil, Until and Split, with a count
$a = 1..6
$a.Where({ $_ -gt 1 }, 'First', 2) -join ','
$a.Where({ $_ % 2 }, 'Last') -join ','
$a.Where({ $_ -gt 3 }, 'SkipUntil') -join ','
$a.Where({ $_ -gt 3 }, 'Until') -join ','
$big, $small = $a.Where({ $_ -gt 4 }, 'Split')
"$big | $small"
## STDOUT:
2,3
5
4,5,6
1,2,3
5 6 | 1 2 3 4
## END

#### .Where() and .ForEach() give a Collection of PSObject
(1..3).Where({ $_ -gt 1 }).GetType().Name
(1..3).ForEach({ $_ }).GetType().Name
## STDOUT:
Collection`1
Collection`1
## END
