"""Out-Default: objects in, console text out, as Windows PowerShell 5.1 prints it.

Two stages, as in PowerShell: the Formatter turns objects into packets (formatter.py) and the
LineWriter turns packets into lines. The blank lines come from the LineWriter, one per event:

- document start: one blank line;
- group start: a group header (when the view groups) is framed by blank lines; then a table
  writes its header and underline, a list writes one blank line;
- list entry: its lines, then one blank line;
- group end: one blank line;  document end: one blank line;
- an out-of-band list (an object the document's view does not apply to): a blank line, its
  lines, a blank line;  an out-of-band text line (strings, numbers...): just the line.

So a lone table prints one blank line before it and two after; a list prints two before the first
entry, one between entries and three after the last.

Tables whose columns have no fixed width are sized from the rows that arrive within 0.3 seconds of
the group's start (all rows, with auto-size): those rows are held back until then, then written.
"""
from __future__ import annotations

import time
from typing import Any, Callable, Iterable

from pyshell.format.formatter import Formatter
from pyshell.format.list import list_lines
from pyshell.format.packets import (FormatEnd, FormatStart, GroupEnd, GroupStart, ListEntry, Packet,
                                    TableRow, TextLine)
from pyshell.format.table import TableLayout, content_widths
from pyshell.format.text import wrap
from pyshell.format.views import ViewRegistry

CACHE_SECONDS = 0.3


class LineWriter:
    """Writes packets as screen lines `columns` cells wide; `write_line` gets each line without
    its newline."""

    def __init__(self, write_line: Callable[[str], None], columns: int,
                 clock: Callable[[], float] = time.monotonic, cache_seconds: float = CACHE_SECONDS):
        self._emit = write_line
        self.columns = columns
        self._clock = clock
        self._cache_seconds = cache_seconds
        self._cache_mode: str | None = None      # None, "time" or "group"
        self._caching = False
        self._cache_started = 0.0
        self._queue: list[Packet] = []
        self._widths_hint: list[int] | None = None
        self._start: FormatStart | None = None
        self._table: TableLayout | None = None
        self._in_group = False

    def feed(self, packet: Packet) -> None:
        if isinstance(packet, FormatStart):
            if packet.auto_size:
                self._cache_mode = "group"
            elif packet.shape == "table" and packet.columns and packet.columns[0].width == 0:
                self._cache_mode = "time"
        for p in self._through_cache(packet):
            self._dispatch(p)

    def close(self) -> None:
        """Write whatever is still held back."""
        pending, self._queue, self._caching = self._queue, [], False
        for p in pending:
            self._dispatch(p)

    # -- holding rows back to size the columns ------------------------------------------------
    def _through_cache(self, packet: Packet) -> list[Packet]:
        if self._cache_mode is None:
            return [packet]
        if not self._caching and isinstance(packet, GroupStart):
            self._caching = True
            self._cache_started = self._clock()
            self._queue = [packet]
            return []
        if self._caching and (isinstance(packet, GroupEnd) or (
                self._cache_mode == "time" and self._clock() - self._cache_started > self._cache_seconds)):
            self._queue.append(packet)
            self._take_hint(self._queue)
            out, self._queue, self._caching = self._queue, [], False
            return out
        if self._caching:
            self._queue.append(packet)
            return []
        return [packet]

    def _take_hint(self, held: list[Packet]) -> None:
        start = self._start
        if start is None or start.shape != "table" or not start.columns:
            return
        rows = [p.values for p in held if isinstance(p, TableRow)]
        self._widths_hint = content_widths([c.label for c in start.columns], rows)

    # -- writing ----------------------------------------------------------------------------
    def _dispatch(self, p: Packet) -> None:
        if isinstance(p, FormatStart):
            self._start = p
            self._emit("")
        elif isinstance(p, FormatEnd):
            self._emit("")
            self._start = None
        elif isinstance(p, GroupStart):
            self._group_start(p)
        elif isinstance(p, GroupEnd):
            self._emit("")
            self._in_group = False
            self._table = None
        elif isinstance(p, TextLine):
            self._emit(p.text)
        elif isinstance(p, ListEntry):
            if p.out_of_band:
                self._emit("")
            self._lines(list_lines(p.labels, p.values, self.columns))
            self._emit("")
        elif isinstance(p, TableRow):
            if self._table is not None:
                count = len(self._table.widths)
                values = (list(p.values) + [""] * count)[:count]
                self._lines(self._table.row_lines(values, p.multiline, p.alignments))

    def _group_start(self, p: GroupStart) -> None:
        start = self._start
        shape = start.shape if start is not None else "table"
        self._in_group = True
        self._table = None
        if shape == "table" and start is not None and start.columns:
            hint, self._widths_hint = self._widths_hint, None
            widths = hint if hint is not None else [c.width for c in start.columns]
            self._table = TableLayout(widths, [c.alignment for c in start.columns], self.columns,
                                      hide_header=start.hide_header)
        if p.header is not None:
            self._emit("")
            self._lines(wrap(p.header, self.columns, self.columns))
            self._emit("")
        if self._table is not None:
            self._lines(self._table.header_lines([c.label for c in start.columns]))
        elif shape == "list":
            self._emit("")

    def _lines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self._emit(line)


class OutDefault:
    """The formatter and writer behind the console: push each object as it arrives, close at the
    end of the statement list. `width` is the console's width; like PowerShell's console host,
    formatting leaves its last column unused (79 usable cells on an 80-column console)."""

    def __init__(self, write: Callable[[str], None], width: int = 80, views: ViewRegistry | None = None,
                 enumeration_limit: int = 4, clock: Callable[[], float] = time.monotonic):
        self._write = write
        self.width = width
        self.views = views
        self.enumeration_limit = enumeration_limit
        self._clock = clock
        self._reset()

    def _reset(self) -> None:
        self._formatter = Formatter(self.views, self.enumeration_limit)
        self._writer = LineWriter(lambda line: self._write(line + "\n"), max(self.width - 1, 1), self._clock)

    def push(self, obj: Any) -> None:
        for packet in self._formatter.process(obj):
            self._writer.feed(packet)

    def close(self) -> None:
        for packet in self._formatter.finish():
            self._writer.feed(packet)
        self._writer.close()
        self._reset()


def render(objects: Iterable[Any], width: int = 80, views: ViewRegistry | None = None,
           enumeration_limit: int = 4) -> str:
    """The console text for `objects` written as one statement list."""
    parts: list[str] = []
    out = OutDefault(parts.append, width, views, enumeration_limit)
    for obj in objects:
        out.push(obj)
    out.close()
    return "".join(parts)
