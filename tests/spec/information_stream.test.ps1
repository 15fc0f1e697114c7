# Write-Information and the information stream (6): hidden by default, the bare text when shown,
# captured by 6>&1 whatever the preference.

#### Write-Information is hidden by default
Write-Information "starting"
"done"
## stdout: done

#### -InformationAction Continue shows the bare text
Write-Information "starting" -InformationAction Continue
## stdout: starting

#### $InformationPreference Continue shows it
$InformationPreference = 'Continue'
Write-Information -MessageData "from preference" -Tags Setup
## stdout: from preference

#### an advanced function's -InformationAction reaches its Write-Information
function Invoke-Step { [CmdletBinding()] param() Write-Information "step"; "out" }
Invoke-Step
Invoke-Step -InformationAction Continue
## STDOUT:
out
step
out
## END

#### 6>&1 captures the record even when the preference hides it
$r = Write-Information "captured" 6>&1
"[$r]"
$all = & { Write-Information "i"; "o" } *>&1
$all.Count
## STDOUT:
[captured]
2
## END

#### -InformationVariable collects the messages
function Invoke-Step { [CmdletBinding()] param() Write-Information "noted"; "out" }
$null = Invoke-Step -InformationVariable notes
$notes.Count
"$notes"
## STDOUT:
1
noted
## END

#### 6>$null drops a shown record
Write-Information "gone" -InformationAction Continue 6>$null
"after"
## stdout: after

#### MessageData is mandatory
Write-Information -InformationAction Continue
## error-id: MissingMandatoryParameter
