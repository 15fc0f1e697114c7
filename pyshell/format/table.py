"""Table layout: column widths, the header and its underline, and the rows.

Usable on its own (Format-Table builds on it): give the labels, the widths (0 = size it) and the
alignments, then ask for header lines and row lines. Cells are padded to the full column width,
the last column included: Windows PowerShell 5.1 leaves those trailing blanks in its output.
"""
from __future__ import annotations

from pyshell.format.text import CONSOLE_CELLS, ELLIPSIS, DisplayCells, truncate_at_newline, wrap

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Sequence

SEPARATOR = 1            # blanks between two columns
MIN_SCREEN = 5           # below this many usable columns a table is not drawn at all
MIN_COLUMN = 1


def fit_widths(widths: Sequence[int], screen: int) -> list[int]:
    """Column widths for a screen `screen` cells wide; -1 marks a column that does not fit.

    Columns of width 0 share the room the others leave, one cell at a time from the left. When
    the total is too wide, the rightmost visible column shrinks, or disappears if it cannot keep
    one cell."""
    result = list(widths)
    if not _assign(result, screen):
        _trim(result, screen)
    return result


def _assign(widths: list[int], screen: int) -> bool:
    if all(w > 0 for w in widths):
        return sum(widths) + SEPARATOR * (len(widths) - 1) <= screen
    flexible = [w <= 0 for w in widths]
    for k, w in enumerate(widths):
        if w == 0:
            widths[k] = MIN_COLUMN
    spare = screen - _total(widths)
    if spare < 0:
        return False
    while spare > 0:
        for k in range(len(widths)):
            if not flexible[k]:
                continue
            widths[k] += 1
            spare -= 1
            if spare == 0:
                break
    return True


def _trim(widths: list[int], screen: int) -> None:
    while True:
        excess = _total(widths) - screen
        if excess <= 0:
            return
        last = _last_visible(widths)
        if last < 0:
            return
        shrunk = widths[last] - excess
        widths[last] = -1 if shrunk < MIN_COLUMN else shrunk


def _total(widths: Sequence[int]) -> int:
    visible = [w for w in widths if w > 0]
    return sum(visible) + SEPARATOR * (len(visible) - 1)


def _last_visible(widths: Sequence[int]) -> int:
    for k, w in enumerate(widths):
        if w < 0:
            return k - 1
    return len(widths) - 1


def content_widths(labels: Sequence[str], rows: Sequence[Sequence[str]],
                   dc: DisplayCells = CONSOLE_CELLS) -> list[int]:
    """Each column as wide as its label and its widest value (how cached rows size a table)."""
    widths = [dc.length(label) if label else 0 for label in labels]
    for row in rows:
        for k, value in enumerate(row[:len(widths)]):
            widths[k] = max(widths[k], dc.length(value or ""))
    return widths


class TableLayout:
    """A table laid out for a screen; `disabled` when nothing can be shown."""

    def __init__(self, widths: Sequence[int], alignments: Sequence[str | None], screen: int,
                 hide_header: bool = False, indent: int = 0, dc: DisplayCells = CONSOLE_CELLS):
        self.dc = dc
        self.indent = max(indent, 0)
        self.hide_header = hide_header
        self.disabled = screen - self.indent < MIN_SCREEN
        self.widths: list[int] = []
        self.alignments = [a or "Left" for a in alignments]
        if self.disabled:
            return
        self.widths = fit_widths(widths, screen - self.indent)
        if not any(w >= MIN_COLUMN for w in self.widths):
            self.disabled = True

    def header_lines(self, labels: Sequence[str]) -> list[str]:
        if self.disabled or self.hide_header:
            return []
        lines = self.row_lines(labels, multiline=True, alignments=None)
        underline = []
        for k, width in enumerate(self.widths):
            label = labels[k] if k < len(labels) else ""
            underline.append("-" * (min(width, self.dc.length(label)) if label else width) if width > 0 else "")
        return lines + self.row_lines(underline, alignments=None)

    def row_lines(self, values: Sequence[str], multiline: bool = False,
                  alignments: Sequence[str | None] | None = None) -> list[str]:
        """One row; with `multiline`, long values wrap inside their column instead of being cut."""
        if self.disabled:
            return []
        count = len(self.widths)
        cells_in = [values[k] if k < len(values) and values[k] is not None else "" for k in range(count)]
        align = [(alignments[k] if alignments and k < len(alignments) and alignments[k] else self.alignments[k])
                 for k in range(count)]
        if multiline:
            return self._wrapped_row(cells_in, align)
        parts = []
        for k, width in enumerate(self.widths):
            if width <= 0:
                continue
            parts.append(" " * SEPARATOR if k > 0 else " " * self.indent)
            parts.append(fit_cell(cells_in[k], width, align[k], self.dc))
        return ["".join(parts)]

    def _wrapped_row(self, values: list[str], align: list[str]) -> list[str]:
        columns = []
        for k, width in enumerate(self.widths):
            if width <= 0:
                continue
            lead = " " * SEPARATOR if columns else " " * self.indent
            dc = self.dc
            pieces = [lead + (p if dc.length(p) >= width else fit_cell(p, width, align[k], dc))
                      for p in wrap(values[k], width, width, dc)]
            columns.append((pieces, len(lead) + width))
        height = max((len(p) for p, _ in columns), default=0)
        for pieces, full in columns:
            pieces.extend(" " * full for _ in range(height - len(pieces)))
        return ["".join(pieces[row] for pieces, _ in columns) for row in range(height)]


def fit_cell(value: str, width: int, alignment: str, dc: DisplayCells = CONSOLE_CELLS) -> str:
    """A value cut or padded to exactly `width` cells; cut values end (or, right-aligned, start)
    with the ellipsis."""
    text = truncate_at_newline(value) or ""
    size = dc.length(text)
    if size < width:
        pad = width - size
        if alignment == "Right":
            text = " " * pad + text
        elif alignment == "Center":
            text = " " * (pad // 2) + text + " " * (pad - pad // 2)
        else:
            text = text + " " * pad
    elif size > width:
        room = width - len(ELLIPSIS)
        if room > 0:
            if alignment == "Right":
                text = ELLIPSIS + text[len(text) - dc.tail_fit(text, room):]
            else:
                text = text[:dc.head_fit(text, room)] + ELLIPSIS
        elif alignment == "Right":
            text = text[len(text) - dc.tail_fit(text, width):]
        else:
            text = text[:dc.head_fit(text, width)]
    # a wide character cut in half leaves one cell to fill
    if dc.length(text) < width:
        text = " " + text if alignment == "Right" else text + " "
    return text
