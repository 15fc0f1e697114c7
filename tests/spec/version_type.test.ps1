# [System.Version]: $PSVersionTable.PSVersion and $Host.Version, [version] literals, comparisons and
# the four-column table PowerShell's DotNetTypes.format.ps1xml gives a version.

#### $PSVersionTable.PSVersion shows as PowerShell's version table
$PSVersionTable.PSVersion
## STDOUT:

Major  Minor  Build  Revision
-----  -----  -----  --------
5      1      14409  1       


## END

#### $Host.Version is a version too
$Host.Version.GetType().FullName
"$($Host.Version)"
## STDOUT:
System.Version
5.1.14409.1
## END

#### the commonest version check in scripts
$PSVersionTable.PSVersion.Major -ge 3
$PSVersionTable.PSVersion -ge [version]"3.0"
$PSVersionTable.PSVersion -ge "5.1.14409.2"
## STDOUT:
True
True
False
## END

#### a part left out orders before zero
[version]"1.2" -lt [version]"1.2.0"
[version]"1.2" -eq "1.2"
[version]"1.10" -gt "1.9"
([version]"1.2").Build
## STDOUT:
True
True
True
-1
## END

#### versions sort as versions, not as text
"1.10", "1.9", "1.2.3" | ForEach-Object { [version]$_ } | Sort-Object | ForEach-Object { "$_" }
## STDOUT:
1.2.3
1.9
1.10
## END

#### constructors, ToString with a field count, and every property in a list
$v = [version]::new(1, 2, 3, 4)
$v.ToString(2)
$v | Format-List
## STDOUT:
1.2


Major         : 1
Minor         : 2
Build         : 3
Revision      : 4
MajorRevision : 0
MinorRevision : 4



## END

#### text that is not a version is refused with .NET's reason
[version]"1"
## error-id: InvalidCastParseTargetInvocation

#### comparing with text that is not a version
$PSVersionTable.PSVersion -gt "abc"
## error-id: ComparisonFailure

#### Parse names .NET's exception
[version]::Parse("x.1")
## error-id: FormatException

#### an object whose view does not apply after a version table is shown as a list
$PSVersionTable.PSVersion; [pscustomobject]@{ Name = "x" }
## STDOUT:

Major  Minor  Build  Revision
-----  -----  -----  --------
5      1      14409  1       

Name : x



## END
