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
- a wide view fills rows of items (two per row unless told otherwise) and writes a row when it is
  full, the last, partial one at the group's end; a custom view's entry is just its lines.

So a lone table prints one blank line before it and two after; a list prints two before the first
entry, one between entries and three after the last.

Tables whose columns have no fixed width are sized from the rows that arrive within 0.3 seconds of
the group's start (all rows, with auto-size): those rows are held back until then, then written.
A wide view with auto-size holds back its whole group and puts as many items on a row as fit.

Packets that come from the Format-* cmdlets are checked against PowerShell's sequence (a document
start, groups, entries inside a group, group end, document end; out-of-band entries anywhere). A
packet out of place stops the pipeline with PowerShell's ConsoleLineOutputOutOfSequencePacket
error, which is what `Get-Thing | Format-Table | Sort-Object` earns in PowerShell.
"""
from __future__ import annotations

import time
from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.format.formatter import Formatter
from pyshell.format.list import list_lines
from pyshell.format.packets import (CustomEntry, FormatEnd, FormatStart, GroupEnd, GroupStart, ListEntry,
                                    Packet, TableRow, TextLine, WideEntry)
from pyshell.format.table import SEPARATOR, TableLayout, content_widths
from pyshell.format.text import CONSOLE_CELLS, DisplayCells, wrap
from pyshell.format.views import ViewRegistry

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Iterable

CACHE_SECONDS = 0.3
DEFAULT_WIDE_COLUMNS = 2


def wide_items_per_row(widest: int, screen: int) -> int:
    """How many items of `widest` cells fit on a row of `screen` cells (at least one)."""
    if widest <= 0 or screen < 1 or widest >= screen:
        return 1
    count = 1
    while widest * (count + 1) + count * SEPARATOR < screen:
        count += 1
    return count


class LineWriter:
    """Writes packets as screen lines `columns` cells wide; `write_line` gets each line without
    its newline."""

    def __init__(self, write_line: Callable[[str], None], columns: int,
                 clock: Callable[[], float] = time.monotonic, cache_seconds: float = CACHE_SECONDS,
                 dc: DisplayCells = CONSOLE_CELLS):
        self._emit = write_line
        self.columns = columns
        self.dc = dc
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
        self._wide_per_row_hint: int | None = None
        self._wide_row: list[str] | None = None
        self._wide_size = 0

    def feed(self, packet: Packet) -> None:
        if isinstance(packet, FormatStart):
            self._cache_mode = None
            if packet.auto_size and packet.shape in ("table", "wide"):
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
        if start is not None and start.shape == "wide" and not start.wide_columns:
            widest = max((self.dc.length(p.text) for p in held if isinstance(p, WideEntry) and p.text), default=0)
            if widest > 0:
                self._wide_per_row_hint = wide_items_per_row(widest, self.columns)
            return
        if start is None or start.shape != "table" or not start.columns:
            return
        rows = [p.values for p in held if isinstance(p, TableRow)]
        self._widths_hint = content_widths([c.label for c in start.columns], rows, self.dc)

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
            self._flush_wide()
            self._emit("")
            self._in_group = False
            self._table = None
        elif isinstance(p, TextLine):
            self._emit(p.text)
        elif isinstance(p, ListEntry):
            if p.out_of_band:
                self._emit("")
            self._lines(list_lines(p.labels, p.values, self.columns, self.dc))
            self._emit("")
        elif isinstance(p, TableRow):
            if self._table is not None and self._wide_row is None:
                count = len(self._table.widths)
                values = (list(p.values) + [""] * count)[:count]
                self._lines(self._table.row_lines(values, p.multiline, p.alignments))
        elif isinstance(p, WideEntry):
            if self._wide_row is not None:
                self._wide_row.append(p.text)
                if len(self._wide_row) >= self._wide_size:
                    self._flush_wide()
        elif isinstance(p, CustomEntry):
            if p.indents is None:
                self._lines(p.lines)
            else:
                for indent, line in zip(p.indents, p.lines):
                    room = self.columns - indent
                    pieces = wrap(line, room, room, self.dc) if room > 0 else [""]
                    self._lines(" " * indent + piece for piece in pieces)

    def _flush_wide(self) -> None:
        row = self._wide_row
        if not row or self._table is None:
            return
        values = row + [""] * (self._wide_size - len(row))
        self._wide_row = []
        self._lines(self._table.row_lines(values))

    def _group_start(self, p: GroupStart) -> None:
        start = self._start
        shape = start.shape if start is not None else "table"
        self._in_group = True
        self._table = None
        self._wide_row = None
        if shape == "wide":
            hint, self._wide_per_row_hint = self._wide_per_row_hint, None
            size = hint or (start.wide_columns if start is not None else 0) or DEFAULT_WIDE_COLUMNS
            self._wide_size = size
            self._wide_row = []
            self._table = TableLayout([0] * size, ["Left"] * size, self.columns, dc=self.dc)
        elif shape == "table" and start is not None and start.columns:
            hint, self._widths_hint = self._widths_hint, None
            widths = hint if hint is not None else [c.width for c in start.columns]
            self._table = TableLayout(widths, [c.alignment for c in start.columns], self.columns,
                                      hide_header=start.hide_header, dc=self.dc)
        if p.header is not None:
            self._emit("")
            self._lines(wrap(p.header, self.columns, self.columns, self.dc))
            self._emit("")
        if self._table is not None and shape == "table":
            self._lines(self._table.header_lines([c.label for c in start.columns]))
        elif shape == "list":
            self._emit("")

    def _lines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self._emit(line)


_RESET, _FORMATTING, _IN_GROUP = "reset", "formatting", "in group"
_VIOLATOR = {"wide": "format-wide", "table": "format-table", "list": "format-list", "custom": "format-custom"}


class OutDefault:
    """The formatter and writer behind the console: push each object as it arrives, close at the
    end of the statement list. `width` is the console's width; like PowerShell's console host,
    formatting leaves its last column unused (79 usable cells on an 80-column console). Out-String
    and Out-File give `columns`, the exact number of cells to use.

    `command` and `implementing_type` name the command in the out-of-sequence error (Out-Default's
    inner command is out-lineoutput in Windows PowerShell)."""

    def __init__(self, write: Callable[[str], None], width: int = 80, views: ViewRegistry | None = None,
                 enumeration_limit: int = 4, clock: Callable[[], float] = time.monotonic,
                 columns: int | None = None, command: str = "out-lineoutput",
                 implementing_type: str = "Microsoft.PowerShell.Commands.OutLineOutputCommand",
                 error_view: str = "NormalView", dc: DisplayCells = CONSOLE_CELLS):
        self._write = write
        self.dc = dc                           # TEXT_CELLS for Out-String, Out-File and redirection
        self.width = width
        self.columns = columns if columns is not None else max(width - 1, 1)
        self.views = views
        self.enumeration_limit = enumeration_limit
        self._clock = clock
        self.command = command
        self.implementing_type = implementing_type
        self.error_view = error_view           # $ErrorView, for error records in the output
        self._reset()

    def _reset(self) -> None:
        self._formatter = Formatter(self.views, self.enumeration_limit, error_view=self.error_view)
        self._writer = LineWriter(lambda line: self._write(line + "\n"), max(self.columns, 1), self._clock,
                                  dc=self.dc)
        self._state = _RESET

    def push(self, obj: Any) -> None:
        if isinstance(obj, Packet):
            self._packet(obj)
            return
        for packet in self._formatter.process(obj):
            self._packet(packet)

    def close(self) -> None:
        try:
            for packet in self._formatter.finish():
                self._packet(packet)
            self._writer.close()
        finally:
            self._reset()

    # -- PowerShell's formatting sequence ---------------------------------------------------------
    def _packet(self, packet: Packet) -> None:
        if isinstance(packet, FormatStart) and self._state == _IN_GROUP:
            # As PowerShell does: a new document while one is open closes the default formatter's
            # document first (if it was the default formatter's; a Format-* document stays open).
            for closing in self._formatter.finish():
                self._packet(closing)
        self._advance(packet)
        self._writer.feed(packet)

    def _advance(self, packet: Packet) -> None:
        state = self._state
        if isinstance(packet, FormatStart):
            expected, after = _RESET, _FORMATTING
        elif isinstance(packet, FormatEnd):
            expected, after = _FORMATTING, _RESET
        elif isinstance(packet, GroupStart):
            expected, after = _FORMATTING, _IN_GROUP
        elif isinstance(packet, GroupEnd):
            expected, after = _IN_GROUP, _FORMATTING
        elif packet.out_of_band:
            return
        else:
            expected, after = _IN_GROUP, _IN_GROUP
        if state != expected:
            self._out_of_sequence(packet)
        self._state = after

    def _out_of_sequence(self, packet: Packet) -> None:
        violator = _VIOLATOR.get(packet.shape, "format-*") if isinstance(packet, FormatStart) else "format-*"
        message = (f'The object of type "{packet.ps_type_name}" is not valid or not in the correct sequence. '
                   f'This is likely caused by a user-specified "{violator}" command which is conflicting with '
                   "the default formatting.")
        self._reset()
        raise PSError(ErrorRecord(message=message,
                                  error_id=f"ConsoleLineOutputOutOfSequencePacket,{self.implementing_type}",
                                  category=ErrorCategory.InvalidData, exception_type="InvalidOperationException",
                                  command_name=self.command))


def render(objects: Iterable[Any], width: int = 80, views: ViewRegistry | None = None,
           enumeration_limit: int = 4, dc: DisplayCells = CONSOLE_CELLS) -> str:
    """The console text for `objects` written as one statement list."""
    parts: list[str] = []
    out = OutDefault(parts.append, width, views, enumeration_limit, dc=dc)
    for obj in objects:
        out.push(obj)
    out.close()
    return "".join(parts)
