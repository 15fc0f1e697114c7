# Statements the parser learned from the parse yardstick: pipeline chains (PowerShell 7's && and ||,
# which Windows PowerShell 5.1 rejects, so no 5.1 script means anything else by them), data sections,
# attributes on variables, and command names that begin with digits.

#### && runs the right side when the left one succeeded
Write-Output one && Write-Output two
## STDOUT:
one
two
## END

#### && skips the right side when the left one failed
Write-Error bad -ErrorAction SilentlyContinue && Write-Output never
"after: $?"
## stdout: after: False

#### || runs the right side only when the left one failed
Write-Output fine || Write-Output never
Write-Error bad -ErrorAction SilentlyContinue || Write-Output recovered
## STDOUT:
fine
recovered
## END

#### a chain is one statement: its value can be assigned
$r = Write-Output a && Write-Output b
$r -join ','
## stdout: a,b

#### a chain may continue on the next line
Write-Output x &&
  Write-Output y
## STDOUT:
x
y
## END

#### a terminating error stops the whole chain
try { Write-Error stop -ErrorAction Stop || Write-Output never } catch { "caught" }
## stdout: caught

#### a data section without a name writes its output
data { 'hello'; 42 }
## STDOUT:
hello
42
## END

#### a named data section assigns its output
data greetings { @{ en = 'hello'; fr = 'bonjour' } }
$greetings.fr
## stdout: bonjour

#### a data section may use the commands it names
data stamp -SupportedCommand Write-Output { Write-Output 'listed' }
$stamp
## stdout: listed

#### a data section may not read variables
$x = 1
data { $x }
## error-id: VariableReferenceNotSupportedInDataSection

#### a data section may not run other commands
data { Get-Date }
## error-id: CmdletNotInAllowedListForDataSection

#### a validation attribute on a variable checks the value
[ValidateRange(1, 10)][int]$n = '7'
$n + 1
## stdout: 8

#### a validation attribute keeps checking later assignments
[ValidateSet('red', 'green')]$colour = 'red'
$colour = 'blue'
"still $colour"
## STDOUT:
still red
## END
## error-id: ValidateSetFailure
## status: error

#### an attribute on something other than a variable is a parse error
[ValidateNotNull()] 'text'
## error-id: UnexpectedAttribute

#### a command whose name begins with digits
function 7zip-it { "packed $args" }
7zip-it notes.txt
## stdout: packed notes.txt

#### a number followed by an operator is still arithmetic
7+3
## stdout: 10

#### empty parentheses are a parse error
$v = ()
## error-id: ExpectedExpression

#### switch -File takes a file name, not a parenthesised value
switch -File 'no-such-file.txt' { default { $_ } }
## error-id: PathNotFound

#### flow of control may not leave a finally block
foreach ($i in 1..2) { try { } finally { break } }
## error-id: ControlLeavingFinally

#### a loop inside a finally block may break out of itself
try { } finally { foreach ($i in 1..3) { if ($i -eq 2) { break }; $i } }
## stdout: 1

#### a parameter declared twice
function twice { param($p, $P) }
## error-id: DuplicateFormalParameter

#### ConvertFrom-StringData in a data section, with escapes, comments and blank lines
$msgs = data {
ConvertFrom-StringData @'
# greetings
Hello = Hello there

Tabbed = a\tb
'@
}
$msgs.hello
$msgs.Tabbed -eq "a`tb"
## STDOUT:
Hello there
True
## END

#### ConvertFrom-StringData stops at a name given twice
ConvertFrom-StringData "a=1`na=2"
## error-id: InvalidOperation,Microsoft.PowerShell.Commands.ConvertFromStringDataCommand
