# $PSDefaultParameterValues: default arguments for cmdlets and advanced functions.

#### a default fills a parameter the command line left free, and gives way to one it gave
$PSDefaultParameterValues['Get-CsXmppAllowedPartner:Identity'] = 'gmail.com'
(Get-CsXmppAllowedPartner).Identity
(Get-CsXmppAllowedPartner -Identity xmpp.contoso.com).Identity
## STDOUT:
gmail.com
xmpp.contoso.com
## END

#### a default for another parameter set is left out
$PSDefaultParameterValues['Get-CsXmppAllowedPartner:Identity'] = 'gmail.com'
(Get-CsXmppAllowedPartner -Filter '*.org').Count -gt 1
## stdout: True

#### wildcards in the command name, common parameters, and Disabled
$PSDefaultParameterValues = @{ 'Write-*:Verbose' = $true }
Write-Verbose 'shown' 4>&1
$PSDefaultParameterValues['Disabled'] = $true
Write-Verbose 'not shown' 4>&1
## stdout: shown

#### a script block is run for the value; simple functions take no defaults
function Test-Advanced { [CmdletBinding()] param($Name = 'none') $Name }
function Test-Simple { param($Name = 'none') $Name }
$PSDefaultParameterValues['Test-*:Name'] = { 'from a block' }
Test-Advanced
Test-Simple
## STDOUT:
from a block
none
## END

#### a default that does not bind is left out without a word
$PSDefaultParameterValues['Get-Random:SetSeed'] = 'not a number at all'
$PSDefaultParameterValues['Get-Random:NoSuchParameter'] = 1
(Get-Random -Minimum 1 -Maximum 2)
## stdout: 1
