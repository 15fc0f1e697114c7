"""Parse errors: PowerShell's error id, its message, the extent it blames, and whether more input
would fix it (the REPL continues the line when `incomplete` is true)."""
from __future__ import annotations

from dataclasses import dataclass

from pyshell.language.source import Extent


@dataclass(frozen=True)
class ParseError:
    error_id: str
    message: str
    extent: Extent
    incomplete: bool = False


class ParseAbort(Exception):
    """Raised inside the tokenizer/parser to stop at an error it cannot recover from."""

    def __init__(self, error: ParseError):
        super().__init__(error.message)
        self.error = error
