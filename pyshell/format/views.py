"""Display views: which layout and which properties a type name gets by default.

Modules declare views (Module.views); the formatter looks them up by the object's type names,
most derived first, as PowerShell's format data does. A few views PowerShell itself ships
(hashtable entries as a Name/Value table) are always present, behind the session's own.
"""
from __future__ import annotations

import builtins
from pyshell.format.registry import ViewRegistry
from pyshell.structs import dataclass

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Iterable


@dataclass(frozen=True)
class Column:
    """A table column or a list item.

    `property` is a property name or a callable taking the object (a calculated property);
    None means the label names the property. `width` 0/None lets the formatter size the column.
    `alignment` is "Left", "Right", "Center", or None: left in a view, and for columns built from
    an object's properties, decided by the first object's value (numbers to the right).
    `format_string` is a .NET format (`N2`, `yyyy-MM-dd`, ...) applied to the value."""
    label: str | None
    property: str | Callable[[Any], Any] | None = None
    width: int | None = None
    alignment: str | None = None
    format_string: str | None = None
    depth: int | None = None           # Format-Custom: how deep this property's value is opened

    @builtins.property
    def source(self) -> str | Callable[[Any], Any]:
        if self.property is not None:
            return self.property
        assert self.label is not None, "a column needs a label or a property"
        return self.label


@dataclass(frozen=True)
class View:
    type_name: str
    shape: str                         # "list", "table", "wide" or "custom"
    properties: tuple[str | Column, ...] = ()   # list views: the items, in order
    columns: tuple[Column, ...] = ()   # table views
    name: str = ""
    group_by: str | None = None        # a property; a new group starts when its value changes
    group_label: str | None = None     # shown instead of the property name in the group header
    hide_header: bool = False          # table views: no header and underline
    auto_size: bool = False            # table views: size columns from all the rows
    wrap: bool = False                 # table views: long values wrap in their column (as -Wrap)
    wide_columns: int = 0              # wide views: items per row (0: two)
    text: Callable[[Any], str] | None = None   # custom views: the object's text
    # A group header written by the view itself (PowerShell's GroupBy with a custom control): the
    # text for the group's first object, shown instead of "   Label: value".
    group_header: Callable[[Any], str] | None = None
    # List and wide views: the items for objects of a given type name, tried in order before
    # `properties` (PowerShell's EntrySelectedBy), so one view serves related types.
    entries_by_type: tuple[tuple[str, tuple[str | Column, ...]], ...] = ()
    # Custom views PowerShell marks out of band: an object of the type is written as its text wherever
    # it comes, even in the middle of another type's table (a WarningRecord from 3>&1).
    out_of_band: bool = False

    def items_for(self, type_names: Iterable[str]) -> tuple[str | Column, ...]:
        if self.entries_by_type:
            wanted = {t.lower() for t in type_names}
            for type_name, items in self.entries_by_type:
                if type_name.lower() in wanted:
                    return items
        return self.properties


def _date_time_text(value: Any) -> str:
    from pyshell.runtime.datetimes import display_string
    return display_string(value)


def _record_text(value: Any) -> str:
    return getattr(value, "string_form", None) or ""


def _overload_lines(value: Any) -> str:
    return "".join(line + "\n" for line in getattr(value, "overloads", ()))


def _deserialized_record_text(value: Any) -> str:
    """A warning, verbose or debug record read back by Import-Clixml: the message it was saved with."""
    from pyshell.runtime.conversion import to_string
    get = getattr(value, "get", None)
    return to_string(get("InformationalRecord_Message")) if get is not None else ""


_TIMESPAN_ITEMS = ("Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Ticks", "TotalDays", "TotalHours",
                   "TotalMinutes", "TotalSeconds", "TotalMilliseconds")

# PowerShell's own DotNetTypes.format.ps1xml gives hashtable entries a table: Name 30 wide, Value
# taking the rest of the line; a DateTime is shown by its DateTime property (long date and long
# time, or just one of them as its DisplayHint says); a TimeSpan as a list of its parts.
BUILTIN_VIEWS = ViewRegistry([
    View("System.Collections.DictionaryEntry", "table", name="Dictionary",
         columns=(Column("Name", width=30), Column("Value"))),
    View("System.Collections.DictionaryEntry", "list", name="System.Collections.DictionaryEntry",
         properties=("Name", "Value")),
    View("System.DateTime", "custom", name="DateTime", text=_date_time_text),
    View("System.TimeSpan", "list", name="System.TimeSpan", properties=_TIMESPAN_ITEMS),
    View("System.TimeSpan", "table", name="System.TimeSpan",
         columns=tuple(Column(n) for n in _TIMESPAN_ITEMS[:5])),
    View("System.TimeSpan", "wide", name="System.TimeSpan", properties=("TotalMilliseconds",)),
    # PowerShellCore.format.ps1xml: a type object ([string], $x.GetType()) as a four-column table.
    View("System.RuntimeType", "table", name="System.RuntimeType",
         columns=(Column("IsPublic", "IsPublic", width=8), Column("IsSerial", "IsSerializable", width=8),
                  Column("Name", width=40), Column("BaseType"))),
    # DotNetTypes.format.ps1xml: a version as its four parts (MajorRevision and MinorRevision left out).
    View("System.Version", "table", name="System.Version",
         columns=(Column("Major", width=6), Column("Minor", width=6), Column("Build", width=6),
                  Column("Revision", width=8))),
    # DotNetTypes.format.ps1xml: a culture (Get-Culture) as LCID, Name and DisplayName.
    View("System.Globalization.CultureInfo", "table", name="System.Globalization.CultureInfo",
         columns=(Column("LCID", width=16), Column("Name", width=16), Column("DisplayName"))),
    # PowerShellCore.format.ps1xml and HelpV3.format.ps1xml: a stream's record kept in the output
    # (3>&1, 4>&1 ...) shows as its message alone.
    *(View(name, "custom", name=name.rsplit(".", 1)[-1], text=_record_text, out_of_band=True)
      for name in ("System.Management.Automation.WarningRecord", "System.Management.Automation.VerboseRecord",
                   "System.Management.Automation.DebugRecord", "System.Management.Automation.InformationRecord")),
    # DotNetTypes.format.ps1xml: a method named without calling it ("abc".Substring) as its overloads,
    # one to a line: the column is `$_.OverloadDefinitions | Out-String`, wrapped.
    View("System.Management.Automation.PSMethod", "table", name="System.Management.Automation.PSMethod",
         columns=(Column("OverloadDefinitions", _overload_lines),), wrap=True),
    # PowerShellCore.format.ps1xml and HelpV3.format.ps1xml: the same records read back from CLIXML.
    *(View("Deserialized.System.Management.Automation." + kind, "custom", name="Deserialized" + kind,
           text=_deserialized_record_text, out_of_band=True)
      for kind in ("WarningRecord", "VerboseRecord", "DebugRecord")),
    # PowerShellCore.format.ps1xml: Get-History's entries, the id right-aligned in four cells.
    View("Microsoft.PowerShell.Commands.HistoryInfo", "table", name="history",
         columns=(Column("Id", width=4, alignment="Right"), Column("CommandLine"))),
])


# The type names of the built-in out-of-band views, and their views (a set, for the formatter's quick
# test of every object it is given).
OUT_OF_BAND_VIEWS = {v.type_name: v for v in BUILTIN_VIEWS.all() if v.out_of_band}


def find_view(registry: ViewRegistry | None, type_names: Iterable[str], shape: str | None = None) -> View | None:
    """The session's view for these type names, else PowerShell's built-in one."""
    names = list(type_names)
    view = registry.find(names, shape) if registry is not None else None
    return view if view is not None else BUILTIN_VIEWS.find(names, shape)


def views_for(registry: ViewRegistry | None, type_names: Iterable[str]) -> list[View]:
    """Every view (the session's, then PowerShell's built-in ones) for any of these type names."""
    wanted = {t.lower() for t in type_names}
    found = []
    for source in (registry, BUILTIN_VIEWS):
        if source is not None:
            found.extend(v for v in source.all() if v.type_name.lower() in wanted)
    return found


_SHAPE_NAMES = {"table": "Table", "list": "List", "wide": "Wide", "custom": "Custom"}
_SHAPE_COMMANDS = {"table": "Format-Table", "list": "Format-List", "wide": "Format-Wide", "custom": "Format-Custom"}


class ViewNotFound(LookupError):
    """-View names no view of the command's shape for the object (PowerShell's FormatViewNotFound)."""

    def __init__(self, view_name: str, message: str):
        super().__init__(message)
        self.view_name = view_name
        self.message = message


def find_named_view(registry: ViewRegistry | None, type_names: Iterable[str], shape: str, name: str) -> View:
    """The view called `name` with this shape for these type names; ViewNotFound, with PowerShell's
    message (naming the views that do exist, or the commands whose shape has one), when none is."""
    names = list(type_names)
    candidates = views_for(registry, names)
    for view in candidates:
        if view.shape == shape and view.name.lower() == name.lower():
            return view
    shape_name = _SHAPE_NAMES.get(shape, shape)
    own = [v for v in views_for(registry, names[:1]) if v.shape == shape]
    if own:
        listed = ", ".join(v.name for v in own)
        raise ViewNotFound(name, f"The view name {name} cannot be found. Specify one of the following {shape_name} "
                                 f"views and try again: {listed}.")
    others = [v for v in views_for(registry, names[:1]) if v.shape != shape and v.name.lower() == name.lower()]
    if others:
        commands = ", ".join(_SHAPE_COMMANDS.get(v.shape, v.shape) for v in others)
        raise ViewNotFound(name, f" The view name {name} cannot be found in the {shape_name} formatting. Try using "
                                 f"one of these other format cmdlets: {commands}")
    first = names[0] if names else "System.Object"
    raise ViewNotFound(name, f"The view name {name} cannot be found. There are no existing {shape_name} views for "
                             f"{first} objects.")
