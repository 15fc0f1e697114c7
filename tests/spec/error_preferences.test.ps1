# Error handling and the preference variables, as Windows PowerShell 5.1 has them: Write-Error's
# records, `throw` under $ErrorActionPreference, $Error itself, Suspend, and [powershell].

#### Write-Error's record: WriteErrorException, its full name as the error id, Activity Write-Error
$e = & { Write-Error myerrortext 2>&1 }
$e.Exception.GetType().FullName
$e.FullyQualifiedErrorId
$e.CategoryInfo.Activity
$e.CategoryInfo.GetMessage()
## STDOUT:
Microsoft.PowerShell.Commands.WriteErrorException
Microsoft.PowerShell.Commands.WriteErrorException
Write-Error
NotSpecified: (:) [Write-Error], WriteErrorException
## END

#### Write-Error -Exception keeps the exception; -Message becomes the ErrorDetails
$exception = New-Object -TypeName System.ArgumentNullException -ArgumentList paramname
$e = & { Write-Error -Message text -Exception $exception -Category SyntaxError -CategoryReason why -CategoryTargetName n -CategoryTargetType t -RecommendedAction act 2>&1 }
$e.Exception.GetType().FullName
$e.Exception.ParamName
$e.FullyQualifiedErrorId
$e.ErrorDetails.Message
$e.ErrorDetails.RecommendedAction
$e.CategoryInfo.GetMessage()
"$e"
## STDOUT:
System.ArgumentNullException
paramname
System.ArgumentNullException
text
act
SyntaxError: (n:t) [Write-Error], why
text
## END

#### Write-Error in a function: the error id names the function
function Get-Thing { Write-Error 'no thing' }
(Get-Thing 2>&1).FullyQualifiedErrorId
## stdout: Microsoft.PowerShell.Commands.WriteErrorException,Get-Thing

#### $Error is the session's ArrayList: Clear() empties it
Write-Error one 2>$null
$Error.GetType().FullName
$Error.Count
$Error.Clear()
$Error.Count
## STDOUT:
System.Collections.ArrayList
1
0
## END

#### throw obeys -ErrorAction SilentlyContinue: the function goes on, the error is in $Error only
function Test-Throw { [CmdletBinding()] param() throw 'boom'; 'after the throw' }
$Error.Clear()
Test-Throw -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
## STDOUT:
after the throw
boom
## END

#### throw under -ErrorAction Ignore is still caught by a try around the call
function Test-Throw { [CmdletBinding()] param() throw 'boom'; 'after the throw' }
try { Test-Throw -ErrorAction Ignore } catch { "caught $_" }
## stdout: caught boom

#### throw under -ErrorAction Ignore is still taken by a trap around the call
function Test-Throw { [CmdletBinding()] param() throw 'boom'; 'after the throw' }
& { trap { "trapped $_"; continue } Test-Throw -ErrorAction Ignore }
## stdout: trapped boom

#### throw with $ErrorActionPreference Continue ends the script
function Test-Throw { throw 'boom' }
Test-Throw
'not reached'
## error-id: boom

#### a statement's error with -ErrorAction Ignore goes on and is kept in $Error
function Test-Divide { [CmdletBinding()] param() 1/0; 'after' }
$Error.Clear()
Test-Divide -ErrorAction Ignore
$Error.Count
$Error[0].Exception.InnerException.GetType().FullName
## STDOUT:
after
1
System.DivideByZeroException
## END

#### -ErrorAction Suspend is refused when the parameter is bound
function Test-Function { [CmdletBinding()] param() 'hi' }
try { Test-Function -ErrorAction Suspend } catch { $_.FullyQualifiedErrorId }
try { Write-Output x -WarningAction Suspend } catch { $_.FullyQualifiedErrorId }
## STDOUT:
ParameterBindingFailed,Test-Function
ParameterBindingFailed,Microsoft.PowerShell.Commands.WriteOutputCommand
## END

#### -ErrorAction $null: ParameterBindingFailed around the failed cast
try { Test-Path nothing-here -ErrorAction $null } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.InnerException.InnerException.GetType().FullName
}
## STDOUT:
ParameterBindingFailed,Microsoft.PowerShell.Commands.TestPathCommand
System.Management.Automation.PSInvalidCastException
## END

#### a typed [ActionPreference] variable refuses Suspend; the global ones are typed
try { $global:ErrorActionPreference = 'Suspend' } catch { $_.CategoryInfo.Reason }
try { Set-Variable -Name WarningPreference -Scope Global -Value Suspend } catch { $_.FullyQualifiedErrorId }
[System.Management.Automation.ActionPreference]$global:MyPreference = 'Stop'
try { $global:MyPreference = 'Suspend' } catch { 'refused' }
$global:MyPreference
## STDOUT:
ArgumentTransformationMetadataException
RuntimeException,Microsoft.PowerShell.Commands.SetVariableCommand
refused
Stop
## END

#### a local preference variable holding Suspend stops the Write- cmdlet that reads it
function Test-Debug { [CmdletBinding()] param() Write-Debug 'message' }
& {
    $DebugPreference = 'Suspend'
    try { Test-Debug } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Reason }
}
## STDOUT:
System.NotSupportedException,Microsoft.PowerShell.Commands.WriteDebugCommand
NotSupportedException
## END

#### [Cmdlet]::CommonParameters and OptionalCommonParameters
[System.Management.Automation.Cmdlet]::CommonParameters -join ','
[System.Management.Automation.Cmdlet]::OptionalCommonParameters -join ','
## STDOUT:
Verbose,Debug,ErrorAction,WarningAction,InformationAction,ErrorVariable,WarningVariable,InformationVariable,OutVariable,OutBuffer,PipelineVariable
WhatIf,Confirm,UseTransaction
## END

#### Where-Object -Is takes a bracketed type name as an argument
Get-Variable -Name *Preference -Scope Global | Where-Object Value -Is [System.Management.Automation.ActionPreference] | ForEach-Object Name
## STDOUT:
DebugPreference
ErrorActionPreference
InformationPreference
ProgressPreference
VerbosePreference
WarningPreference
## END

#### PSParser.Tokenize gives the tokens and the parse errors
$errors = $null
$tokens = [System.Management.Automation.PSParser]::Tokenize('function f { [CmdletBinding()] param() $a }', [ref]$errors)
$errors.Count
($tokens | Where-Object Type -eq Variable).Content
$null = [System.Management.Automation.PSParser]::Tokenize('function f {', [ref]$errors)
$errors.Count
## STDOUT:
0
a
1
## END

#### [powershell]: a session of its own, its output and its streams
$ps = [powershell]::Create()
$null = $ps.AddScript('function Get-Foo { [CmdletBinding()] param() Write-Verbose v; Write-Error e; "out" }').Invoke()
$ps.Commands.Clear()
$out = $ps.AddCommand('Get-Foo').AddParameter('Verbose', $true).Invoke()
$out[0]
$ps.Streams.Verbose[0].Message
$ps.Streams.Error[0].FullyQualifiedErrorId
$ps.InvocationStateInfo.State
## STDOUT:
out
v
Microsoft.PowerShell.Commands.WriteErrorException,Get-Foo
Completed
## END

#### [powershell]: a terminating error comes out of Invoke as a MethodInvocationException
$ps = [powershell]::Create()
try { $ps.AddScript('throw "boom"').Invoke() } catch {
    $_.Exception.GetType().FullName
    $_.Exception.InnerException.Message
}
$ps.InvocationStateInfo.State
## STDOUT:
System.Management.Automation.MethodInvocationException
boom
Failed
## END

#### [powershell]: -ErrorAction Stop inside ends the run with an ActionPreferenceStopException
$ps = [powershell]::Create()
$null = $ps.AddScript('function f { [CmdletBinding()] param() Get-Command NoSuchCommand -ErrorAction Stop; "not reached" }').Invoke()
$ps.Commands.Clear()
try { $ps.AddCommand('f').Invoke() } catch {
    $_.Exception.InnerException.GetType().FullName
    $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId
}
## STDOUT:
System.Management.Automation.ActionPreferenceStopException
CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand
## END

#### Write-Host writes an InformationRecord tagged PSHOST: 6>&1 captures it, 6>$null and Ignore drop it
$r = Write-Host hi 6>&1
$r.GetType().FullName
$r.MessageData.GetType().FullName
"$r"
$r.Tags
Write-Host gone 6>$null
Write-Host dropped -InformationAction Ignore
Write-Host shown -InformationVariable kept
$kept.MessageData.Message
## STDOUT:
System.Management.Automation.InformationRecord
System.Management.Automation.HostInformationMessage
hi
PSHOST
shown
shown
## END

#### Write-Host's -Separator and -NoNewline
Write-Host a,b,c -Separator '+'
Write-Host a,b -NoNewline:$true; Write-Host a,b
## STDOUT:
a+b+c
a ba b
## END

#### Get-Process: the session's own process by id; a missing name is a non-terminating error
(Get-Process -Id $PID).Id -eq $PID
Get-Process -Name no-such-process-here
'went on'
## STDOUT:
True
went on
## END
## error-id: NoProcessFoundForGivenName,Microsoft.PowerShell.Commands.GetProcessCommand

#### $ErrorActionPreference Ignore keeps a cmdlet's error out of $Error
$Error.Clear()
& { $ErrorActionPreference = 'Ignore'; Get-Process -Name no-such-process-here }
$Error.Count
## stdout: 0

#### Write-Error in a function points at the line that called the function
function Test-Partner {
    Write-Error 'missing'
}
Test-Partner 2>&1 | ForEach-Object { $_.InvocationInfo.ScriptLineNumber }
## stdout: 4

#### walking $Error while errors are written walks the records it held when the walk began
Write-Error a 2>$null
Write-Error b 2>$null
$walked = 0
$Error | ForEach-Object { $walked++; Write-Error "again" 2>$null }
$walked
$Error.Count
## STDOUT:
2
4
## END
