# -split options, -is with a type given as text, and the error ids Invoke-Expression gives what fails
# inside it (found by running PowerShell's own operator tests through pyshell).

#### -split with ExplicitCapture keeps only named groups
("a:b" -split "(:)").Count
("a:b" -split "(:)", 0, 'ExplicitCapture').Count
("a:b" -split "(?<colon>:)", 0, 'ExplicitCapture').Count
## STDOUT:
3
2
3
## END

#### ExplicitCapture leaves escaped parentheses and character classes alone
("a(b)c" -split "\(|[)]", 0, 'ExplicitCapture') -join '|'
## stdout: a|b|c

#### SimpleMatch takes no option but IgnoreCase
"abc" -split "B", 0, 'RegexMatch,SimpleMatch'
## error-id: InvalidSplitOptionCombination

#### SimpleMatch with IgnoreCase
("aXbxc" -split "x", 0, 'SimpleMatch,IgnoreCase') -join '|'
## stdout: a|b|c

#### a predicate takes no options
"abc" -split { $_ -eq 'b' }, 0, 'SimpleMatch'
## error-id: InvalidSplitOptionWithPredicate

#### a predicate with a maximum number of parts
("a b c d" -split { $_ -eq ' ' }, 2) -join '|'
## stdout: a|b c d

#### a negative maximum means no limit, as in Windows PowerShell 5.1
("a b c d" -split " ", -2).Count
("a b c d" -split { $_ -eq ' ' }, -2).Count
## STDOUT:
4
4
## END

#### -is with a name that is no type fails to convert it
'hello' -is 'NoSuchTypeName'
## error-id: RuntimeException

#### -is with a type literal that does not resolve
'hello' -is [NoSuchTypeName]
## error-id: TypeNotFound

#### -is with a type name as text
'hello' -is 'string'
## stdout: True

#### a bare string is not a PSObject, a custom object is
"hello" -is [psobject]
[pscustomobject]@{ a = 1 } -is [psobject]
"hello" -isnot [psobject]
## STDOUT:
False
True
True
## END

#### an error leaving Invoke-Expression is qualified with its command
try { Invoke-Expression "'hello' -is 'NoSuchTypeName'" } catch { $_.FullyQualifiedErrorId }
## stdout: RuntimeException,Microsoft.PowerShell.Commands.InvokeExpressionCommand

#### a parse error in Invoke-Expression's text is qualified with its command
try { Invoke-Expression '1 +' } catch { $_.FullyQualifiedErrorId }
## stdout: ExpectedValueExpression,Microsoft.PowerShell.Commands.InvokeExpressionCommand
