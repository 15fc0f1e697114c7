# The prompt function every session starts with, and the engine variables it reads.

#### the default prompt is a function
Test-Path function:prompt
(Get-Command prompt).CommandType
(Get-Item function:prompt).GetType().FullName
## STDOUT:
True
Function
System.Management.Automation.FunctionInfo
## END

#### its definition is PowerShell's own text
(Get-Item function:prompt).Definition
## STDOUT:

"PS $($executionContext.SessionState.Path.CurrentLocation)$('>' * ($nestedPromptLevel + 1)) ";
# .Link
# https://go.microsoft.com/fwlink/?LinkID=225750
# .ExternalHelp System.Management.Automation.dll-help.xml

## END

#### Get-Content function:prompt is the same script block
$c = Get-Content function:prompt
$c.GetType().Name
$c.ToString() -eq (Get-Command prompt).Definition
## STDOUT:
ScriptBlock
True
## END

#### running it gives PS, the location and >
(prompt) -eq "PS $PWD> "
## stdout: True

#### on a session-state drive it shows the drive
Set-Location Variable:
(prompt).StartsWith('PS Variable:')
## stdout: True

#### nested prompt level is 0
$nestedPromptLevel
## stdout: 0

#### $ExecutionContext.SessionState.Path.CurrentLocation follows Set-Location
$before = $ExecutionContext.SessionState.Path.CurrentLocation
Set-Location Env:
$ExecutionContext.SessionState.Path.CurrentLocation.Path -like 'Env:*'
$ExecutionContext.SessionState.Path.CurrentFileSystemLocation.Path -eq $before.Path
Set-Location $before
$ExecutionContext.SessionState.Path.CurrentLocation.Path -eq $PWD.Path
$ExecutionContext.SessionState.Path.CurrentLocation.GetType().FullName
## STDOUT:
True
True
True
System.Management.Automation.PathInfo
## END

#### $ExecutionContext is constant
$ExecutionContext = 1
## error-id: VariableNotWritable

#### the type names of $ExecutionContext and its parts
"$ExecutionContext"
"$($ExecutionContext.SessionState)"
$ExecutionContext.SessionState.LanguageMode
## STDOUT:
System.Management.Automation.EngineIntrinsics
System.Management.Automation.SessionState
FullLanguage
## END

#### a user's prompt replaces it, and Remove-Item removes it
function prompt { 'mine> ' }
prompt
Remove-Item function:prompt
Test-Path function:prompt
## STDOUT:
mine> 
False
## END

#### it is listed on the Function: drive
(Get-ChildItem function: | Where-Object Name -eq prompt).Name
## stdout: prompt
