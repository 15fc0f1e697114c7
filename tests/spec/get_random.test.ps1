# Get-Random: the type of the number follows the bounds, as in Windows PowerShell 5.1.

#### two Int32 bounds give an Int32
(Get-Random -Maximum 10 -Minimum 5).GetType().Name
## stdout: Int32

#### an [int64] bound gives an Int64, however small its value
(Get-Random -Maximum ([int64]100)).GetType().Name
(Get-Random -Maximum 100 -Minimum ([int64]0)).GetType().Name
## STDOUT:
Int64
Int64
## END

#### a bound given as text is read as a number literal, multipliers and all
$n = Get-Random -Maximum '1kb' -Minimum 1023
$n; $n.GetType().Name
(Get-Random -Maximum '1tb' -Minimum '10mb').GetType().Name
## STDOUT:
1023
Int32
Int64
## END

#### a Double bound gives a Double
(Get-Random -Maximum 8.0 -Minimum 5).GetType().Name
## stdout: Double

#### a minimum at or above the maximum is an error
Get-Random -Maximum 5 -Minimum 5
## error-id: MinGreaterThanOrEqualMax,Microsoft.PowerShell.Commands.GetRandomCommand
