"""The formatting protocol between the formatter (Format-Default, Format-Table, Format-List) and the
line writer behind Out-Default / Out-String.

As in PowerShell, a formatted stream is a document: FormatStart, then groups (GroupStart, entries,
GroupEnd), then FormatEnd. Entries marked `out_of_band` belong to no group: text lines, or a list
shown for an object the document's view does not apply to. Format-* cmdlets will write these
packets to the pipeline; Out-Default writes them without formatting them again.
"""
from __future__ import annotations

from dataclasses import dataclass, field


class Packet:
    """Base of every formatting packet."""


@dataclass
class TableColumnInfo:
    label: str
    width: int = 0                      # 0: the writer decides from the data and the screen
    alignment: str | None = None        # None: left


@dataclass
class FormatStart(Packet):
    shape: str                          # "table" or "list"
    columns: list[TableColumnInfo] = field(default_factory=list)   # tables only
    hide_header: bool = False
    auto_size: bool = False             # size table columns from every row of each group


@dataclass
class FormatEnd(Packet):
    pass


@dataclass
class GroupStart(Packet):
    header: str | None = None           # e.g. "   Directory: C:\\"; None for the implicit group


@dataclass
class GroupEnd(Packet):
    pass


@dataclass
class TableRow(Packet):
    values: list[str]
    alignments: list[str | None] | None = None   # per cell overrides of the column alignment
    multiline: bool = False                      # wrap long values instead of cutting them


@dataclass
class ListEntry(Packet):
    labels: list[str]
    values: list[str]
    out_of_band: bool = False


@dataclass
class TextLine(Packet):
    """An object written as its string form (always out of band)."""
    text: str
