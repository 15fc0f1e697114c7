# [ref] (System.Management.Automation.PSReference): references to variables and values, [ref]
# parameters of functions, and the .NET out parameters of TryParse.

#### a function's [ref] parameter writes to the caller's variable
function Set-Five([ref]$x) { $x.Value = 5 }
$y = 1
Set-Five ([ref]$y)
$y
## stdout: 5

#### a reference reads and writes the variable it was made from
$y = 1
$r = [ref]$y
$r.Value
$r.Value = 7
$y
$y = 8
$r.Value
$r -is [ref]
$y -is [ref]
## STDOUT:
1
7
8
True
False
## END

#### a reference made in a function changes the variable of the scope that holds it
function Outer { $local = 1; Inner ([ref]$local); $local }
function Inner([ref]$p) { $p.Value = "changed"; $p.Value += "!" }
Outer
$global:counter = 1
function Bump { $c = [ref]$global:counter; $c.Value++ }
Bump; Bump
$counter
## STDOUT:
changed!
3
## END

#### [ref] of a value that is not a variable holds the value itself
$v = [ref](1 + 2)
$v.Value
$v.Value = 4
$v.Value
([ref]$null).Value -eq $null
([ref]"text").Value.GetType().Name
## STDOUT:
3
4
True
String
## END

#### a write through a reference keeps the variable's type
[int]$t = 1
$r = [ref]$t
$r.Value = "12"
$t.GetType().Name
$t
## STDOUT:
Int32
12
## END

#### [ref] of a variable that does not exist is an error
[ref]$doesNotExist
## error-id: NonExistingVariableReference

#### a [ref] parameter refuses a value that is not a reference
function Set-Five([ref]$x) { $x.Value = 5 }
Set-Five 3
## error-id: ParameterArgumentTransformationError,Set-Five

#### [int]::TryParse writes the number it read, or 0
$n = -1
[int]::TryParse("42", [ref]$n)
$n
$n.GetType().Name
[int]::TryParse(" -7 ", [ref]$n)
$n
[int]::TryParse("x", [ref]$n)
$n
[int]::TryParse("99999999999", [ref]$n)
[int]::TryParse("1,234", [ref]$n)
[int]::TryParse($null, [ref]$n)
## STDOUT:
True
42
Int32
True
-7
False
0
False
False
False
## END

#### TryParse on long, double and bool
$l = 0; $d = 0; $b = $null
[long]::TryParse("9999999999", [ref]$l); $l.GetType().Name
[double]::TryParse("1,234.5", [ref]$d); $d
[double]::TryParse("2.5e3", [ref]$d); $d
[double]::TryParse("abc", [ref]$d); $d
[bool]::TryParse(" TRUE ", [ref]$b); $b
[bool]::TryParse("yes", [ref]$b); $b
## STDOUT:
True
Int64
True
1234.5
True
2500
False
0
True
True
False
False
## END

#### the common script pattern: TryParse in a condition
$inputs = "10", "ten", "30"
$total = 0
foreach ($s in $inputs) {
    $value = 0
    if ([int]::TryParse($s, [ref]$value)) { $total += $value } else { "skipped $s" }
}
$total
## STDOUT:
skipped ten
40
## END

#### [bool]::Parse reads True and False in any case, and refuses anything else
[bool]::Parse("false")
[bool]::Parse(" True ")
[bool]::TrueString
[bool]::Parse("yes")
## STDOUT:
False
True
True
## END
## error-id: FormatException

#### TryParse of dates, versions and guids
$dt = [datetime]::Now
[datetime]::TryParse("2024-03-05", [ref]$dt); $dt.Day
[datetime]::TryParse("nope", [ref]$dt); $dt.Year
[datetime]::TryParseExact("05/03/2024", "dd/MM/yyyy", $null, "None", [ref]$dt); $dt.Month
$v = $null
[version]::TryParse("1.2.3", [ref]$v); "$v"
[version]::TryParse("1", [ref]$v); $null -eq $v
$g = $null
[guid]::TryParse("6F9619FF-8B86-D011-B42D-00CF4FC964FF", [ref]$g); "$g"
[guid]::TryParse("zz", [ref]$g); "$g"
## STDOUT:
True
5
False
1
True
3
True
1.2.3
False
True
True
6f9619ff-8b86-d011-b42d-00cf4fc964ff
False
00000000-0000-0000-0000-000000000000
## END

#### an out parameter needs a [ref]
$n = 0
[int]::TryParse("5", $n)
## error-id: NonRefArgumentToRefParameterMsg

#### Get-Member shows a reference's Value as a read-write property
$y = 3
([ref]$y | Get-Member -Name Value).Definition
## stdout: System.Object Value {get;set;}
