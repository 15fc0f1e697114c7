"""Parse errors: PowerShell's error id, its message, the extent it blames, and whether more input
would fix it (the REPL continues the line when `incomplete` is true)."""
from __future__ import annotations

from pyshell.language.records import Record

TYPE_CHECKING = False       # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from pyshell.language.source import Extent


class ParseError(Record, kw_only=False):
    """A frozen record (it was a frozen dataclass: the same fields, order, equality and repr)."""
    error_id: str
    message: str
    extent: Extent
    incomplete: bool = False


class ParseAbort(Exception):
    """Raised inside the tokenizer/parser to stop at an error it cannot recover from."""

    def __init__(self, error: ParseError):
        super().__init__(error.message)
        self.error = error
