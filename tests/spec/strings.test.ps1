# Strings: quoting, expansion, escapes, here-strings (about_Quoting_Rules, about_Special_Characters).

#### single-quoted strings do not expand
$x = 1
'a $x b'
## stdout: a $x b

#### double-quoted strings expand variables
$x = 1
"a $x b"
## stdout: a 1 b

#### two single quotes inside single quotes make one
'it''s'
## stdout: it's

#### two double quotes inside double quotes make one
"say ""hi"""
## stdout: say "hi"

#### a single quote inside double quotes
"it's"
## stdout: it's

#### subexpression
$x = 2
"x+1 is $($x + 1)"
## stdout: x+1 is 3

#### subexpression with a member
$s = "hello"
"length $($s.Length)"
## stdout: length 5

#### a member after a variable is not expanded
$s = "hello"
"$s.Length"
## stdout: hello.Length

#### braced variable name in a string
$x = "ab"
"${x}c"
## stdout: abc

#### backtick escapes the dollar
$x = 1
"`$x is $x"
## stdout: $x is 1

#### backtick t is a tab
"a`tb" -match "^a\tb$"
## stdout: True

#### backtick n is a newline
"a`nb" -match "^a\nb$"
## stdout: True

#### a string with a newline prints as two lines
"a`nb"
## STDOUT:
a
b
## END

#### backtick before an ordinary character keeps the character
"a`qb"
## stdout: aqb

#### backtick escapes a double quote
"say `"hi`""
## stdout: say "hi"

#### backticks are literal in single quotes
'a`tb'
## stdout: a`tb

#### undefined variable expands to nothing
"[$undefinedvariable]"
## stdout: []

#### an array expands with spaces
$a = 1, 2, 3
"$a"
## stdout: 1 2 3

#### $OFS changes the array separator
$a = 1, 2, 3
$OFS = "-"
"$a"
## stdout: 1-2-3

#### $true expands as True
"$true"
## stdout: True

#### a double expands in PowerShell's format
$d = 2.5
"$d"
## stdout: 2.5

#### nested quotes inside a subexpression
"outer $("inner") end"
## stdout: outer inner end

#### expandable here-string
$name = "World"
@"
Hello $name
  second line
"@
## STDOUT:
Hello World
  second line
## END

#### literal here-string
@'
$name stays
"quotes" stay
'@
## STDOUT:
$name stays
"quotes" stay
## END

#### here-string does not include the final newline
$h = @"
a
"@
$h.Length
## stdout: 1

#### string length
"hello".Length
## stdout: 5

#### string indexing
"hello"[1]
## stdout: e

#### negative string indexing
"hello"[-1]
## stdout: o

#### ToUpper method
"abc".ToUpper()
## stdout: ABC

#### Substring method
"abcdef".Substring(2, 3)
## stdout: cde

#### Replace method is literal and case-sensitive
"a.b.c".Replace(".", "-")
## stdout: a-b-c

#### Contains method is case-sensitive
"Hello".Contains("hello")
## stdout: False

#### Split method
"a,b,c".Split(",").Count
## stdout: 3

#### Trim method
"  x  ".Trim() + "|"
## stdout: x|

#### string comparison with -eq is not affected by the culture of case
"HELLO".ToLower() -ceq "hello"
## stdout: True

#### [string] cast of a number
([string]42).Length
## stdout: 2

#### [string] cast of an array joins with spaces
[string](1, 2, 3)
## stdout: 1 2 3

#### empty string output is an empty line
""
## stdout-json: "\n"

#### multiple expressions on one line
"a"; "b"
## STDOUT:
a
b
## END

#### comment is ignored
"a" # a comment
## stdout: a

#### block comment is ignored
"a" <# inline
block #> + "b"
## stdout: ab

#### -split, Split() and ToCharArray() give typed arrays, as in .NET
("a,b" -split ",").GetType().FullName
"a b".Split(" ").GetType().FullName
"ab".ToCharArray().GetType().FullName
"ab".ToCharArray()[0].GetType().FullName
## STDOUT:
System.String[]
System.String[]
System.Char[]
System.Char
## END

#### Split with RemoveEmptyEntries drops the empty pieces
"a b  c".Split(" ", [System.StringSplitOptions]::RemoveEmptyEntries) -join "|"
"a,,b".Split(",") -join "|"
## STDOUT:
a|b|c
a||b
## END

#### Split() with no separator splits on each white-space character
"a b`tc".Split().Count
## stdout: 3

#### a string's element is a [char]: it joins as text, compares with a character code, counts as one
$s = "a`bc"
$s[1].GetType().FullName
$s[1] -eq 8
$s[0] -eq 'A'
$s[0] + $s[2]
'5'[0] - 48
[int]'abc'[0]
($s[0..2] | ForEach-Object { $_.GetType().Name }) -join ','
## STDOUT:
System.Char
True
True
ac
5
97
Char,Char,Char
## END
