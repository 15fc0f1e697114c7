# Set-StrictMode (about_Set-StrictMode): what each version refuses, and how the setting is scoped.

#### without strict mode an unset variable is $null
$null -eq $NeverSet
## stdout: True

#### version 1: reading an unset variable is an error
Set-StrictMode -Version 1.0
$NeverSet
## error-id: VariableIsUndefined

#### version 1: the message names the variable
Set-StrictMode -Version 1
try { $NeverSet } catch { $_.Exception.Message }
## stdout: The variable '$NeverSet' cannot be retrieved because it has not been set.

#### version 1: an unset variable inside a string is still allowed
Set-StrictMode -Version 1
"[$NeverSet]"
## stdout: []

#### version 1: properties are not checked
Set-StrictMode -Version 1
$o = [pscustomobject]@{ A = 1 }
$null -eq $o.B
## stdout: True

#### version 2: an unset variable inside a string is an error too
Set-StrictMode -Version 2
try { "[$NeverSet]" } catch { $_.FullyQualifiedErrorId }
## stdout: VariableIsUndefined

#### a variable set to $null is set
Set-StrictMode -Version Latest
$x = $null
$null -eq $x
## stdout: True

#### a scope prefix is named in the message
Set-StrictMode -Version Latest
try { $global:NeverSet } catch { $_.Exception.Message }
## stdout: The variable '$global:NeverSet' cannot be retrieved because it has not been set.

#### an environment variable that does not exist is no error
Set-StrictMode -Version Latest
$null -eq $env:PYSHELL_SURELY_NOT_SET
## stdout: True

#### the error ends the statement only
Set-StrictMode -Version Latest
$NeverSet
'next'
## STDOUT:
next
## END
## error-id: VariableIsUndefined

#### version 2: a property the object does not have
Set-StrictMode -Version 2
$o = [pscustomobject]@{ Name = 'a' }
$o.Nmae
## error-id: PropertyNotFoundStrict

#### version 2: the property message
Set-StrictMode -Version 2
$o = [pscustomobject]@{ Name = 'a' }
try { $o.Nmae } catch { $_.Exception.Message; $_.CategoryInfo.Reason }
## STDOUT:
The property 'Nmae' cannot be found on this object. Verify that the property exists.
PropertyNotFoundException
## END

#### version 2: a property whose value is $null is fine
Set-StrictMode -Version 2
$o = [pscustomobject]@{ Name = $null }
$null -eq $o.Name
## stdout: True

#### version 2: a missing hashtable key read as a property
Set-StrictMode -Version 2
$h = @{ k = 1 }
$h.k
try { $h.Other } catch { $_.FullyQualifiedErrorId }
$h['Other'] -eq $null
## STDOUT:
1
PropertyNotFoundStrict
True
## END

#### version 2: Count and Length of a single value are refused
Set-StrictMode -Version 2
try { (5).Count } catch { $_.FullyQualifiedErrorId }
try { $null.Length } catch { $_.FullyQualifiedErrorId }
'abc'.Length
@(5).Count
## STDOUT:
PropertyNotFoundStrict
PropertyNotFoundStrict
3
1
## END

#### version 2: member enumeration finds the property on the items
Set-StrictMode -Version 2
$list = [pscustomobject]@{ N = 1 }, [pscustomobject]@{ N = 2 }
$list.N -join ','
try { $list.Missing } catch { $_.FullyQualifiedErrorId }
## STDOUT:
1,2
PropertyNotFoundStrict
## END

#### version 2: $_ members are checked too
Set-StrictMode -Version 2
[pscustomobject]@{ A = 1 } | ForEach-Object { try { $_.B } catch { 'no B' } }
## stdout: no B

#### version 2: a command called like a method
Set-StrictMode -Version 2
function Add-Two { $args[0] + $args[1] }
Add-Two(1, 2)
## error-id: StrictModeFunctionCallWithParens

#### version 2: with a space, or one argument, the call is fine
Set-StrictMode -Version 2
function Show { "$args" }
Show (1, 2)
Show(3)
## STDOUT:
1 2
3
## END

#### version 2: an index past the end is still $null
Set-StrictMode -Version 2
$a = 1, 2
$null -eq $a[5]
## stdout: True

#### version 2: indexing a single value beyond [0] and [-1]
Set-StrictMode -Version 2
$n = 5
$n[0]
$n[-1]
try { $n[1] } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
## STDOUT:
5
5
CannotIndex
Unable to index into an object of type System.Int32.
## END

#### version 1: indexing a single value beyond [0] gives $null
Set-StrictMode -Version 1
$n = 5
$null -eq $n[1]
## stdout: True

#### version 3: an index past the end is an error
Set-StrictMode -Version 3
$a = 1, 2
try { $a[5] } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$a[-2]
## STDOUT:
System.IndexOutOfRangeException
Index was outside the bounds of the array.
1
## END

#### Latest checks indexes
Set-StrictMode -Version Latest
$a = @()
$a[0]
## error-id: System.IndexOutOfRangeException

#### Off turns strict mode off
Set-StrictMode -Version Latest
Set-StrictMode -Off
$null -eq $NeverSet
## stdout: True

#### a function turns it off for itself only
Set-StrictMode -Version Latest
function Loose { Set-StrictMode -Off; "inside: [$NeverSet]" }
Loose
try { $NeverSet } catch { 'outside: strict' }
## STDOUT:
inside: []
outside: strict
## END

#### a setting made in a function ends with it
function Tight { Set-StrictMode -Version Latest; try { $NeverSet } catch { 'inside: strict' } }
Tight
"outside: [$NeverSet]"
## STDOUT:
inside: strict
outside: []
## END

#### a script block called with & is a child scope and inherits the setting
Set-StrictMode -Version 1
& { try { $NeverSet } catch { 'child: strict' } }
## stdout: child: strict

#### an invalid version is refused
Set-StrictMode -Version 7.0
## error-id: ParameterArgumentValidationError,Microsoft.PowerShell.Commands.SetStrictModeCommand

#### Get-StrictMode does not exist in Windows PowerShell 5.1
Get-StrictMode
## error-id: CommandNotFoundException
