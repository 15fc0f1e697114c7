# $_.Exception.InnerException: the .NET exception a PowerShell exception wraps, or $null.

#### a failed method call wraps the method's own exception
try { [int]::Parse("x") } catch { $_.Exception.InnerException.GetType().Name; $_.Exception.InnerException.Message }
## STDOUT:
FormatException
Input string was not in a correct format.
## END

#### [int]::Parse of text that is not a number is a FormatException
try { [int]::Parse("x") } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
## STDOUT:
FormatException
Exception calling "Parse" with "1" argument(s): "Input string was not in a correct format."
## END

#### a number out of range is an OverflowException inside
try { [int]::Parse("99999999999") } catch { $_.Exception.InnerException.GetType().FullName }
## stdout: System.OverflowException

#### a thrown string has no inner exception
try { throw "boom" } catch { $null -eq $_.Exception.InnerException }
## stdout: True

#### a division by zero wraps a DivideByZeroException
try { 1/0 } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }
## STDOUT:
System.DivideByZeroException
Attempted to divide by zero.
## END

#### the inner exception of a failed constructor
try { [regex]::new('(') } catch { $_.Exception.InnerException.GetType().Name; $_.Exception.InnerException.Message }
## STDOUT:
ArgumentException
parsing "(" - Not enough )'s.
## END
