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
