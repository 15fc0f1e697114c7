# Text to an enum, as PowerShell 5.1 converts it for casts, parameters and comparisons: .NET's
# Enum.Parse first (a number, a name in any case, names joined by commas), then the one name the
# text begins; the result must be a value the enum defines.

#### a unique beginning of a name is that name
[ConsoleColor]'Yel'
[ConsoleColor]'dARKgre'
## STDOUT:
Yellow
DarkGreen
## END

#### -ErrorAction takes a beginning of its value's name
Get-Item ./no-such-item -ErrorAction Si
'went on'
## stdout: went on

#### a beginning shared by several names is refused, and they are listed
try { [ConsoleColor]'Gr' } catch { $_.Exception.Message }
## STDOUT:
Cannot convert value "Gr" to type "System.ConsoleColor". Error: "The identifier name Gr cannot be processed because it is either too similar or identical to the following enumerator names: Gray, Green. Use a more specific identifier name."
## END

#### a name no enumerator begins with lists them all
try { [System.Management.Automation.ActionPreference]'Halt' } catch { $_.Exception.Message }
## STDOUT:
Cannot convert value "Halt" to type "System.Management.Automation.ActionPreference". Error: "Unable to match the identifier name Halt to a valid enumerator name. Specify one of the following enumerator names and try again:
SilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend"
## END

#### names joined by commas are OR-ed together, even for an enum without [Flags]
[int][ConsoleColor]'Red, Blue'
[ConsoleColor]'Red,Green'
[ConsoleColor]@('Red', 'Blue')
## STDOUT:
13
Yellow
Magenta
## END

#### a number is taken when the enum defines it
[ConsoleColor]'3'
[ConsoleColor]11
## STDOUT:
DarkCyan
Cyan
## END

#### a number the enum does not define is refused with the values it has
try { [ConsoleColor]16 } catch { $_.Exception.Message }
try { [ConsoleColor]'-1' } catch { $_.Exception.Message }
## STDOUT:
Cannot convert value "16" to type "System.ConsoleColor" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "Black,DarkBlue,DarkGreen,DarkCyan,DarkRed,DarkMagenta,DarkYellow,Gray,DarkGray,Blue,Green,Cyan,Red,Magenta,Yellow,White".
Cannot convert value "-1" to type "System.ConsoleColor" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "Black,DarkBlue,DarkGreen,DarkCyan,DarkRed,DarkMagenta,DarkYellow,Gray,DarkGray,Blue,Green,Cyan,Red,Magenta,Yellow,White".
## END

#### a script's enum lists its names by value in the messages, as .NET orders them
enum Size { Large = 3; Small = 1; Medium = 2 }
try { [Size]'Huge' } catch { $_.Exception.Message }
[Size]'M'
## STDOUT:
Cannot convert value "Huge" to type "Size". Error: "Unable to match the identifier name Huge to a valid enumerator name. Specify one of the following enumerator names and try again:
Small, Medium, Large"
Medium
## END

#### a [Flags] enum takes any combination of its bits, and no other
[Flags()] enum Access { Read = 1; Write = 2; Run = 4 }
[Access]'Read, Run'
[Access]6
try { [Access]8 } catch { $_.Exception.Message }
## STDOUT:
Read, Run
Write, Run
Cannot convert value "8" to type "Access" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "Read,Write,Run".
## END

#### a comparison converts the text to the enum's type, beginnings included
$color = [ConsoleColor]::Red
$color -eq 'red'
$color -eq 'Re'
$color -eq 'Dark'
## STDOUT:
True
True
False
## END

#### option sets kept as masks follow the same rules
[regex]::new('a', 'IgnoreCase, Multiline').Options
(Get-Command -CommandType Cmdlet -Name Get-Item).Name
Write-Error 'late' -Category OperationT 2>&1 | ForEach-Object { $_.CategoryInfo.Category }
## STDOUT:
IgnoreCase, Multiline
Get-Item
OperationTimeout
## END

#### a list of names is read as one text, so its items are not taken as beginnings
Get-Command -CommandType Cmd, Al gm
## error-id: CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.GetCommandCommand

#### PowerShell's own [Flags] enums combine with -bor and -band, and read as .NET writes them
$types = [System.Management.Automation.CommandTypes]
($types::Alias -bor $types::Application).ToString()
($types::Alias -band $types::All).ToString()
$types::All
[System.Management.Automation.PSMemberTypes]'Method, NoteProperty'
[System.Management.Automation.PSMemberTypes]31
## STDOUT:
Alias, Application
Alias
All
NoteProperty, Method
Properties
## END

#### a [Flags] enum's zero and its unions are enumerators like the others
[Flags()] enum Access { None = 0; Read = 1; Write = 2; ReadWrite = 3 }
[Access]::None
[Access]'Read, Write'
[enum]::GetNames([Access]) -join ','
class Holder { [Access]$Rights }
[Holder]::new().Rights
## STDOUT:
None
ReadWrite
None,Read,Write,ReadWrite
None
## END
