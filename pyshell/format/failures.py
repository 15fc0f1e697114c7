"""What the formatter shows of errors: error records that reach it, and failures while it works.

An ErrorRecord written to the output (`$Error[0] | Out-String`, `... 2>&1 | Format-List`) is shown
by Windows PowerShell's out-of-band ErrorInstance view (PowerShellCore.format.ps1xml): the same
text the console prints for an error, whatever the document's shape, unless a Format-* command
was given -Force.

A calculated property whose script block fails, or a FormatString that does not apply, leaves its
cell empty. Format-Table, Format-List and Format-Wide change that with two switches (5.1's
FormatErrorManager): -DisplayError puts #ERR (#FMTERR for the format string) in the cell, and
-ShowError writes an error record after the entry, out of band, saying which expression failed.
"""
from __future__ import annotations

from pyshell.errors import ErrorCategory, ErrorRecord, render_error
from pyshell.format.packets import CustomEntry

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

ERROR_RECORD_TYPE = "System.Management.Automation.ErrorRecord"
ERROR_CELL = "#ERR"
FORMAT_ERROR_CELL = "#FMTERR"
# FormatAndOut_format_xxx.resx
EXPRESSION_FAILED = 'Failed to evaluate expression "{0}".'
FORMAT_FAILED = 'Failed to interpret format string "{0}".'


def record_entry(obj: Any, error_view: str) -> CustomEntry | None:
    """An error record's out-of-band entry, or None when `obj` is not one."""
    record = getattr(obj, "record", None)
    if not isinstance(record, ErrorRecord):
        return None
    return CustomEntry(render_error(record, error_view).split("\n"), out_of_band=True)


class ExpressionFailed(Exception):
    """A calculated property's script block failed (raised by the Format-* cmdlets' script columns)."""

    def __init__(self, record: ErrorRecord):
        super().__init__(record.message)
        self.record = record


class FormatErrors:
    """-DisplayError and -ShowError for one formatting command."""

    def __init__(self, display: bool, show: bool):
        self.display = display
        self.show = show
        self.pending: list[CustomEntry] = []

    def expression_failed(self, obj: Any, expression: str, exc: BaseException) -> str:
        """The cell text for a failed expression; with -ShowError, its error entry is held back."""
        if self.show:
            reason = exc.record.exception_type if isinstance(exc, ExpressionFailed) else "RuntimeException"
            self.pending.append(_entry(EXPRESSION_FAILED.format(expression), "mshExpressionError", obj, reason))
        return ERROR_CELL if self.display else ""

    def format_failed(self, value: Any, format_string: str) -> str | None:
        """The cell text when `format_string` does not apply to `value` (None: show it as usual).
        Only -DisplayError looks at format strings; -ShowError then also reports them."""
        if not self.display:
            return None
        if self.show:
            self.pending.append(_entry(FORMAT_FAILED.format(format_string), "formattingError", value,
                                       "FormatException"))
        return FORMAT_ERROR_CELL

    def drain(self) -> list[CustomEntry]:
        out, self.pending = self.pending, []
        return out


def _entry(message: str, error_id: str, obj: Any, reason: str) -> CustomEntry:
    """The ErrorInstance view of a record with ErrorDetails and no invocation: the details, then
    the category and the id (no command name, position or closing blank line)."""
    record = ErrorRecord(message=message, error_id=error_id, category=ErrorCategory.InvalidArgument,
                         target=obj, exception_type=reason)
    return CustomEntry([message, f"    + CategoryInfo          : {record.category_info}",
                        f"    + FullyQualifiedErrorId : {error_id}"], out_of_band=True)
