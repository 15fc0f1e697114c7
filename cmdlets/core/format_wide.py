"""Format-Wide: show one property of each object, several objects to a line."""
from __future__ import annotations

from cmdlets.core._format_command import FormatCommand
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.values import SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def _at_least_one(value: Any) -> str | None:
    if value is not None and value < 1:
        return (f"The {value} argument is less than the minimum allowed range of 1. Supply an argument that is "
                "greater than or equal to 1 and then try the command again.")
    return None


class FormatWide(FormatCommand):
    """Formats objects as a wide table that displays only one property of each object."""

    verb, noun = "Format", "Wide"
    implementing_type = "Microsoft.PowerShell.Commands.FormatWideCommand"
    shape = "wide"
    property_kind = "wide"
    description = ("Format-Wide shows a single value per object and puts several of them on each line: two per line "
                   "unless -Column says how many, or as many as fit with -AutoSize. Without -Property it shows the "
                   "object's name (the first property called Name, Id or Key, or ending in one of those), else its "
                   "first property. Its output is formatting data that only the Out-* cmdlets understand, so put "
                   "it last in a pipeline.")

    property = Parameter(object, position=0,
                         help="The one property to show: a name (wildcards allowed; the first match is used), a "
                              "script block, or a hashtable with Expression and FormatString keys.")
    auto_size = Parameter(SwitchParameter, help="Puts as many values on a line as fit, sized by the widest "
                                                      "value. Cannot be combined with -Column.")
    column = Parameter(int, validators=(_at_least_one,), help="The number of values on each line.")

    examples = (
        Example("Get-CsAdminRole | Format-Wide -Property Identity -Column 3",
                "The role names, three to a line."),
        Example('[pscustomobject]@{Name="alpha"}, [pscustomobject]@{Name="beta"}, [pscustomobject]@{Name="gamma"} | '
                'Format-Wide -Column 2',
                "Two names per line; each column takes half of the 79 usable cells.",
                "\n" + "alpha".ljust(39) + " " + "beta".ljust(39) + "\n" + "gamma".ljust(39) + " " + " " * 39
                + "\n\n\n"),
    )

    def property_values(self) -> Any:
        return None if self.property is None else [self.property]

    def begin(self) -> None:
        if self.is_bound(FormatWide.auto_size) and self.is_bound(FormatWide.column) and self.auto_size:
            self.throw_terminating(self.error_record(
                "Cmdlet parameters AutoSize and Column are mutually exclusive.",
                "FormatCannotSpecifyAutosizeAndColumns", ErrorCategory.InvalidArgument,
                exception_type="InvalidDataException"))
        super().begin()

    def formatter_options(self) -> dict[str, Any]:
        return {"auto_size": bool(self.auto_size) if self.is_bound(FormatWide.auto_size) else None,
                "wide_columns": self.column or 0}
