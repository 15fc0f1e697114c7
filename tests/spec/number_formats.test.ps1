# Numeric format strings in -f, as Windows PowerShell 5.1 (.NET Framework, en-US) applies them:
# standard formats with .NET's rounding, and custom formats of 0 and # placeholders.

#### custom placeholders: zeros always show, hashes only when significant
"{0:0.00}" -f 3.14159
"{0:00}" -f 7
"{0:000.0}" -f 3.14159
"{0:#.##}" -f 2.5
"{0:0.##}" -f 2
"[{0:#.##}]" -f 0
## STDOUT:
3.14
07
003.1
2.5
2
[]
## END

#### a group separator between placeholders groups by threes; commas before the point scale by 1000
"{0:#,0} bytes" -f 1234567
"{0:#,##0.00}" -f -1234.5
"{0:#,##0,,} million" -f 1234567890
## STDOUT:
1,234,567 bytes
-1,234.50
1,235 million
## END

#### percent, literals, escapes and a phone-number picture
"{0:0.0%}" -f 0.256
"{0:'#'0}" -f 42
"{0:\#0}" -f 42
"{0:(###) ###-####}" -f 5551234567
## STDOUT:
25.6%
#42
#42
(555) 123-4567
## END

#### sections for positive, negative and zero
"{0:0;(0);zero}" -f 5
"{0:0;(0);zero}" -f -5
"{0:0;(0);zero}" -f 0
## STDOUT:
5
(5)
zero
## END

#### an exponent
"{0:0.00E+00}" -f 12345.678
"{0:0.0e0}" -f 0.00012
## STDOUT:
1.23E+04
1.2e-4
## END

#### midpoints round away from zero, a double read to 15 digits first, as .NET Framework does
"{0:N2}" -f 0.125
"{0:F0}" -f 2.5
"{0:F2}" -f 2.675
"{0:N0}" -f 1234.5
"{0:0.00}" -f -0.001
## STDOUT:
0.13
3
2.68
1,235
0.00
## END

#### currency in en-US: a dollar sign, and parentheses for a negative amount
"{0:C}" -f 1234.5
"{0:C0}" -f -1234.5
## STDOUT:
$1,234.50
($1,235)
## END

#### text is not a number: a format leaves it as it is
"{0:N2}|{1:0.0}" -f "5", "abc"
## stdout: 5|abc

#### a precision over 99 is an invalid format
"{0:N100}" -f 1
## error-id: FormatError

#### a format with no placeholder before the point still shows the whole part; one with none at all only its text
(5.25).ToString(".00")
(0.5).ToString(".00")
(5).ToString("abc")
## STDOUT:
5.25
.50
abc
## END

#### the whole part goes just before the point when no placeholder stands for it
(5.25).ToString("$.00")
## stdout: $5.25
