# enum definitions (about_Enum): enumerators with and without values, [Flags()], underlying types,
# conversions, comparisons and the parse errors PowerShell reports for a bad definition.

#### enumerators count from 0, and on from an explicit value
enum Color { Red; Green = 5
    Blue }
[int][Color]::Red
[int][Color]::Green
[int][Color]::Blue
## STDOUT:
0
5
6
## END

#### an enum shows as its name
enum Color { Red; Green }
[Color]::Green
"[$([Color]::Red)]"
[Color]::Red.ToString()
## STDOUT:
Green
[Red]
Red
## END

#### an enum is defined before the script runs: usable above its definition
$c = [Color]'green'
$c
enum Color { Red; Green }
## stdout: Green

#### casts from a name (any case) and from a number
enum Color { Red; Green; Blue }
[Color]'BLUE'
[Color]1
'red' -as [Color]
$null -eq ('Nope' -as [Color])
## STDOUT:
Blue
Green
Red
True
## END

#### a cast from a name that is no enumerator fails with PowerShell's message
enum Color { Red; Green }
try { [Color]'Purple' } catch { $_.Exception.Message }
## STDOUT:
Cannot convert value "Purple" to type "Color". Error: "Unable to match the identifier name Purple to a valid enumerator name. Specify one of the following enumerator names and try again:
Red, Green"
## END

#### comparisons with strings are case-insensitive, with numbers by value
enum Color { Red; Green; Blue }
$c = [Color]::Green
$c -eq 'green'
$c -eq 'Red'
$c -eq 1
[Color]::Red -lt [Color]::Blue
## STDOUT:
True
False
True
True
## END

#### value__, -is and GetType
enum Color { Red; Green }
[Color]::Green.value__
[Color]::Green -is [Color]
'Green' -is [Color]
[Color]::Green.GetType().Name
## STDOUT:
1
True
False
Color
## END

#### [enum]::GetNames and GetValues list the enumerators by value
enum Size { Large = 3; Small = 1; Medium = 2 }
[enum]::GetNames([Size]) -join ','
([enum]::GetValues([Size]) | ForEach-Object { [int]$_ }) -join ','
[enum]::IsDefined([Size], 'Small')
[enum]::Parse([Size], 'medium', $true)
## STDOUT:
Small,Medium,Large
1,2,3
True
Medium
## END

#### a parameter typed with the enum binds from a string
enum Color { Red; Green }
function Show([Color]$c) { "color: $c" }
Show green
## stdout: color: Green

#### a bad name for an enum parameter is an argument transformation error
enum Color { Red; Green }
function Show([Color]$c) { "color: $c" }
Show purple
## error-id: ParameterArgumentTransformationError,Show

#### [Flags()] enums combine with -bor and read as the names they combine
[Flags()] enum Perm { None = 0; Read = 1; Write = 2; Exec = 4 }
$p = [Perm]::Read -bor [Perm]::Exec
$p
[int]$p
[Perm]'Read, Write'
[Perm]0
$p.HasFlag([Perm]::Exec)
$p.HasFlag([Perm]::Write)
## STDOUT:
Read, Exec
5
Read, Write
None
True
False
## END

#### an underlying type bounds the values
enum Small : byte { A = 255 }
[int][Small]::A
## stdout: 255

#### an enumerator's value may be a constant expression
enum Bits { One = 1; Four = 1 -shl 2; Neg = -(3) }
[int][Bits]::Four
[int][Bits]::Neg
## STDOUT:
4
-3
## END

#### enum values in an object's table
enum Color { Red; Green }
[pscustomobject]@{ Name = 'x'; Color = [Color]::Green } | Format-Table -AutoSize | Out-String -Stream | Where-Object { $_ }
## STDOUT:
Name Color
---- -----
x    Green
## END

#### an enumerator defined twice
enum E { A; B; A }
## error-id: MemberAlreadyDefined

#### an enumerator's value must be a constant
enum E { A = $x }
## error-id: EnumeratorValueMustBeConstant

#### a value too large for the underlying type
enum E : byte { A = 256 }
## error-id: EnumeratorValueOutOfBounds

#### only integral underlying types
enum E : string { A }
## error-id: InvalidUnderlyingType

#### enumerators are separated by new lines or semicolons
enum E { A B }
## error-id: MissingPropertyTerminator

#### an enum needs a name
enum { A }
## error-id: MissingNameAfterKeyword

#### an enum needs a body
enum E
## error-id: MissingTypeBody

#### an unclosed enum body
enum E { A
## error-id: MissingEndCurlyBrace

#### enumerators may be initialized from another enum's, in any order
enum E4 { e0 = [E5]::e0 + 2 }
enum E5 { e0 = 40 }
enum E3 { e0; e2 = [int]::MaxValue; e3 = 1 }
[int][E4]::e0
[int][E3]::e2
## STDOUT:
42
2147483647
## END
