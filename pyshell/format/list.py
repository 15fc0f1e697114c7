"""List layout: one `Label : value` line per property, labels padded to the longest one.

Values that do not fit on the line wrap at word boundaries under the value column; a value with
embedded newlines continues on lines indented to the same column. An empty value still prints its
label and separator (`Name : `, with the trailing blank).
"""
from __future__ import annotations

from pyshell.format.text import CONSOLE_CELLS, DisplayCells, split_lines, wrap

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Sequence

SEPARATOR = " : "
MIN_LABEL = 1
MIN_VALUE = 1


def list_lines(labels: Sequence[str], values: Sequence[str | None], screen: int,
               dc: DisplayCells = CONSOLE_CELLS) -> list[str]:
    """The lines of one list entry, for a screen `screen` cells wide (nothing when it is too narrow
    or there are no labels)."""
    if not labels or screen - len(SEPARATOR) - MIN_VALUE - MIN_LABEL < 0:
        return []
    widest = max(dc.length(label) for label in labels)
    label_room = min(widest, screen - len(SEPARATOR) - MIN_VALUE)
    prefixes = []
    for label in labels:
        size = dc.length(label)
        if size < label_room:
            label = label + " " * (label_room - size)
        elif size > label_room:
            label = label[:dc.head_fit(label, label_room)]
        prefixes.append(label + SEPARATOR)
    indent = " " * (label_room + len(SEPARATOR))
    value_room = screen - len(indent)

    lines: list[str] = []
    for k, prefix in enumerate(prefixes):
        value = values[k] if k < len(values) and values[k] is not None else ""
        for i, part in enumerate(split_lines(value)):
            lead = prefix if i == 0 else indent
            for j, piece in enumerate(wrap(part, value_room, value_room, dc)):
                lines.append((lead if j == 0 else indent) + piece)
    return lines
