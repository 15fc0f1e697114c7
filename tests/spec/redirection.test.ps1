# Redirection and the stream common parameters.

#### > $null discards the output
"hidden" > $null
"shown"
## stdout: shown

#### 2> $null hides an error but $Error still has it
Get-CsXmppAllowedPartner -Identity "nowhere.example" 2> $null
$Error.Count
## stdout: 1

#### 2>&1 sends errors down the pipeline as objects
$all = Get-CsXmppAllowedPartner -Identity "nowhere.example" 2>&1
$all.FullyQualifiedErrorId -like "*NotFound*"
## stdout: True

#### -ErrorAction SilentlyContinue hides the error
Get-CsXmppAllowedPartner -Identity "nowhere.example" -ErrorAction SilentlyContinue
"done"
## stdout: done

#### -ErrorAction Stop makes the error catchable
try { Get-CsXmppAllowedPartner -Identity "nowhere.example" -ErrorAction Stop; "not here" } catch { "caught" }
## stdout: caught

#### -ErrorAction with an invalid value
Get-CsAdminRole -ErrorAction Sometimes
## error-id: CannotConvertArgumentNoMessage

#### -ErrorVariable collects the errors
Get-CsXmppAllowedPartner -Identity "nowhere.example" -ErrorVariable problems -ErrorAction SilentlyContinue
$problems.Count
## stdout: 1

#### -ErrorVariable with a plus appends
Get-CsXmppAllowedPartner -Identity "a.example" -ErrorVariable +problems -ErrorAction SilentlyContinue
Get-CsXmppAllowedPartner -Identity "b.example" -ErrorVariable +problems -ErrorAction SilentlyContinue
$problems.Count
## stdout: 2

#### -OutVariable keeps a copy of the output
$null = Get-CsAdminRole -Identity "CsHelpDesk" -OutVariable kept
$kept.Identity
## stdout: CsHelpDesk

#### an advanced function honours -ErrorAction through its preference
function Test-Quiet { [CmdletBinding()] param() $ErrorActionPreference }
Test-Quiet -ErrorAction SilentlyContinue
## stdout: SilentlyContinue

#### an advanced function honours -Verbose through its preference
function Test-Loud { [CmdletBinding()] param() $VerbosePreference }
Test-Loud -Verbose
## stdout: Continue

#### a stream redirected to the output carries its records, shown as their messages
$w = Write-Warning "low disk" 3>&1
$w.GetType().FullName
$w.Message
$w
$v = Write-Verbose "step 1" -Verbose 4>&1
$v.GetType().Name
$i = Write-Information "note" 6>&1
$i.GetType().Name
$i.MessageData
## STDOUT:
System.Management.Automation.WarningRecord
low disk
low disk
VerboseRecord
InformationRecord
note
## END

#### -WarningVariable keeps WarningRecords, which compare as their text
Write-Warning "careful" -WarningVariable wv 3>$null
$wv[0].GetType().Name
$wv[0] -eq "careful"
## STDOUT:
WarningRecord
True
## END

#### a record in the middle of a table is written where it comes, as PowerShell's out-of-band views are
[pscustomobject]@{ A = 1 }; Write-Warning "between" 3>&1; [pscustomobject]@{ A = 2 }
## STDOUT:

A
-
1
between
2


## END

#### a redirection where a command's name goes is read as that name, as PowerShell 3 and later read it
try { 1>>variable:a } catch { $_.FullyQualifiedErrorId; $_.TargetObject }
## STDOUT:
CommandNotFoundException
1>>
## END

#### 2>&1 alone names a command too
try { & 2>&1 } catch { $_.TargetObject }
## stdout: 2>&1

#### a redirection to a folder that does not exist fails as the Out-File it runs, before the command runs
try { Write-Output 'never' > /no_such_dir_pyshell/sub/x.txt }
catch {
    $_.Exception.Message
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.ToString()
    $_.InvocationInfo.MyCommand
}
## STDOUT:
Could not find a part of the path '/no_such_dir_pyshell/sub/x.txt'.
FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand
OpenError: (:) [Out-File], DirectoryNotFoundException
Out-File
## END

#### the error of a failed redirection is shown as out-file's, on the whole statement
"a" > /no_such_dir_pyshell/x
## STDOUT:
## END
## error-id: FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand

#### a redirection to Env: is refused by out-file
try { "a" > env:ZZ_REDIRECTED } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Activity }
## STDOUT:
ReadWriteFileNotFileSystemProvider,Microsoft.PowerShell.Commands.OutFileCommand
Out-File
## END
