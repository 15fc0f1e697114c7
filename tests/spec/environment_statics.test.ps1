# [Environment]'s statics on environment variables: they read and write the session's Env: values.

#### GetEnvironmentVariable reads what $env: holds, ignoring case
$env:PYSHELL_T = "abc"
[Environment]::GetEnvironmentVariable("pyshell_t")
[Environment]::GetEnvironmentVariable("PYSHELL_T", "Process")
[System.Environment]::GetEnvironmentVariable("PATH") -eq $env:PATH
$null -eq [Environment]::GetEnvironmentVariable("PYSHELL_NOT_SET")
## STDOUT:
abc
abc
True
True
## END

#### SetEnvironmentVariable sets what $env: reads; $null removes it
[Environment]::SetEnvironmentVariable("PYSHELL_U", "xyz")
$env:PYSHELL_U
Test-Path Env:PYSHELL_U
[Environment]::SetEnvironmentVariable("PYSHELL_U", $null, "Process")
Test-Path Env:PYSHELL_U
## STDOUT:
xyz
True
False
## END

#### GetEnvironmentVariables holds the session's variables
$env:PYSHELL_V = "vvv"
[Environment]::GetEnvironmentVariables()["PYSHELL_V"]
## stdout: vvv

#### Get-Member lists the statics of System.Environment, the old ones too
$members = [Environment] | Get-Member -Static
($members | Select-Object -First 1).TypeName
($members.Name | Where-Object { $_ -in "NewLine", "GetEnvironmentVariable", "SetEnvironmentVariable" }) -join ","
[Environment]::NewLine.Length -ge 1
## STDOUT:
System.Environment
GetEnvironmentVariable,SetEnvironmentVariable,NewLine
True
## END

#### a variable needs a name
[Environment]::SetEnvironmentVariable("", "x")
## error-id: ArgumentException

#### GetEnvironmentVariable of $null is an ArgumentNullException
[Environment]::GetEnvironmentVariable($null)
## error-id: ArgumentNullException
