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
