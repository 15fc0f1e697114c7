# Aliases belong to scopes, as variables and functions do (Windows PowerShell 5.1).

#### an alias made in a function goes when the function ends
function Test-MakeAlias { Set-Alias zzdate Get-Date; (Get-Alias zzdate).Definition }
Test-MakeAlias
[bool](Get-Alias zzdate -ErrorAction SilentlyContinue)
## STDOUT:
Get-Date
False
## END

#### -Scope Global keeps it after the function
function Test-MakeGlobal { Set-Alias zzloc Get-Location -Scope Global }
Test-MakeGlobal
(Get-Alias zzloc).Definition
## stdout: Get-Location

#### a script's alias goes with the script unless the script is dot-sourced
$file = Join-Path ([System.IO.Path]::GetTempPath()) 'pyshell-alias-scope.ps1'
Set-Content -Path $file -Value 'Set-Alias zzfromscript Get-Date'
& $file; [bool](Get-Alias zzfromscript -ErrorAction SilentlyContinue)
. $file; [bool](Get-Alias zzfromscript -ErrorAction SilentlyContinue)
Remove-Item $file
## STDOUT:
False
True
## END

#### an alias in a function hides one of the same name outside it
Set-Alias zzshared Get-Date
function Test-Hide { Set-Alias zzshared Get-Location; (Get-Alias zzshared).Definition }
Test-Hide
(Get-Alias zzshared).Definition
## STDOUT:
Get-Location
Get-Date
## END

#### a function may shadow a read-only alias, but not an AllScope one
function Test-Shadow { Set-Alias gm Get-Date; (Get-Alias gm).Definition }
Test-Shadow
(Get-Alias gm).Definition
function Test-AllScope { Set-Alias where Get-Date }
Test-AllScope
## STDOUT:
Get-Date
Get-Member
## END
## error-id: AliasNotWritable,Microsoft.PowerShell.Commands.SetAliasCommand

#### New-Alias refuses a name any scope already uses
function Test-New { New-Alias gm Get-Date }
Test-New
## error-id: AliasAlreadyExists,Microsoft.PowerShell.Commands.NewAliasCommand

#### Get-Alias -Scope Local lists only the aliases made in that scope
function Test-Local { Set-Alias zzlocal Get-Date; (Get-Alias -Scope Local).Name }
Test-Local
## stdout: zzlocal

#### Remove-Item alias: removes the alias the scope sees
function Test-Remove { Set-Alias zzgone Get-Date; Remove-Item alias:zzgone; [bool](Get-Alias zzgone -ErrorAction SilentlyContinue) }
Test-Remove
## stdout: False
