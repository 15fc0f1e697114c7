"""Format-List: show each object as a list of `Name : value` lines."""
from __future__ import annotations

from cmdlets.core._format_command import FormatCommand
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.conversion import ListOf


class FormatList(FormatCommand):
    """Formats the output as a list of properties in which each property appears on a new line."""

    verb, noun = "Format", "List"
    implementing_type = "Microsoft.PowerShell.Commands.FormatListCommand"
    shape = "list"
    property_kind = "list"
    description = ("Format-List writes each object as a block of lines, one `Name : value` line per property, with "
                   "the names padded to the longest one. Without -Property it uses the list view registered for the "
                   "object's type, or all of the object's properties; -Property * always shows them all. Long values "
                   "wrap under the value column. Its output is formatting data that only the Out-* cmdlets "
                   "understand, so put it last in a pipeline.")

    property = Parameter(ListOf(object), position=0,
                         help="The properties to show, in order, as names (wildcards allowed; * for all of them), "
                              "script blocks, or hashtables with Expression, Label (or Name) and FormatString keys. "
                              "A name an object does not have is left out of that object's entry.")

    examples = (
        Example("Get-CsAdminRole -Identity CsHelpDesk | Format-List *",
                "Shows every property of the CsHelpDesk role."),
        Example('[pscustomobject]@{Name="alpha"; Size=5; Tag="x"} | Format-List -Property N*, Size',
                "Wildcards pick properties by name.",
                "\n\nName : alpha\nSize : 5\n\n\n\n"),
        Example('[pscustomobject]@{Name="alpha"; Size=2048} | '
                'Format-List Name, @{Name="KB"; Expression={$_.Size / 1024}}',
                "A calculated property with its own label.",
                "\n\nName : alpha\nKB   : 2\n\n\n\n"),
    )
