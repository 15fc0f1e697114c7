# The .NET types behind values, conversions between them, and the members scripts may use.

#### an integer literal is Int32
(42).GetType().Name
## stdout: Int32

#### a literal too big for Int32 is Int64
(3000000000).GetType().Name
## stdout: Int64

#### the L suffix makes an Int64
(2L).GetType().Name
## stdout: Int64

#### the d suffix makes a Decimal
(10d).GetType().Name
## stdout: Decimal

#### a literal with a fraction is Double
(1.5).GetType().Name
## stdout: Double

#### an exponent literal is Double
(1e3).GetType().Name
## stdout: Double

#### a multiplier keeps Int32
(1kb).GetType().Name
## stdout: Int32

#### 0xFFFFFFFF is the Int32 -1
0xFFFFFFFF
## stdout: -1

#### a string is String
"s".GetType().Name
## stdout: String

#### $true is Boolean
$true.GetType().Name
## stdout: Boolean

#### an array is Object[]
(1, 2).GetType().Name
## stdout: Object[]

#### a hashtable is Hashtable
@{a = 1}.GetType().Name
## stdout: Hashtable

#### full type name
"s".GetType().FullName
## stdout: System.String

#### $true plus one
$true + 1
## stdout: 2

#### subtraction converts a string on the left
"10" - 5
## stdout: 5

#### multiplication with a string on the left repeats it
"3" * 2
## stdout: 33

#### multiplication with a number on the left converts the string
2 * "3"
## stdout: 6

#### string plus a number variable concatenates
$x = "5"
$x + 5
## stdout: 55

#### number plus a numeric string variable adds
$x = "5"
5 + $x
## stdout: 10

#### typed array cast
$a = [int[]]("1", "2")
$a[0] + $a[1]
## stdout: 3

#### [string] cast of $null is empty
"[" + [string]$null + "]"
## stdout: []

#### [bool] cast of a string
[bool]"False"
## stdout: True

#### [bool] cast of zero
[bool]0
## stdout: False

#### [double] cast of a string
[double]"2.5" * 2
## stdout: 5

#### a custom object in a string
"$([pscustomobject]@{a = 1; b = 2})"
## stdout: @{a=1; b=2}

#### a range in a string
"$(1..3)"
## stdout: 1 2 3

#### IndexOf
"abc".IndexOf("c")
## stdout: 2

#### StartsWith
"PowerShell".StartsWith("Power")
## stdout: True

#### split then index from the end
"a b c".Split(" ")[-1]
## stdout: c

#### ToString of a number
(42).ToString()
## stdout: 42

#### static method on [string]
[string]::IsNullOrEmpty("")
## stdout: True

#### static method with an array argument
[string]::Join(",", @(1, 2, 3))
## stdout: 1,2,3

#### [math]::Max
[math]::Max(3, 7)
## stdout: 7

#### [math]::Round rounds half to even
[math]::Round(2.5)
## stdout: 2

#### [int]::MaxValue
[int]::MaxValue
## stdout: 2147483647

#### hashtable Add method
$h = @{}
$h.Add("k", 1)
$h.k
## stdout: 1

#### hashtable Add of a key that exists fails
$h = @{k = 1}
$h.Add("k", 2)
## error-id: ArgumentException

#### duplicate keys in a hash literal fail
@{a = 1; A = 2}
## error-id: DuplicateKeyInHashLiteral

#### hashtable Remove method
$h = @{a = 1; b = 2}
$h.Remove("a")
$h.Count
## stdout: 1

#### hashtable Keys flow through a pipeline
$h = @{b = 1; a = 2}
($h.Keys | Where-Object { $_ }) -contains "a"
## stdout: True

#### adding two hashtables merges them
$h = @{a = 1} + @{b = 2}
$h.Count
## stdout: 2

#### $PSVersionTable says 5.1 Desktop
"$($PSVersionTable.PSVersion.Major).$($PSVersionTable.PSVersion.Minor) $($PSVersionTable.PSEdition)"
## stdout: 5.1 Desktop

#### a backtick continues a command on the next line
(Get-CsAdminRole `
    -Identity CsHelpDesk).Identity
## stdout: CsHelpDesk

#### Count of the standard and custom roles together
@(Get-CsAdminRole).Count -ge 11
## stdout: True

#### [object]::ReferenceEquals is true only for the same object
$a = @(1, 2); $b = $a; $o = [pscustomobject]@{ N = 1 }
$sorted = $o, [pscustomobject]@{ N = 0 } | Sort-Object N
"$([object]::ReferenceEquals($a, $b)) $([object]::ReferenceEquals($a, @(1, 2))) $([object]::ReferenceEquals($sorted[1], $o))"
## stdout: True False True

#### [object]::ReferenceEquals: value types are never the same reference, two nulls are
"$([object]::ReferenceEquals(1, 1)) $([object]::ReferenceEquals($null, $null)) $([object]::ReferenceEquals($null, 'x'))"
## stdout: False True False

#### a string's Count is 1, its Length the number of characters
$s = 'abc'
"$($s.Count) $($s.Length) $(''.Count)"
## stdout: 1 3 1

#### [datetime]::new takes a date, a date and time, or ticks
"$([datetime]::new(2020, 1, 2).ToString('yyyy-MM-dd')) $([datetime]::new(2020, 1, 2, 3, 4, 5).ToString('HH:mm:ss')) $([datetime]::new(0).Year)"
## stdout: 2020-01-02 03:04:05 1

#### [datetime]::new with a month that does not exist says so as .NET does
try { [datetime]::new(2020, 13, 2) } catch { $_.Exception.Message }
## stdout: Exception calling ".ctor" with "3" argument(s): "Year, Month, and Day parameters describe an un-representable DateTime."

#### [timespan]::new takes hours, minutes and seconds, or days first
"$([timespan]::new(1, 2, 3).TotalSeconds) $([timespan]::new(2, 1, 0, 0).TotalHours)"
## stdout: 3723 49

#### a comma after a type literal makes a list of types, not a cast
$t = [string], [int]
"$($t.Count) $($t[1].Name)"
## stdout: 2 Int32

#### a [void] cast throws the value away
$h = @{}
[void]$h.Add("a", 1)
[void](1, 2, 3)
"count $($h.Count)"
## stdout: count 1

#### a [void] cast gives nothing, not $null: an array of it is empty
@([void]1).Count
## stdout: 0

#### [void] is System.Void, a value type
"$([void].FullName) $([void].BaseType)"
## stdout: System.Void System.ValueType

#### a [char] converts to a number by its code
"$([int][char]'A') $([double][char]'a') $(1 + [char]'A') $([char]'B' - [char]'A')"
## stdout: 65 97 66 1

#### a [char] on the left of + still concatenates
[char]"A" + 1
## stdout: A1

#### a TimeSpan takes .NET's standard and custom formats, with -f and ToString
$ts = [timespan]::new(1, 2, 3, 4, 50)
"{0:hh\:mm}" -f $ts
$ts.ToString("dd\.hh\:mm\:ss")
$ts.ToString("c")
$ts.ToString("g")
$ts.ToString("G")
$ts.ToString("hh\:mm\:ss\.fff")
$ts.ToString("h'h 'm'm'")
"{0:mm\:ss}" -f (New-TimeSpan -Seconds -75)
## STDOUT:
02:03
01.02:03:04
1.02:03:04.0500000
1:2:03:04.05
1:02:03:04.0500000
02:03:04.050
2h 3m
01:15
## END

#### a custom TimeSpan format takes no unescaped separator
([timespan]::new(0, 1, 30, 0)).ToString("hh:mm")
## error-id: FormatException

#### a cmdlet's Parameters list every name its command line takes, common parameters included
$params = (Get-Command Set-CsXmppAllowedPartner).Parameters
$params.GetType().Name
$params.ContainsKey("identity")
$params.ContainsKey("WhatIf")
$params["Verbose"].Aliases
$params.Identity.ParameterType.FullName
(Get-Command Get-CsXmppAllowedPartner).Parameters.Keys -join ","
## STDOUT:
Dictionary`2
True
True
vb
Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity
Identity,Filter,LocalStore,Verbose,Debug,ErrorAction,WarningAction,InformationAction,ErrorVariable,WarningVariable,InformationVariable,OutVariable,OutBuffer,PipelineVariable
## END

#### a method named without calling it is a PSMethod, shown as its overloads
'abc'.Substring | Out-String -Stream | ForEach-Object { $_.TrimEnd() + '|' }
## STDOUT:
|
OverloadDefinitions|
-------------------|
string Substring(int startIndex)|
string Substring(int startIndex, int length)|
|
|
|
## END

#### a PSMethod's members: its name, overloads, and Invoke
$m = 'abc'.ToUpper
$m.Name
$m.MemberType
$m.GetType().FullName
$m.Invoke()
(5).CompareTo.OverloadDefinitions.Count
## STDOUT:
ToUpper
Method
System.Management.Automation.PSMethod
ABC
2
## END

#### a property that is $null or missing stays $null, and strict mode still refuses a missing one
$o = [pscustomobject]@{ Empty = $null }
$null -eq $o.Empty
$null -eq $o.Missing
$null -eq @{ a = 1 }.b
Set-StrictMode -Version 2
$o.ToString.Name
$o.Missing
## STDOUT:
True
True
True
ToString
## END
## error-id: PropertyNotFoundStrict

#### [int] of a [long] is an Int32
([int][long]5).GetType().FullName
## stdout: System.Int32

#### a PSTypeName key names a custom object's type instead of becoming a property
$o = [pscustomobject]@{ PSTypeName = 'Contoso.Partner'; Name = 'x' }
$o.PSTypeNames -join ','
($o | Get-Member -MemberType NoteProperty).Name
## STDOUT:
Contoso.Partner,System.Management.Automation.PSCustomObject,System.Object
Name
## END

#### $null converts to [hashtable] as $null, so a hashtable parameter takes it
$null -eq [hashtable]$null
function Test-Table([hashtable]$Table) { $null -eq $Table }
Test-Table $null
(New-Object psobject -Property $null).GetType().FullName
## STDOUT:
True
True
System.Management.Automation.PSCustomObject
## END

#### a type's static method named without calling it is a PSMethod of static overloads
$round = [math]::Round
$round.OverloadDefinitions
$round.IsInstance
[math]::Max.Invoke(3, 9)
## STDOUT:
static double Round(double a)
static double Round(double value, int digits)
False
9
## END

#### psobject.Properties lists every kind of property, with the kind Get-Member names
$d = Get-Date
$d.psobject.Properties['displayhint'].MemberType
$d.psobject.Properties['Day'].MemberType
($d | Get-Member DisplayHint).MemberType
$p = Get-CsXmppAllowedPartner -Identity xmpp.contoso.com
$p.psobject.Properties['Identity'].Value
"abc".psobject.Properties | ForEach-Object { "$($_.Name): $_" }
## STDOUT:
NoteProperty
Property
NoteProperty
xmpp.contoso.com
Length: int Length {get;}
## END

#### a hashtable's properties leave out its parameterized Item
(@{ a = 1 }.psobject.Properties.Name | Sort-Object) -join ','
## stdout: Count,IsFixedSize,IsReadOnly,IsSynchronized,Keys,SyncRoot,Values

#### setting a property info's Value sets the property it describes
$o = [pscustomobject]@{ Name = 'old' }
$o.psobject.Properties['Name'].Value = 'new'
$o.Name
$o.psobject.Properties | Format-List
## STDOUT:
new


MemberType      : NoteProperty
IsSettable      : True
IsGettable      : True
Value           : new
TypeNameOfValue : System.String
Name            : Name
IsInstance      : True



## END

#### a read-only property cannot be set through its property info
$d = Get-Date
try { $d.psobject.Properties['Day'].Value = 3 } catch { $_.FullyQualifiedErrorId }
## stdout: ReadOnlyProperty

#### LanguagePrimitives.ConvertTo converts as a cast does
[System.Management.Automation.LanguagePrimitives]::ConvertTo("5", [int]) + 1
[System.Management.Automation.LanguagePrimitives]::ConvertTo([pscustomobject]@{a=1}, [string])
## STDOUT:
6
@{a=1}
## END

#### PSTypeNames is the object's own list: Insert, Add, Remove and Clear change it
$o = [pscustomobject]@{ a = 1 }
$o.PSTypeNames.Insert(0, 'My.Type')
$o.psobject.TypeNames.Add('Extra')
$o.pstypenames -join ','
[void]$o.pstypenames.Remove('Extra')
($o | ConvertTo-Csv)[0]
$o.pstypenames.Clear()
$o.pstypenames.Count
($o | ConvertTo-Csv)[0]
## STDOUT:
My.Type,System.Management.Automation.PSCustomObject,System.Object,Extra
#TYPE My.Type
0
#TYPE
## END
