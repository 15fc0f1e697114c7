"""The formatting protocol between the formatter (Format-Default, Format-Table, Format-List) and the
line writer behind Out-Default / Out-String.

As in PowerShell, a formatted stream is a document: FormatStart, then groups (GroupStart, entries,
GroupEnd), then FormatEnd. Entries marked `out_of_band` belong to no group: text lines, or a list
shown for an object the document's view does not apply to. The Format-* cmdlets write these
packets to the pipeline; Out-Default, Out-String, Out-File and Out-Host write them without
formatting them again. Scripts that hold one see PowerShell's own type names for them
(FormatStartData, FormatEntryData, ...), which is also what their ToString() answers.
"""
from __future__ import annotations

from pyshell.structs import dataclass, field

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import ClassVar

_NAMESPACE = "Microsoft.PowerShell.Commands.Internal.Format."


class Packet:
    """Base of every formatting packet."""

    ps_type_name: ClassVar[str] = _NAMESPACE + "PacketInfoData"
    out_of_band: bool = False          # entries outside any group (text lines, out-of-band lists)

    def ps_to_string(self) -> str:
        return self.ps_type_name


@dataclass
class TableColumnInfo:
    label: str
    width: int = 0                      # 0: the writer decides from the data and the screen
    alignment: str | None = None        # None: left


@dataclass
class FormatStart(Packet):
    ps_type_name: ClassVar[str] = _NAMESPACE + "FormatStartData"
    shape: str                          # "table", "list", "wide" or "custom"
    columns: list[TableColumnInfo] = field(default_factory=list)   # tables only
    hide_header: bool = False
    auto_size: bool = False             # size table columns (or wide items per row) from each group
    wide_columns: int = 0               # wide only: items per row; 0 = two, or as many as fit with auto_size


@dataclass
class FormatEnd(Packet):
    ps_type_name: ClassVar[str] = _NAMESPACE + "FormatEndData"


@dataclass
class GroupStart(Packet):
    ps_type_name: ClassVar[str] = _NAMESPACE + "GroupStartData"
    header: str | None = None           # e.g. "   Directory: C:\\"; None for the implicit group


@dataclass
class GroupEnd(Packet):
    ps_type_name: ClassVar[str] = _NAMESPACE + "GroupEndData"


class EntryPacket(Packet):
    """Every entry (a table row, a list entry, a wide item, a text line) is a FormatEntryData."""

    ps_type_name: ClassVar[str] = _NAMESPACE + "FormatEntryData"


@dataclass
class TableRow(EntryPacket):
    values: list[str]
    alignments: list[str | None] | None = None   # per cell overrides of the column alignment
    multiline: bool = False                      # wrap long values instead of cutting them


@dataclass
class ListEntry(EntryPacket):
    labels: list[str]
    values: list[str]
    out_of_band: bool = False


@dataclass
class TextLine(EntryPacket):
    """An object written as its string form (always out of band)."""
    text: str
    out_of_band: bool = True


@dataclass
class WideEntry(EntryPacket):
    """One item of a wide view; the writer fills rows of them."""
    text: str


@dataclass
class CustomEntry(EntryPacket):
    """An entry of a custom view (such as System.DateTime's): lines written as they are."""
    lines: list[str]
    out_of_band: bool = False          # an error record's text (format/failures.py)
    indents: list[int] | None = None   # per line: cells of indentation; the writer wraps such a line
                                       # within the width left and indents each piece (format/complex.py)
