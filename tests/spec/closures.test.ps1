# $scriptblock.GetNewClosure(): a script block bound to a copy of the current scope's variables.

#### a closure keeps the value a variable had when it was made
$x = 1; $sb = { $x }.GetNewClosure(); $x = 2; & $sb
## stdout: 1

#### closures made by a function keep its parameters
function make($n) { { param($a) $a * $n }.GetNewClosure() }
$triple = make 3; $double = make 2
& $triple 5; $double.Invoke(4)
## STDOUT:
15
8
## END

#### each closure made in a loop keeps its own value
$list = foreach ($i in 1..3) { { "i=$i" }.GetNewClosure() }
$list | ForEach-Object { & $_ }
## STDOUT:
i=1
i=2
i=3
## END

#### a function's local seen from a closure returned by it
function f { $y = 5; { "y=$y" }.GetNewClosure() }
$h = f; $y = 9; & $h
## stdout: y=5

#### assignments inside a closure do not reach the caller's variable
$x = 2; $c = { $x++; $x }.GetNewClosure()
& $c; & $c; $x
## STDOUT:
3
3
2
## END

#### a closure as a Where-Object filter
function above($limit) { { $_ -gt $limit }.GetNewClosure() }
$limit = 0
1..5 | Where-Object (above 3)
## STDOUT:
4
5
## END

#### a closure as a ForEach-Object block
function times($k) { { $_ * $k }.GetNewClosure() }
$k = 100
1..3 | ForEach-Object (times 10)
## STDOUT:
10
20
30
## END

#### a closure is a script block with the same text
$c = { 1 + 1 }.GetNewClosure()
$c -is [scriptblock]; $c.ToString()
## STDOUT:
True
 1 + 1 
## END
