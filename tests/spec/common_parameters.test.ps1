# -OutVariable, -ErrorVariable and -WarningVariable as PowerShell fills them: the list lives on the
# pipe a command writes to, so a command nested in a function's body fills the function's variables
# too; the variable is an ArrayList set when the command starts; `+name` appends; a scope prefix
# names where the variable goes. Also: each command of a pipeline runs in its own scope, and the
# errors a function's body writes follow the function's redirections.

#### -OutVariable holds an ArrayList
function Get-One { [CmdletBinding()] param() "one" }
Get-One -OutVariable kept > $null
$kept.GetType().FullName
$kept.Count
## STDOUT:
System.Collections.ArrayList
1
## END

#### -OutVariable +name appends to an array the variable holds
function Get-One { [CmdletBinding()] param() "one" }
$kept = 'a', 'b'
Get-One -OutVariable +kept > $null
$kept -join ','
## stdout: a,b,one

#### -OutVariable with a scope prefix sets the variable in that scope
function Get-One { [CmdletBinding()] param() "one" }
function Outer { Get-One -OutVariable script:kept > $null }
Outer
$kept
## stdout: one

#### the variable is set when the command starts
function Show-Own { [CmdletBinding()] param() "count: $($seen.Count)"; "more" }
Show-Own -OutVariable seen
## STDOUT:
count: 0
more
## END

#### nested -OutVariable: the inner command's output is in both variables
function Get-Inner { [CmdletBinding()] param() "inner" }
function Get-Outer { [CmdletBinding()] param() "outer"; Get-Inner -OutVariable script:inner }
Get-Outer -OutVariable outer > $null
"$inner|$($outer -join ',')"
## stdout: inner|outer,inner

#### output captured inside a function is not in its -OutVariable
function Get-Quiet { [CmdletBinding()] param() $x = Write-Output "hidden"; "shown" }
Get-Quiet -OutVariable kept > $null
$kept -join ','
## stdout: shown

#### -ErrorVariable of a function gets what Write-Error in its body writes
function Test-Fail { [CmdletBinding()] param() Write-Error "broken" }
Test-Fail -ErrorVariable problems 2> $null
$problems.Count
"$problems"
## STDOUT:
1
broken
## END

#### -ErrorVariable +name appends errors to what the variable holds
function Test-Fail { [CmdletBinding()] param() Write-Error "broken" }
$problems = 'a', 'b'
Test-Fail -ErrorVariable +problems 2> $null
($problems | ForEach-Object { "$_" }) -join ','
## stdout: a,b,broken

#### $PSCmdlet.WriteError fills the function's -ErrorVariable
function Test-Fail {
    [CmdletBinding()] param()
    $PSCmdlet.WriteError($script:saved[0])
}
Write-Error "saved" -ErrorVariable script:saved 2> $null
Test-Fail -ErrorVariable problems 2> $null
"$problems"
## stdout: saved

#### nested -ErrorVariable: both variables get the inner error
function Test-Inner { [CmdletBinding()] param() Write-Error "inner" }
function Test-Outer { [CmdletBinding()] param() Write-Error "outer"; Test-Inner -ErrorVariable script:inner }
Test-Outer -ErrorVariable outer 2> $null
"$inner|$($outer -join ',')"
## stdout: inner|outer,inner

#### a caught exception is added to the -ErrorVariable of the function it was thrown in
function Test-Catch { [CmdletBinding()] param() Write-Error "first"; try { throw "second" } catch {} }
Test-Catch -ErrorVariable problems 2> $null
$problems -join ','
## stdout: first,second

#### only the last command of a nested pipeline writes into the function's -ErrorVariable
function Test-Step { [CmdletBinding()] param([Parameter(ValueFromPipeline)] $i) Write-Error "step"; $i }
function Test-Outer { [CmdletBinding()] param() Test-Step 1 -ErrorVariable script:e1 | Test-Step -ErrorVariable script:e2 }
Test-Outer -ErrorVariable outer 2>&1 > $null
"$e1|$e2|$($outer.Count)"
## stdout: step|step|1

#### each command of a pipeline of functions gets its own variables
function Test-Pass { [CmdletBinding()] param([Parameter(ValueFromPipeline)][string] $item) process { "<$item>" } }
Test-Pass "x" | Test-Pass
## stdout: <<x>>

#### a pipeline's functions do not see each other's variables
function First { [CmdletBinding()] param() begin { $mine = "first's" } process { "a" } }
function Second { [CmdletBinding()] param([Parameter(ValueFromPipeline)] $i) process { "[$mine]" } }
First | Second
## stdout: []

#### -ErrorAction Ignore keeps the error out of -ErrorVariable
Get-CsXmppAllowedPartner -Identity "nowhere.example" -ErrorVariable problems -ErrorAction Ignore
$problems.Count
## stdout: 0

#### 2> $null on a function hides the errors its body writes
function Test-Fail { Write-Error "broken" }
Test-Fail 2> $null
"after"
## stdout: after

#### 2>&1 on a function sends its body's errors down the pipeline
function Test-Fail { Write-Error "broken" }
Test-Fail 2>&1 | ForEach-Object { "got: $_" }
## stdout: got: broken

#### 2>&1 on a script block sends its errors to the variable
$all = & { Write-Error "broken"; "fine" } 2>&1
$all.Count
## stdout: 2

#### errors merged into the output are not in -OutVariable
function Test-Both { [CmdletBinding()] param() "out"; Write-Error "err" }
Test-Both -OutVariable kept 2>&1 > $null
$kept -join ','
## stdout: out

#### 2>&1 on a parenthesised pipeline takes the errors written inside it
(Write-Error "inside") 2>&1 | ForEach-Object { "got: $_" }
## stdout: got: inside

#### -WarningVariable of a function gets the warnings its body writes
function Test-Warn { [CmdletBinding()] param() Write-Warning "careful" }
Test-Warn -WarningVariable warned 3> $null
"$warned"
## stdout: careful

#### a parenthesised pipeline that writes nothing feeds nothing; ($null) feeds one $null
(Write-Error "hidden" 2> $null) | ForEach-Object { "fed" }
$(Write-Error "hidden" 2> $null) | ForEach-Object { "fed too" }
($null) | ForEach-Object { "null fed" }
## stdout: null fed

#### errors written in a ForEach-Object block follow ForEach-Object's redirection and -ErrorVariable
1, 2 | ForEach-Object { Write-Error "item $_" } -ErrorVariable problems 2> $null
$problems.Count
$merged = 1 | ForEach-Object { Write-Error "merged" } 2>&1
"$merged"
## STDOUT:
2
merged
## END

#### errors written in a Where-Object filter are Where-Object's
1 | Where-Object { Write-Error "checked"; $true } -ErrorVariable problems 2> $null
"$problems"
## STDOUT:
1
checked
## END

#### -PipelineVariable holds each object the command writes, for the commands after it
1..3 | ForEach-Object { $_ * 10 } -PipelineVariable tens | ForEach-Object { "$tens/$_" }
## STDOUT:
10/10
20/20
30/30
## END

#### -PipelineVariable of an advanced function, and the variable is empty after the pipeline
function Add-One { [CmdletBinding()] param([Parameter(ValueFromPipeline)] $x) process { $x + 1 } }
1, 2 | Add-One -pv plus | ForEach-Object { "plus=$plus" }
"after: [$plus]"
## STDOUT:
plus=2
plus=3
after: []
## END

#### -ErrorAction Stop puts the ActionPreferenceStopException in -ErrorVariable
try { Get-CsXmppAllowedPartner -Identity "nowhere.example" -ErrorAction Stop -ErrorVariable problems } catch { }
$problems.Count
$problems[0] -is [System.Management.Automation.ActionPreferenceStopException]
$problems[0].ErrorRecord.FullyQualifiedErrorId -like "*NotFound*"
## STDOUT:
1
True
True
## END
