# Preference variables: their types, and what $ErrorActionPreference does to an error that ends a
# statement (PowerShell's CheckActionPreference).

#### the global preference variables hold ActionPreference and ConfirmImpact values
$ErrorActionPreference.GetType().FullName
$VerbosePreference
$ConfirmPreference.GetType().Name
$ConfirmPreference
## STDOUT:
System.Management.Automation.ActionPreference
SilentlyContinue
ConfirmImpact
High
## END

#### assigning text to a global preference stores the enum member
$ErrorActionPreference = "stop"
$ErrorActionPreference
$ErrorActionPreference -eq [System.Management.Automation.ActionPreference]::Stop
[int]$ErrorActionPreference
## STDOUT:
Stop
True
1
## END

#### a misspelt global preference is refused and the old value stays
$WarningPreference = "SilentContinue"
$WarningPreference
## error-id: RuntimeException
## stdout: Continue

#### a script's own copy of a preference variable is not typed
& { $ErrorActionPreference = "whatever"; $ErrorActionPreference.GetType().Name }
## stdout: String

#### -ErrorAction and -Verbose give a function's scope enum values
function Test-Pref { [CmdletBinding()] param() $ErrorActionPreference.GetType().Name; $ErrorActionPreference; $VerbosePreference }
Test-Pref -ErrorAction Ignore -Verbose
## STDOUT:
ActionPreference
Ignore
Continue
## END

#### ConfirmImpact names a level
[System.Management.Automation.ConfirmImpact]::Medium -lt [System.Management.Automation.ConfirmImpact]::High
[int][System.Management.Automation.ConfirmImpact]'high'
## STDOUT:
True
3
## END

#### with Continue, an error that ends a statement is shown and the script goes on
[int]"x"
"after"
## error-id: InvalidCastFromStringToInteger
## stdout: after

#### with Stop, an error that ends a statement ends the script
$ErrorActionPreference = "Stop"
[int]"x"
"after"
## error-id: InvalidCastFromStringToInteger
## stdout-json: ""

#### with Stop in a function, the error goes on out through its caller
function Get-Number { [int]"y"; "rest of the function" }
$ErrorActionPreference = "Stop"
Get-Number
"rest of the script"
## error-id: InvalidCastFromStringToInteger
## stdout-json: ""

#### with Stop, try still catches the error
$ErrorActionPreference = "Stop"
try { nosuchcommand; "not here" } catch { "caught $($_.FullyQualifiedErrorId)" }
"after"
## STDOUT:
caught CommandNotFoundException
after
## END

#### with SilentlyContinue, the error is kept in $Error but not shown
$ErrorActionPreference = "SilentlyContinue"
[int]"x"
nosuchcommand
"after"
$Error.Count
$Error[0].FullyQualifiedErrorId
## STDOUT:
after
2
CommandNotFoundException
## END

#### with Ignore, too
$ErrorActionPreference = "Ignore"
1 / 0
"after"
$Error.Count
## STDOUT:
after
1
## END
