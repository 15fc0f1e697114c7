"""Format-Table: show objects as a table, one row per object."""
from __future__ import annotations

from cmdlets.core._format_command import FormatCommand
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class FormatTable(FormatCommand):
    """Formats the output as a table."""

    verb, noun = "Format", "Table"
    implementing_type = "Microsoft.PowerShell.Commands.FormatTableCommand"
    shape = "table"
    property_kind = "table"
    description = ("Format-Table lays objects out as a table: a column per property and a row per object. Without "
                   "-Property it uses the view registered for the object's type, or the object's own properties. "
                   "The columns are sized from the first rows that arrive (from all of them with -AutoSize) and cut "
                   "to the width of the console; values that do not fit end in '...' unless -Wrap is given. "
                   "Its output is formatting data that only the Out-* cmdlets understand, so put it last in a "
                   "pipeline.")

    property = Parameter(ListOf(object), position=0,
                         help="The properties to show, in order, as names (wildcards allowed), script blocks, or "
                              "hashtables for calculated columns with Expression, Label (or Name), Width, "
                              "Alignment (Left, Center, Right) and FormatString keys.")
    auto_size = Parameter(SwitchParameter, help="Sizes every column to its widest value, looking at all the rows "
                                                "before writing any.")
    hide_table_headers = Parameter(SwitchParameter, help="Leaves out the column headers and their underlines.")
    wrap = Parameter(SwitchParameter, help="Continues values that do not fit their column on the next lines "
                                           "instead of cutting them off.")

    examples = (
        Example("Get-CsAdminRole | Format-Table -Property Identity, IsStandardRole -AutoSize",
                "Shows the RBAC roles as a two-column table sized to its contents."),
        Example('[pscustomobject]@{Name="alpha"; Size=5}, [pscustomobject]@{Name="b"; Size=12345} | '
                'Format-Table -AutoSize',
                "Numbers are right-aligned; with -AutoSize each column is as wide as its widest value.",
                "\nName   Size\n----   ----\nalpha     5\nb     12345\n\n\n"),
        Example('[pscustomobject]@{Name="alpha"; Size=2048} | Format-Table @{Expression="Name"; Width=8}, '
                '@{Label="KB"; Expression={$_.Size / 1024}; Width=6; Alignment="Right"}',
                "Calculated columns with their own label, width and alignment. (Widths are kept only when the "
                "first column has one; otherwise the first rows size every column, as in Windows PowerShell.)",
                "\nName         KB\n----         --\nalpha         2\n\n\n"),
        Example("Get-CsXmppAllowedPartner | Format-Table Identity, SaslNegotiation -GroupBy PartnerType",
                "One table per partner type (sort by the grouping property first for one group per value)."),
    )

    def formatter_options(self) -> dict[str, Any]:
        return {
            "auto_size": bool(self.auto_size) if self.is_bound(FormatTable.auto_size) else None,
            "hide_header": bool(self.hide_table_headers) if self.is_bound(FormatTable.hide_table_headers) else None,
            "wrap": bool(self.wrap),
        }
