"""Source text and extents: every token, node and error points back into the text it came from."""
from __future__ import annotations


class SourceText:
    """A piece of script text with a name ("" for typed input, else a file path)."""

    __slots__ = ("name", "text", "_line_starts")

    def __init__(self, text: str, name: str = ""):
        self.name = name
        self.text = text
        self._line_starts: list[int] | None = None      # found when a line or column is first asked for

    def _starts(self) -> list[int]:
        starts = self._line_starts
        if starts is None:
            text = self.text
            starts = [0]
            i = text.find("\n")
            while i >= 0:
                starts.append(i + 1)
                i = text.find("\n", i + 1)
            self._line_starts = starts
        return starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        from bisect import bisect_right     # here, not at start: only errors and the REPL ask for lines
        starts = self._starts()
        line = bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line ending."""
        starts = self._starts()
        start = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        return self.text[start:end].rstrip("\r")

    @property
    def line_count(self) -> int:
        return len(self._starts())

    def __repr__(self) -> str:
        return f"SourceText({self.name!r}, {len(self.text)} chars)"


class Extent:
    """A half-open range [start, end) of offsets into a SourceText. Lines and columns are worked out
    from the offsets only when asked for.

    One is made for every token and node, so this is a plain slotted class rather than a record:
    it is read-only by convention (nothing assigns to an extent once made), compares and hashes by
    value, and costs half as much to make."""

    __slots__ = ("source", "start", "end")

    def __init__(self, source: SourceText | None, start: int, end: int):
        self.source = source
        self.start = start
        self.end = end

    def __eq__(self, other: object) -> bool:
        if other.__class__ is Extent:
            return self.source == other.source and self.start == other.start and self.end == other.end
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.source, self.start, self.end))

    def __reduce__(self) -> tuple:
        return Extent, (self.source, self.start, self.end)

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

    def to(self, other: Extent) -> Extent:
        """The extent from the start of this one to the end of another."""
        end = other.end
        return Extent(self.source, self.start, end if end > self.end else self.end)

    def __repr__(self) -> str:
        if not self.source:
            return "Extent(missing)"
        return f"Extent({self.start}:{self.end} {self.text!r})"


MISSING = Extent(None, 0, 0)
