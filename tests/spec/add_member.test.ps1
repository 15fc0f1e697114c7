# Add-Member (about_Objects, Add-Member's help): the checks it makes of its arguments, in
# Windows PowerShell 5.1's order, and members given to strings and arrays with -PassThru.

#### a string given a note with -PassThru is still the same string
$s = 'hello' | Add-Member -NotePropertyName Lang -NotePropertyValue en -PassThru
$s -ceq 'hello'; $s.Length; $s.Lang; $s.ToUpper()
## STDOUT:
True
5
en
HELLO
## END

#### a script method on a string sees the string as $this
$w = Add-Member -InputObject 'four' -MemberType ScriptMethod -Name Twice -Value { $this + $this } -PassThru
$w.Twice()
## stdout: fourfour

#### an alias to a string's own Length, plain and converted to a type
$a = Add-Member -InputObject 'xyz' -MemberType AliasProperty -Name Size -Value Length -PassThru
$b = Add-Member -InputObject 'xyz' -MemberType AliasProperty -Name Size -Value Length -SecondValue string -PassThru
$a.Size.GetType().Name; $b.Size.GetType().Name; $b.Size
## STDOUT:
Int32
String
3
## END

#### -TypeName puts a name in front of a string's own type names
$t = 'x' | Add-Member -TypeName Demo.Tag -PassThru
$t.PSTypeNames -join ','
## stdout: Demo.Tag,System.String,System.Object

#### a type accelerator given to -TypeName is written as the type's full name
$t = 'x' | Add-Member -TypeName int -PassThru
$t.PSTypeNames[0]
## stdout: System.Int32

#### an array given a note with -PassThru keeps its elements and gets the note
$a = Add-Member -InputObject @(4, 5, 6) -MemberType NoteProperty -Name Origin -Value list -PassThru
$a.Origin; $a.Count; $a[1]; $a.PSTypeNames[0]
## STDOUT:
list
3
5
System.Object[]
## END

#### a script property on a string is worked out on every read
$p = 'abc' | Add-Member -MemberType ScriptProperty -Name Shout -Value { $this.ToUpper() + '!' } -PassThru
$p.Shout
## stdout: ABC!

#### a note on an extended string can be set
$s = 'q' | Add-Member NoteProperty Count2 1 -PassThru
$s.Count2 = 7; $s.Count2
## stdout: 7

#### a string's own Length is not an instance member, so -Force cannot replace it
$s = 'q' | Add-Member NoteProperty n 1 -PassThru
$s | Add-Member NoteProperty Length 9 -Force
## error-id: CannotRemoveTypeDataMember,Microsoft.PowerShell.Commands.AddMemberCommand

#### a string's own members are taken without -Force
$s = 'q' | Add-Member NoteProperty n 1 -PassThru
$s | Add-Member ScriptMethod ToUpper { 'mine' }
## error-id: MemberAlreadyExists,Microsoft.PowerShell.Commands.AddMemberCommand

#### a note added with -Force replaces a note of the extended string
$s = 'q' | Add-Member NoteProperty n 1 -PassThru
$s | Add-Member NoteProperty n 2 -Force; $s.n
## stdout: 2

#### Get-Member lists what was added to a string beside its own members
$s = 'q' | Add-Member NoteProperty Extra 1 -PassThru
$s | Get-Member -MemberType NoteProperty | ForEach-Object { $_.Name + ' ' + $_.Definition }
## stdout: Extra int Extra=1

#### without -PassThru the string itself keeps the member
$s = 'text'
Add-Member -InputObject $s NoteProperty Tag t1
$s.Tag; $s.ToUpper(); $s -ceq 'text'
## STDOUT:
t1
TEXT
True
## END

#### members kept beside an array: read, set, called, listed, and taken a second time
$a = @(1, 2)
Add-Member -InputObject $a ABC one
Add-Member -InputObject $a ScriptMethod Total { ($this | Measure-Object -Sum).Sum }
Add-Member -InputObject $a -TypeName Demo.Pair
$a.ABC = 'two'
$a.ABC; $a.Total(); $a.PSTypeNames[0]; (Get-Member -InputObject $a -MemberType NoteProperty).Name
Add-Member -InputObject $a ABC three
## STDOUT:
two
3
Demo.Pair
ABC
## END
## error-id: MemberAlreadyExists,Microsoft.PowerShell.Commands.AddMemberCommand

#### a script property of an array sees the array's elements as they are now
$a = @(1, 2)
Add-Member -InputObject $a ScriptProperty First { $this[0] }
$a[0] = 'new'
$a.First
## stdout: new

#### -PassThru on a string that keeps members gives them too
$s = 'text'
Add-Member -InputObject $s NoteProperty One 1
$p = Add-Member -InputObject $s NoteProperty Two 2 -PassThru
$p.One + $p.Two
## stdout: 3

#### a number cannot be extended in pyshell
5 | Add-Member NoteProperty x 1
## error-id: AddMemberToValueNotSupported

#### SecondValue is refused for the kinds that take one value
Add-Member -InputObject a -MemberType ScriptMethod -Name m -Value {1} -SecondValue {2}
## error-id: Value2ShouldNotBeSpecified,Microsoft.PowerShell.Commands.AddMemberCommand

#### SecondValue is refused for a member set before its value is looked at
Add-Member -InputObject a -MemberType MemberSet -Name m -Value whatever -SecondValue x
## error-id: Value2ShouldNotBeSpecified,Microsoft.PowerShell.Commands.AddMemberCommand

#### the message names the kind that takes no SecondValue
try { Add-Member -InputObject a -MemberType PropertySet -Name m -Value x -SecondValue y } catch { $_.Exception.Message }
## stdout: The SecondValue parameter is not necessary for a member of type "PropertySet", and should not be specified. Do not specify the SecondValue parameter when you add members of this type.

#### kinds a type has but an object cannot be given are refused
try { Add-Member -InputObject a -MemberType ParameterizedProperty -Name m } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }
## STDOUT:
CannotAddMemberType,Microsoft.PowerShell.Commands.AddMemberCommand
System.InvalidOperationException
## END

#### a script property needs a getter or a setter
Add-Member -InputObject a -MemberType ScriptProperty -Name p -Value $null -SecondValue $null
## error-id: Value1AndValue2AreNotBothNull,Microsoft.PowerShell.Commands.AddMemberCommand

#### a code property with both values null is refused the same way
Add-Member -InputObject a -MemberType CodeProperty -Name p -Value $null
## error-id: Value1AndValue2AreNotBothNull,Microsoft.PowerShell.Commands.AddMemberCommand

#### a code property's value must be a .NET method, which text is not
try { Add-Member -InputObject a -MemberType CodeProperty -Name p -Value Text } catch { $_.Exception.Message }
## stdout: Cannot convert the "Text" value of type "System.String" to type "System.Reflection.MethodInfo".

#### an alias's type must be a type pyshell knows
try { Add-Member -InputObject a -MemberType AliasProperty -Name p -Value Length -SecondValue No.Such.Type } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
## STDOUT:
InvalidCastFromStringToType,Microsoft.PowerShell.Commands.AddMemberCommand
InvalidArgument
## END

#### a script method's value must be a script block
Add-Member -InputObject a -MemberType ScriptMethod -Name m -Value 'not code'
## error-id: ConvertToFinalInvalidCastException,Microsoft.PowerShell.Commands.AddMemberCommand

#### a member set's value must be member descriptions
try { Add-Member -InputObject a -MemberType MemberSet -Name m -Value 'plain text' } catch { $_.Exception.Message }
## stdout: Cannot convert the "plain text" value of type "System.String" to type "System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSMemberInfo]".

#### an empty member set is a member, not a property
$o = [pscustomobject]@{a=1} | Add-Member -MemberType MemberSet -Name Extras -Value $null -PassThru
$o.Extras.PSTypeNames[0]; @($o.psobject.Properties).Count
($o | Get-Member Extras).Definition
## STDOUT:
System.Management.Automation.PSMemberSet
1
Extras {}
## END

#### a member set built from another object's property descriptions
$src = [pscustomobject]@{Host='h1'; Port=5061}
$o = [pscustomobject]@{} | Add-Member -MemberType MemberSet -Name Net -Value @($src.psobject.Properties) -PassThru
$o.Net.Port; ($o | Get-Member Net).Definition
## STDOUT:
5061
Net {Host, Port}
## END

#### a property set names properties
$o = [pscustomobject]@{a=1; b=2} | Add-Member -MemberType PropertySet -Name Pair -Value a,b -PassThru
$o.Pair.ReferencedPropertyNames -join '+'; ($o | Get-Member -MemberType PropertySet).Definition
## STDOUT:
a+b
Pair {a, b}
## END

#### a number first is a note's name unless it is one addable member type
$a = Add-Member -InputObject 'v' 23 first -PassThru
$b = Add-Member -InputObject 'v' 8 second x -PassThru
$a.23; $b.second
## STDOUT:
first
x
## END

#### the names of kinds that are not added alone are fine note names
(Add-Member -InputObject 'v' Method m -PassThru).Method
## stdout: m

#### every value has PSTypeNames, an array its own rather than its elements'
'a'.PSTypeNames -join ','
(1, 2).PSTypeNames -join ','
@{}.PSTypeNames -join ','
(5).PSTypeNames -join ','
## STDOUT:
System.String,System.Object
System.Object[],System.Array,System.Object
System.Collections.Hashtable,System.Object
System.Int32,System.ValueType,System.Object
## END

#### ConvertTo-Json writes an extended string as its value and its notes
$s = 'hello' | Add-Member NoteProperty Lang en -PassThru
$s | ConvertTo-Json -Compress
('x' | Add-Member -TypeName Only.A.Name -PassThru) | ConvertTo-Json -Compress
## STDOUT:
{"value":"hello","Lang":"en"}
"x"
## END

#### ConvertTo-Json writes an extended array with its notes and System.Array's Count
$a = Add-Member -InputObject @(1, 2) NoteProperty Tag t -PassThru
ConvertTo-Json $a -Compress
## stdout: {"value":[1,2],"Tag":"t","Count":2}

#### a member set from a Collection of PSNoteProperty made with New-Object
$set = New-Object 'System.Collections.ObjectModel.Collection[System.Management.Automation.PSMemberInfo]'
$set.Add((New-Object Management.Automation.PSNoteProperty Region, west))
$o = Add-Member -InputObject 'x' -MemberType MemberSet -Name Meta -Value $set -PassThru
$o.Meta.Region; $set.Count
## STDOUT:
west
1
## END

#### a Collection of member descriptions takes nothing else
$set = New-Object 'System.Collections.ObjectModel.Collection[System.Management.Automation.PSMemberInfo]'
$set.Add('text')
## error-id: MethodArgumentConversionInvalidCastArgument

#### a Collection has Collection's methods, not all of List's
$c = New-Object 'System.Collections.ObjectModel.Collection[string]'
$c.Add('b'); $c.Insert(0, 'a'); $c -join ','
(Get-Member -InputObject $c -Name Sort) -eq $null
## STDOUT:
a,b
True
## END

#### an empty array keeps its members, and -PassThru gives them
$e = @()
Add-Member -InputObject $e NoteProperty Why none
(Add-Member -InputObject $e NoteProperty Also x -PassThru).Why
$e.Also
## STDOUT:
none
x
## END

#### a string's added note is a property to Select-Object and ForEach-Object -MemberName
$s = 'abc' | Add-Member -NotePropertyName Tag -NotePropertyValue x -PassThru
$s | ForEach-Object Tag
$s | Select-Object Tag, Length
## STDOUT:
x

Tag Length
--- ------
x        3


## END

#### a ScriptProperty whose getter throws is blamed at the member expression
$o = [pscustomobject]@{}
$o | Add-Member ScriptProperty P { throw 'bad' }
try { $o.P } catch { $_.FullyQualifiedErrorId; $_.InvocationInfo.PositionMessage }
## STDOUT:
ScriptGetValueRuntimeException
At line:3 char:7
+ try { $o.P } catch { $_.FullyQualifiedErrorId; $_.InvocationInfo.PositionMessage }
+       ~~~~
## END
