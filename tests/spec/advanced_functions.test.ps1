# Advanced functions (about_Functions_Advanced, about_Functions_CmdletBindingAttribute,
# about_Functions_Advanced_Methods): SupportsShouldProcess, ConfirmImpact, $PSCmdlet.

#### -WhatIf on a function that supports ShouldProcess describes and skips the change
function Remove-Thing {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Name)
    if ($PSCmdlet.ShouldProcess($Name, "Remove thing")) { "removed $Name" }
    "done"
}
Remove-Thing -Name a -WhatIf
## STDOUT:
What if: Performing the operation "Remove thing" on target "a".
done
## END

#### SupportsShouldProcess=$true and the one-argument ShouldProcess (the action is the function's name)
function Remove-Thing {
    [CmdletBinding(SupportsShouldProcess=$true)]
    param([string]$Name)
    if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" }
}
Remove-Thing b -WhatIf
Remove-Thing c
## STDOUT:
What if: Performing the operation "Remove-Thing" on target "b".
removed c
## END

#### without SupportsShouldProcess there is no -WhatIf
function Remove-Thing { [CmdletBinding()] param([string]$Name) "removed $Name" }
Remove-Thing -Name a -WhatIf
## error-id: NamedParameterNotFound,Remove-Thing

#### -WhatIf and -Confirm set the preference variables in the function's scope only
function Set-Thing {
    [CmdletBinding(SupportsShouldProcess)]
    param()
    "$WhatIfPreference $ConfirmPreference"
}
Set-Thing -WhatIf
Set-Thing -Confirm:$false
Set-Thing -Confirm
Set-Thing -WhatIf:$false
"$WhatIfPreference $ConfirmPreference"
## STDOUT:
True High
False None
False Low
False High
False High
## END

#### -WhatIf on a function reaches the cmdlets it calls
function New-Partner {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Domain)
    New-CsXmppAllowedPartner -Identity $Domain
}
New-Partner -Domain whatif.example.org -WhatIf
@(Get-CsXmppAllowedPartner -Filter "whatif.*").Count
## STDOUT:
What if: Performing the operation "New-CsXmppAllowedPartner" on target "whatif.example.org".
0
## END

#### ConfirmImpact below $ConfirmPreference goes ahead without asking
function Clear-Thing {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Low')]
    param()
    if ($PSCmdlet.ShouldProcess("t")) { "cleared" }
}
Clear-Thing
$ConfirmPreference = 'Low'
Clear-Thing -Confirm:$false
## STDOUT:
cleared
cleared
## END

#### ConfirmImpact High asks, and nobody can answer here: the method call fails
function Clear-Thing {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param()
    if ($PSCmdlet.ShouldProcess("t")) { "cleared" }
    "after"
}
Clear-Thing
## stdout: after
## error-id: PSInvalidOperationException

#### an unknown ConfirmImpact is refused
function Clear-Thing { [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Huge')] param() "x" }
Clear-Thing
## error-id: InvalidCastFromStringToEnum

#### the three-argument ShouldProcess shows the description under -WhatIf
function Reset-Thing {
    [CmdletBinding(SupportsShouldProcess)]
    param()
    $PSCmdlet.ShouldProcess("Resetting the thing", "Reset the thing?", "Reset")
}
Reset-Thing -WhatIf
## STDOUT:
What if: Resetting the thing
False
## END

#### $WhatIfPreference set by the caller counts for ShouldProcess too
function Remove-Thing { [CmdletBinding(SupportsShouldProcess)] param() $PSCmdlet.ShouldProcess("x", "Remove") }
$WhatIfPreference = $true
Remove-Thing
## STDOUT:
What if: Performing the operation "Remove" on target "x".
False
## END

#### $PSCmdlet is a PSScriptCmdlet in an advanced function and $null in a simple one
function Get-A { [CmdletBinding()] param() $PSCmdlet.GetType().FullName }
function Get-B { param([Parameter()]$x) $PSCmdlet -is [psobject] }
function Get-C { param($x) $null -eq $PSCmdlet }
Get-A
Get-B
Get-C
## STDOUT:
System.Management.Automation.PSScriptCmdlet
True
True
## END

#### ParameterSetName and MyInvocation
function Get-Thing {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param([Parameter(ParameterSetName = 'ByName')]$Name, [Parameter(ParameterSetName = 'ById')]$Id)
    "$($PSCmdlet.ParameterSetName) $($PSCmdlet.MyInvocation.MyCommand.Name) $($PSCmdlet.MyInvocation.BoundParameters.Keys)"
}
Get-Thing -Id 3
Get-Thing -Name n
## STDOUT:
ById Get-Thing Id
ByName Get-Thing Name
## END

#### $PSBoundParameters holds the common parameters given
function Set-Thing { [CmdletBinding(SupportsShouldProcess)] param($Name) ($PSBoundParameters.Keys | Sort-Object) -join ',' }
Set-Thing -Name x -WhatIf -Verbose
## stdout: Name,Verbose,WhatIf

#### WriteObject writes one object, or each element when asked to enumerate
function Get-Pair { [CmdletBinding()] param([switch]$Enumerate) $PSCmdlet.WriteObject(@(1, 2), [bool]$Enumerate) }
(Get-Pair | Measure-Object).Count
(Get-Pair -Enumerate | Measure-Object).Count
$r = Get-Pair; $r.Count
## STDOUT:
1
2
2
## END

#### WriteWarning and WriteVerbose go to their streams
function Get-Thing { [CmdletBinding()] param() $PSCmdlet.WriteWarning("careful"); $PSCmdlet.WriteVerbose("detail"); "out" }
Get-Thing 3>&1
Get-Thing -Verbose 4>&1 3>$null
## STDOUT:
careful
out
detail
out
## END

#### WriteError reports against the function, with its name in the error id
function Get-Widget {
    [CmdletBinding()]
    param([string]$Name)
    $ex = [System.ArgumentException]::new("No widget called $Name")
    $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new($ex, 'WidgetNotFound', 'ObjectNotFound', $Name))
    "after"
}
Get-Widget -Name w1 -ErrorVariable ev -ErrorAction SilentlyContinue
$ev[0].FullyQualifiedErrorId
$ev[0].CategoryInfo.Category
"$($ev[0])"
## STDOUT:
after
WidgetNotFound,Get-Widget
ObjectNotFound
No widget called w1
## END

#### ThrowTerminatingError ends the function but not the caller
function Stop-Widget {
    [CmdletBinding()]
    param()
    try { 1 / 0 } catch { $PSCmdlet.ThrowTerminatingError($_) }
    "not reached"
}
try { Stop-Widget } catch { "caught: $($_.FullyQualifiedErrorId)" }
Stop-Widget
"next"
## STDOUT:
caught: RuntimeException,Stop-Widget
next
## END
## error-id: RuntimeException,Stop-Widget

#### ShouldContinue cannot ask when nobody can answer
function Remove-All { [CmdletBinding()] param() if ($PSCmdlet.ShouldContinue("Remove everything?", "Remove")) { "yes" } }
Remove-All
## error-id: PSInvalidOperationException

#### Get-Command -Syntax shows -WhatIf and -Confirm of a function that supports them
function Remove-Thing { [CmdletBinding(SupportsShouldProcess)] param([Parameter(Mandatory)][string]$Name) }
Get-Command Remove-Thing -Syntax
## STDOUT:

Remove-Thing [-Name] <string> [-WhatIf] [-Confirm] [<CommonParameters>]

## END

#### Get-Member lists $PSCmdlet's methods
function Get-A { [CmdletBinding()] param() ($PSCmdlet | Get-Member -MemberType Method -Name Should*, Write*).Name }
Get-A
## STDOUT:
ShouldContinue
ShouldProcess
WriteDebug
WriteError
WriteObject
WriteVerbose
WriteWarning
## END

#### a function whose ConfirmImpact is None is not asked about even with -Confirm
function Set-Quiet {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'None')]
    param([string]$Name)
    if ($PSCmdlet.ShouldProcess($Name)) { "changed $Name" }
}
Set-Quiet -Name a -Confirm
## stdout: changed a

#### Get-Command says which functions use cmdlet binding
function Plain { param($x) }
function Bound { [CmdletBinding()] param($x) }
function Attributed { param([Parameter(Mandatory)]$x) }
"$((Get-Command Plain).CmdletBinding) $((Get-Command Bound).CmdletBinding) $((Get-Command Attributed).CmdletBinding)"
## stdout: False True True

#### a validation attribute's refusal is a ParameterBindingValidationException
function Set-Sasl { param([ValidateSet('Required','Optional')][string]$Sasl, [ValidateRange(1,5)][int]$Limit) }
try { Set-Sasl -Sasl Bogus } catch { "$($_.CategoryInfo.Reason) $($_.FullyQualifiedErrorId)" }
try { Set-Sasl -Limit 9 } catch [System.Management.Automation.ParameterBindingException] { $_.CategoryInfo.ToString() }
## STDOUT:
ParameterBindingValidationException ParameterArgumentValidationError,Set-Sasl
InvalidData: (:) [Set-Sasl], ParameterBindingValidationException
## END

#### a typed parameter's failed conversion is a ParameterBindingArgumentTransformationException
function Set-Limit { param([int]$Limit) }
try { Set-Limit -Limit many } catch { "$($_.CategoryInfo.Reason) $($_.FullyQualifiedErrorId)" }
## stdout: ParameterBindingArgumentTransformationException ParameterArgumentTransformationError,Set-Limit

#### ValidatePattern refuses an argument that does not match, ignoring case
function Test-Domain { param([ValidatePattern('^[a-z0-9.-]+\.[a-z]{2,}$')][string]$Identity) "ok $Identity" }
Test-Domain GOOD.COM
try { Test-Domain bad_domain } catch { $_.Exception.Message }
## STDOUT:
ok GOOD.COM
Cannot validate argument on parameter 'Identity'. The argument "bad_domain" does not match the "^[a-z0-9.-]+\.[a-z]{2,}$" pattern. Supply an argument that matches "^[a-z0-9.-]+\.[a-z]{2,}$" and try the command again.
## END

#### ValidateScript runs its script with $_ as the argument; a throw in it is the reason
function Set-Limit { param([ValidateScript({ $_ -gt 0 })][int]$Limit, [ValidateScript({ if ($_ -like '*.com') { $true } else { throw "Domain $_ must end in .com" } })][string]$Domain) "ok $Limit $Domain" }
Set-Limit 5 a.com
try { Set-Limit -Limit -5 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { Set-Limit -Domain b.org } catch { $_.Exception.Message }
## STDOUT:
ok 5 a.com
Cannot validate argument on parameter 'Limit'. The " $_ -gt 0 " validation script for the argument with value "-5" did not return a result of True. Determine why the validation script failed, and then try the command again.
ParameterArgumentValidationError,Set-Limit
Cannot validate argument on parameter 'Domain'. Domain b.org must end in .com
## END

#### ValidateLength and ValidateCount
function Add-Tag { param([ValidateLength(2,4)][string[]]$Tag, [ValidateCount(1,2)][int[]]$Id) "ok" }
Add-Tag -Tag ab, abcd -Id 1, 2
try { Add-Tag -Tag abcdef } catch { $_.Exception.Message }
try { Add-Tag -Tag ab, a } catch { $_.Exception.Message }
try { Add-Tag -Id 1, 2, 3 } catch { $_.Exception.Message }
## STDOUT:
ok
Cannot validate argument on parameter 'Tag'. The character length of the 6 argument is too long. Shorten the character length of the argument so it is fewer than or equal to "4" characters, and then try the command again.
Cannot validate argument on parameter 'Tag'. The character length (1) of the argument is too short. Specify an argument with a length that is greater than or equal to "2", and then try the command again.
Cannot validate argument on parameter 'Id'. The number of provided arguments, (3), exceeds the maximum number of allowed arguments (2). Provide fewer than 2 arguments, and then try the command again.
## END

#### ValidatePattern on a variable checks every assignment
[ValidatePattern('^\d+$')][string]$code = '12'
try { $code = 'x1' } catch { $_.FullyQualifiedErrorId }
$code
## STDOUT:
ValidateSetFailure
12
## END

#### ValidateNotNull's message
function Need { param([ValidateNotNull()]$Thing) }
try { Need -Thing $null } catch { $_.Exception.Message }
## stdout: Cannot validate argument on parameter 'Thing'. The argument is null. Provide a valid value for the argument, and then try running the command again.

#### $PSCmdlet.ParameterSetName is the set the piped object decided
function Get-Report {
    [CmdletBinding(DefaultParameterSetName='ByName')]
    param(
        [Parameter(ParameterSetName='ByName', ValueFromPipelineByPropertyName=$true)][Alias('Identity')][string]$Name,
        [Parameter(ParameterSetName='ByObject', ValueFromPipeline=$true)][psobject]$InputObject
    )
    process { $PSCmdlet.ParameterSetName }
}
'x.com' | Get-Report
[pscustomobject]@{ Identity = 'p.com' } | Get-Report
## STDOUT:
ByObject
ByName
## END
