# Types, static members, -split forms, switch -File and automatic variables.

#### [char] from a number
[char]65
## stdout: A

#### [char] reports its type
([char]"a").GetType().Name
## stdout: Char

#### [char] of a longer string is an error
[char]"ab"
## status: error

#### [decimal] keeps its scale
[decimal]"1.10" + 1
## stdout: 2.10

#### [string]::Format
[string]::Format("{0}-{1}", "a", 2)
## stdout: a-2

#### [int]::Parse
[int]::Parse("41") + 1
## stdout: 42

#### [regex]::Matches finds every match
([regex]::Matches("a1b22c333", "\d+")).Count
## stdout: 3

#### [regex]::Match exposes groups
[regex]::Match("abc", "b(c)").Groups[1].Value
## stdout: c

#### [regex]::IsMatch is case-sensitive
[regex]::IsMatch("x", "X")
## stdout: False

#### unary -split drops white space at the ends
(-split "  a  b ").Count
## stdout: 2

#### -split with SimpleMatch takes the delimiter literally
("a.b.c" -split ".", 0, "SimpleMatch") -join "|"
## stdout: a|b|c

#### -split with a maximum number of substrings
("a,b,c" -split ",", 2) -join "|"
## stdout: a|b,c

#### -split with a script block
("a1b2c" -split {$_ -match "\d"}) -join "|"
## stdout: a|b|c

#### -csplit is case-sensitive
("aXbxc" -csplit "x") -join "|"
## stdout: aXb|c

#### $MyInvocation in a function names it
function Show-Name { $MyInvocation.MyCommand.Name }
Show-Name
## stdout: Show-Name

#### $Host answers as the console host
$Host.Name
## stdout: ConsoleHost

#### Invoke-Expression runs in the current scope
Invoke-Expression '$fromIex = 7'
$fromIex
## stdout: 7

#### Import-Module Lync is accepted
Import-Module Lync
"loaded"
## stdout: loaded

#### Import-Module of an unknown module
Import-Module NoSuchModule
## error-id: Modules_ModuleNotFound

#### [scriptblock]::Create makes a script block of pyshell code
$sb = [scriptblock]::Create("1 + 1")
& $sb
## stdout: 2

#### [scriptblock]::Create with text that does not parse
[scriptblock]::Create("1 +")
## error-id: ExpectedValueExpression

#### an empty custom object has an empty string form
"[$([pscustomobject]@{})]"
## stdout: []

#### [Environment]::NewLine is the platform's line end
[Environment]::NewLine -in @("`n", "`r`n")
## stdout: True

#### right after an expression, a dot before a digit is member access, not a number
$h = @{ '23' = 'Any' }
$h.23
$o = [pscustomobject]@{ '1' = 'one' }
$o.1
$n = 3
$n + .5
## STDOUT:
Any
one
3.5
## END

#### using namespace lets a script name types by their short names
using namespace System.Text
using namespace System.Collections.Generic
$sb = [StringBuilder]::new()
[void]$sb.Append('ab')
$sb.ToString()
$list = [List[string]]::new()
$list.Add('x')
$list.Count
function Get-Kind([List[int]]$Numbers) { $Numbers.GetType().Name }
Get-Kind @(1, 2)
## STDOUT:
ab
1
List`1
## END

#### using namespace also serves a generic type's arguments, and [[T]] names T
using namespace System.Collections.Generic
$d = [Dictionary[Dictionary[List[int], string], Stack[double]]]::new()
$d.GetType().Name
$l = [List[[int]]]::new()
$l.Add('42')
$l[0].GetType().Name
[System.Collections.Generic.Stack[[string]]]::new().GetType().Name
## STDOUT:
Dictionary`2
Int32
Stack`1
## END

#### a using statement after another statement is PowerShell's parse error
'first'
using namespace System.Text
## error-id: UsingMustBeAtStartOfScript

#### using module is refused: pyshell loads no modules from files
using module Contoso.Tools
## error-id: KeywordNotSupported

#### using namespace holds for New-Object's type name while the script runs
using namespace System.Collections.Generic
$d = New-Object 'Dictionary[string, List[int]]'
$d.GetType().Name
function Get-Kind { (New-Object 'Stack[double]').GetType().Name }
Get-Kind
## STDOUT:
Dictionary`2
Stack`1
## END
