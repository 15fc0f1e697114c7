# [System.Convert]: Base64, numbers in other bases and the one-argument conversions, as .NET Framework has them.

#### ToBase64String and FromBase64String round-trip a Byte[]
$b = [Text.Encoding]::UTF8.GetBytes("Hi!")
[Convert]::ToBase64String($b)
$back = [Convert]::FromBase64String("SGkh")
$back -join ','; $back.GetType().FullName
## STDOUT:
SGkh
72,105,33
System.Byte[]
## END

#### FromBase64String refuses a bad length or character with .NET's FormatException
try { [Convert]::FromBase64String("abc") } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { [Convert]::FromBase64String("ab!c") } catch { $_.FullyQualifiedErrorId }
## STDOUT:
Exception calling "FromBase64String" with "1" argument(s): "Invalid length for a Base-64 char array or string."
FormatException
FormatException
## END

#### ToString in base 2, 8 and 16; a negative number shows its two's complement in its own size
[Convert]::ToString(255, 2); [Convert]::ToString(8, 8); [Convert]::ToString(-1, 16)
[Convert]::ToString([byte]255, 16); [Convert]::ToString([long]-1, 16); [Convert]::ToString(-5, 10)
## STDOUT:
11111111
10
ffffffff
ff
ffffffffffffffff
-5
## END

#### a base other than 2, 8, 10 or 16 is .NET's ArgumentException
try { [Convert]::ToString(5, 3) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
## STDOUT:
Exception calling "ToString" with "2" argument(s): "Invalid Base."
ArgumentException
## END

#### ToInt32 and its kind read digits of a base; in base 16 the digits are the type's bits
[Convert]::ToInt32("ff", 16); [Convert]::ToInt32("ffffffff", 16); [Convert]::ToInt32("0x1F", 16)
[Convert]::ToByte("11111111", 2); [Convert]::ToUInt32("ffffffff", 16).GetType().Name
## STDOUT:
255
-1
31
255
UInt32
## END

#### digits the base does not have are .NET's FormatException
try { [Convert]::ToInt32("zz", 16) } catch { $_.Exception.Message }
try { [Convert]::ToInt32("1z", 16) } catch { $_.Exception.Message }
## STDOUT:
Exception calling "ToInt32" with "2" argument(s): "Could not find any recognizable digits."
Exception calling "ToInt32" with "2" argument(s): "Additional non-parsable characters are at the end of the string."
## END

#### the one-argument conversions round half to even and read text as Parse does
[Convert]::ToInt32(2.5); [Convert]::ToInt32(3.5); [Convert]::ToInt32("42"); [Convert]::ToByte(7).GetType().Name
[Convert]::ToInt64("123").GetType().Name; [Convert]::ToDouble("1.5"); [Convert]::ToSingle(1.1).GetType().Name
[Convert]::ToInt32($null)
## STDOUT:
2
4
42
Byte
Int64
1.5
Single
0
## END

#### a number out of the type's range is .NET's OverflowException
try { [Convert]::ToByte(300) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
## STDOUT:
Exception calling "ToByte" with "1" argument(s): "Value was either too large or too small for an unsigned byte."
OverflowException
## END

#### text that is no number is .NET's FormatException
try { [Convert]::ToInt32("abc") } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
## STDOUT:
Exception calling "ToInt32" with "1" argument(s): "Input string was not in a correct format."
FormatException
## END

#### [Convert] is System.Convert
[Convert].FullName; [System.Convert].Name
## STDOUT:
System.Convert
Convert
## END
