"""Display views for the objects the discovery cmdlets write (Get-Member, Get-Command, Get-Alias,
Get-Variable, Get-Help's topic list), with the columns and widths Windows PowerShell 5.1's own
format data gives them."""
from __future__ import annotations

from pyshell.format.views import Column, View
from pyshell.runtime.values import PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MEMBER_DEFINITION = "Microsoft.PowerShell.Commands.MemberDefinition"
COMMAND_INFO = "System.Management.Automation.CommandInfo"
PS_VARIABLE = "System.Management.Automation.PSVariable"
HELP_INFO_SHORT = "HelpInfoShort"
HELP_INFO = "MamlCommandHelpInfo"
HELP_PARAMETER = "MamlCommandHelpInfo#parameter"
HELP_SYNTAX = "MamlCommandHelpInfo#syntax"
HELP_EXAMPLES = "MamlCommandHelpInfo#examples"


def _rendered(obj: Any) -> str:
    """Help objects carry the text Get-Help rendered for the console they were asked on."""
    return obj.string_form if isinstance(obj, PSObject) and obj.string_form is not None else ""


def _command_name(obj: Any) -> Any:
    """An alias is listed as `gm -> Get-Member`, any other command by its name."""
    if isinstance(obj, PSObject):
        kind = obj.get("CommandType")
        if kind is not None and str(kind) == "Alias":
            return obj.get("DisplayName")
        return obj.get("Name")
    return None


DISCOVERY_VIEWS = (
    View(MEMBER_DEFINITION, "table", name=MEMBER_DEFINITION, auto_size=True, group_by="TypeName",
         columns=(Column("Name"), Column("MemberType"), Column("Definition"))),
    # Every command object (cmdlet, alias, function) has CommandInfo among its type names, so one
    # view covers a stream that mixes them, as PowerShell's view selected by all those types does.
    View(COMMAND_INFO, "table", name="CommandInfo",
         columns=(Column("CommandType", width=15), Column("Name", _command_name, width=50),
                  Column("Version", width=10), Column("Source"))),
    View(PS_VARIABLE, "table", name="Variable", columns=(Column("Name", width=30), Column("Value"))),
    View(HELP_INFO, "custom", name="MamlCommandHelp", text=_rendered),
    View(HELP_PARAMETER, "custom", name="MamlCommandParameter", text=_rendered),
    View(HELP_SYNTAX, "custom", name="MamlCommandSyntax", text=_rendered),
    View(HELP_EXAMPLES, "custom", name="MamlCommandExamples", text=_rendered),
    View(HELP_INFO_SHORT, "table", name="help",
         columns=(Column("Name", width=33), Column("Category", width=9), Column("Module", width=25),
                  Column("Synopsis"))),
)
