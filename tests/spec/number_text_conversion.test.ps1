# Text to number in a conversion (a cast, -as, a typed parameter): PowerShell reads Double and Single
# with the invariant culture's Float and AllowThousands styles, and falls back on that reading for the
# integer types and Decimal. Arithmetic on text does not take thousands separators.

#### a cast to double takes thousands separators
[double]"1,234.5"
[double]" 1,000,000 "
[single]"1,234.5"
[double]"-1,000e2"
## STDOUT:
1234.5
1000000
1234.5
-100000
## END

#### a cast to an integer type passes text with separators through double
[int]"1,234"
[long]"9,876,543,210"
[int]"1,234.5"
([int]"1,234").GetType().Name
## STDOUT:
1234
9876543210
1234
Int32
## END

#### a cast to decimal takes thousands separators
[decimal]"1,234.50"
## stdout: 1234.50

#### -as and typed parameters convert the same way
"1,234.5" -as [double]
function Double-It([double]$n) { $n * 2 }
Double-It "1,000.25"
## STDOUT:
1234.5
2000.5
## END

#### a separator may follow any digit, but not come before the first
[double]"1,5"
[double]",5"
## stdout: 15
## error-id: ConvertToFinalInvalidCastException

#### an integer too large once the separators are gone is a format failure
[int]"99,999"
[int]"99,999,999,999"
## stdout: 99999
## error-id: InvalidCastFromStringToInteger
