# Comment-based help of functions (about_Comment_Based_Help): where the block may stand, how it is
# read, and the help object Get-Help makes of it (MamlCommandHelpInfo), as Windows PowerShell 5.1.

#### the sections become the parts of the help object
<#
.SYNOPSIS
    Adds an extension.
.DESCRIPTION
    Adds an extension

        to a name.
.NOTES
    Harmless.
.INPUTS
    Strings.
.OUTPUTS
    Nothing.
.COMPONENT
    Files
.ROLE
    Clerk
.FUNCTIONALITY
    Naming
#>
function Add-Ext { param($Name) }
$x = Get-Help Add-Ext
$x.Synopsis
$x.Description[0].Text
$x.alertSet.alert[0].Text
$x.inputTypes.inputType.type.name
$x.returnValues.returnValue.type.name
$x.Component, $x.Role, $x.Functionality -join ','
$x.Name, $x.Category -join ','
## STDOUT:
Adds an extension.
Adds an extension

    to a name.
Harmless.
Strings.
Nothing.
Files,Clerk,Naming
Add-Ext,Function
## END

#### a link is an address (uri) or a text (linkText)
function f {
    # .LINK
    #   https://example.com/f
    # .LINK
    #   Get-Other
}
$x = Get-Help f
$x.relatedLinks.navigationLink[0].uri
$x.relatedLinks.navigationLink[1].linkText
$null -eq $x.relatedLinks.navigationLink[1].uri
## STDOUT:
https://example.com/f
Get-Other
True
## END

#### an example: prompt, code, and remarks with four empty paragraphs after them
function f {
<#
.EXAMPLE
    C:\PS>f -Name foo

    Does foo.
.EXAMPLE
    f bar
#>
}
$x = Get-Help f
$x.examples.example[0].introduction[0].Text
$x.examples.example[0].code
$x.examples.example[0].remarks[0].Text
$x.examples.example[0].remarks.Length
$x.examples.example[1].introduction[0].Text
$x.examples.example[1].code
$x.examples.example[0].title.Trim()
## STDOUT:
C:\PS>
f -Name foo
Does foo.
5
PS C:\>
f bar
-------------------------- EXAMPLE 1 --------------------------
## END

#### parameters: required, position from 1, default value, wildcards, enum values
function f {
    # .SYNOPSIS
    #   p
    param([Parameter(Mandatory=$true)][string]$Name, [SupportsWildcards()]$Path = 42,
          [switch]$Force, [System.Management.Automation.CommandTypes]$Kind)
}
$x = Get-Help f
$p = $x.parameters.parameter
$p[0].required, $p[0].position, $p[0].type.name -join ','
$p[1].globbing, $p[1].defaultValue, $p[1].position -join ','
$p[2].position, $p[2].parameterValue -join ','
$x.syntax.syntaxItem.parameter[2].parameterValue -eq $null
$p[3].parameterValueGroup.parameterValue[0]
$x.syntax | Out-String -Width 200
## STDOUT:
true,1,String
true,42,2
named,SwitchParameter
True
Alias

f [-Name] <String> [[-Path] <Object>] [-Force] [[-Kind] {Alias | Function | Filter | Cmdlet | ExternalScript | Application | Script | Workflow | Configuration | All}] [<CommonParameters>]



## END

#### a parameter's description may be a comment beside it
function f {
    # .SYNOPSIS
    #   p
    param(
        # the name
        $Name,
        [int]
        # how many
        $Count
    )
}
(Get-Help f).parameters.parameter | ForEach-Object { $_.description[0].Text }
## STDOUT:
the name
how many
## END

#### .PARAMETER wins over a comment beside the parameter
<#
.PARAMETER Name
    From the block.
#>
function f { param(<# beside #> $Name) }
(Get-Help f).parameters.parameter.description[0].Text
## stdout: From the block.

#### help may stand one blank line before the function, not two
<#
.SYNOPSIS
    Near.
#>

function near { }
<#
.SYNOPSIS
    Far.
#>


function far { param($abc) }
(Get-Help near).Synopsis
(Get-Help far).Synopsis.Trim()
## STDOUT:
Near.
far [[-abc] <Object>]
## END

#### help may stand at the end of the body
function f {
    "work"
    <#
    .SYNOPSIS
        At the end.
    #>
}
(Get-Help f).Synopsis
## stdout: At the end.

#### a block with an unknown keyword or text before the first keyword is no help
function f {
    # .NAME
    #   f
    # .SYNOPSIS
    #   not help
}
function g {
    # a remark
    # .SYNOPSIS
    #   not help either
}
(Get-Help f).Synopsis.Trim()
(Get-Help g).Synopsis.Trim()
## STDOUT:
f
g
## END

#### a comment sign in a string is no comment
function f {
    '<# .SYNOPSIS'
    '   not help #>'
}
(Get-Help f).Synopsis.Trim()
## stdout: f

#### -? shows the help instead of running the function
function f {
    # .SYNOPSIS
    #   Short.
    "ran"
}
(f -?).Synopsis
## stdout: Short.

#### -Component, -Role and -Functionality keep only help that matches
function f {
    # .COMPONENT
    #   Parts
}
(Get-Help f -Component Pa*).Name
Get-Help f -Role Admin
## stdout: f
## error-id: HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand

#### .FORWARDHELPTARGETNAME shows another command's help
function f {
    # .FORWARDHELPTARGETNAME Get-Member
    # .FORWARDHELPCATEGORY Cmdlet
}
$x = Get-Help f
$x.Name, $x.Category -join ','
## stdout: Get-Member,Cmdlet

#### -Parameter shows one parameter of a function
function f {
    <#
    .PARAMETER Name
        The name.
    #>
    param([string]$Name)
}
Get-Help f -Parameter Name
## STDOUT:

-Name <String>
    The name.

    Required?                    false
    Position?                    1
    Default value
    Accept pipeline input?       false
    Accept wildcard characters?  false


## END

#### the default view of comment-based help
<#
.SYNOPSIS
    Adds an extension.
.DESCRIPTION
    Adds an extension to a name.
.LINK
    https://example.com/add-ext
.LINK
    about_Functions
#>
function Add-Ext { param([Parameter(Mandatory=$true)][string]$Name, [switch]$Force) }
Get-Help Add-Ext
## STDOUT:

NAME
    Add-Ext

SYNOPSIS
    Adds an extension.


SYNTAX
    Add-Ext [-Name] <String> [-Force] [<CommonParameters>]


DESCRIPTION
    Adds an extension to a name.


RELATED LINKS
    https://example.com/add-ext
    about_Functions

REMARKS
    To see the examples, type: "get-help Add-Ext -examples".
    For more information, type: "get-help Add-Ext -detailed".
    For technical information, type: "get-help Add-Ext -full".
    For online help, type: "get-help Add-Ext -online"


## END

#### a function without help shows its name and syntax
function f { param([string]$Name) }
Get-Help f
## STDOUT:

NAME
    f

SYNTAX
    f [[-Name] <string>]


ALIASES
    None


REMARKS
    None


## END
