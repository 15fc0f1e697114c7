"""Format-Custom: show objects through their custom view, or as a tree of their properties."""
from __future__ import annotations

from cmdlets.core._format_command import FormatCommand
from pyshell.commands.parameters import Example, Parameter
from pyshell.commands.validators import validate_range
from pyshell.runtime.conversion import ListOf

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class FormatCustom(FormatCommand):
    """Uses a customized view to format the output."""

    verb, noun = "Format", "Custom"
    implementing_type = "Microsoft.PowerShell.Commands.FormatCustomCommand"
    shape = "custom"
    property_kind = "custom"
    description = ("Format-Custom uses the custom view registered for an object's type. An object without one is "
                   "written as a tree: `class` and its short type name, then its properties between braces as "
                   "`Name = value`, with collections listed between brackets and other objects opened in turn, "
                   "down to -Depth levels (5 by default); deeper values are shown as text. Its output is "
                   "formatting data that only the Out-* cmdlets understand, so put it last in a pipeline.")

    property = Parameter(ListOf(object), position=0,
                         help="The properties to show, as names (wildcards allowed), script blocks, or hashtables "
                              "with Expression and Depth keys.")
    depth = Parameter(int, validators=(validate_range(1),),
                      help="How many levels of objects within objects are opened; deeper ones are shown as text.")

    examples = (
        Example("[pscustomobject]@{Name='alpha'; Tags='x','y'} | Format-Custom",
                "The object as a tree; the array property is listed between brackets.",
                "\nclass PSCustomObject\n{\n  Name = alpha\n  Tags = \n    [\n      x\n      y\n    ]\n    \n}\n\n\n\n"),
    )

    def formatter_options(self) -> dict[str, Any]:
        return {"depth": self.depth}
