"""Text measuring and line breaking, as the formatter does it.

Widths are counted in screen cells. On the console East Asian wide and full-width characters take
two cells, every other character one (CONSOLE_CELLS). Windows PowerShell 5.1 measures so only for
the console host: Out-String, Out-File and redirection write through a plain text writer that
counts every character as one cell (TEXT_CELLS), so the same table can line up differently there. Windows PowerShell 5.1 (en-US) breaks long values at word boundaries; a word
keeps the blank that follows it, so a broken line can end in a space, exactly as on Windows.
"""
from __future__ import annotations

import unicodedata

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Iterable

ELLIPSIS = "..."            # Windows PowerShell 5.1 uses three dots (PowerShell 6.2+ uses "…")
SOFT_HYPHEN = "\u00ad"
NON_BREAKING_HYPHEN = "\u2011"
NO_BREAK_SPACE = "\u00a0"


def char_cells(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def cells(text: str, start: int = 0) -> int:
    """The number of screen cells `text[start:]` occupies."""
    if text.isascii():
        return len(text) - start
    return sum(char_cells(c) for c in text[start:])


def head_fit(text: str, width: int, start: int = 0) -> int:
    """How many characters from `start` fit into `width` cells."""
    return _fitting(text[start:], width)


def tail_fit(text: str, width: int) -> int:
    """How many characters at the end of `text` fit into `width` cells."""
    return _fitting(reversed(text), width)


def _fitting(chars: Iterable[str], width: int) -> int:
    """How many of `chars`, taken in order, fit into `width` cells."""
    used = 0
    count = 0
    for ch in chars:
        w = char_cells(ch)
        if used + w > width:
            break
        used += w
        count += 1
    return count


class DisplayCells:
    """How a line output measures text: `wide` counts East Asian wide characters as two cells."""

    def __init__(self, wide: bool):
        self.wide = wide

    def char(self, ch: str) -> int:
        return char_cells(ch) if self.wide else 1

    def length(self, text: str, start: int = 0) -> int:
        return cells(text, start) if self.wide else len(text) - start

    def head_fit(self, text: str, width: int, start: int = 0) -> int:
        if self.wide:
            return head_fit(text, width, start)
        return max(min(len(text) - start, width), 0)

    def tail_fit(self, text: str, width: int) -> int:
        if self.wide:
            return tail_fit(text, width)
        return max(min(len(text), width), 0)


CONSOLE_CELLS = DisplayCells(True)
TEXT_CELLS = DisplayCells(False)


def split_lines(text: str) -> list[str]:
    """The lines of a value: carriage returns dropped, split at line feeds."""
    if not text:
        return [text]
    return text.replace("\r", "").split("\n")


def truncate_at_newline(text: str) -> str:
    """A table cell shows only the first line of a value, followed by the ellipsis."""
    if not text:
        return text
    cut = len(text)
    for mark in ("\n", "\r"):
        pos = text.find(mark)
        if pos >= 0:
            cut = min(cut, pos)
    if cut == len(text):
        return text
    return text[:cut] + ELLIPSIS


def _words(line: str):
    """Pairs of (word, delimiter); blanks, tabs and soft hyphens break, and so (without a
    delimiter) do non-breaking hyphens and non-breaking spaces, which are dropped."""
    word: list[str] = []
    for ch in line:
        if ch in (" ", "\t", SOFT_HYPHEN):
            yield "".join(word), ch
            word = []
        elif ch in (NON_BREAKING_HYPHEN, NO_BREAK_SPACE):
            yield "".join(word), ""
            word = []
        else:
            word.append(ch)
    yield "".join(word), ""


def wrap(text: str, first_width: int, rest_width: int | None = None,
         dc: DisplayCells = CONSOLE_CELLS) -> list[str]:
    """Break `text` into screen lines: the first at most `first_width` cells, the others at most
    `rest_width`. Embedded newlines always break."""
    if rest_width is None:
        rest_width = first_width
    if not text:
        return [text]
    out: list[str] = []
    for line in split_lines(text):
        if dc.length(line) <= first_width:
            out.append(line)
            continue
        out.extend(_wrap_words(line, first_width, rest_width, dc))
    return out


def _wrap_words(line: str, first_width: int, rest_width: int, dc: DisplayCells) -> list[str]:
    out: list[str] = []
    width = first_width
    room = first_width
    on_first = True
    current: list[str] = []

    def next_line(start: str, used: int) -> None:
        nonlocal width, room, on_first, current
        out.append("".join(current))
        current = [start]
        if on_first:
            on_first = False
            width = rest_width
        room = width - used

    for word, delim in _words(line):
        piece = word
        if delim == SOFT_HYPHEN:
            # the hyphen appears only where the line actually breaks
            if dc.length(word) + 1 == room:
                piece += "-"
        elif delim:
            piece += delim
        piece_cells = dc.length(piece)
        if width == 0:
            if on_first:
                on_first = False
                width = rest_width
            if width == 0:
                break
            room = width
        if piece_cells > width:
            # longer than a whole line: break it between characters
            for ch in piece:
                ch_cells = dc.char(ch)
                if ch_cells > width:
                    ch, ch_cells = "?", 1
                if ch_cells > room:
                    next_line(ch, ch_cells)
                else:
                    current.append(ch)
                    room -= ch_cells
        elif piece_cells > room:
            next_line(piece, piece_cells)
        else:
            current.append(piece)
            room -= piece_cells
    out.append("".join(current))
    return out
