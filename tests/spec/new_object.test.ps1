# New-Object (its help, about_Object_Creation): what it makes of the type names it is given.

#### a value type named without arguments is its zero value
$c = New-Object char
[int][char]$c; New-Object int; New-Object bool; (New-Object datetime).Year
## STDOUT:
0
0
False
1
## END

#### an enum named without arguments is its member that is 0
New-Object ConsoleColor
## stdout: Black

#### the zero value is one object, and -Property still needs members it has
(New-Object System.Int32).Count
New-Object int -Property @{Size = 1}
## STDOUT:
1
## END
## error-id: InvalidOperationException,Microsoft.PowerShell.Commands.NewObjectCommand

#### the host's Coordinates: X and Y, zero by default, written X,Y
$c = New-Object System.Management.Automation.Host.Coordinates
$d = New-Object System.Management.Automation.Host.Coordinates -ArgumentList 3, 4
"$c $d"; $d.Y; $d.X = 5; $d.ToString(); $d.PSTypeNames -join ','
$d -eq (New-Object Management.Automation.Host.Coordinates 5, 4)
## STDOUT:
0,0 3,4
4
5,4
System.Management.Automation.Host.Coordinates,System.ValueType,System.Object
True
## END

#### Coordinates has one constructor, of two numbers
try { New-Object System.Management.Automation.Host.Coordinates 1 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.Reason }
## STDOUT:
Cannot find an overload for "Coordinates" and the argument count: "1".
ConstructorInvokedThrowException,Microsoft.PowerShell.Commands.NewObjectCommand
MethodException
## END
