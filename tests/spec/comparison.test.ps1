# Comparison operators (about_Comparison_Operators): case-insensitive by default, `c` forms are
# case-sensitive, the right operand is converted to the left operand's type, and a collection on
# the left filters instead of giving a Boolean.

#### -eq on equal integers
1 -eq 1
## stdout: True

#### -eq on different integers
1 -eq 2
## stdout: False

#### -ne
1 -ne 2
## stdout: True

#### -eq ignores case by default
"abc" -eq "ABC"
## stdout: True

#### -ieq ignores case explicitly
"abc" -ieq "ABC"
## stdout: True

#### -ceq is case-sensitive
"abc" -ceq "ABC"
## stdout: False

#### -cne is case-sensitive
"abc" -cne "ABC"
## stdout: True

#### number on the left converts a string on the right
5 -eq "5"
## stdout: True

#### string on the left converts a number on the right
"5" -eq 5
## stdout: True

#### string on the left compares as text
"05" -eq 5
## stdout: False

#### number on the left compares as a number
5 -eq "05"
## stdout: True

#### number compared with text that is not a number is just unequal
1 -eq "abc"
## stdout: False

#### $null -eq $null
$null -eq $null
## stdout: True

#### $null is not equal to zero
$null -eq 0
## stdout: False

#### $true equals a non-empty string
$true -eq "false"
## stdout: True

#### -eq with an array on the left filters
(1, 2, 3, 2 -eq 2) -join ","
## stdout: 2,2

#### -eq filter that keeps nothing gives an empty array
(1, 2, 3 -eq 9).Count
## stdout: 0

#### -ne with an array on the left filters
(1, 2, 3 -ne 2) -join ","
## stdout: 1,3

#### filtering an array for $null
(@(1, $null, 2) -eq $null).Count
## stdout: 1

#### -ceq filters case-sensitively
("a", "A", "b" -ceq "A") -join ","
## stdout: A

#### -gt on numbers
5 -gt 3
## stdout: True

#### -gt false
3 -gt 5
## stdout: False

#### -ge on equal numbers
2 -ge 2
## stdout: True

#### -lt
1 -lt 2
## stdout: True

#### -le false
2 -le 1
## stdout: False

#### -gt on strings ignores case
"B" -gt "a"
## stdout: True

#### -lt on strings
"apple" -lt "banana"
## stdout: True

#### a string on the left compares as text, so "10" is less than 9
"10" -gt 9
## stdout: False

#### a number on the left converts the right, so 10 is more than "9"
10 -gt "9"
## stdout: True

#### -cgt compares linguistically: a lower-case letter does not outrank a later capital
"B" -cgt "a"
## stdout: True

#### -clt: lower case sorts before upper case of the same letter
"a" -clt "A"
## stdout: True

#### -gt with an array on the left filters
(1, 5, 10 -gt 4) -join ","
## stdout: 5,10

#### -le with an array on the left filters
(1, 5, 10 -le 5) -join ","
## stdout: 1,5

#### -gt between a number and text that is not a number fails
1 -gt "abc"
## error-id: ComparisonFailure

#### -like with a trailing wildcard
"PowerShell" -like "power*"
## stdout: True

#### -like ignores case
"PowerShell" -like "*SHELL"
## stdout: True

#### -clike is case-sensitive
"PowerShell" -clike "*shell"
## stdout: False

#### -like question mark matches one character
"abc" -like "a?c"
## stdout: True

#### -like question mark needs exactly one character
"ac" -like "a?c"
## stdout: False

#### -like character range
"bat" -like "[a-c]at"
## stdout: True

#### -like character set
"hat" -like "[bc]at"
## stdout: False

#### -like without wildcards is a whole-string comparison
"abc" -like "b"
## stdout: False

#### -like backtick escapes a wildcard character
"a*c" -like 'a`*c'
## stdout: True

#### an escaped star matches only a star
"abc" -like 'a`*c'
## stdout: False

#### -notlike
"abc" -notlike "b*"
## stdout: True

#### -like with an array on the left filters
("apple", "banana", "avocado" -like "a*") -join ","
## stdout: apple,avocado

#### -notlike with an array on the left filters
("apple", "banana", "avocado" -notlike "a*") -join ","
## stdout: banana

#### -match finds a regex anywhere in the string
"hello world" -match "o w"
## stdout: True

#### -match is not anchored but can be
"hello" -match "^ello"
## stdout: False

#### -match ignores case
"ABC" -match "abc"
## stdout: True

#### -cmatch is case-sensitive
"ABC" -cmatch "abc"
## stdout: False

#### -notmatch
"abc" -notmatch "d"
## stdout: True

#### -match sets $Matches
$null = "abc123def" -match "\d+"
$Matches[0]
## stdout: 123

#### -match capture groups are numbered in $Matches
$null = "John Smith" -match "(\w+) (\w+)"
$Matches[2]
## stdout: Smith

#### -match named groups in $Matches
$null = "key=value" -match "(?<name>\w+)=(?<val>\w+)"
$Matches.name + ":" + $Matches.val
## stdout: key:value

#### $Matches keys are case-insensitive
$null = "key=value" -match "(?<Name>\w+)="
$Matches.NAME
## stdout: key

#### a failed -match leaves $Matches alone
$null = "abc" -match "b"
$null = "xyz" -match "q"
$Matches[0]
## stdout: b

#### -match with an array on the left filters and does not set $Matches
$null = "abc" -match "b"
$r = "xyz", "xzz", "q" -match "z"
$r -join ","
$Matches[0]
## STDOUT:
xyz,xzz
b
## END

#### -notmatch with an array on the left filters
("a1", "b", "c2" -notmatch "\d") -join ","
## stdout: b

#### -notmatch sets $Matches when the pattern matches
"abc" -notmatch "b"
$Matches[0]
## STDOUT:
False
b
## END

#### -match returns a Boolean for a scalar
("abc" -match "b").GetType().Name
## stdout: Boolean

#### -match on a number converts it to text
123 -match "^\d+$"
## stdout: True

#### -contains finds an element
1, 2, 3 -contains 2
## stdout: True

#### -contains converts the value to the element type
1, 2, 3 -contains "2"
## stdout: True

#### -contains ignores case
"a", "b" -contains "A"
## stdout: True

#### -ccontains is case-sensitive
"a", "b" -ccontains "A"
## stdout: False

#### -contains is not a substring test
"abc" -contains "a"
## stdout: False

#### -notcontains
1, 2, 3 -notcontains 4
## stdout: True

#### -in finds the left value in the right collection
2 -in 1, 2, 3
## stdout: True

#### -in ignores case
"A" -in "a", "b"
## stdout: True

#### -cin is case-sensitive
"A" -cin "a", "b"
## stdout: False

#### -notin
4 -notin 1, 2, 3
## stdout: True

#### -in with a collection on the left compares the collection itself
(1, 2) -in 1, 2
## stdout: False

#### -in converts the right elements to the left value's type
"2" -in 1, 2, 3
## stdout: True
