# Execution policies, kept per session: the server's RemoteSigned for LocalMachine, Set- and
# Get-ExecutionPolicy, and the script files Restricted and AllSigned stop.

#### the policy in force and every scope's
Get-ExecutionPolicy
Get-ExecutionPolicy -List
## STDOUT:
RemoteSigned

        Scope ExecutionPolicy
        ----- ---------------
MachinePolicy       Undefined
   UserPolicy       Undefined
      Process       Undefined
  CurrentUser       Undefined
 LocalMachine    RemoteSigned


## END

#### a more specific scope wins, and Undefined removes a scope's policy
Set-ExecutionPolicy Unrestricted -Scope CurrentUser
Get-ExecutionPolicy
Get-ExecutionPolicy -Scope CurrentUser
Set-ExecutionPolicy Undefined -Scope CurrentUser
Get-ExecutionPolicy
## STDOUT:
Unrestricted
Unrestricted
RemoteSigned
## END

#### a change a more specific scope overrides is set, and reported
Set-ExecutionPolicy Bypass -Scope Process
Set-ExecutionPolicy AllSigned
Get-ExecutionPolicy -Scope LocalMachine
## error-id: ExecutionPolicyOverride,Microsoft.PowerShell.Commands.SetExecutionPolicyCommand
## stdout: AllSigned

#### Group Policy scopes cannot be set
Set-ExecutionPolicy Restricted -Scope MachinePolicy
## error-id: CantSetGroupPolicy,Microsoft.PowerShell.Commands.SetExecutionPolicyCommand

#### -List and -Scope together are refused
Get-ExecutionPolicy -List -Scope Process
## error-id: ListAndScopeSpecified,Microsoft.PowerShell.Commands.GetExecutionPolicyCommand

#### -WhatIf changes nothing
Set-ExecutionPolicy Restricted -WhatIf
Get-ExecutionPolicy
## STDOUT:
What if: Performing the operation "Set-ExecutionPolicy" on target "Restricted".
RemoteSigned
## END

#### a policy name that is not one is a binding error
Set-ExecutionPolicy Lenient
## error-id: CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.SetExecutionPolicyCommand

#### Restricted stops a script file from running; typed commands still run
$path = Join-Path ([System.IO.Path]::GetTempPath()) "pyshell-policy-test.ps1"
Set-Content -Path $path -Value '"the script ran"'
Set-ExecutionPolicy Restricted -Scope Process
& $path
"typed commands run"
Set-ExecutionPolicy Undefined -Scope Process
& $path
Remove-Item $path
## error-id: UnauthorizedAccess
## STDOUT:
typed commands run
the script ran
## END
