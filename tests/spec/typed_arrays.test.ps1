# Typed arrays: what a cast or a type constraint to [T[]] makes (runtime/conversion.py
# convert_array, values.TypedArray), and what still makes a plain Object[].

#### a cast to an array type gives an array of that type
$a = [string[]]@(1, 2)
$a.GetType().FullName
$a.GetType().Name
$a.GetType().BaseType.FullName
$a[0].GetType().Name
## STDOUT:
System.String[]
String[]
System.Array
String
## END

#### a cast to each kind of element type
([int[]]"1").GetType().FullName
([object[]]1).GetType().FullName
([psobject[]](1, "x")).GetType().FullName
([hashtable[]]@{a = 1}).GetType().FullName
([long[]](1, 2)).GetType().Name
## STDOUT:
System.Int32[]
System.Object[]
System.Management.Automation.PSObject[]
System.Collections.Hashtable[]
Int64[]
## END

#### a module's enum type makes an array too
$p = [PartnerType[]]("PublicVerified", "Federated")
$p.GetType().Name
$p[1].GetType().Name
## STDOUT:
PartnerType[]
PartnerType
## END

#### a constrained variable holds an array of its type, also after later assignments
[int[]]$b = "1", "2"
$b.GetType().FullName
$b[0] + $b[1]
$b = "3"
$b.GetType().FullName
$b.Count
## STDOUT:
System.Int32[]
3
System.Int32[]
1
## END

#### a typed parameter holds an array of its type
function Show-Type([string[]]$Name) { $Name.GetType().Name }
Show-Type a, b
Show-Type a
## STDOUT:
String[]
String[]
## END

#### -is and -isnot know the element type
$s = [string[]]@(1, 2)
$i = [int[]]@(1, 2)
@(1, 2) -is [string[]]
@(1, 2) -is [object[]]
$s -is [string[]]
$s -is [int[]]
$s -is [object[]]
$i -is [object[]]
$i -is [array]
$s -isnot [string[]]
$i -isnot [string[]]
## STDOUT:
False
True
True
False
True
False
True
False
True
## END

#### -as converts to an array type, or gives $null
(@(1, 2) -as [string[]]).GetType().Name
$null -eq (@("x") -as [int[]])
## STDOUT:
String[]
True
## END

#### Get-Member names the array type
$a = [string[]]@(1, 2)
(,$a | Get-Member)[0].TypeName
(,([int[]]1) | Get-Member | Out-String -Stream) -match "TypeName"
## STDOUT:
System.String[]
   TypeName: System.Int32[]
## END

#### GetType() shows as a table with System.Array as the base type
[int[]]$ia = 1500, 2230
$ia.GetType() | Out-String -Stream | ForEach-Object { $_.TrimEnd() }
## STDOUT:

IsPublic IsSerial Name                                     BaseType
-------- -------- ----                                     --------
True     True     Int32[]                                  System.Array


## END

#### an Object[] shows System.Array as its base type too
@(1).GetType() | Out-String -Stream | Select-Object -Skip 3 | ForEach-Object { $_.TrimEnd() } | Select-Object -First 1
## stdout: True     True     Object[]                                 System.Array

#### storing by index converts to the element type
[int[]]$b = 1, 2
$b[0] = "7"
$b[0].GetType().Name
$b[0] + 1
$s = [string[]]@(1)
$s[0] = 5
$s[0].GetType().Name
## STDOUT:
Int32
8
String
## END

#### storing a value the element type cannot take fails with the conversion's error
[int[]]$b = 1, 2
$b[1] = "x"
$b -join ","
## error-id: InvalidCastFromStringToInteger
## stdout: 1,2

#### a plain array takes any value by index
$o = 1, 2
$o[0] = "x"
$o[0]
## stdout: x

#### one value that cannot convert names the array type
[int[]]"x"
## error-id: InvalidCastExceptionScalarToArray

#### the message of a failed scalar-to-array conversion wraps the element's
try { [int[]]"x" } catch { $_.Exception.Message }
## stdout: Cannot convert value "x" to type "System.Int32[]". Error: "Cannot convert value "x" to type "System.Int32". Error: "Input string was not in a correct format.""

#### an element of an array that cannot convert fails with its own error
try { [int[]]("1", "x") } catch { $_.Exception.Message }
## stdout: Cannot convert value "x" to type "System.Int32". Error: "Input string was not in a correct format."

#### a cast of $null to an array type is $null
$null -eq [string[]]$null
$null -eq [object[]]$null
$null -eq [array]$null
[string[]]$n = $null
$null -eq $n
## STDOUT:
True
True
True
True
## END

#### an array already of the type is kept as the same object
$s = [string[]]@(1, 2)
[object]::ReferenceEquals($s, [string[]]$s)
[object]::ReferenceEquals($s, [object[]]$s)
[object]::ReferenceEquals($s, [array]$s)
$i = [int[]]@(1, 2)
[object]::ReferenceEquals($i, [object[]]$i)
([object[]]$i).GetType().Name
([array]$i).GetType().Name
## STDOUT:
True
True
True
False
Object[]
Int32[]
## END

#### [array] is System.Array and makes a single value an Object[]
[array].FullName
([array]5).GetType().Name
## STDOUT:
System.Array
Object[]
## END

#### [char[]] of a string takes its characters
$c = [char[]]"abc"
$c.GetType().Name
$c -join ","
## STDOUT:
Char[]
a,b,c
## END

#### @(), the comma operator, pipeline output and $() still make Object[]
$s = [string[]]@(1, 2)
@($s).GetType().Name
(,$s).GetType().Name
$p = $s | ForEach-Object { $_ }
$p.GetType().Name
$($s).GetType().Name
## STDOUT:
Object[]
Object[]
Object[]
Object[]
## END

#### + on a typed array makes an Object[]
$s = [string[]]@(1)
$r = $s + 2
$r.GetType().Name
$r[1].GetType().Name
($s + @(3, 4)).GetType().Name
$i = [int[]]@(1)
($i + 2).GetType().Name
## STDOUT:
Object[]
Int32
Object[]
Object[]
## END

#### += on a constrained variable converts the result back to the variable's type
[string[]]$c = 1
$c += 2
$c.GetType().Name
$c[1].GetType().Name
## STDOUT:
String[]
String
## END

#### += on an unconstrained variable leaves an Object[]
$c = [string[]]@(1)
$c += 2
$c.GetType().Name
## stdout: Object[]

#### += of a value the constrained type cannot take fails
[int[]]$c = 1
$c += "x"
## error-id: RuntimeException

#### $null plus a typed array is that array
$c = $null
$c += [string[]]@(1)
$c.GetType().Name
## stdout: String[]

#### * keeps the array's type
([int[]]@(1, 2) * 2).GetType().Name
([int[]]@(1, 2) * 2) -join ","
$s = [string[]]@(1)
[object]::ReferenceEquals($s, $s * 1)
## STDOUT:
Int32[]
1,2,1,2
True
## END

#### a slice of a typed array is an Object[]
$s = [string[]](1, 2, 3)
$s[0..1].GetType().Name
$s[1..2] -join ","
## STDOUT:
Object[]
2,3
## END

#### typed arrays work wherever arrays do
$s = [string[]](3, 1, 2)
foreach ($x in $s) { $x.GetType().Name }
$s | Sort-Object
$s -join "+"
$s -contains "2"
$s -eq "1"
$s.Count
$s.Length
($s | Measure-Object).Count
## STDOUT:
String
String
String
1
2
3
3+1+2
True
1
3
3
3
## END

#### typed arrays as property values in output and export
$o = [pscustomobject]@{ Name = "n"; Tags = [string[]]("a", "b"); Ids = [int[]](1, 2) }
$o | Format-Table -AutoSize | Out-String -Stream | Where-Object { $_ } | ForEach-Object { $_.TrimEnd() }
$o | ConvertTo-Json -Compress
$o | ConvertTo-Csv -NoTypeInformation
$o | Get-Member -MemberType NoteProperty | ForEach-Object { $_.Definition }
## STDOUT:
Name Tags   Ids
---- ----   ---
n    {a, b} {1, 2}
{"Name":"n","Tags":["a","b"],"Ids":[1,2]}
"Name","Tags","Ids"
"n","System.String[]","System.Int32[]"
int[] Ids=System.Int32[]
string Name=n
string[] Tags=System.String[]
## END

#### a Lync cmdlet takes a typed array for a multi-valued parameter
[string[]]$d = "a.example.com", "b.example.com"
$p = New-CsXmppAllowedPartner -Identity "z.example.org" -AdditionalDomains $d -WarningAction SilentlyContinue
$p.AdditionalDomains -join ","
## stdout: a.example.com,b.example.com
