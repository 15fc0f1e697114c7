# PowerShell accepts the en dash (U+2013), em dash (U+2014) and horizontal bar (U+2015) wherever it
# accepts a dash, and curly quotes (U+2018/U+2019, U+201C/U+201D) wherever it accepts quotes — text
# pasted from Word or from the Lync documentation works.

#### en dash before a comparison operator
1 –eq 1
## stdout: True

#### em dash before a comparison operator
1 —eq 1
## stdout: True

#### horizontal bar before a comparison operator
2 ―gt 1
## stdout: True

#### en dash -like
"abc" –like "A*"
## stdout: True

#### en dash -match
"abc" –match "b"
## stdout: True

#### en dash as the minus operator
5 – 2
## stdout: 3

#### en dash -not at the start of a statement
–not $false
## stdout: True

#### en dash -and
$true –and $true
## stdout: True

#### en dash -join
1, 2 –join "+"
## stdout: 1+2

#### curly double quotes
“hello”
## stdout: hello

#### curly double quotes expand variables
$x = 2
“x is $x”
## stdout: x is 2

#### a curly-quoted string may close with a straight quote
“mixed"
## stdout: mixed

#### curly single quotes
‘single’
## stdout: single

#### curly single quotes do not expand
$x = 2
‘$x’
## stdout: $x

#### curly quotes around a command argument
function f($v) { "<$v>" }
f “a b”
## stdout: <a b>

#### en dash before a function parameter name
function f($Name) { $Name }
f –Name x
## stdout: x

#### em dash before a function parameter name
function f($Name) { $Name }
f —Name y
## stdout: y

#### en dash before a cmdlet parameter
(Get-CsAdminRole –Identity "CsHelpDesk").Identity
## stdout: CsHelpDesk

#### en dash inside a Where-Object script block
(1..5 | Where-Object { $_ –gt 3 }) -join ","
## stdout: 4,5

#### en dash before a Where-Object switch
$items = [pscustomobject]@{v = 1}, [pscustomobject]@{v = 2}
($items | Where-Object v –eq 2).v
## stdout: 2
