# Arithmetic, logical operators, ranges, -join/-split/-replace/-f (about_Arithmetic_Operators,
# about_Logical_Operators).

#### addition
1 + 2
## stdout: 3

#### subtraction
10 - 3
## stdout: 7

#### multiplication with a double
4 * 2.5
## stdout: 10

#### precedence of * over +
2 + 3 * 4
## stdout: 14

#### parentheses
(2 + 3) * 4
## stdout: 20

#### subtraction is left-associative
10 - 2 - 3
## stdout: 5

#### division that is not exact gives a double
10 / 4
## stdout: 2.5

#### exact division gives an integer
(10 / 2).GetType().Name
## stdout: Int32

#### inexact division is a Double
(10 / 4).GetType().Name
## stdout: Double

#### a third prints with 15 significant digits
1 / 3
## stdout: 0.333333333333333

#### two thirds rounds the last digit
2 / 3
## stdout: 0.666666666666667

#### 0.1 + 0.2 prints as 0.3
0.1 + 0.2
## stdout: 0.3

#### remainder
7 % 3
## stdout: 1

#### remainder takes the sign of the dividend
-7 % 3
## stdout: -1

#### remainder of doubles
7.5 % 2
## stdout: 1.5

#### unary minus
-5 + 2
## stdout: -3

#### Int32 overflow widens instead of wrapping
2147483647 + 1
## stdout: 2147483648

#### number on the left converts a numeric string
1 + "2"
## stdout: 3

#### string on the left concatenates
"1" + 2
## stdout: 12

#### string concatenation
"a" + "b"
## stdout: ab

#### number plus text that is not a number fails
1 + "a"
## error-id: InvalidCastFromStringToInteger

#### string repetition
"ab" * 3
## stdout: ababab

#### array concatenation
((1, 2) + 3) -join ","
## stdout: 1,2,3

#### array plus array
((1, 2) + (3, 4)).Count
## stdout: 4

#### array repetition
((1, 2) * 2) -join ","
## stdout: 1,2,1,2

#### the comma binds tighter than +
(1, 2 + 3).Count
## stdout: 3

#### kilobyte suffix
1kb
## stdout: 1024

#### megabyte suffix
2mb
## stdout: 2097152

#### hexadecimal literal
0x1F
## stdout: 31

#### exponent literal
1e3
## stdout: 1000

#### decimal literal with a fraction
1.5 + 1
## stdout: 2.5

#### -and
$true -and $false
## stdout: False

#### -or
$true -or $false
## stdout: True

#### -xor
$true -xor $true
## stdout: False

#### -not
-not $true
## stdout: False

#### ! is -not
!$false
## stdout: True

#### !0 is True
!0
## stdout: True

#### -not of an empty string
-not ""
## stdout: True

#### -not of a non-empty string, even "False"
-not "False"
## stdout: False

#### -not of an empty array
-not @()
## stdout: True

#### -and with numbers
1 -and 0
## stdout: False

#### -and short-circuits
$zero = 0
$false -and (1 / $zero)
## stdout: False

#### -or short-circuits
$zero = 0
$true -or (1 / $zero)
## stdout: True

#### comparison binds tighter than -and
1 + 1 -eq 2 -and 3 -gt 2
## stdout: True

#### -and and -or have equal precedence, left to right
$true -or $false -and $false
## stdout: False

#### range
(1..5) -join ","
## stdout: 1,2,3,4,5

#### descending range
(5..1) -join ","
## stdout: 5,4,3,2,1

#### range through zero
(-2..2) -join ","
## stdout: -2,-1,0,1,2

#### range count
(1..10).Count
## stdout: 10

#### range with variables
$n = 3
(1..$n) -join ""
## stdout: 123

#### range of one
(4..4).Count
## stdout: 1

#### -join
1, 2, 3 -join "-"
## stdout: 1-2-3

#### unary -join
-join ("a", "b", "c")
## stdout: abc

#### -split
("a,b,c" -split ",").Count
## stdout: 3

#### -split uses a regular expression
("a1b22c" -split "\d+") -join "|"
## stdout: a|b|c

#### -split with a maximum count
("a b c d" -split " ", 2)[1]
## stdout: b c d

#### unary -split splits on whitespace
(-split "a b  c").Count
## stdout: 3

#### -replace
"hello" -replace "l", "L"
## stdout: heLLo

#### -replace ignores case
"hello" -replace "L", "x"
## stdout: hexxo

#### -creplace is case-sensitive
"hello" -creplace "L", "x"
## stdout: hello

#### -replace with capture group substitutions
"John Smith" -replace "(\w+) (\w+)", '$2 $1'
## stdout: Smith John

#### -replace without a replacement removes
"a-b-c" -replace "-"
## stdout: abc

#### -replace on an array replaces in each element
("ab", "cb" -replace "b", "x") -join ","
## stdout: ax,cx

#### -f formats positional arguments
"{0}-{1}" -f 1, 2
## stdout: 1-2

#### -f with a numeric format
"{0:N2}" -f 3.14159
## stdout: 3.14

#### -f with alignment
"[{0,4}]" -f 7
## stdout: [   7]

#### -is
5 -is [int]
## stdout: True

#### -isnot
"5" -isnot [int]
## stdout: True

#### -as converts
("42" -as [int]) + 1
## stdout: 43

#### -as gives $null when it cannot convert
$null -eq ("abc" -as [int])
## stdout: True

#### cast to int rounds half to even
[int]2.5
## stdout: 2

#### cast to int rounds
[int]3.7
## stdout: 4

#### cast of a string to int
[int]"42" + 1
## stdout: 43

#### -band and -bor
(6 -band 3), (6 -bor 3) -join ","
## stdout: 2,7

#### Int32 overflow gives a Double
(2147483647 + 1).GetType().Name
## stdout: Double

#### integer results that fit stay Int32
(2 + 3).GetType().Name
## stdout: Int32

#### text on the right of a number is read as a number literal would be
1 + "1kb"
"1kb" - 1
1 + "0xFFFFFFFF"
(5 + "12L").GetType().Name
10 - ""
## STDOUT:
1025
1023
0
Int64
10
## END

#### text that is no number literal is still a conversion error
1 + "12 apples"
## error-id: InvalidCastFromStringToInteger

#### a range of letters is no range in 5.1: the ends must be numbers
'a'..'c'
## error-id: InvalidCastFromStringToInteger

#### a range's ends are rounded to Int32 as casts round them
(1.5..3.5) -join ','
('2'..'0') -join ','
## STDOUT:
2,3,4
2,1,0
## END
