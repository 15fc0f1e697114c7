# .NET types scripts build text and collections with: System.Text.StringBuilder,
# Dictionary[K,V], HashSet[T], Queue and Stack (plain and generic), [StringComparer], and new
# arrays of a given length ([int[]]::new(3), New-Object 'int[]' 3).

#### StringBuilder: Append, AppendLine and AppendFormat, then ToString and Length
$sb = New-Object System.Text.StringBuilder
[void]$sb.Append("a")
$sb.AppendLine("b") | Out-Null
[void]$sb.AppendFormat("{0}-{1}", 1, 2)
$sb.ToString()
$sb.Length - [Environment]::NewLine.Length
## STDOUT:
ab
1-2
5
## END

#### a StringBuilder shows as a table of Capacity, MaxCapacity and Length
New-Object System.Text.StringBuilder
## STDOUT:

Capacity MaxCapacity Length
-------- ----------- ------
      16  2147483647      0


## END

#### Append returns the builder, so calls chain; unused, the builder is output
$sb = [System.Text.StringBuilder]::new()
$sb.Append("x").Append(1).Append($true).Append([char]'c', 3).ToString()
## stdout: x1Trueccc

#### ::new takes a seed text, a capacity, or both
$a = [System.Text.StringBuilder]::new("seed")
$b = [System.Text.StringBuilder]::new(100)
$c = [System.Text.StringBuilder]::new("a seed longer than sixteen")
"$a $($a.Capacity) $($b.Length) $($b.Capacity) $($c.Capacity)"
## stdout: seed 16 0 100 26

#### Capacity grows by a block as large as the text so far, and Clear keeps it
$sb = [System.Text.StringBuilder]::new()
[void]$sb.Append("x" * 17)
$first = $sb.Capacity
[void]$sb.Append("y" * 100)
$second = $sb.Capacity
[void]$sb.Clear()
"$first $second $($sb.Length) $($sb.Capacity)"
## stdout: 32 117 0 117

#### Insert, Replace, Remove and ToString(start, length)
$sb = [System.Text.StringBuilder]::new("hello world")
[void]$sb.Insert(0, "> ")
[void]$sb.Replace("o", "0")
[void]$sb.Remove(2, 1)
$sb.ToString()
$sb.ToString(0, 4)
## STDOUT:
> ell0 w0rld
> el
## END

#### a StringBuilder is text in a string, and indexes as its characters
$sb = [System.Text.StringBuilder]::new("abc")
"[$sb] [" + $sb + "] $($sb[1]) $($sb[1].GetType().Name)"
## stdout: [abc] [abc] b Char

#### setting Length cuts the text short
$sb = [System.Text.StringBuilder]::new("abcdef")
$sb.Length = 2
"$sb $($sb.Length)"
## stdout: ab 2

#### a StringBuilder argument out of range is ArgumentOutOfRangeException
$sb = [System.Text.StringBuilder]::new("abc")
$sb.Remove(2, 5)
## error-id: ArgumentOutOfRangeException

#### a failing constructor is reported as .ctor
try { [System.Text.StringBuilder]::new(-1) } catch { $_.Exception.Message }
## STDOUT:
Exception calling ".ctor" with "1" argument(s): "'capacity' must be greater than zero.
Parameter name: capacity"
## END

#### Dictionary[string,int]: Add, index, ContainsKey, Keys, Values, Count, Remove
$d = New-Object 'System.Collections.Generic.Dictionary[string,int]'
$d.Add("a", 1)
$d["b"] = 2
$d.ContainsKey("a")
$d.Keys
$d.Values
$d.Count
$d.Remove("a")
$d.Remove("a")
$d.Count
## STDOUT:
True
a
b
1
2
2
True
False
1
## END

#### Dictionary keys are case-sensitive, unlike a hashtable's
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d["Key"] = 1
"$($d.ContainsKey('key')) $($null -eq $d['key']) $($d.Key) [$($d.key)] $($d.Count)"
$d["key"] = 2
$d.Count
## STDOUT:
False True 1 [] 1
2
## END

#### keys and values are converted to K and V
$d = [System.Collections.Generic.Dictionary[int,string]]::new()
$d.Add("1", 10)
$d[2] = $true
"$($d[1]) $($d[1].GetType().Name) $($d['2']) $(@($d.Keys)[0].GetType().Name)"
## stdout: 10 String True Int32

#### a value that does not convert to V is refused
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d["a"] = "not a number"
## error-id: InvalidCastFromStringToInteger

#### Add of a key that is there already is .NET's ArgumentException
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d.Add("a", 1)
try { $d.Add("a", 2) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
## STDOUT:
Exception calling "Add" with "2" argument(s): "An item with the same key has already been added."
ArgumentException
## END

#### a missing key reads as $null by index, as PowerShell reads it through TryGetValue
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d.Add("yes", 1)
"$($null -eq $d['nope']) $($d.Item('yes'))"
## stdout: True 1

#### a Dictionary goes down a pipeline whole, as a hashtable does
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d.Add("a", 1)
$d.Add("b", 2)
($d | Measure-Object).Count
$d | ForEach-Object { $_.GetType().Name }
foreach ($x in $d) { $x.Count }
## STDOUT:
1
Dictionary`2
2
## END

#### GetEnumerator gives KeyValuePairs with Key and Value
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d.Add("a", 1)
$d.Add("b", 2)
$d.GetEnumerator() | ForEach-Object { "$($_.Key)=$($_.Value)" }
$d.GetEnumerator() | Select-Object -First 1 | ForEach-Object { "$_" }
## STDOUT:
a=1
b=2
[a, 1]
## END

#### a Dictionary shows as a table of Key and Value
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d.Add("one", 1)
$d.Add("two", 2)
$d
## STDOUT:

Key Value
--- -----
one     1
two     2


## END

#### Dictionary type names
$t = [System.Collections.Generic.Dictionary[string,int]]::new().GetType()
$t.Name
$t.FullName
$t.ToString()
"$t"
## STDOUT:
Dictionary`2
System.Collections.Generic.Dictionary`2[[System.String, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089],[System.Int32, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]]
System.Collections.Generic.Dictionary`2[System.String,System.Int32]
System.Collections.Generic.Dictionary[string,int]
## END

#### a Dictionary is no hashtable, and a cast to [hashtable] copies it
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d.Add("a", 1)
$h = [hashtable]$d
"$($d -is [hashtable]) $($d -is [System.Collections.Generic.Dictionary[string,int]]) $($h.GetType().Name) $($h.a)"
## stdout: False True Hashtable 1

#### a Dictionary made with [StringComparer]::OrdinalIgnoreCase ignores case
$d = [System.Collections.Generic.Dictionary[string,int]]::new([StringComparer]::OrdinalIgnoreCase)
$d["Key"] = 1
$d["KEY"] = 2
"$($d.Count) $($d['key']) $(@($d.Keys)[0])"
## stdout: 1 2 Key

#### HashSet[string]: Add says whether the item was new, Contains is case-sensitive
$hs = New-Object System.Collections.Generic.HashSet[string]
$hs.Add("x")
$hs.Add("x")
$hs.Contains("x")
$hs.Contains("X")
$hs.Count
$hs.Remove("x")
$hs.Count
## STDOUT:
True
False
True
False
1
True
0
## END

#### a HashSet unrolls in a pipeline, in the order items were added
$hs = [System.Collections.Generic.HashSet[int]]@(3, 1, 3, 2)
$hs | ForEach-Object { $_ * 10 }
($hs | Measure-Object).Count
## STDOUT:
30
10
20
3
## END

#### UnionWith, IntersectWith, ExceptWith and the set tests
$hs = [System.Collections.Generic.HashSet[int]]@(1, 2, 3)
$hs.UnionWith([int[]](3, 4))
$all = "$hs"
$hs.IntersectWith(@(2, 3, 4, 9))
$some = "$hs"
$hs.ExceptWith(@(3))
"$all / $some / $hs / $($hs.IsSubsetOf(@(2, 4, 5))) $($hs.Overlaps(@(9)))"
## stdout: 1 2 3 4 / 2 3 4 / 2 4 / True False

#### a HashSet made with [StringComparer]::OrdinalIgnoreCase ignores case
$hs = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
$hs.Add("A")
$hs.Add("a")
$hs.Contains("A")
## STDOUT:
True
False
True
## END

#### HashSet type name and membership test
$hs = [System.Collections.Generic.HashSet[string]]::new()
"$($hs.GetType().Name) $($hs.GetType().ToString()) $($hs -is [System.Collections.Generic.HashSet[string]]) $($hs -is [array])"
## stdout: HashSet`1 System.Collections.Generic.HashSet`1[System.String] True False

#### Queue: Enqueue, Peek, Dequeue, Count, ToArray
$q = [System.Collections.Queue]::new()
$q.Enqueue(1)
$q.Enqueue("two")
$q.Enqueue(3)
$q.Peek()
$q.Dequeue()
$q.Count
$q.ToArray() -join ","
$q | ForEach-Object { "item $_" }
## STDOUT:
1
1
2
two,3
item two
item 3
## END

#### Dequeue on an empty queue is InvalidOperationException 'Queue empty.'
$q = New-Object System.Collections.Queue
try { $q.Dequeue() } catch { $_.Exception.Message }
$q.Peek()
## STDOUT:
Exception calling "Dequeue" with "0" argument(s): "Queue empty."
## END
## error-id: InvalidOperationException

#### Queue[int] converts what goes in, and ToArray is an Int32[]
$q = [System.Collections.Generic.Queue[int]]::new()
$q.Enqueue("5")
$q.Enqueue(6.0)
"$($q.Peek().GetType().Name) $($q.ToArray().GetType().Name) $($q.GetType().Name)"
## stdout: Int32 Int32[] Queue`1

#### Stack: Push and Pop, last in first out; it enumerates from the top
$s = [System.Collections.Stack]::new()
$s.Push("a")
$s.Push("b")
$s.Push("c")
$s.Peek()
$s -join ","
$s.ToArray() -join ","
$s.Pop()
$s.Count
## STDOUT:
c
c,b,a
c,b,a
c
2
## END

#### Pop on an empty Stack[T] is InvalidOperationException 'Stack empty.'
$s = [System.Collections.Generic.Stack[string]]::new()
try { $s.Pop() } catch { $_.Exception.Message }
## stdout: Exception calling "Pop" with "0" argument(s): "Stack empty."

#### a Stack cast from an array pushes its items in turn
$s = [System.Collections.Stack]@(1, 2, 3)
$s -join ","
## stdout: 3,2,1

#### a Queue cannot be indexed: [0] is the queue itself, any other index nothing
$q = [System.Collections.Queue]@("a", "b")
"$($q[0]) [$($q[1])]"
## stdout: a b []

#### a Queue cannot be assigned by index
$q = [System.Collections.Queue]@("a")
$q[0] = "b"
## error-id: CannotIndex

#### Contains on a Queue[string] is case-sensitive
$q = [System.Collections.Generic.Queue[string]]@("a")
"$($q.Contains('a')) $($q.Contains('A'))"
## stdout: True False

#### Get-Member lists a collection's own methods and properties
$q = [System.Collections.Generic.Queue[string]]::new()
(Get-Member -InputObject $q -Name Enqueue).Definition
(Get-Member -InputObject $q -Name Count).Definition
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
(Get-Member -InputObject $d -Name Add).Definition
(Get-Member -InputObject $d -Name Item).MemberType
## STDOUT:
void Enqueue(string item)
int Count {get;}
void Add(string key, int value)
ParameterizedProperty
## END

#### ForEach-Object -MemberName calls a StringBuilder's method
$sb = [System.Text.StringBuilder]::new()
$null = $sb | ForEach-Object -MemberName Append -ArgumentList "x"
"$sb"
## stdout: x

#### a method a collection does not have is MethodNotFound
$q = [System.Collections.Queue]::new()
$q.Add(1)
## error-id: MethodNotFound

#### [int[]]::new(3) is an Int32[] of zeros, [string[]]::new(2) of $nulls
$a = [int[]]::new(3)
$b = [string[]]::new(2)
"$($a -join ',') $($a.GetType().FullName) $($b.Count) $($null -eq $b[0]) $($b.GetType().Name)"
## stdout: 0,0,0 System.Int32[] 2 True String[]

#### New-Object makes an array of a given length
$a = New-Object 'int[]' 3
"$($a.GetType().Name) $($a.Count)"
## stdout: Int32[] 3

#### a negative array length is OverflowException
[int[]]::new(-1)
## error-id: OverflowException

#### a Stopwatch times what runs while it runs
$sw = [System.Diagnostics.Stopwatch]::StartNew()
Start-Sleep -Milliseconds 20
$sw.Stop()
$sw.ElapsedMilliseconds -ge 15
$sw.IsRunning
$sw.Elapsed.GetType().FullName
$frozen = $sw.ElapsedTicks
Start-Sleep -Milliseconds 5
$sw.ElapsedTicks -eq $frozen
$sw.Reset()
$sw.ElapsedMilliseconds
## STDOUT:
True
False
System.TimeSpan
True
0
## END

#### New-Object makes a Stopwatch that has not started
$w = New-Object System.Diagnostics.Stopwatch
$w.IsRunning
$w.Start()
$w.IsRunning
$w.GetType().FullName
[System.Diagnostics.Stopwatch]::Frequency
## STDOUT:
False
True
System.Diagnostics.Stopwatch
10000000
## END
