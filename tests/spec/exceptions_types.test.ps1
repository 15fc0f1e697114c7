# Catching by .NET exception type, and the exception types scripts can name.

#### a division by zero is caught as DivideByZeroException
try { $zero = 0; 1 / $zero } catch [DivideByZeroException] { "divide" }
## stdout: divide

#### and as its base type ArithmeticException
try { $zero = 0; 1 / $zero } catch [ArithmeticException] { "arithmetic" }
## stdout: arithmetic

#### the most specific catch is chosen, whatever its place
try { $zero = 0; 1 / $zero } catch [Exception] { "general" } catch [DivideByZeroException] { "specific" }
## stdout: specific

#### a catch for another type lets the error pass to the next one
try { try { $zero = 0; 1 / $zero } catch [ArgumentException] { "wrong" } } catch { "outer" }
## stdout: outer

#### throwing an exception object of a named type
try { throw [ArgumentNullException]::new("name") } catch [ArgumentException] { $_.Exception.Message -like "Value cannot be null*" }
## stdout: True

#### a rethrown error is the same error
try { try { throw "x" } catch { $inner = $_; throw } } catch { $inner.Exception -eq $_.Exception }
## stdout: True

#### catch types may stand on lines of their own
try { throw "x" }
catch
[RuntimeException]
{ "caught" }
## stdout: caught

#### a statement that ends with a block needs no separator
if ($true) { "a" } "b"
## STDOUT:
a
b
## END

#### white space after the member dot
$list = @(1, 2)
$list. Count
## stdout: 2

#### .ForEach and .Where with a bare script block
(1..4).ForEach{ $_ * 10 } -join ","
(1..6).Where{ $_ % 2 } -join ","
## STDOUT:
10,20,30,40
1,3,5
## END

#### a single object counts as one
([pscustomobject]@{ a = 1 }).Count
## stdout: 1
