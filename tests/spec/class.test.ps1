# class definitions (about_Classes): properties, methods, constructors, static members, inheritance,
# conversions, display, and the parse errors PowerShell reports for a bad definition.

#### properties with types and defaults; an untyped one holds anything
class P { [string]$Name; [int]$Count = 3; $Any }
$p = [P]::new()
$null -eq $p.Name
$p.Count
$p.Any = 'x', 2
$p.Any.Count
## STDOUT:
True
3
2
## END

#### a typed property converts what is stored in it
class P { [int]$Count; [string]$Name }
$p = [P]::new()
$p.Count = '42'
$p.Name = 7
$p.Count + 1
$p.Name.GetType().Name
## STDOUT:
43
String
## END

#### a value the property's type does not take is an error
class P { [int]$Count }
$p = [P]::new()
$p.Count = 'abc'
## error-id: ExceptionWhenSetting

#### a property the class does not have cannot be set
class P { [int]$Count }
$p = [P]::new()
$p.Nope = 1
## error-id: PropertyAssignmentException

#### methods return only what they return; other output is dropped
class P {
    [string]$Name = 'Ann'
    [string] Hi() { 'dropped'; Write-Output 'dropped too'; return "Hi, $($this.Name)" }
    [void] Touch() { 'nothing' }
}
$p = [P]::new()
$p.Hi()
$p.Touch()
@($p.Touch()).Count
## STDOUT:
Hi, Ann
0
## END

#### the return value is converted to the return type
class P { [int] Half([int]$n) { return $n / 2 } [string] Text() { return 5 } }
$p = [P]::new()
$p.Half(7)
$p.Text().GetType().Name
## STDOUT:
4
String
## END

#### overloads by number of arguments, parameters converted to their types
class P {
    [string] F() { return 'none' }
    [string] F([int]$a) { return "int $($a + 1)" }
    [string] F([string]$a, [string]$b) { return "two $a$b" }
}
$p = [P]::new()
$p.F()
$p.F('41')
$p.F(1, 2)
## STDOUT:
none
int 42
two 12
## END

#### no overload for that many arguments
class P { [string] F() { return 'none' } }
[P]::new().F(1)
## error-id: MethodCountCouldNotFindBest

#### an argument the parameter's type does not take
class P { [int] F([int]$a) { return $a } }
[P]::new().F('abc')
## error-id: MethodArgumentConversionInvalidCastArgument

#### constructors, with and without arguments
class P {
    [string]$Name
    P() { $this.Name = 'default' }
    P([string]$n) { $this.Name = $n }
}
[P]::new().Name
[P]::new('given').Name
## STDOUT:
default
given
## END

#### without a constructor there is a default one only
class P { [string]$Name }
[P]::new().GetType().Name
[P]::new('x')
## STDOUT:
P
## END
## error-id: MethodCountCouldNotFindBest

#### New-Object makes instances, with -ArgumentList for the constructor
class P {
    [string]$Name
    P() { $this.Name = 'none' }
    P([string]$n) { $this.Name = $n }
}
(New-Object P).Name
(New-Object -TypeName P -ArgumentList 'arg').Name
## STDOUT:
none
arg
## END

#### a hashtable casts to a class, setting its properties
class P { [string]$Name; [int]$Age }
$p = [P]@{ Name = 'Ann'; Age = '40' }
$p.Name
$p.Age + 1
$p -is [P]
## STDOUT:
Ann
41
True
## END

#### a hashtable with a key the class has no property for
class P { [string]$Name }
[P]@{ Nope = 1 }
## error-id: ObjectCreationError

#### static properties and methods
class Counter {
    static [int]$Count
    static [string] Describe() { return "count $([Counter]::Count)" }
    Counter() { [Counter]::Count++ }
}
$null = [Counter]::new(); $null = [Counter]::new()
[Counter]::Count
[Counter]::Describe()
[Counter]::Count = '10'
[Counter]::Count
## STDOUT:
2
count 2
10
## END

#### $this reaches the members; ToString() is the class's own when it has one
class P {
    [string]$Name = 'Ann'
    [string] ToString() { return "P($($this.Name))" }
}
$p = [P]::new()
"$p"
$p.ToString()
[string]$p
## STDOUT:
P(Ann)
P(Ann)
P(Ann)
## END

#### without its own ToString() an object reads as its class's name
class P { [int]$X }
"$([P]::new())"
## stdout: P

#### inheritance: base constructor call, overriding, -is and the base's members
class Animal {
    [string]$Name
    Animal([string]$n) { $this.Name = $n }
    [string] Sound() { return '...' }
    [string] Intro() { return "$($this.Name) says $($this.Sound())" }
}
class Dog : Animal {
    [int]$Legs = 4
    Dog([string]$n) : base($n) { }
    [string] Sound() { return 'Woof' }
}
$d = [Dog]::new('Rex')
$d.Intro()
$d.Legs
$d -is [Animal]
[Animal]::new('Cat') -is [Dog]
$d.GetType().Name
$d.GetType().BaseType.Name
## STDOUT:
Rex says Woof
4
True
False
Dog
Animal
## END

#### classes may be used above their definition and may name one another in any order
$b = [B]::new()
$b.Kind()
class B : A { [string] Kind() { return 'B from ' + ([A]::new()).Kind() } }
class A { [string] Kind() { return 'A' } }
## stdout: B from A

#### an object of a class shows as a table of its properties; hidden ones are left out
class P { [string]$Name = 'Ann'; [int]$Age = 40; hidden [string]$Secret = 's' }
[P]::new()
## STDOUT:

Name Age
---- ---
Ann   40


## END

#### a hidden property is still there by name
class P { [string]$Name = 'Ann'; hidden [string]$Secret = 's' }
[P]::new().Secret
([P]::new() | Get-Member -MemberType Property).Name
## STDOUT:
s
Name
## END

#### Format-List, Select-Object and Get-Member work on objects of a class
class P { [string]$Name = 'Ann'; [int]$Age = 40; [string] Hi() { return 'hi' } }
$p = [P]::new()
$p | Format-List | Out-String -Stream | Where-Object { $_ }
($p | Select-Object Name).Name
$p | Get-Member -MemberType Method -Name Hi | ForEach-Object { $_.Definition }
($p | Get-Member).TypeName | Select-Object -First 1
## STDOUT:
Name : Ann
Age  : 40
Ann
string Hi()
P
## END

#### an enum-typed property converts names
enum Color { Red; Green }
class P { [Color]$C }
$p = [P]::new()
$p.C
$p.C = 'green'
$p.C
## STDOUT:
Red
Green
## END

#### in a method a bare variable is no property: PowerShell refuses it
class P { [string]$Name; [string] Get() { return $Name } }
## error-id: VariableNotLocal

#### a method that returns a value must return on every path
class P { [int] F([int]$a) { if ($a) { return 1 } } }
## error-id: MethodHasCodePathNotReturn

#### if/else and throw count as returning on every path
class P { [int] F([int]$a) { if ($a) { return 1 } else { throw 'no' } } }
[P]::new().F(5)
## stdout: 1

#### a void method returns no value
class P { [void] F() { return 1 } }
## error-id: VoidMethodHasReturn

#### a method that returns a value cannot return nothing
class P { [int] F() { return } }
## error-id: NonVoidMethodMissingReturnValue

#### a property defined twice
class P { [int]$A; [string]$A }
## error-id: MemberAlreadyDefined

#### a method defined twice with the same parameters
class P { [int] F([int]$a) { return 1 } [int] F([int]$b) { return 2 } }
## error-id: MemberAlreadyDefined

#### $this in a static method
class P { [int]$X; static [int] F() { return $this.X } }
## error-id: NonStaticMemberAccessInStaticMember

#### a class body must be closed
class P { [int]$X
## error-id: MissingEndCurlyBrace

#### a class needs a name
class { }
## error-id: MissingNameAfterKeyword

#### a member needs a name after its attributes
class P { [int] }
## error-id: IncompleteMemberDefinition

#### a method needs its parameter list
class P { [int] F { return 1 } }
## error-id: MissingMethodParameterList

#### a property must end at a new line or semicolon
class P { [int]$X 5 }
## error-id: MissingPropertyTerminator

#### a constructor cannot have a return type
class P { [int] P() { } }
## error-id: ConstructorCantHaveReturnType

#### a base class that does not exist
class B : Nope { }
## error-id: TypeNotFound

#### an error thrown in a method stops the script with its message
class P { [void] F() { throw 'boom' } }
try { [P]::new().F() } catch { "caught: $_" }
## stdout: caught: boom

#### validation attributes on a property check every value stored in it
class P { [ValidateSet('a', 'b')][string]$Mode = 'a' }
$p = [P]::new()
$p.Mode = 'b'
$p.Mode
$p.Mode = 'z'
## stdout: b
## error-id: ExceptionWhenSetting

#### a static constructor runs before the class's static members are first used
function Get-Name { 'from function' }
class Config {
    static [string]$Name
    static Config() { [Config]::Name = Get-Name }
}
[Config]::Name
## stdout: from function

#### Get-Member shows the declared types of properties and methods
class P { [string]$Name; [int[]]$Numbers; $Any; [string] Greet([string]$who, $times) { return '' } }
[P]::new() | Get-Member | Where-Object Name -in 'Name', 'Numbers', 'Any', 'Greet' | ForEach-Object { $_.Definition }
## STDOUT:
string Greet(string who, System.Object times)
System.Object Any {get;set;}
string Name {get;set;}
int[] Numbers {get;set;}
## END

#### break and continue with a label must name a loop of the method
class P { static [int] F() { while (1) { break outer }
return 1 } }
## error-id: LabelNotFound

#### classes and enums a dot-sourced script defines are usable after it
$code = @'
enum Kind { Small; Large }
class Box {
    [Kind]$Kind = 'Large'
    [string] Describe() { return "a $($this.Kind) box" }
}
'@
$f = Join-Path ([IO.Path]::GetTempPath()) "pyshell-class-dot-$PID.ps1"
Set-Content -Path $f -Value $code
. $f
Remove-Item $f
[Box]::new().Describe()
([Box]@{ Kind = 'small' }).Describe()
## STDOUT:
a Large box
a Small box
## END

#### a static property that refuses a value
class C { static [ValidateSet('Present', 'Absent')][string]$Ensure }
[C]::Ensure = 'Present'
[C]::Ensure
[C]::Ensure = 'foo'
## stdout: Present
## error-id: ExceptionWhenSetting

#### Get-Member leaves hidden members out unless -Force
class C { [int]$Shown; hidden [int]$Secret; hidden [void] Quiet() { } }
$c = [C]::new()
$null -eq ($c | Get-Member Secret)
$null -eq ($c | Get-Member Quiet)
($c | Get-Member Secret -Force).Definition
($c | Get-Member Quiet -Force).Definition
## STDOUT:
True
True
int Secret {get;set;}
void Quiet()
## END

#### ([Base]$this).Method() calls the base class's method, not the override
class Animal { [string] Speak() { return '...' } }
class Dog : Animal { [string] Speak() { return 'Woof, then ' + ([Animal]$this).Speak() } }
[Dog]::new().Speak()
([Animal][Dog]::new()).Speak()
## STDOUT:
Woof, then ...
...
## END

#### a constructor converts only a value its parameter takes as it is
class Named { [string]$Name; Named([string]$n) { $this.Name = $n } }
([Named]"abc").Name
[Named]@{ Name = "x" }
## error-id: ConvertToFinalInvalidCastException
## stdout: abc

#### -eq and -contains call a class's own Equals; without one, only the same object is equal
class Pt { [int]$X; Pt([int]$x) { $this.X = $x } [bool] Equals($o) { return $o -is [Pt] -and $o.X -eq $this.X } }
class Plain { [int]$X }
[Pt]::new(1) -eq [Pt]::new(1)
[Pt]::new(1) -eq [Pt]::new(2)
@([Pt]::new(1), [Pt]::new(3)) -contains [Pt]::new(3)
$a = [Plain]::new()
$a -eq [Plain]::new()
$a -eq $a
## STDOUT:
True
False
True
False
True
## END

#### Get-Member -Static lists a class's static methods and properties
class Maker { static [int]$Count = 1; static [string] Make([int]$n) { return "x" * $n } }
[Maker] | Get-Member -Static | ForEach-Object { "$($_.Name): $($_.Definition)" }
## STDOUT:
Make: static string Make(int n)
Count: static int Count {get;}
## END

#### a hashtable cast to a class names the key it has no property for, and lists the properties
class Pair { [int]$Left; [string]$Right }
try { [Pair]@{Middle = 1} } catch { $_.Exception.Message }
## stdout: Cannot create object of type "Pair". The Middle property was not found for the Pair object. The available property is: [Left <System.Int32>] , [Right <System.String>]
