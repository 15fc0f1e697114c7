# Errors a learner makes at the prompt, as Windows PowerShell 5.1 reports them.

#### a failed cast is reported through the RuntimeException that wraps it
try { [int]"abc" } catch { "$($_.CategoryInfo) $($_.FullyQualifiedErrorId)" }
## stdout: InvalidArgument: (:) [], RuntimeException InvalidCastFromStringToInteger

#### a text operand an arithmetic operator cannot convert is an invalid argument
try { 1 + "a" } catch { "$($_.CategoryInfo) $($_.FullyQualifiedErrorId)" }
try { 1 * "x" } catch [System.Management.Automation.PSInvalidCastException] { "caught as a cast" }
## STDOUT:
InvalidArgument: (:) [], RuntimeException InvalidCastFromStringToInteger
caught as a cast
## END

#### a typed variable refuses a value as an argument transformation, at the whole statement
[long]$i = 1
try { $i = "abc" } catch { "$($_.CategoryInfo) $($_.FullyQualifiedErrorId) [$($_.InvocationInfo.PositionMessage.Split("`n")[-1].Trim('+ '))]" }
try { [int]$j = "abc" } catch { "$($_.CategoryInfo) $($_.FullyQualifiedErrorId) [$($_.InvocationInfo.PositionMessage.Split("`n")[-1].Trim('+ '))]" }
## STDOUT:
MetadataError: (:) [], ArgumentTransformationMetadataException RuntimeException [~~~~~~~~~~]
MetadataError: (:) [], ArgumentTransformationMetadataException RuntimeException [~~~~~~~~~~~~~~~]
## END

#### a string method's ArgumentOutOfRangeException names the parameter, as .NET Framework's message does
try { "abc".Substring(10) } catch { $_.Exception.InnerException.Message -replace "`r" }
try { "abc".Substring(1, 5) } catch { $_.Exception.InnerException.Message -replace "`r" }
try { "abc".Remove(3) } catch { $_.Exception.InnerException.Message -replace "`r" }
"abcdef".Remove(1, 2)
## STDOUT:
startIndex cannot be larger than length of string.
Parameter name: startIndex
Index and length must refer to a location within the string.
Parameter name: length
startIndex must be less than length of string.
Parameter name: startIndex
adef
## END

#### -f with too few arguments names the format string as the error's target
try { "{0} {1}" -f "a" } catch { "$($_.CategoryInfo) $($_.FullyQualifiedErrorId) $($_.TargetObject)" }
## stdout: InvalidOperation: ({0} {1}:String) [], RuntimeException FormatError {0} {1}

#### an invalid pattern for -match or -replace names the pattern as the error's target
try { "a" -match "[" } catch { "$($_.CategoryInfo) $($_.FullyQualifiedErrorId)" }
try { "a" -replace "(", "x" } catch { $_.TargetObject }
## STDOUT:
InvalidOperation: ([:String) [], RuntimeException InvalidRegularExpression
(
## END

#### an operator on an operand that is no number looks for the operator's method on its type
$all = @{
    div = { @(1,2) / 2 }; mod = { @(1,2) % 2 }; addRight = { 1 + @{} }; subRight = { 1 - @(1) }
    mul = { (Get-Date) * 2 }
}
foreach ($k in 'div','mod','addRight','subRight','mul') {
    try { & $all[$k] } catch { "$($_.Exception.Message) | $($_.CategoryInfo)" }
}
## STDOUT:
Method invocation failed because [System.Object[]] does not contain a method named 'op_Division'. | InvalidOperation: (op_Division:String) [], RuntimeException
Method invocation failed because [System.Object[]] does not contain a method named 'op_Modulus'. | InvalidOperation: (op_Modulus:String) [], RuntimeException
Method invocation failed because [System.Collections.Hashtable] does not contain a method named 'op_Addition'. | InvalidOperation: (op_Addition:String) [], RuntimeException
Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'. | InvalidOperation: (op_Subtraction:String) [], RuntimeException
Method invocation failed because [System.DateTime] does not contain a method named 'op_Multiply'. | InvalidOperation: (op_Multiply:String) [], RuntimeException
## END

#### an index with nothing in it, or with no closing bracket, is reported as PowerShell's parser reports it
try { Invoke-Expression '$a[' } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
try { Invoke-Expression '$a[]' } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
try { Invoke-Expression '$a[1' } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
## STDOUT:
MissingArrayIndexExpression,Microsoft.PowerShell.Commands.InvokeExpressionCommand: Array index expression is missing or not valid.
MissingArrayIndexExpression,Microsoft.PowerShell.Commands.InvokeExpressionCommand: Array index expression is missing or not valid.
MissingEndSquareBracket,Microsoft.PowerShell.Commands.InvokeExpressionCommand: Missing ']' after array index expression.
## END

#### a type literal with no closing bracket is blamed after the type name
try { Invoke-Expression '[int' } catch { $_.InvocationInfo.PositionMessage -replace "`r" }
## STDOUT:
At line:1 char:5
+ [int
+     ~
## END

#### a negative number for a UInt32 parameter overflows "a UInt32", as .NET words it
try { Set-CsXmppAllowedPartner -Identity xmpp.contoso.com -ConnectionLimit -5 -ErrorAction Stop } catch { $_.Exception.Message }
## stdout: Cannot bind parameter 'ConnectionLimit'. Cannot convert value "-5" to type "System.UInt32". Error: "Value was either too large or too small for a UInt32."

#### an error with no position of its own is blamed on the whole statement, as PowerShell's sequence points do
function Where-Blamed([scriptblock]$block) {
    try { & $block } catch { ($_.InvocationInfo.PositionMessage -split "`n")[-1].TrimEnd() }
}
Where-Blamed { $x = 1/0 }
Where-Blamed { $x = $null.Foo() }
Where-Blamed { $n = [math]::Round(("a"/1) / 2) }
Where-Blamed { if ([int]"a" -ge 1) { } }
Where-Blamed { $x = "{0} {1}" -f "a" }
## STDOUT:
+                ~~~~~~~~
+                ~~~~~~~~~~~~~~~~
+                ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
+                    ~~~~~~~~~~~~~~
+                ~~~~~~~~~~~~~~~~~~~~~
## END

#### assigning past the end of an array is .NET's IndexOutOfRangeException
$a = 1, 2
try { $a[5] = 1 } catch [System.IndexOutOfRangeException] { "$($_.CategoryInfo) $($_.FullyQualifiedErrorId)" }
## stdout: OperationStopped: (:) [], IndexOutOfRangeException System.IndexOutOfRangeException

#### adding hashtables that share a key fails with Hashtable.Add's ArgumentException, reported as PowerShell reports a .NET exception
try { @{a=1} + @{a=2} } catch [System.ArgumentException] { "$($_.CategoryInfo) $($_.FullyQualifiedErrorId)" }
## stdout: OperationStopped: (:) [], ArgumentException System.ArgumentException
