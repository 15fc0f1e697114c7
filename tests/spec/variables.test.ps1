# Variables, assignment and scopes (about_Variables, about_Assignment_Operators, about_Scopes).

#### assignment and read
$x = 5
$x
## stdout: 5

#### assignment produces no output
$x = 5
## stdout-json: ""

#### variable names ignore case
$Abc = 1
$aBC
## stdout: 1

#### chained assignment
$x = $y = 2
$x + $y
## stdout: 4

#### multiple assignment
$a, $b = 1, 2
"$a $b"
## stdout: 1 2

#### multiple assignment: the last variable takes the rest
$a, $b = 1, 2, 3
$b -join ","
## stdout: 2,3

#### swapping with multiple assignment
$a = 1; $b = 2
$a, $b = $b, $a
"$a $b"
## stdout: 2 1

#### an undefined variable is $null
$null -eq $neverset
## stdout: True

#### assigning to $null discards
$null = 5
## stdout-json: ""

#### braced variable name with a space
${my var} = 3
${my var}
## stdout: 3

#### +=
$x = 5
$x += 2
$x
## stdout: 7

#### -=
$x = 5
$x -= 2
$x
## stdout: 3

#### *=
$x = 5
$x *= 2
$x
## stdout: 10

#### /=
$x = 5
$x /= 2
$x
## stdout: 2.5

#### %=
$x = 5
$x %= 2
$x
## stdout: 1

#### += on a string
$s = "a"
$s += "b"
$s
## stdout: ab

#### postfix increment
$i = 1
$i++
$i
## stdout: 2

#### postfix decrement
$i = 5
$i--
$i
## stdout: 4

#### postfix increment in an expression gives the old value
$i = 1
$j = $i++
"$i $j"
## stdout: 2 1

#### prefix increment in an expression gives the new value
$i = 1
$j = ++$i
"$i $j"
## stdout: 2 2

#### increment of an unset variable
$counter++
$counter
## stdout: 1

#### a type constraint converts on assignment
[int]$n = "42"
$n + 1
## stdout: 43

#### a type constraint sticks to the variable
[int]$n = 1
$n = "7"
$n + 1
## stdout: 8

#### a type constraint rejects what it cannot convert
[int]$n = 1
$n = "abc"
## error-id: RuntimeException

#### global scope prefix
$global:g = 1
$g
## stdout: 1

#### a function reads variables of its caller
$x = 1
function f { $x }
f
## stdout: 1

#### assignment in a function does not change the caller's variable
$x = 1
function f { $x = 2 }
f
$x
## stdout: 1

#### $script: assignment in a function changes the script variable
$x = 1
function f { $script:x = 2 }
f
$x
## stdout: 2

#### $? is True after success
$x = 1
$?
## stdout: True

#### $? is True again after a statement that did not fail
Get-CsAdminRole -Identity NoSuchRole 2>$null
$?
$?
"next"
$?
## STDOUT:
False
True
next
True
## END

#### an assignment after a failure sets $? back to True
Write-Error bad -ErrorAction SilentlyContinue
$x = 1
$?
## stdout: True

#### $? stays False after a statement whose own command failed
$x = 1
Write-Error bad -ErrorAction SilentlyContinue
$?
## stdout: False

#### $LASTEXITCODE does not exist before anything has set it
$null -eq $LASTEXITCODE
## stdout: True

#### $true and $false
"$true $false"
## stdout: True False

#### $null in a string is empty
"[$null]"
## stdout: []

#### a script block assigned to a variable
$sb = { 1 + 1 }
& $sb
## stdout: 2

#### assigning the output of a statement
$r = if ($true) { "yes" } else { "no" }
$r
## stdout: yes

#### assigning the output of a loop collects it
$r = foreach ($i in 1..3) { $i * 10 }
$r -join ","
## stdout: 10,20,30

#### the session's constant variables cannot be assigned
$HOME = "elsewhere"
## error-id: VariableNotWritable

#### assigning to $Error fails, and $Error stays a list of errors
$Error = 1
$Error.Count
## stdout: 1
## error-id: VariableNotWritable

#### $PSHOME names the folder the shell is installed in, and is read-only
Test-Path -Path $PSHOME -PathType Container
$PSHOME = "elsewhere"
## stdout: True
## error-id: VariableNotWritable

#### a private variable is seen only in its own scope, not in the scopes it starts
& {
    $private:secret = 'here'
    "own: $secret"
    & { "child: [$secret]" }
    (Get-Variable secret).Options
}
## STDOUT:
own: here
child: []
Private
## END

#### -Option Private hides a variable from child scopes, and Get-Variable there does not find it
& {
    New-Variable hidden 1 -Option Private
    & {
        "[$hidden]"
        (Get-Variable).Name -contains 'hidden'
        Get-Variable hidden -ErrorAction SilentlyContinue
    }
}
## STDOUT:
[]
False
## END
