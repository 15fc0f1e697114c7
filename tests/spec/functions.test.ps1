# Functions, param(), script blocks and the call operator (about_Functions,
# about_Functions_Advanced_Parameters, about_Script_Blocks).

#### a simple function
function f { "hi" }
f
## stdout: hi

#### function names ignore case
function Get-Thing { "thing" }
get-thing
## stdout: thing

#### positional arguments to declared parameters
function add($a, $b) { $a + $b }
add 1 2
## stdout: 3

#### named arguments in any order
function sub($a, $b) { $a - $b }
sub -b 1 -a 10
## stdout: 9

#### a param block
function f { param($name) "hello $name" }
f world
## stdout: hello world

#### a parameter default value
function f { param($n = 5) $n }
f
## stdout: 5

#### a typed parameter converts its argument
function f([int]$n) { $n + 1 }
f "41"
## stdout: 42

#### a parameter name may be shortened to a unique prefix
function f($Name) { $Name }
f -Na x
## stdout: x

#### a parameter name ignores case
function f($Name) { $Name }
f -name x
## stdout: x

#### a switch parameter
function f([switch]$Loud) { if ($Loud) { "LOUD" } else { "quiet" } }
f
f -Loud
## STDOUT:
quiet
LOUD
## END

#### a switch parameter set to $false explicitly
function f([switch]$Loud) { if ($Loud) { "LOUD" } else { "quiet" } }
f -Loud:$false
## stdout: quiet

#### -Name:value syntax
function f($Name) { "<$Name>" }
f -Name:abc
## stdout: <abc>

#### unbound arguments are in $args
function f { $args.Count }
f 1 2 3
## stdout: 3

#### $args elements
function f { $args[1] }
f a b c
## stdout: b

#### return leaves the function
function f { return 5; 6 }
f
## stdout: 5

#### every statement's output is the function's output
function f { 1; 2 }
(f).Count
## stdout: 2

#### output before return is kept
function f { "a"; return "b" }
(f) -join ","
## stdout: a,b

#### recursion
function fact($n) { if ($n -le 1) { 1 } else { $n * (fact ($n - 1)) } }
fact 5
## stdout: 120

#### a function's result used in an expression
function two { 2 }
(two) + 3
## stdout: 5

#### a typed parameter rejects what it cannot convert
function f([int]$n) { $n }
f -n xyz
## error-id: ParameterArgumentTransformationError

#### an unknown named parameter of an advanced function
function f { [CmdletBinding()] param($a) $a }
f -b 1
## error-id: NamedParameterNotFound

#### a function with a process block handles each pipeline object
function double { process { $_ * 2 } }
1, 2, 3 | double
## STDOUT:
2
4
6
## END

#### begin, process and end blocks
function f { begin { "b" } process { "p$_" } end { "e" } }
1, 2 | f
## STDOUT:
b
p1
p2
e
## END

#### $input in the end block of a plain function
function f { $input -join "," }
1, 2, 3 | f
## stdout: 1,2,3

#### a parameter that takes pipeline input
function f { param([Parameter(ValueFromPipeline = $true)] $x) process { $x + 1 } }
1, 2 | f
## STDOUT:
2
3
## END

#### a mandatory parameter given by name
function f { param([Parameter(Mandatory = $true)] $x) "x=$x" }
f -x 1
## stdout: x=1

#### call a script block with &
$sb = { "inside" }
& $sb
## stdout: inside

#### a script block with parameters
$sb = { param($x) $x * 2 }
& $sb 4
## stdout: 8

#### a script block literal called directly
& { "inline" }
## stdout: inline

#### $args in a script block
& { $args[0] + $args[1] } 2 3
## stdout: 5

#### a script block's Invoke method
$sb = { param($a) $a + 1 }
$sb.Invoke(1)
## stdout: 2

#### a script block converts to its text
$sb = { 1 + 1 }
"[$sb]"
## stdout: [ 1 + 1 ]

#### a script block runs in a child scope
$x = 1
& { $x = 2 }
$x
## stdout: 1

#### dot-sourcing a script block runs in the current scope
$x = 1
. { $x = 2 }
$x
## stdout: 2

#### & with a command name in a string
function hello { "hello" }
& "hello"
## stdout: hello

#### a function defined later in the script is not yet known
early
function early { "early" }
## error-id: CommandNotFoundException

#### a variable set in a function is gone after it returns
function f { $inner = 1 }
f
$null -eq $inner
## stdout: True

#### pipeline into a function without a process block runs it once
function f { "once" }
1, 2, 3 | f
## stdout: once

#### several parameters with default values
function f { param($a = 1, $b = 2) "$a $b" }
f
## stdout: 1 2

#### a typed parameter keeps its type when the function assigns to it
function Count-Up { param([int]$n) $n = "41"; $n += 1; "$n $($n.GetType().Name)" }
Count-Up 1
## stdout: 42 Int32

#### assigning what a typed parameter cannot hold is PowerShell's conversion error
function Set-Count { param([int]$n) try { $n = "many" } catch { "$($_.FullyQualifiedErrorId) $($_.CategoryInfo.Reason)" } }
Set-Count 1
## stdout: RuntimeException ArgumentTransformationMetadataException

#### $args keeps an undeclared -name in its place among the other arguments
function f { $args -join "|" }
f a -x b
f -y a "b c" -x
## STDOUT:
a|-x|b
-y|a|b c|-x
## END

#### a return inside $( ) writes what the subexpression had collected, then the value, to the function's output
function Get-Pair { $('first'; return 'second'); 'never' }
Get-Pair
## STDOUT:
first
second
## END

#### a return in the value of an assignment writes the value to the output instead of assigning it
function Set-Late { $script:late = if ($true) { return 'one' } }
$late = 'unchanged'
Set-Late
$late
## STDOUT:
one
unchanged
## END

#### nested collections keep their order when a return leaves them
function Get-Nested { 'a'; $x = @('b'; $('c'; return 'd')); 'never' }
(Get-Nested) -join ','
## stdout: a,b,c,d

#### a return in a ForEach-Object block writes what it collected and goes on with the next object
1..3 | ForEach-Object { $y = $(if ($_ -eq 2) { return 'two' }); "v$_" }
## STDOUT:
v1
two
v3
## END

#### a void method adds nothing to a function's output
function Test-Void {
    $h = @{ a = 1 }; $h.Clear()
    $sw = [System.Diagnostics.Stopwatch]::new(); $sw.Start(); $sw.Stop()
    'only this'
}
@(Test-Void).Count
## stdout: 1

#### Thread::Sleep and GC::Collect add nothing to the output
@(& { [System.Threading.Thread]::Sleep(1); [GC]::Collect() }).Count
try { [Threading.Thread]::Sleep(-2) } catch { $_.FullyQualifiedErrorId }
## STDOUT:
0
ArgumentException
## END
