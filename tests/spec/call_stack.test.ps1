# The script call stack: an error's ScriptStackTrace, InvocationInfo.PositionMessage, and
# Get-PSCallStack (about_Try_Catch_Finally, Get-PSCallStack). Typed input has no file.

#### a thrown error lists every function it passed through, innermost first
function Outer { Inner }
function Inner {
    throw "deep"
}
try { Outer } catch { $_.ScriptStackTrace }
## STDOUT:
at Inner, <No file>: line 3
at Outer, <No file>: line 1
at <ScriptBlock>, <No file>: line 5
## END

#### the stack is fixed where the error happened, not where it is caught
function Fails { Get-Item -Path /no/such/place -ErrorAction Stop }
function Middle {
    Fails
}
try {
    Middle
} catch {
    ($_.ScriptStackTrace -split "`n").Count
    ($_.ScriptStackTrace -split "`n")[0]
}
## STDOUT:
3
at Fails, <No file>: line 1
## END

#### an error caught where it happened has one frame
try { $null[0] } catch { $_.ScriptStackTrace }
## stdout: at <ScriptBlock>, <No file>: line 1

#### a script block run with & is a frame of its own
try { & { 1/0 } } catch { $_.ScriptStackTrace }
## STDOUT:
at <ScriptBlock>, <No file>: line 1
at <ScriptBlock>, <No file>: line 1
## END

#### a rethrown error keeps the stack of its first throw
function Thrower { throw "first" }
function Rethrower { try { Thrower } catch { throw } }
try { Rethrower } catch { ($_.ScriptStackTrace -split "`n")[0] }
## stdout: at Thrower, <No file>: line 1

#### a non-terminating error in $Error has its stack too
function Quiet { Get-Item -Path /no/such/place -ErrorAction SilentlyContinue }
Quiet
$Error[0].ScriptStackTrace
## STDOUT:
at Quiet, <No file>: line 1
at <ScriptBlock>, <No file>: line 2
## END

#### PositionMessage is the At line block of the error
try {
    $null[0]
} catch { $_.InvocationInfo.PositionMessage }
## STDOUT:
At line:2 char:5
+     $null[0]
+     ~~~~~~~~
## END

#### Get-PSCallStack lists the frames with their arguments and locations
function Show-Stack { param($Name) Get-PSCallStack | Select-Object Command, Arguments, Location, ScriptLineNumber }
function Caller { Show-Stack -Name demo extra }
Caller
## STDOUT:

Command       Arguments          Location  ScriptLineNumber
-------       ---------          --------  ----------------
Show-Stack    {Name=demo, extra} <No file>                1
Caller        {}                 <No file>                2
<ScriptBlock> {}                 <No file>                3


## END

#### Get-PSCallStack frames are CallStackFrame objects
(Get-PSCallStack)[0].GetType().FullName
(Get-PSCallStack | Select-Object -First 1).FunctionName
## STDOUT:
System.Management.Automation.CallStackFrame
<ScriptBlock>
## END

#### gcs is the alias of Get-PSCallStack
(Get-Alias gcs).Definition
## stdout: Get-PSCallStack

#### a frame's InvocationInfo tells where its command was called
function Inner { Get-PSCallStack }
function Outer {
    Inner
}
$frames = Outer
$frames[0].InvocationInfo.ScriptLineNumber
$frames[0].InvocationInfo.MyCommand.Name
$frames[1].InvocationInfo.ScriptLineNumber
## STDOUT:
3
Inner
5
## END
