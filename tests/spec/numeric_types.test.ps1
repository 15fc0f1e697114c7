# The .NET numeric types beside Int32, Int64, Double and Decimal: Byte, SByte, Int16, UInt16,
# UInt32, UInt64 and Single, as Windows PowerShell 5.1 names, converts, widens and shows them
# (TypeResolver.cs's accelerators, LanguagePrimitives' conversions, Binders.cs and NumericOps.cs).

#### the accelerators name their System types
[byte].FullName; [sbyte].FullName; [int16].FullName; [uint16].FullName
[uint32].FullName; [uint64].FullName; [float].FullName; [single].FullName
## STDOUT:
System.Byte
System.SByte
System.Int16
System.UInt16
System.UInt32
System.UInt64
System.Single
System.Single
## END

#### the System names resolve with or without System.
[System.Byte].Name; [Byte].Name; [System.UInt64].Name; [Single].Name; [System.Int16].Name
## STDOUT:
Byte
Byte
UInt64
Single
Int16
## END

#### short, ushort, uint and ulong are no accelerators in 5.1
foreach ($block in { [short]1 }, { [ushort]1 }, { [uint]1 }, { [ulong]1 }) {
    try { & $block } catch { $_.FullyQualifiedErrorId }
}
## STDOUT:
TypeNotFound
TypeNotFound
TypeNotFound
TypeNotFound
## END

#### a cast gives a value of the type
([byte]5).GetType().FullName; ([sbyte]-5).GetType().FullName; ([int16]5).GetType().FullName
([uint16]5).GetType().FullName; ([uint32]5).GetType().FullName; ([uint64]5).GetType().FullName
([float]5).GetType().FullName
## STDOUT:
System.Byte
System.SByte
System.Int16
System.UInt16
System.UInt32
System.UInt64
System.Single
## END

#### -is tells the integer types apart
[byte]5 -is [byte]; [byte]5 -is [int]; 5 -is [byte]; [long]2 -is [int]; [float]1.5 -is [double]; 1.5 -is [float]
## STDOUT:
True
False
False
False
False
False
## END

#### -as converts, or gives $null when the value does not fit
("7" -as [uint16]).GetType().Name
$null -eq (300 -as [byte])
(1.1 -as [float]).GetType().Name
## STDOUT:
UInt16
True
Single
## END

#### MaxValue and MinValue are of the type itself
[byte]::MaxValue; [sbyte]::MinValue; [int16]::MinValue; [uint16]::MaxValue
[uint32]::MaxValue; [uint64]::MaxValue; [byte]::MaxValue.GetType().Name; [uint64]::MinValue.GetType().Name
## STDOUT:
255
-128
-32768
65535
4294967295
18446744073709551615
Byte
UInt64
## END

#### Single's limits show with 7 digits
[float]::MaxValue; [single]::Epsilon; [float]::MinValue
## STDOUT:
3.402823E+38
1.401298E-45
-3.402823E+38
## END

#### Parse and TryParse read the type's range
[uint32]::Parse("4000000000"); [byte]::Parse(" 200 ").GetType().Name
$n = $null; [byte]::TryParse("300", [ref]$n); $n; $n.GetType().Name
[sbyte]::TryParse("-100", [ref]$n); $n
[float]::Parse("1.5").GetType().Name
## STDOUT:
4000000000
Byte
False
0
Byte
True
-100
Single
## END

#### Parse of a number out of range is .NET's OverflowException
try { [byte]::Parse("256") } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
## STDOUT:
Exception calling "Parse" with "1" argument(s): "Value was either too large or too small for an unsigned byte."
OverflowException
## END

#### a number out of range fails the cast with .NET's overflow message
try { [byte]256 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { [sbyte]128 } catch { $_.Exception.Message }
try { [int16]40000 } catch { $_.Exception.Message }
try { [uint16]-1 } catch { $_.Exception.Message }
try { [uint64]-1 } catch { $_.Exception.Message }
## STDOUT:
Cannot convert value "256" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."
InvalidCastIConvertible
Cannot convert value "128" to type "System.SByte". Error: "Value was either too large or too small for a signed byte."
Cannot convert value "40000" to type "System.Int16". Error: "Value was either too large or too small for an Int16."
Cannot convert value "-1" to type "System.UInt16". Error: "Value was either too large or too small for a UInt16."
Cannot convert value "-1" to type "System.UInt64". Error: "Value was either too large or too small for a UInt64."
## END

#### text out of range or not a number fails as a string conversion
try { [byte]"256" } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { [uint32]"abc" } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
## STDOUT:
Cannot convert value "256" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."
InvalidCastFromStringToInteger
Cannot convert value "abc" to type "System.UInt32". Error: "Input string was not in a correct format."
InvalidCastFromStringToInteger
## END

#### the cast error is shown at the cast
[byte]256
## error-id: InvalidCastIConvertible

#### text converts as PowerShell reads numbers: hex, thousands, a fraction rounded
[byte]"0x1F"; [uint16]"1,000"; [byte]"2.5"; [uint64]"18446744073709551615"
## STDOUT:
31
1000
2
18446744073709551615
## END

#### a Double rounds half to even on its way to an integer type
[byte]2.5; [byte]3.5; [int16]-2.5; [uint32]0.5; [sbyte]-0.5
## STDOUT:
2
4
-2
0
0
## END

#### a Decimal converts to the integer types and to Double, rounding half to even
[int]2.5d; [byte]3.5d; [uint64]10d; [double]2.5d
## STDOUT:
2
4
10
2.5
## END

#### a Byte plus a Byte is an Int32
$sum = [byte]200 + [byte]100
$sum; $sum.GetType().Name
([int16]5 * [int16]5).GetType().Name; ([uint16]1 + 1).GetType().Name; ([sbyte]1 - [byte]1).GetType().Name
## STDOUT:
300
Int32
Int32
Int32
Int32
## END

#### UInt32 arithmetic stays UInt32 while the result fits
([uint32]5 + 3).GetType().Name; ([uint32]5 * [byte]3).GetType().Name; ([uint32]10 / 5).GetType().Name
([int]::MaxValue + [uint32]1).GetType().Name
## STDOUT:
UInt32
UInt32
UInt32
UInt32
## END

#### UInt32 with a negative signed operand works as Int64; a result below 0 or past the type is a Double
$a = [uint32]5 + -3; $a; $a.GetType().Name
$b = [uint32]5 - 10; $b; $b.GetType().Name
$c = [uint32]::MaxValue + 1; $c; $c.GetType().Name
([uint32]10 / 4).GetType().Name
## STDOUT:
2
Int64
-5
Double
4294967296
Double
Double
## END

#### UInt64 with a negative signed operand works as Decimal
$a = [uint64]5 + -3; $a; $a.GetType().Name
([uint64]5 + 3).GetType().Name
[uint64]::MaxValue + 1
[uint64]7 / -2
## STDOUT:
2
Decimal
UInt64
1.84467440737096E+19
-3.5
## END

#### an Int64 stays an Int64 however small the result
([long]1 + 1).GetType().Name; ([long]7 % 2).GetType().Name; ([long]10 / 5).GetType().Name
## STDOUT:
Int64
Int64
Int64
## END

#### the remainder has the operation's type
([uint32]7 % 2).GetType().Name; ([byte]7 % [byte]2).GetType().Name; [int16]-7 % 2
## STDOUT:
UInt32
Int32
-1
## END

#### ++ on a Byte gives an Int32 past 255; a [byte] variable refuses it
$x = [byte]255; $x++; $x; $x.GetType().Name
[byte]$y = 255
try { $y++ } catch { $_.Exception.Message }
$y.GetType().Name
## STDOUT:
256
Int32
Cannot convert value "256" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."
Byte
## END

#### unary minus keeps Int16 and Single, and makes Int32 of a Byte
(-[byte]5).GetType().Name; (-[int16]5).GetType().Name; (-[float]1.5).GetType().Name; -[float]1.5
(+[sbyte]5).GetType().Name
## STDOUT:
Int32
Int16
Single
-1.5
Int32
## END

#### bitwise operators take the wider type, UInt32 and Int64 included
([uint32]5 -bor 2).GetType().Name; [uint32]5 -bor 2; ([byte]1 -band 3).GetType().Name
[uint32]1 -shl 31; ([uint32]1 -shl 31).GetType().Name; ([long]1 -shl 40).GetType().Name
## STDOUT:
UInt32
7
Int32
2147483648
UInt32
Int64
## END

#### a Single shows 7 significant digits, as a Double its full value
[float]1.1; [double][float]1.1; [float]123456789; [float]0.1 + 0; "$([float]1.1)"; [string][float]2.5
## STDOUT:
1.1
1.10000002384186
1.234568E+08
0.100000001490116
1.1
2.5
## END

#### Single arithmetic is done in Double
[float]1.1 + 1
([float]1.5 + [float]1.5).GetType().Name
[float]0.1 + [float]0.2
([float]2 * 3).GetType().Name
## STDOUT:
2.10000002384186
Double
0.300000004470348
Double
## END

#### a Single is not the Double of the same text
[float]1.1 -eq 1.1; [float]1.5 -eq 1.5
## STDOUT:
False
True
## END

#### a Double too large for a Single is an infinity; text too large fails
[float]1e39
try { [float]"1e39" } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
## STDOUT:
Infinity
Cannot convert value "1e39" to type "System.Single". Error: "Value was either too large or too small for a Single."
InvalidCastFromStringToDoubleOrSingle
## END

#### [byte[]] converts each element and keeps its type
$b = [byte[]](1, 2, 3)
$b.GetType().FullName; $b -join ','; $b[0].GetType().Name; $b
## STDOUT:
System.Byte[]
1,2,3
Byte
1
2
3
## END

#### a byte array element refuses a value out of range
$a = [byte[]]::new(3)
$a -join ','
$a[0] = 7; $a[0].GetType().Name
try { $a[1] = 300 } catch { $_.Exception.Message }
## STDOUT:
0,0,0
Byte
Cannot convert value "300" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."
## END

#### bytes become characters
-join [char[]][byte[]](72, 105); [byte][char]'A'
## STDOUT:
Hi
65
## END

#### a typed parameter converts its argument
function Get-Size([uint16]$Size) { "$Size $($Size.GetType().Name)" }
Get-Size 42
Get-Size "7"
## STDOUT:
42 UInt16
7 UInt16
## END

#### hexadecimal formats use the value's own size
([sbyte]-1).ToString("X"); "{0:X4}" -f [int16]-1; ([byte]255).ToString("x2")
[uint64]::MaxValue.ToString("X"); ([long]-1).ToString("X"); (-1).ToString("X")
## STDOUT:
FF
FFFF
ff
FFFFFFFFFFFFFFFF
FFFFFFFFFFFFFFFF
FFFFFFFF
## END

#### number formats take the sized types and Single
"{0:N2}" -f [float]1.1; ([uint32]1234567).ToString("N0"); "{0:D5}" -f [uint64]42; "{0}" -f [float]1.1
## STDOUT:
1.10
1,234,567
00042
1.1
## END

#### Export-Clixml keeps the types
$d = Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()); $null = New-Item -ItemType Directory $d
Push-Location $d
try {
    @([byte]5, [sbyte]-5, [int16]-3, [uint16]3, [uint32]7, [uint64]::MaxValue, [float]1.1) | Export-Clixml n.xml
    Import-Clixml n.xml | ForEach-Object { "$_ $($_.GetType().Name)" }
} finally { Pop-Location; Remove-Item $d -Recurse -Force }
## STDOUT:
5 Byte
-5 SByte
-3 Int16
3 UInt16
7 UInt32
18446744073709551615 UInt64
1.1 Single
## END

#### a type object's text is its first 5.1 accelerator
"$([byte]) $([sbyte]) $([int16]) $([uint16]) $([uint32]) $([uint64]) $([single]) $([byte[]])"
## stdout: byte sbyte int16 uint16 uint32 uint64 float byte[]

#### text compared with a Single is read as a Single
[float]1.1 -eq "1.1"; [float]1.1 -eq 1.1
## STDOUT:
True
False
## END

#### ConvertTo-Json writes a Single as its round-trip text
[pscustomobject]@{a=[float]1.1; b=[byte]7; c=[uint64]::MaxValue} | ConvertTo-Json -Compress
## stdout: {"a":1.1,"b":7,"c":18446744073709551615}

#### a Lync partner's ConnectionLimit is a UInt32
$p = Get-CsXmppAllowedPartner | Select-Object -First 1
$p.ConnectionLimit.GetType().FullName
## stdout: System.UInt32

#### Get-Member -Static lists a numeric type's statics
[byte] | Get-Member -Static | ForEach-Object { "$($_.Name): $($_.Definition)" }
## STDOUT:
Parse: static byte Parse(string s)
TryParse: static bool TryParse(string s, [ref] byte result)
MaxValue: static byte MaxValue {get;}
MinValue: static byte MinValue {get;}
## END

#### -bnot keeps UInt32, UInt64 and Int64, and makes Int32 of a Byte
-bnot [uint32]0; (-bnot [uint32]0).GetType().Name; (-bnot [byte]0).GetType().Name; -bnot [uint64]0; (-bnot [long]0).GetType().Name
## STDOUT:
4294967295
UInt32
Int32
18446744073709551615
Int64
## END

#### a Double operand of a bitwise operator rounds half to even; NaN cannot convert
3.7 -band 7; 2.5 -bor 0
try { 5 -band [double]::NaN } catch { $_.Exception.Message }
## STDOUT:
4
2
Cannot convert value "NaN" to type "System.UInt64". Error: "Value was either too large or too small for a UInt64."
## END

#### a Decimal compares with a NaN Double without failing
1.5d -lt [double]::NaN; [double]::NaN -lt 1.5d
## STDOUT:
False
False
## END

#### a [byte] parameter refuses a number out of range as an argument transformation
function Get-Level([byte]$Level) { $Level }
Get-Level 300
## error-id: ParameterArgumentTransformationError

#### a [float] parameter and variable keep a Single
function Get-Ratio([float]$Ratio) { "$Ratio $($Ratio.GetType().Name)" }
Get-Ratio 1.1
[float]$y = 1.1; $y += 1; "$y $($y.GetType().Name)"
## STDOUT:
1.1 Single
2.1 Single
## END

#### a decimal is written with all its digits, never with an exponent; [decimal]'s constants
$d = 0.0000001d
"$d"
$d | ConvertTo-Json
[decimal]::MaxValue
[decimal]::MinusOne + [decimal]::One
## STDOUT:
0.0000001
0.0000001
79228162514264337593543950335
0
## END

#### a decimal compares with text read as a decimal, and with a double as .NET converts it
1.5d -eq '1.5'
0.1d -eq '0.1'
0.1d -eq 0.1
[decimal]::MaxValue -eq '79228162514264337593543950335'
0.1d -lt '0.2'
2d -gt 10
(ConvertFrom-Json '{"a":0.1}').a -eq 0.1
## STDOUT:
True
True
True
True
True
False
True
## END

#### a whole number literal too big for Int64 is a Decimal, and a Double beyond that
(9223372036854775808).GetType().Name
(79228162514264337593543950336).GetType().Name
(1 + '9223372036854775808').GetType().Name
## STDOUT:
Decimal
Double
Decimal
## END
