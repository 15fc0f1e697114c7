"""New-Guid: a new random globally unique identifier."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example


class NewGuid(Cmdlet):
    """Creates a GUID."""

    verb, noun = "New", "Guid"
    implementing_type = "Microsoft.PowerShell.Commands.NewGuidCommand"
    output_types = ("System.Guid",)
    description = ("New-Guid writes a new random GUID (version 4), the same as [guid]::NewGuid(): shown as a "
                   "one-column Guid table, and as its 36-character text in a string.")

    examples = (
        Example("New-Guid", "A new GUID, as a table."),
        Example('"$(New-Guid)".Length', "Its text: 32 hexadecimal digits and four hyphens.", "36\n"),
    )

    def process(self) -> None:
        from pyshell.runtime.systemtypes import GUID_STATICS
        self.write_object(GUID_STATICS["newguid"]())
