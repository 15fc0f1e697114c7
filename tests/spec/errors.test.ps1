# Errors: their FullyQualifiedErrorIds, for run-time errors, parameter binding and parsing.

#### an unknown command
Get-NoSuchThing
## error-id: CommandNotFoundException

#### division by zero with literals
1 / 0
## error-id: RuntimeException

#### division by zero with a variable
$zero = 0
5 / $zero
## error-id: RuntimeException

#### modulo by zero
$zero = 0
5 % $zero
## error-id: RuntimeException

#### an invalid regular expression
"abc" -match "("
## error-id: InvalidRegularExpression

#### calling a method that does not exist
"abc".NoSuchMethod()
## error-id: MethodNotFound

#### calling a method on $null
$nothing = $null
$nothing.ToString()
## error-id: InvokeMethodOnNull

#### a cast that cannot convert
[int]"abc"
## error-id: InvalidCastFromStringToInteger

#### an unknown type
[NoSuchType]5
## error-id: TypeNotFound

#### a cmdlet parameter that does not exist
Get-CsAdminRole -NoSuchParameter 1
## error-id: NamedParameterNotFound

#### a cmdlet parameter without its argument
Get-CsAdminRole -Identity
## error-id: MissingArgument

#### a cmdlet parameter given twice
Get-CsAdminRole -Identity a -Identity b
## error-id: ParameterAlreadyBound

#### two parameters from different parameter sets
Get-CsAdminRole -Identity CsHelpDesk -Filter "*"
## error-id: AmbiguousParameterSet

#### an extra positional argument
Get-CsAdminRole CsHelpDesk extra
## error-id: PositionalParameterNotFound

#### an ambiguous prefix of the common parameters
Get-CsAdminRole -Err x
## error-id: AmbiguousParameter

#### the binding error names the command
Get-CsAdminRole -NoSuchParameter 1
## error-id: NamedParameterNotFound,Microsoft.Rtc.Management

#### parse error: unterminated double-quoted string
"abc
## error-id: TerminatorExpectedAtEndOfString

#### parse error: unterminated single-quoted string
'abc
## error-id: TerminatorExpectedAtEndOfString

#### parse error: missing closing brace
if ($true) {
## error-id: MissingEndCurlyBrace

#### parse error: missing closing parenthesis
(1 + 2
## error-id: MissingEndParenthesisInExpression

#### parse error: missing operand
1 +
## error-id: ExpectedValueExpression

#### parse error: missing value after =
$x =
## error-id: ExpectedValueExpression

#### parse error: empty pipe element
Get-CsAdminRole |
## error-id: EmptyPipeElement

#### parse error: an expression after a pipe
Get-CsAdminRole | 2
## error-id: ExpressionsMustBeFirstInPipeline

#### parse error: foreach without in
foreach ($i 1..3) { $i }
## error-id: MissingInInForeach

#### parse error: try without catch or finally
try { 1 }
## error-id: MissingCatchOrFinally

#### parse error: unexpected token
1 2
## error-id: UnexpectedToken

#### parse error: unknown operator
"a" -foo "b"
## error-id: UnexpectedToken

#### parse error: if without a statement block
if ($true)
## error-id: MissingStatementBlock

#### parse error: hash literal without =
@{a}
## error-id: MissingEqualsInHashLiteral

#### parse error: function without a name
function { 1 }
## error-id: MissingNameAfterKeyword

#### parse error: do without while or until
do { 1 }
## error-id: MissingWhileOrUntilInDoWhile

#### a parse error stops the whole script
"before"
1 +
## stdout-json: ""
## error-id: ExpectedValueExpression

#### a run-time error does not stop the next statement
$zero = 0
1 / $zero
"after"
## stdout: after
## error-id: RuntimeException

#### a throw stops the script
"before"
throw "stop"
"after"
## stdout: before
## error-id: stop

#### $? after a function whose body wrote an error is True; after $PSCmdlet.WriteError it is False
function Use-WriteError { Write-Error "inner" }
function Use-Cmdlet { Get-Item /no/such/path/here }
function Use-Own { [CmdletBinding()] param() $PSCmdlet.WriteError((Write-Error "own" 2>&1)) }
function Use-Statement { 1/0 }
Use-WriteError 2>$null; "write-error: $?"
Use-Cmdlet 2>$null; "cmdlet: $?"
Use-Statement 2>$null; "statement: $?"
Use-Own 2>$null; "own: $?"
Get-Item /no/such/path/here 2>$null; "direct: $?"
## STDOUT:
write-error: True
cmdlet: True
statement: True
own: False
direct: False
## END

#### a statement-terminating error in a function goes to the function's error stream
function Divide { 1/0; "after" }
Divide 2>$null
$r = Divide 2>&1
$r.Count
$r[0].FullyQualifiedErrorId
## STDOUT:
after
2
RuntimeException
## END
