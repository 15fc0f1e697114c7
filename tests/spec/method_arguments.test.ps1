# A method argument that does not convert to its parameter's type: PowerShell converts every argument
# before the call and names the parameter that refused (MethodArgumentConversionInvalidCastArgument).

#### a string where Substring wants an Int32 names the parameter
"abc".Substring("x")
## error-id: MethodArgumentConversionInvalidCastArgument

#### the message is PowerShell's, with the parameter, the value, the method and the type
try { "abc".Substring("x") } catch { $_.Exception.Message }
## stdout: Cannot convert argument "startIndex", with value: "x", for "Substring" to type "System.Int32": "Cannot convert value "x" to type "System.Int32". Error: "Input string was not in a correct format.""

#### the second argument is named when it is the one that fails
try { "abc".Substring(1, "q") } catch { $_.Exception.Message }
## stdout: Cannot convert argument "length", with value: "q", for "Substring" to type "System.Int32": "Cannot convert value "q" to type "System.Int32". Error: "Input string was not in a correct format.""

#### a number too large for the parameter says so
try { "abc".Substring(10000000000) } catch { $_.Exception.Message }
## stdout: Cannot convert argument "startIndex", with value: "10000000000", for "Substring" to type "System.Int32": "Cannot convert value "10000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32.""

#### the error is a MethodException of category NotSpecified with a cast failure inside
try { "abc".PadLeft("wide") } catch [System.Management.Automation.MethodException] {
    "$($_.Exception.GetType().Name) $($_.CategoryInfo.Category) $($_.FullyQualifiedErrorId)"
}
## stdout: MethodException NotSpecified MethodArgumentConversionInvalidCastArgument

#### it is not an "Exception calling" MethodInvocationException
try { "abc".Substring("x") } catch [System.Management.Automation.MethodInvocationException] { "wrong" } catch { "right" }
## stdout: right

#### a static method: [math]::Round
try { [math]::Round("abc") } catch { $_.Exception.Message }
## stdout: Cannot convert argument "a", with value: "abc", for "Round" to type "System.Double": "Cannot convert value "abc" to type "System.Double". Error: "Input string was not in a correct format.""

#### the overload with two arguments names its own parameter
try { [math]::Round(2.5, "two") } catch { $_.Exception.Message }
## stdout: Cannot convert argument "digits", with value: "two", for "Round" to type "System.Int32": "Cannot convert value "two" to type "System.Int32". Error: "Input string was not in a correct format.""

#### a constructor is .ctor, and DateTime's one-argument constructor takes Int64 ticks
try { [datetime]::new("x") } catch { $_.Exception.Message }
## stdout: Cannot convert argument "ticks", with value: "x", for ".ctor" to type "System.Int64": "Cannot convert value "x" to type "System.Int64". Error: "Input string was not in a correct format.""

#### ticks beyond Int32 are a DateTime and a TimeSpan
"$([datetime]::new(637000000000000000).Year) $([timespan]::new(6370000000000).Days)"
## stdout: 2019 7

#### a StringBuilder's Append(char, int) names repeatCount
$sb = [System.Text.StringBuilder]::new()
try { [void]$sb.Append("x", "y") } catch { $_.Exception.Message }
"[$($sb.ToString())]"
## STDOUT:
Cannot convert argument "repeatCount", with value: "y", for "Append" to type "System.Int32": "Cannot convert value "y" to type "System.Int32". Error: "Input string was not in a correct format.""
[]
## END

#### StringBuilder's constructor and Insert
$sb = [System.Text.StringBuilder]::new("ab")
try { $sb.Insert("q", "z") } catch { $_.Exception.Message }
try { [System.Text.StringBuilder]::new("x", "y") } catch { $_.Exception.Message }
## STDOUT:
Cannot convert argument "index", with value: "q", for "Insert" to type "System.Int32": "Cannot convert value "q" to type "System.Int32". Error: "Input string was not in a correct format.""
Cannot convert argument "capacity", with value: "y", for ".ctor" to type "System.Int32": "Cannot convert value "y" to type "System.Int32". Error: "Input string was not in a correct format.""
## END

#### a List[int] refuses an item that is not a number
$l = [System.Collections.Generic.List[int]]::new()
try { $l.Add("x") } catch { $_.Exception.Message }
## stdout: Cannot convert argument "item", with value: "x", for "Add" to type "System.Int32": "Cannot convert value "x" to type "System.Int32". Error: "Input string was not in a correct format.""

#### DateTime methods name their parameters
try { (Get-Date).AddDays("x") } catch { $_.Exception.Message }
try { [datetime]::IsLeapYear("x") } catch { $_.Exception.Message }
## STDOUT:
Cannot convert argument "value", with value: "x", for "AddDays" to type "System.Double": "Cannot convert value "x" to type "System.Double". Error: "Input string was not in a correct format.""
Cannot convert argument "year", with value: "x", for "IsLeapYear" to type "System.Int32": "Cannot convert value "x" to type "System.Int32". Error: "Input string was not in a correct format.""
## END

#### arguments that convert still reach the method, whose own failure is reported as before
try { "abc".Substring(5) } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().Name }
## STDOUT:
ArgumentOutOfRangeException
MethodInvocationException
## END

#### text that converts is taken
"abcdef".Substring("2", " 3 ")
## stdout: cde

#### ForEach-Object -MemberName names the argument by its position, as PowerShell's adapter does
"abc" | ForEach-Object Substring 1 "y" -ErrorVariable e -ErrorAction SilentlyContinue
$e[0].Exception.Message
$e[0].FullyQualifiedErrorId
## STDOUT:
Cannot convert argument "1", with value: "y", for "Substring" to type "System.Int32": "Cannot convert value "y" to type "System.Int32". Error: "Input string was not in a correct format.""
MethodInvocationError,Microsoft.PowerShell.Commands.ForEachObjectCommand
## END

#### ForEach-Object -MemberName reports a method's own failure as an Exception calling error
"abc" | ForEach-Object Substring 5 -ErrorVariable e -ErrorAction SilentlyContinue
$e[0].Exception.Message -replace "`r"
## STDOUT:
Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string.
Parameter name: startIndex"
## END

#### an array fits no overload of Substring: PowerShell finds none to call
"abc".Substring(@(1, 2))
## error-id: MethodCountCouldNotFindBest

#### a method with one overload converts even an array, and says it cannot
try { [math]::Sqrt(@(1, 2)) } catch { $_.Exception.Message }
## stdout: Cannot convert argument "d", with value: "System.Object[]", for "Sqrt" to type "System.Double": "Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Double"."

#### the exception is PowerShell's MethodException, a RuntimeException
try { "abc".Substring("x") } catch {
    "$($_.Exception.GetType().FullName) $($_.Exception -is [System.Management.Automation.RuntimeException])"
}
## stdout: System.Management.Automation.MethodException True

#### Get-Member shows a DateTime's methods from the same declarations that name the parameters
(Get-Date | Get-Member -Name AddDays, AddMonths).Definition
## STDOUT:
datetime AddDays(double value)
datetime AddMonths(int months)
## END

#### a method the collection lacks is called on each item (member enumeration)
@('ab', 'cb').Replace('b', 'x')
(@('ab')).ToUpper()
@(@{ a = 1 }, @{ b = 2 }).ContainsKey('a')
## STDOUT:
ax
cx
AB
True
False
## END

#### an item without the method is the item's MethodNotFound
(1, 'a').ToUpper()
## error-id: MethodNotFound
