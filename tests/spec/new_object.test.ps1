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
