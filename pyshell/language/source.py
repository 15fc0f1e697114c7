"""Source text and extents: every token, node and error points back into the text it came from."""
from __future__ import annotations

import bisect

from pyshell.language.records import Record, record


class SourceText:
    """A piece of script text with a name ("" for typed input, else a file path)."""

    __slots__ = ("name", "text", "_line_starts")

    def __init__(self, text: str, name: str = ""):
        self.name = name
        self.text = text
        starts = [0]
        i = text.find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = text.find("\n", i + 1)
        self._line_starts = starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line ending."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def __repr__(self) -> str:
        return f"SourceText({self.name!r}, {len(self.text)} chars)"


@record(kw_only=False)
class Extent(Record):
    """A half-open range [start, end) of offsets into a SourceText."""

    source: SourceText | None
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.source.text[self.start:self.end] if self.source else ""

    @property
    def start_line(self) -> int:
        return self.source.line_col(self.start)[0] if self.source else 0

    @property
    def start_column(self) -> int:
        return self.source.line_col(self.start)[1] if self.source else 0

    @property
    def end_line(self) -> int:
        return self.source.line_col(max(self.start, self.end - 1))[0] if self.source else 0

    @property
    def end_column(self) -> int:
        return self.source.line_col(self.end)[1] if self.source else 0

    @property
    def file(self) -> str:
        return self.source.name if self.source else ""

    def to(self, other: "Extent") -> "Extent":
        """The extent from the start of this one to the end of another."""
        return Extent(self.source, self.start, max(self.end, other.end))

    def __repr__(self) -> str:
        if not self.source:
            return "Extent(missing)"
        return f"Extent({self.start}:{self.end} {self.text!r})"


MISSING = Extent(None, 0, 0)
