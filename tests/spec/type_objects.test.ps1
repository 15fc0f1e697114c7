# Type objects: what a type literal and GetType() stand for (System.RuntimeType).

#### the name and full name of a type literal
[string].FullName
[string].Name
[int].Name
[int].FullName
## STDOUT:
System.String
String
Int32
System.Int32
## END

#### a module's enum type by its full name
[PartnerType].FullName
[PartnerType].IsEnum
[PartnerType].BaseType.FullName
## STDOUT:
Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.PartnerType
True
System.Enum
## END

#### base types
[int].BaseType.FullName
[string].BaseType.FullName
[int[]].BaseType.FullName
$null -eq [object].BaseType
[string].GetType().FullName
## STDOUT:
System.ValueType
System.Object
System.Array
True
System.RuntimeType
## END

#### a type literal shows as a table
[string] | Out-String -Stream | ForEach-Object { $_.TrimEnd() }
## STDOUT:

IsPublic IsSerial Name                                     BaseType
-------- -------- ----                                     --------
True     True     String                                   System.Object


## END

#### GetType() gives the same kind of object
$t = "x".GetType()
$t.FullName
$t.BaseType.Name
$t.IsSerializable
(1).GetType().IsValueType
## STDOUT:
System.String
Object
True
True
## END

#### GetType() -eq a type literal, from either side
"x".GetType() -eq [string]
(1).GetType() -eq [int]
[int] -eq (1).GetType()
"x".GetType() -eq [int]
(1).GetType() -ne [int]
"x".GetType() -eq "x".GetType()
"x".GetType().Equals([string])
[int].Equals((1).GetType())
## STDOUT:
True
True
True
False
False
True
True
True
## END

#### two type literals for one type are equal
[int] -eq [int32]
[int] -eq [System.Int32]
[string] -eq [int]
[PartnerType] -eq ([PartnerType]'Federated').GetType()
## STDOUT:
True
True
False
True
## END

#### a string on the right names the type it is compared with
"x".GetType() -eq "System.String"
[string] -eq "string"
[string] -eq "no.such.Type"
## STDOUT:
True
True
False
## END

#### -contains and -in find a type among type literals
@([int]; [string]) -contains "x".GetType()
(1.5).GetType() -in @([int]; [string])
## STDOUT:
True
False
## END

#### a type made into text shows its accelerator; its ToString() the full name
"$([int])"
"$([string[]])"
"x" + [hashtable]
[string]("a".GetType())
[int].ToString()
"a".GetType().ToString()
"$([object]) $([System.Int64]) $([PartnerType])"
## STDOUT:
int
string[]
xhashtable
string
System.Int32
System.String
System.Object long Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.PartnerType
## END

#### [type] converts a name to the type it names, and type objects are [type]
([type]"int").FullName
([type]"System.String").Name
[string] -is [type]
"x".GetType() -is [type]
5 -is [type]
## STDOUT:
System.Int32
String
True
True
False
## END

#### [type] of a name no type has is a conversion error
[type]"NoSuchTypeAnywhere"
## error-id: ConvertToFinalInvalidCastException
