# try / catch / finally, throw, trap (about_Try_Catch_Finally, about_Throw, about_Trap).

#### catch a thrown string
try { throw "x" } catch { "caught $_" }
## stdout: caught x

#### the exception message
try { throw "boom" } catch { $_.Exception.Message }
## stdout: boom

#### $PSItem is the error in a catch block
try { throw "boom" } catch { $PSItem.Exception.Message }
## stdout: boom

#### statements after throw do not run
try { "a"; throw "x"; "b" } catch { "c" }
## STDOUT:
a
c
## END

#### finally runs after the try block
try { "t" } finally { "f" }
## STDOUT:
t
f
## END

#### finally runs after catch
try { throw "x" } catch { "c" } finally { "f" }
## STDOUT:
c
f
## END

#### finally runs when the error is not caught
try { throw "x" } finally { "f" }
## stdout: f
## error-id: x

#### division by zero can be caught
$zero = 0
try { 1 / $zero } catch { "div: $($_.Exception.Message)" }
## stdout: div: Attempted to divide by zero.

#### a command that is not found can be caught
try { Get-NoSuchThing } catch { $_.FullyQualifiedErrorId }
## stdout: CommandNotFoundException

#### catch by exception type
try { Get-NoSuchThing } catch [System.Management.Automation.CommandNotFoundException] { "cnf" }
## stdout: cnf

#### a thrown string is a RuntimeException
try { throw "x" } catch [System.Management.Automation.RuntimeException] { "rt" }
## stdout: rt

#### a catch for another type is skipped
try { throw "x" } catch [System.IO.IOException] { "io" } catch { "general" }
## stdout: general

#### throw without an argument in catch rethrows
try { try { throw "inner" } catch { throw } } catch { "outer $_" }
## stdout: outer inner

#### an error thrown in a function is caught by the caller
function f { throw "from f" }
try { f } catch { "caught $_" }
## stdout: caught from f

#### an uncaught throw stops the script
throw "boom"
"after"
## stdout-json: ""
## error-id: boom

#### throw without an argument outside catch
throw
## error-id: ScriptHalted

#### continue in a try inside a loop still runs finally
foreach ($i in 1..2) { try { if ($i -eq 1) { continue }; "b$i" } finally { "f$i" } }
## STDOUT:
f1
b2
f2
## END

#### return inside try runs finally
function f { try { return "r" } finally { "f" } }
f
## STDOUT:
r
f
## END

#### an error in catch can be caught outside
try { try { throw "a" } catch { throw "b" } } catch { "got $_" }
## stdout: got b

#### a command that is not found does not stop the script
Get-NoSuchThing
"after"
## stdout: after
## error-id: CommandNotFoundException

#### trap with continue resumes after the failing statement
trap { "trapped $_"; continue }
throw "x"
"after"
## STDOUT:
trapped x
after
## END

#### $Error collects errors, newest first
Get-NoSuchThing
$Error[0].FullyQualifiedErrorId
## stdout: CommandNotFoundException
## status: error

#### $? is False after a failed command
Get-NoSuchThing
$?
## stdout: False
## status: error

#### catch [RuntimeException] takes a failed cast, which PowerShell wraps in one
try { [int]"abc" } catch [System.Management.Automation.RuntimeException] { "caught" }
## stdout: caught

#### catch [RuntimeException] takes a thrown .NET exception of another family
try { throw [System.ArgumentException]::new("bad") } catch [System.Management.Automation.RuntimeException] { "caught: " + $_.Exception.Message }
## stdout: caught: bad

#### a handler naming the exception's own type comes before the RuntimeException one
try { [int]"abc" } catch [System.Management.Automation.RuntimeException] { "rt" } catch [System.InvalidCastException] { "cast" }
## stdout: cast

#### a typed catch that matches neither the exception nor its wrapper leaves it to the catch-all
try { [int]"abc" } catch [System.IO.IOException] { "io" } catch { "all" }
## stdout: all

#### trap [RuntimeException] takes a failed cast
& { trap [System.Management.Automation.RuntimeException] { "trapped"; continue }; [int]"q"; "next" }
## STDOUT:
trapped
next
## END

#### PowerShell's own exceptions carry their error record
try { throw "custom failure" } catch { $_.Exception.ErrorRecord.FullyQualifiedErrorId }
try { Get-Item /no/such/path -ErrorAction Stop } catch { $_.Exception.ErrorRecord.FullyQualifiedErrorId }
$e = { [powershell]::Create().AddScript("1 +").Invoke() } | ForEach-Object { try { & $_ } catch { $_ } }
$e.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId
## STDOUT:
custom failure
PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand
ExpectedValueExpression
## END

#### a thrown exception object is the error's Exception, itself
$e = [ArgumentNullException]::new('path')
try { throw $e } catch { [object]::ReferenceEquals($_.Exception, $e); $_.Exception.ParamName }
## STDOUT:
True
path
## END

#### catch [ActionPreferenceStopException] takes an error -ErrorAction Stop made terminating
$a = try { Get-Item /no/such/thing -ErrorAction Stop }
     catch [System.Management.Automation.ActionPreferenceStopException] { $_.Exception.GetType().Name }
$a
try { 1 / 0 } catch [System.Management.Automation.ActionPreferenceStopException] { 'not this' } catch { 'a plain error' }
## STDOUT:
ItemNotFoundException
a plain error
## END
