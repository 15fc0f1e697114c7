# Switch parameters of functions and scripts (about_Functions_Advanced_Parameters, "Switch
# parameters"): the variable holds a System.Management.Automation.SwitchParameter, present or not.

#### IsPresent and ToBool() of a given and an omitted switch
function Test-Switch { param([switch]$Force) "$($Force.IsPresent) $($Force.ToBool())" }
Test-Switch -Force
Test-Switch
Test-Switch -Force:$false
## STDOUT:
True True
False False
False False
## END

#### a switch parameter is a SwitchParameter, and an omitted one is not $null
function Test-Switch { param([switch]$Force) $Force.GetType().FullName; $null -eq $Force; $Force -is [switch] }
Test-Switch
## STDOUT:
System.Management.Automation.SwitchParameter
False
True
## END

#### a switch in a string, in if, under -not and cast to [bool]
function Test-Switch {
    param([switch]$Force)
    if ($Force) { "if: yes" } else { "if: no" }
    "text: $Force, not: $(-not $Force), bool: $([bool]$Force), $(([bool]$Force).GetType().Name)"
}
Test-Switch -Force
Test-Switch
## STDOUT:
if: yes
text: True, not: False, bool: True, Boolean
if: no
text: False, not: True, bool: False, Boolean
## END

#### -eq and -ne between a switch and $true/$false, from either side
function Test-Switch {
    param([switch]$Force)
    "$($Force -eq $true) $($Force -eq $false) $($true -eq $Force) $($false -eq $Force) $($Force -ne $true)"
}
Test-Switch -Force
Test-Switch
## STDOUT:
True False True False False
False True False True True
## END

#### a switch equals only a bool or another switch
function Test-Switch { param([switch]$Force) "$($Force -eq 1) $($Force -eq 'True') $($Force.Equals($true))" }
Test-Switch -Force
## stdout: False False True

#### switch ($Force) compares the switch with each case
function Test-Switch {
    param([switch]$Force)
    switch ($Force) { $true { "on" } $false { "off" } }
}
Test-Switch -Force
Test-Switch
## STDOUT:
on
off
## END

#### a switch passed on with -Name:$value and by splatting $PSBoundParameters
function Inner { param([switch]$Force) "inner $($Force.IsPresent)" }
function Outer {
    param([switch]$Force)
    Inner -Force:$Force
    Inner @PSBoundParameters
}
Outer -Force
Outer
## STDOUT:
inner True
inner True
inner False
inner False
## END

#### $PSBoundParameters holds the SwitchParameter, and the common switches as SwitchParameters too
function Test-Switch {
    [CmdletBinding()]
    param([switch]$Force)
    $PSBoundParameters['Force'].GetType().Name
    $PSBoundParameters['Verbose'].GetType().Name
    $PSBoundParameters.ContainsKey('Force')
}
Test-Switch -Force -Verbose:$false
## STDOUT:
SwitchParameter
SwitchParameter
True
## END

#### a function's switch passed to a cmdlet's switch and to a cmdlet's Boolean parameter
function Count-Items { param([switch]$One) @(Write-Output -NoEnumerate:$One 1, 2, 3).Count }
Count-Items -One
Count-Items
function Set-Logging {
    param([switch]$On)
    Set-CsXmppGatewayConfiguration -Identity Global -EnableLoggingAllMessageBodies $On
    (Get-CsXmppGatewayConfiguration -Identity Global).EnableLoggingAllMessageBodies
}
Set-Logging -On
Set-Logging
## STDOUT:
1
3
True
False
## END

#### -Verbose:$Verbose passes a switch on as a common parameter
function Inner { [CmdletBinding()] param() Write-Verbose "inner speaks" 4>&1 }
function Outer { param([switch]$Loud) Inner -Verbose:$Loud }
Outer -Loud
"--"
Outer
## STDOUT:
inner speaks
--
## END

#### assigning to a switch parameter's variable keeps it a switch
function Test-Switch {
    param([switch]$Force)
    $Force = $true
    "$Force $($Force.GetType().Name)"
    $Force = 0
    "$Force $($Force.IsPresent)"
}
Test-Switch
## STDOUT:
True SwitchParameter
False False
## END

#### a switch's default value becomes a SwitchParameter
function Test-Switch { param([switch]$Force = $true) "$($Force.IsPresent) $($Force.GetType().Name)" }
Test-Switch
Test-Switch -Force:$false
## STDOUT:
True SwitchParameter
False SwitchParameter
## END

#### a [switch] variable in a script, and [switch]::Present
[switch]$x = $true
"$x $($x.GetType().Name) $($x.IsPresent)"
$x = $false
"$x $($x.GetType().Name)"
[switch]::Present.IsPresent
([switch]1).ToBool()
## STDOUT:
True SwitchParameter True
False SwitchParameter
True
True
## END

#### a switch as output is a table of IsPresent
function Test-Switch { param([switch]$Force) $Force }
Test-Switch -Force
## STDOUT:

IsPresent
---------
     True


## END

#### a switch's members and its JSON form
function Test-Switch { param([switch]$Force) $Force }
$s = Test-Switch -Force
($s | Get-Member -MemberType Property).Definition
($s | Get-Member -Name ToBool).Definition
$s | ConvertTo-Json -Compress
## STDOUT:
bool IsPresent {get;}
bool ToBool()
{"IsPresent":true}
## END

#### a method a switch does not have
function Test-Switch {
    param([switch]$Force)
    try { $Force.Nope() } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
}
Test-Switch
## STDOUT:
MethodNotFound
Method invocation failed because [System.Management.Automation.SwitchParameter] does not contain a method named 'Nope'.
## END

#### a script block's switch parameter is a SwitchParameter too
& { param([switch]$Quiet) "$($Quiet.IsPresent) $($Quiet.GetType().Name)" } -Quiet
## stdout: True SwitchParameter
