# A hashtable's Keys and Values are KeyCollection/ValueCollection views, and [hashtable] of another
# dictionary is `new Hashtable(it)`: .NET's default, case-sensitive comparer.

#### Keys and Values are a KeyCollection and a ValueCollection
$h = @{a = 1}
"$($h.Keys.GetType().Name) $($h.Values.GetType().Name) $($h.Keys.GetType().FullName)"
## stdout: KeyCollection ValueCollection System.Collections.Hashtable+KeyCollection

#### an [ordered] dictionary's and a Dictionary's keys have their own collection types
$o = [ordered]@{a = 1}
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$o.Keys.GetType().Name
$d.Keys.GetType().Name
$d.Values.GetType().Name
## STDOUT:
OrderedDictionaryKeyValueCollection
KeyCollection
ValueCollection
## END

#### Count, @() indexing, -contains, -in, -join and the pipeline see the keys
$h = [ordered]@{b = 2; a = 1; c = 3}
$h.Keys.Count
@($h.Keys)[1]
$h.Keys -contains 'C'
'a' -in $h.Keys
$h.Keys -join ','
($h.Values | Measure-Object -Sum).Sum
$h.Keys | ForEach-Object { "key $_" }
## STDOUT:
3
a
True
True
b,a,c
6
key b
key a
key c
## END

#### a KeyCollection has no indexer: [0] is the collection itself and [1] nothing
$h = [ordered]@{b = 2; a = 1}
$h.Keys[0]
"[$($h.Keys[1])]"
## STDOUT:
b
a
[]
## END

#### the keys are a view: a key added later is in them
$h = @{a = 1}
$k = $h.Keys
$h.b = 2
$k.Count
## stdout: 2

#### changing the hashtable while foreach enumerates its Keys stops the loop
$h = @{a = 1; b = 2}
foreach ($k in $h.Keys) { $h[$k] = 0 }
## error-id: System.InvalidOperationException

#### the error is .NET's InvalidOperationException, stopping the operation
$h = @{a = 1}
try { foreach ($k in $h.Keys) { $h[$k] = 5 } } catch {
    $_.Exception.Message
    "$($_.FullyQualifiedErrorId) $($_.CategoryInfo.Category)"
}
"a is $($h.a)"
## STDOUT:
Collection was modified; enumeration operation may not execute.
System.InvalidOperationException OperationStopped
a is 5
## END

#### a catch for InvalidOperationException takes it
$h = @{a = 1; b = 2}
try { foreach ($v in $h.Values) { $h.Remove('b') } } catch [System.InvalidOperationException] { "caught" }
## stdout: caught

#### a pipeline that changes the hashtable while enumerating its Keys fails the same way
$h = @{a = 1; b = 2}
$h.Keys | ForEach-Object { $h[$_] = 9 }
## error-id: System.InvalidOperationException

#### enumerating a copy of the keys is the way to change the hashtable
$h = [ordered]@{a = 1; b = 2}
foreach ($k in @($h.Keys)) { $h[$k] = 0 }
$h.Keys | ForEach-Object { "$_=$($h[$_])" }
## STDOUT:
a=0
b=0
## END

#### reading the hashtable inside the loop is no change
$h = @{a = 1; b = 2}
$n = 0
foreach ($k in $h.Keys) { $n += $h[$k] }
$n
## stdout: 3

#### a Dictionary's Keys are guarded too
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d['x'] = 1
foreach ($k in $d.Keys) { $d[$k] = 2 }
## error-id: System.InvalidOperationException

#### a key named Keys is still read as the key
$h = @{Keys = 'mine'}
$h.Keys
## stdout: mine

#### [hashtable] of a case-sensitive Dictionary keeps both keys, compared case-sensitively
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d['a'] = 1; $d['A'] = 2
$h = [hashtable]$d
"$($h.GetType().FullName) $($h.Count) $($h['a']) $($h['A']) $($h.a) $($h.A)"
## stdout: System.Collections.Hashtable 2 1 2 1 2

#### [hashtable] of an [ordered] dictionary is a new, case-sensitive Hashtable
$o = [ordered]@{Name = 'x'}
$h = [hashtable]$o
"$($h.GetType().Name) [$($h.name)] [$($h.Name)] $($h.ContainsKey('NAME'))"
## stdout: Hashtable [] [x] False

#### an [ordered] dictionary is not a hashtable, a hashtable literal is
"$([ordered]@{} -is [hashtable]) $(@{} -is [hashtable]) $(([hashtable][ordered]@{}) -is [hashtable])"
## stdout: False True True

#### a case-sensitive Hashtable's Clone is case-sensitive too
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d['a'] = 1
$c = ([hashtable]$d).Clone()
$c['A'] = 2
$c.Count
## stdout: 2

#### [hashtable] of a hashtable is the same hashtable
$h = @{a = 1}
$g = [hashtable]$h
$g.b = 2
$h.Count
## stdout: 2

#### the exception is a System.InvalidOperationException, named and tested as .NET's
$h = @{a = 1}
try { foreach ($k in $h.Keys) { $h.b = 2 } } catch {
    "$($_.Exception.GetType().FullName) $($_.Exception -is [System.InvalidOperationException]) $($_.Exception -is [System.SystemException])"
}
## stdout: System.InvalidOperationException True True

#### a KeyCollection is a nested type, so not IsPublic
$t = @{}.Keys.GetType()
"$($t.IsPublic) $($t.BaseType.FullName) $([hashtable].IsPublic)"
## stdout: False System.Object True

#### switch over the Keys enumerates them as it goes, so a change in a clause stops it too
$h = @{a = 1; b = 2}
switch ($h.Keys) { default { $h[$_] = 0 } }
## error-id: System.InvalidOperationException

#### switch over the Keys without changing the hashtable
$h = [ordered]@{a = 1; b = 2}
switch ($h.Keys) { 'a' { 'A' } default { "other $_" } }
## STDOUT:
A
other b
## END
