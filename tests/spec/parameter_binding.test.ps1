# Binding the arguments of functions and scripts: what is left after named and positional binding
# (ValueFromRemainingArguments), parameter sets that cannot be told apart, mandatory parameters
# given null or empty values, Boolean parameters, and pipeline input bound by property name.

#### ValueFromRemainingArguments takes the arguments no position takes
function Get-Rest { param([Parameter(Position = 1)] $First, [Parameter(ValueFromRemainingArguments)] $Rest) "$First|$($Rest -join ',')" }
Get-Rest a b c d
Get-Rest a b -First c d
## STDOUT:
a|b,c,d
c|a,b,d
## END

#### an unknown parameter name goes to ValueFromRemainingArguments as text
function Get-Rest { param([Parameter(Position = 1)] $First, [Parameter(ValueFromRemainingArguments)] $Rest) $Rest -join ',' }
Get-Rest a b -First c -q d
Get-Rest a -Name:x
## STDOUT:
a,b,-q,d
-Name:,x
## END

#### one array left for ValueFromRemainingArguments is taken as it is
function Get-Rest { param([Parameter(ValueFromRemainingArguments)] $Rest) $Rest.Count }
Get-Rest 1, 2, 3
## stdout: 3

#### a ValueFromRemainingArguments parameter takes no position of its own
function Get-Rest { param($First, [Parameter(ValueFromRemainingArguments)] $Rest) "$First|$($Rest -join ',')" }
Get-Rest a b c
## stdout: a|b,c

#### without ValueFromRemainingArguments an unknown name is still an error
function Get-One { [CmdletBinding()] param($First) $First }
Get-One a -Bogus b
## error-id: NamedParameterNotFound,Get-One

#### parameters of two sets named together: AmbiguousParameterSet
function Get-Set {
    param([Parameter(ParameterSetName = 'one', Position = 1)] $A,
          [Parameter(ParameterSetName = 'two', Position = 1)] $B,
          [Parameter(ValueFromRemainingArguments)] $Rest)
    $Rest -join ','
}
Get-Set -A a b c d
Get-Set -B b a c d
Get-Set -A a -B b c d
## STDOUT:
b,c,d
a,c,d
## END
## error-id: AmbiguousParameterSet,Get-Set

#### the default parameter set takes the first positional argument
function Get-Set {
    [CmdletBinding(DefaultParameterSetName = 'two')]
    param([Parameter(ParameterSetName = 'one', Position = 1)] $A,
          [Parameter(ParameterSetName = 'two', Position = 1)] $B,
          [Parameter(ValueFromRemainingArguments)] $Rest)
    "[$A][$B][$($Rest -join ',')]"
}
Get-Set a b c
## stdout: [][a][b,c]

#### a parameter set name turns off automatic positions
function Get-Pos { param([Parameter(ParameterSetName = 'one')] $A, $B) "$A|$B" }
Get-Pos x
## error-id: PositionalParameterNotFound,Get-Pos

#### PositionalBinding=$false turns off automatic positions
function Get-Pos { [CmdletBinding(PositionalBinding = $false)] param($A) $A }
Get-Pos x
## error-id: PositionalParameterNotFound,Get-Pos

#### 32 parameter sets are allowed, 33 are too many
function New-Sets($Count) {
    $params = (1..$Count | ForEach-Object { "[Parameter(ParameterSetName = 'set$_')] `$a$_" }) -join ', '
    [scriptblock]::Create("param($params) 'working'")
}
& (New-Sets 32) -a1 1
& (New-Sets 33) -a1 1
## stdout: working
## error-id: ParsingTooManyParameterSets

#### a mandatory parameter takes no null
function Get-Need { param([Parameter(Mandatory)] $A) $A }
Get-Need -A $null
## error-id: ParameterArgumentValidationErrorNullNotAllowed,Get-Need

#### AllowNull lets a mandatory parameter take null
function Get-Need { param([Parameter(Mandatory)][AllowNull()] $A) "null: $($null -eq $A)" }
Get-Need -A $null
## stdout: null: True

#### a mandatory string parameter takes no empty string unless AllowEmptyString
function Get-Need { param([Parameter(Mandatory)][string] $A) $A }
function Get-Any { param([Parameter(Mandatory)][AllowEmptyString()][string] $A) "[$A]" }
Get-Any -A ''
Get-Need -A ''
## stdout: []
## error-id: ParameterArgumentValidationErrorEmptyStringNotAllowed,Get-Need

#### a mandatory array parameter takes no empty array unless AllowEmptyCollection
function Get-Need { param([Parameter(Mandatory)][string[]] $A) $A }
function Get-Any { param([Parameter(Mandatory)][AllowEmptyCollection()][string[]] $A) "count: $($A.Count)" }
Get-Any -A @()
Get-Need -A @()
## stdout: count: 0
## error-id: ParameterArgumentValidationErrorEmptyArrayNotAllowed,Get-Need

#### a parameter that is not mandatory takes null and empty values
function Get-Opt { param([string] $A, [string[]] $B) "[$A][$($B.Count)]" }
Get-Opt -A '' -B @()
## stdout: [][0]

#### a Boolean parameter takes Booleans and numbers only
function Get-Flag { param([bool] $On) $On }
Get-Flag 0
Get-Flag 2.5
Get-Flag 'yes'
## STDOUT:
False
True
## END
## error-id: ParameterArgumentTransformationError,Get-Flag

#### an advanced function's [bool[]] takes Booleans and numbers only; a simple one's converts
function Get-Simple { param([bool[]] $Flags) $Flags -join ',' }
function Get-Advanced { [CmdletBinding()] param([bool[]] $Flags) $Flags -join ',' }
Get-Simple 'a', ''
Get-Advanced 1, 0
Get-Advanced 'a', 'b'
## STDOUT:
True,False
True,False
## END
## error-id: ParameterArgumentTransformationError,Get-Advanced

#### an advanced function's [string] takes no array; a simple one's joins it
function Get-Simple { param([string] $Text) $Text }
function Get-Advanced { [CmdletBinding()] param([string] $Text) $Text }
Get-Simple 1, 2
Get-Advanced 1, 2
## stdout: 1 2
## error-id: ParameterArgumentTransformationError,Get-Advanced

#### a string's Length binds by property name when the value itself does not bind
function Get-Len {
    param([Parameter(ValueFromPipeline)][int] $Number = 10,
          [Parameter(ValueFromPipelineByPropertyName)][int] $Length = 100)
    process { "$Number $Length" }
}
'abc' | Get-Len
## stdout: 10 3

#### null piped to a mandatory parameter is an error for that object only
function Get-Need { param([Parameter(Mandatory, ValueFromPipeline)] $Item) process { "got $Item" } }
"a", $null, "b" | Get-Need -ErrorVariable problems 2> $null
$problems.Count
"$problems"
## STDOUT:
got a
got b
1
Cannot bind argument to parameter 'Item' because it is null.
## END

#### a cmdlet's mandatory parameter refuses $null, as an unset variable often gives it
Test-Path -Path $nosuchvariable
## error-id: ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands.TestPathCommand

#### a cmdlet's mandatory parameter refuses $null from the pipeline too
$null | Test-Path
## error-id: ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands.TestPathCommand

#### a cmdlet's mandatory string parameter refuses an empty string
Test-Path -Path ""
## error-id: ParameterArgumentValidationErrorEmptyStringNotAllowed,Microsoft.PowerShell.Commands.TestPathCommand

#### a Lync cmdlet's mandatory -Identity refuses $null before any conversion
New-CsXmppAllowedPartner -Identity $null
## error-id: ParameterArgumentValidationErrorNullNotAllowed,Microsoft.Rtc.Management.Internal.NewXmppAllowedPartnerCmdlet

#### the mandatory parameters PowerShell marks AllowNull or AllowEmptyString take them
Write-Output $null
Write-Verbose ""
Join-Path a "" | ForEach-Object { $_.Length -gt 0 }
"" | Select-String x
Set-Content -Path ([System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "pyshell-null.txt")) -Value $null
"done"
## STDOUT:
True
done
## END

#### a positional value a parameter refuses fails the command at once
Join-Path $null child
## error-id: ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands.JoinPathCommand

#### a cmdlet's Boolean parameter refuses text by naming its type (a CSV's "True")
try { Set-CsXmppAllowedPartner -Identity gmail.com -EnableKeepAlive "True" } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.Reason }
## STDOUT:
Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'EnableKeepAlive'. 
CannotConvertArgument,Microsoft.Rtc.Management.Internal.SetXmppAllowedPartnerCmdlet
ParameterBindingException
## END

#### an unbound typed parameter starts as its type's empty value: "", $false, 0; others $null
function Show-Unbound([string]$s, [bool]$b, [int]$i, [double]$d, [System.Reflection.MemberTypes]$m, [int[]]$a, $o) {
    "[$s] $($null -eq $s) [$b] [$i] $($i.GetType().Name) [$d] $($d.GetType().Name)"
    "$($null -eq $m) $($null -eq $a) $($null -eq $o)"
}
Show-Unbound
## STDOUT:
[] False [False] [0] Int32 [0] Double
True True True
## END

#### a parameter's default value is converted to the parameter's type
function Get-Kind([int]$n = '5', [string[]]$names = 'one', [System.Reflection.MemberTypes]$m = 'Method,Property') {
    $n.GetType().Name; $names.GetType().Name; $m; $m.GetType().FullName
}
Get-Kind
## STDOUT:
Int32
String[]
Method, Property
System.Reflection.MemberTypes
## END

#### [Enum]::GetNames takes the enum type's name as text
[Enum]::GetNames('System.Reflection.MemberTypes') -join ','
## stdout: Constructor,Event,Field,Method,Property,TypeInfo,Custom,NestedType,All
