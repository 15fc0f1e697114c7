"""The formatter: objects in, formatting packets out (PowerShell's Format-Default and the engine
behind Format-Table, Format-List and Format-Wide).

The first object that is not shown as plain text decides the shape of the whole document: its
registered view if there is one, else a table for up to four properties and a list for more.
Later objects follow that shape; an object the document's view does not apply to is shown "out of
band", as a list of its own properties, and strings, numbers and other scalars (and objects without
properties) are always written as a line of text, wherever they come.

Columns asked for by name may use wildcards. A table resolves them once, against the first object
(a name no object has still gets its column, left empty); a list resolves them for every object
(a name the object lacks is left out of its entry), as PowerShell does.
"""
from __future__ import annotations

from pyshell.format.fields import (default_alignment, display_name_source, display_text, expand,
                                   format_or_none, format_with, is_enumerable, is_scalar, lookup, property_items)
from pyshell.format.complex import DEFAULT_DEPTH, ComplexBrowser
from pyshell.format.failures import ERROR_RECORD_TYPE, FormatErrors, record_entry
from pyshell.format.packets import (CustomEntry, FormatEnd, FormatStart, GroupEnd, GroupStart, ListEntry,
                                    Packet, TableColumnInfo, TableRow, TextLine, WideEntry)
from pyshell.format.text import split_lines
from pyshell.format.views import OUT_OF_BAND_VIEWS, Column, View, ViewRegistry, find_named_view, find_view
from pyshell.runtime.conversion import to_string
from pyshell.runtime.operators import has_wildcards, wildcard_match
from pyshell.runtime.typenames import type_names_of
from pyshell.runtime.values import PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Sequence

# -Expand's messages (FormatAndOut_format_xxx.resx): what "Both" writes around a collection's own entry.
ENUMERABLE_HEADER = "The following object supports IEnumerable:"
ENUMERABLE_EMPTY = "The IEnumerable contains no objects."
ENUMERABLE_ONE = "The IEnumerable contains the following object:"
ENUMERABLE_MANY = "The IEnumerable contains the following {0} objects:"

TABLE_PROPERTY_LIMIT = 4     # up to this many properties: a table; more: a list
TABLE_COLUMN_LIMIT = 10      # a table built from an object's properties shows at most this many
GROUP_HEADER = "   {0}: "

_UNSET = object()


def _applies(view: View | None, obj: Any) -> bool:
    if view is None:
        return True
    wanted = view.type_name.lower()
    return any(t.lower() == wanted for t in type_names_of(obj))


def _cell(obj: Any, source: Any, limit: int, format_string: str | None = None,
          errors: FormatErrors | None = None) -> tuple[bool, str, str | None]:
    try:
        found, value, name = lookup(obj, source)
    except Exception as exc:   # a calculated property that fails shows an empty cell, as in PowerShell
        if errors is None:
            return False, "", None
        expression = source if isinstance(source, str) else getattr(source, "expression_text", "")
        return True, errors.expression_failed(obj, expression, exc), None
    if not found:
        return False, "", name
    if format_string:
        if errors is not None:
            text = format_or_none(value, format_string)
            if text is None:
                text = errors.format_failed(value, format_string)
            return True, display_text(value, limit) if text is None else text, name
        return True, format_with(value, format_string, limit), name
    return True, display_text(value, limit), name


def expand_columns(obj: Any, columns: Sequence[Column], keep_missing: bool) -> list[Column]:
    """Resolve the property names of `columns` against `obj`: wildcards become one column per
    matching property (in the object's order), plain names take the property's own spelling.
    A plain name the object lacks stays when `keep_missing` (tables) and is dropped otherwise."""
    out: list[Column] = []
    names = None
    for col in columns:
        prop = col.property
        if not isinstance(prop, str):
            out.append(col)          # a calculated column, or a view's label-named column
            continue
        if names is None:
            names = [n for n, _ in property_items(obj)]
        if has_wildcards(prop):
            out.extend(_renamed(col, n) for n in names if wildcard_match(prop, n))
            continue
        canonical = next((n for n in names if n.lower() == prop.lower()), None)
        if canonical is not None:
            out.append(_renamed(col, canonical))
        elif keep_missing:
            out.append(col)
    return out


def _renamed(col: Column, name: str) -> Column:
    return Column(col.label, name, col.width, col.alignment, col.format_string, col.depth)


class _TableShape:
    def __init__(self, obj: Any, limit: int, view: View | None, columns: Sequence[Column] | None,
                 hide_header: bool | None, auto_size: bool | None, wrap: bool, errors: FormatErrors | None):
        self.view = view
        self.limit = limit
        self.errors = errors
        self.wrap = wrap
        if view is not None:
            self.columns = list(view.columns)
        elif columns:
            self.columns = expand_columns(obj, columns, keep_missing=True)
        else:
            self.columns = [Column(name) for name, _ in property_items(obj)[:TABLE_COLUMN_LIMIT]]
        self.hide_header = view.hide_header if hide_header is None and view is not None else bool(hide_header)
        if view is not None and view.wrap:
            self.wrap = True
        self.auto_size = view.auto_size if auto_size is None and view is not None else bool(auto_size)

    def start(self, obj: Any) -> FormatStart:
        infos = []
        for col in self.columns:
            label = col.label if col.label is not None else (col.property if isinstance(col.property, str) else "")
            alignment = col.alignment
            if alignment is None and self.view is None:
                found, value, _ = _cell_value(obj, col.source)
                alignment = default_alignment(value) if found else "Left"
            infos.append(TableColumnInfo(label, col.width or 0, alignment))
        return FormatStart("table", infos, hide_header=self.hide_header, auto_size=self.auto_size)

    def entry(self, obj: Any) -> Packet:
        return TableRow([_cell(obj, col.source, self.limit, col.format_string, self.errors)[1]
                         for col in self.columns],
                        multiline=self.wrap)


class _ListShape:
    def __init__(self, limit: int, view: View | None, items: Sequence[Column] | None,
                 errors: FormatErrors | None = None):
        self.view = view
        self.limit = limit
        self.errors = errors
        self.items: list[Column] | None = None
        if view is not None:
            self.items = [p if isinstance(p, Column) else Column(None, p) for p in view.properties]
        elif items:
            self.items = list(items)

    def start(self, obj: Any) -> FormatStart:
        return FormatStart("list")

    def entry(self, obj: Any, out_of_band: bool = False) -> ListEntry:
        if self.items is None:
            return own_properties_entry(obj, self.limit, out_of_band)
        if self.view is not None:
            items = self.items
            if self.view.entries_by_type:
                items = [p if isinstance(p, Column) else Column(None, p)
                         for p in self.view.items_for(type_names_of(obj))]
        else:
            items = expand_columns(obj, self.items, keep_missing=False)
        labels, values = [], []
        for item in items:
            found, text, name = _cell(obj, item.source, self.limit, item.format_string, self.errors)
            if item.label is not None:
                labels.append(item.label)
            else:
                labels.append(name or (item.property if isinstance(item.property, str) else ""))
            values.append(text)
        return ListEntry(labels, values, out_of_band)


class _WideShape:
    """One value per object, laid out in rows of several items by the writer."""

    def __init__(self, limit: int, view: View | None, items: Sequence[Column] | None,
                 auto_size: bool | None, columns: int, errors: FormatErrors | None = None):
        self.view = view
        self.limit = limit
        self.errors = errors
        self.item: Column | None = None
        if view is not None and view.properties:
            first = view.properties[0]
            self.item = first if isinstance(first, Column) else Column(None, first)
        elif items:
            self.item = items[0]
        self.auto_size = bool(auto_size)
        self.columns = columns or (view.wide_columns if view is not None else 0)

    def start(self, obj: Any) -> FormatStart:
        return FormatStart("wide", auto_size=self.auto_size,
                           wide_columns=0 if self.auto_size else self.columns)

    def entry(self, obj: Any) -> WideEntry:
        item = self.item
        if self.view is not None and self.view.entries_by_type:
            chosen = self.view.items_for(type_names_of(obj))
            if chosen:
                item = chosen[0] if isinstance(chosen[0], Column) else Column(None, chosen[0])
        if item is None:
            source = display_name_source(obj)
            if source is None:
                return WideEntry("")
            return WideEntry(_cell(obj, source, self.limit)[1])
        if isinstance(item.property, str) and self.view is None:
            resolved = expand_columns(obj, [item], keep_missing=False)
            if not resolved:
                return WideEntry("")
            item = resolved[0]
        return WideEntry(_cell(obj, item.source, self.limit, item.format_string, self.errors)[1])


class _CustomShape:
    """A view that renders the whole object as text (PowerShell's custom controls)."""

    def __init__(self, view: View):
        self.view = view

    def start(self, obj: Any) -> FormatStart:
        return FormatStart("custom")

    def entry(self, obj: Any) -> CustomEntry:
        try:
            text = self.view.text(obj) if self.view.text is not None else to_string(obj)
        except Exception:      # a view that cannot render an object shows nothing for it
            text = ""
        return CustomEntry(split_lines(text))


class _ComplexShape:
    """Format-Custom for an object with no custom view: the object browser (format/complex.py)."""

    view = None

    def __init__(self, limit: int, columns: Sequence[Column] | None, depth: int | None):
        self.limit = limit
        self.columns = columns
        self.depth = depth if depth is not None else DEFAULT_DEPTH

    def start(self, obj: Any) -> FormatStart:
        return FormatStart("custom")

    def entry(self, obj: Any) -> CustomEntry:
        properties = None
        if self.columns is not None:
            properties = []
            for col in expand_columns(obj, self.columns, keep_missing=False):
                try:
                    found, value, name = lookup(obj, col.source)
                except Exception:      # a calculated property that fails shows nothing
                    found, value, name = True, None, None
                if found:
                    label = col.label or name or (col.source if isinstance(col.source, str) else "")
                    properties.append((label, value, col.depth))
        lines = ComplexBrowser(self.limit, self.depth).entry(obj, properties)
        return CustomEntry([text for _, text in lines], indents=[indent for indent, _ in lines])


def own_properties_entry(obj: Any, limit: int, out_of_band: bool = False) -> ListEntry:
    items = property_items(obj)
    return ListEntry([n for n, _ in items], [display_text(v, limit) for _, v in items], out_of_band)


class Formatter:
    """Turns objects into packets. With no `shape` it is Format-Default (what Out-Default uses);
    with a shape and options it is the core of Format-Table / Format-List."""

    def __init__(self, views: ViewRegistry | None = None, enumeration_limit: int = 4,
                 shape: str | None = None, columns: Sequence[Column] | None = None,
                 group_by: Any = None, group_label: str | None = None,
                 auto_size: bool | None = None, hide_header: bool | None = None,
                 wrap: bool = False, force: bool = False, wide_columns: int = 0, view_name: str | None = None,
                 expansion: str | None = None, errors: FormatErrors | None = None,
                 error_view: str = "NormalView", depth: int | None = None):
        self.views = views
        self.limit = enumeration_limit
        self.shape = shape
        self.columns = list(columns) if columns else None
        self.group_by = group_by
        self.group_label = group_label
        self.auto_size = auto_size
        self.hide_header = hide_header
        self.wrap = wrap
        self.wide_columns = wide_columns
        self.view_name = view_name             # -View: a named view, or ViewNotFound
        self.expansion = (expansion or "EnumOnly").lower()   # -Expand: enumonly, coreonly or both
        self.errors = errors                   # -DisplayError, -ShowError (format/failures.py)
        self.error_view = error_view           # $ErrorView, for error records shown out of band
        self.depth = depth                     # Format-Custom -Depth
        self.out_of_band = shape is None or not force
        self._layout: Any = None
        self._in_group = False
        self._group_value: Any = _UNSET
        self._group_name: str | None = None
        self._group_header: Any = None          # a view's own group header (View.group_header)

    # -- the stream -------------------------------------------------------------------------
    def process(self, obj: Any) -> list[Packet]:
        """Packets for one pipeline object (a collection is shown element by element)."""
        out: list[Packet] = []
        if obj is None:
            return out
        if isinstance(obj, Packet):
            return [obj]
        items = expand(obj)
        if self.expansion != "enumonly" and is_enumerable(obj):
            if self.expansion == "coreonly":      # the collection itself, as one object
                self._one(obj, out)
                return out
            # both: the collection's own properties out of band, announced, then its items
            count = len(items)
            out.append(TextLine(ENUMERABLE_HEADER))
            if property_items(obj):
                out.append(own_properties_entry(obj, self.limit, out_of_band=True))
            out.append(TextLine(ENUMERABLE_EMPTY if count == 0 else ENUMERABLE_ONE if count == 1
                                else ENUMERABLE_MANY.format(count)))
        errors = self.errors
        for item in items:
            self._one("" if item is None else item, out)
            if errors is not None and errors.pending:
                out.extend(errors.drain())
        return out

    def finish(self) -> list[Packet]:
        out: list[Packet] = []
        if self._in_group:
            out.append(GroupEnd())
            self._in_group = False
        if self._layout is not None:
            out.append(FormatEnd())
            self._layout = None
        return out

    def _one(self, obj: Any, out: list[Packet]) -> None:
        if isinstance(obj, Packet):
            out.append(obj)
            return
        if self.out_of_band and isinstance(obj, PSObject) and obj.type_names:
            first = obj.type_names[0]
            if first in OUT_OF_BAND_VIEWS:
                out.append(TextLine(OUT_OF_BAND_VIEWS[first].text(obj)))
                return
            if first == ERROR_RECORD_TYPE:
                entry = record_entry(obj, self.error_view)
                if entry is not None:
                    out.append(entry)
                    return
        props = property_items(obj)
        if self.out_of_band and (is_scalar(obj) or not props):
            out.append(TextLine(to_string(obj)))
            return
        if self._layout is None:
            self._layout = self._choose_layout(obj, props)
            out.append(self._layout.start(obj))
        if self.out_of_band and not _applies(self._layout.view, obj):
            out.append(own_properties_entry(obj, self.limit, out_of_band=True))
            return
        changed = self._update_group(obj)
        if not self._in_group:
            out.append(self._group_start(obj))
            self._in_group = True
        elif changed:
            out.append(GroupEnd())
            out.append(self._group_start(obj))
        out.append(self._layout.entry(obj))

    # -- shape ------------------------------------------------------------------------------
    def _choose_layout(self, obj: Any, props: list[tuple[str, Any]]) -> Any:
        shape = self.shape
        view = None
        if self.view_name and shape:
            view = find_named_view(self.views, type_names_of(obj), shape, self.view_name)
        elif self.columns is None:
            view = find_view(self.views, type_names_of(obj), shape)
            if view is not None:
                shape = view.shape
        if shape == "custom":
            return _CustomShape(view) if view is not None else _ComplexShape(self.limit, self.columns, self.depth)
        if shape == "wide":
            return _WideShape(self.limit, view, self.columns, self.auto_size, self.wide_columns, self.errors)
        if shape is None:
            shape = "table" if len(props) <= TABLE_PROPERTY_LIMIT else "list"
        if view is not None and self.group_by is None and view.group_by:
            self.group_by = view.group_by
            self.group_label = view.group_label
            self._group_header = view.group_header
        if shape == "table":
            return _TableShape(obj, self.limit, view, self.columns, self.hide_header, self.auto_size, self.wrap,
                               self.errors)
        return _ListShape(self.limit, view, self.columns, self.errors)

    # -- groups -----------------------------------------------------------------------------
    def _update_group(self, obj: Any) -> bool:
        """Read the grouping value; True when it differs from the previous object's."""
        if self.group_by is None:
            return False
        found, value, name = _cell_value(obj, self.group_by)
        if not found:
            return False
        old = self._group_value
        self._group_value = value
        changed = old is _UNSET or not _same(old, value)
        if changed and name is not None:
            self._group_name = name
        return changed

    def _group_start(self, obj: Any) -> GroupStart:
        if self.group_by is None or self._group_value is _UNSET:
            return GroupStart()
        if self._group_header is not None:
            try:
                return GroupStart(self._group_header(obj))
            except Exception:      # a header that cannot be made leaves the group without one
                return GroupStart()
        label = self.group_label or self._group_name or (self.group_by if isinstance(self.group_by, str) else "")
        return GroupStart(GROUP_HEADER.format(label) + display_text(self._group_value, self.limit))


def _cell_value(obj: Any, source: Any) -> tuple[bool, Any, str | None]:
    try:
        return lookup(obj, source)
    except Exception:          # an unreadable grouping value does not start a new group
        return False, None, None


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    numbers = (int, float)
    if isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool) and not isinstance(b, bool):
        return a == b
    return to_string(a).lower() == to_string(b).lower()
