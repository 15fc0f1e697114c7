"""What the formatter sees of a value: its properties, its display text, its default alignment.

PowerShell shows a property value with its ToString(), except that a collection is shown as
`{a, b, c, d...}`, cut after $FormatEnumerationLimit items (a negative limit shows all of them).
"""
from __future__ import annotations

import datetime
import decimal
import fnmatch
from pyshell.runtime.conversion import to_string
from pyshell.runtime.values import DICTIONARY_ENTRY, PSCUSTOMOBJECT, PSEnum, PSHashtable, PSObject
from pyshell.format.text import ELLIPSIS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Iterable
    Source = str | Callable[[Any], Any]

# Types Out-Default writes as a bare line of text (their ToString()), never as a table or list.
SCALAR_TYPE_NAMES = frozenset(n.lower() for n in (
    "System.String", "System.SByte", "System.Byte", "System.Int16", "System.UInt16", "System.Int32",
    "System.UInt32", "System.Int64", "System.UInt64", "System.Char", "System.Single", "System.Double",
    "System.Boolean", "System.Decimal", "System.IntPtr", "System.Security.SecureString",
    "System.Numerics.BigInteger"))

# Property names tried, in order, to name an element of a collection that has no ToString of its own.
_NAME_PATTERNS = ("name", "id", "key", "*key", "*name", "*id")


def is_scalar(value: Any) -> bool:
    if isinstance(value, (str, bool, int, float, decimal.Decimal, PSEnum)):
        return True
    if isinstance(value, PSObject):
        names = value.type_names
        if len(names) > 1 and names[1] == "System.Enum":
            return True
        return bool(names) and names[0].lower() in SCALAR_TYPE_NAMES
    own = getattr(type(value), "ps_type_name", None)        # a value class of pyshell's (SecureString)
    return isinstance(own, str) and own.lower() in SCALAR_TYPE_NAMES


def is_enumerable(value: Any) -> bool:
    """Whether the formatter would show `value` item by item (what `expand` opens)."""
    return isinstance(value, (list, tuple, PSHashtable))


def expand(value: Any) -> list[Any]:
    """What Out-Default and the Format-* cmdlets enumerate: arrays and hashtables, one level deep."""
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, PSHashtable):
        return value.entry_objects()
    return [value]


def property_items(value: Any) -> list[tuple[str, Any]]:
    """The properties PowerShell would list for `value`, in order; empty when it has none."""
    if isinstance(value, PSObject):
        return list(value.properties())
    if isinstance(value, str):
        return [("Length", len(value))]         # what Format-List * -Force shows of a string
    if isinstance(value, (datetime.datetime, datetime.timedelta)):
        from pyshell.runtime.datetimes import properties
        return properties(value)
    defined = getattr(type(value), "ps_property_definitions", None)
    if defined is not None:                     # a Queue, a Dictionary[K,V], a StringBuilder ...
        return [(name, value.ps_property(name.lower())) for name, _ in defined(value)]
    if isinstance(value, (list, tuple)):
        n = len(value)
        return [("Length", n), ("LongLength", n), ("Rank", 1), ("SyncRoot", value),
                ("IsReadOnly", False), ("IsFixedSize", True), ("IsSynchronized", False), ("Count", n)]
    if isinstance(value, PSHashtable):
        from pyshell.runtime.dictviews import keys_of, values_of
        if value.ordered:       # OrderedDictionary: IsFixedSize, IsSynchronized, SyncRoot are not public
            return [("Count", len(value)), ("IsReadOnly", False), ("Keys", keys_of(value)),
                    ("Values", values_of(value))]
        return [("IsReadOnly", False), ("IsFixedSize", False), ("IsSynchronized", False),
                ("Keys", keys_of(value)), ("Values", values_of(value)), ("SyncRoot", _SYNC_ROOT),
                ("Count", len(value))]
    info = getattr(value, "type_info", None)
    if info is not None and getattr(type(value), "ps_type_name", "") == "System.RuntimeType":
        return list(info().properties())      # a type literal shows as its type object does
    own = getattr(type(value), "ps_properties", None)
    if own is not None:
        return own(value)                       # a value that lists its own ($switch: IsPresent)
    return []


_SYNC_ROOT = PSObject(type_names=["System.Object"], string_form="System.Object")


def lookup(value: Any, source: Source) -> tuple[bool, Any, str | None]:
    """Evaluate a column's source against `value`: (found, result, resolved property name).

    A source is a property name or a callable (a calculated property)."""
    if callable(source):
        return True, source(value), None
    if isinstance(value, PSObject):
        name = value.canonical_name(source)
        if name is None:
            return False, None, None
        return True, value.get(name), name
    for name, item in property_items(value):
        if name.lower() == source.lower():
            return True, item, name
    return False, None, None


def display_text(value: Any, enumeration_limit: int = 4) -> str:
    """A value as a table cell or list entry shows it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return _enumeration(value, enumeration_limit)
    if isinstance(value, PSHashtable):
        return _enumeration(value.entry_objects(), enumeration_limit)
    if isinstance(value, datetime.datetime):
        from pyshell.runtime.datetimes import culture_string
        return culture_string(value)
    if isinstance(value, PSObject) or hasattr(value, "type_info"):
        from pyshell.runtime.typeinfo import type_full_name
        full = type_full_name(value)
        if full is not None:
            return full     # a type in a cell shows its full name (BaseType: System.Array, not array)
    return to_string(value)


def format_with(value: Any, format_string: str, enumeration_limit: int = 4) -> str:
    """A value shown through a .NET format string (a calculated property's FormatString);
    a value the format does not apply to is shown as usual."""
    text = format_or_none(value, format_string)
    return display_text(value, enumeration_limit) if text is None else text


def format_or_none(value: Any, format_string: str) -> str | None:
    """A value through a .NET format string, or None when the format does not apply. As 5.1's
    FormatField guesses: a string holding "{0" or "}" is a composite format ('{0:N2} MB'), any
    other is the value's own format ('N2')."""
    from pyshell.runtime.formatop import format_operator
    composite = "{0" in format_string or "}" in format_string
    try:
        return format_operator(format_string if composite else "{0:" + format_string + "}", [value])
    except Exception:
        return None


def _enumeration(items: Iterable[Any], limit: int) -> str:
    parts: list[str] = []
    cut = False
    for i, item in enumerate(items):
        if 0 <= limit == i:
            cut = True
            break
        parts.append(element_name(item))
    return "{" + ", ".join(parts) + (ELLIPSIS if cut else "") + "}"


def element_name(item: Any) -> str:
    """How one element of a collection is named inside `{...}`."""
    if item is None:
        return "$null"
    if isinstance(item, PSObject):
        names = item.type_names
        own_text = item.string_form is not None and not (names and item.string_form == names[0])
        if own_text or (names and names[0] == PSCUSTOMOBJECT):
            return to_string(item)
        # A ToString() that gives the type's name is Object's, not the type's own (DictionaryEntry):
        # PowerShell names such an element by its name-like property (Key).
        found = display_name(item)
        return to_string(found) if found is not None else to_string(item)
    return to_string(item)


def display_name_source(value: Any) -> str | None:
    """The property Format-Wide shows when told none: the first one named like a name or an id,
    else the first property; None when the object has no properties."""
    names = [n for n, _ in property_items(value)]
    for pattern in _NAME_PATTERNS:
        for name in names:
            if fnmatch.fnmatchcase(name.lower(), pattern):
                return name
    return names[0] if names else None


def display_name(value: PSObject) -> Any:
    """The value of the first property named like a name or an id, or None."""
    names = value.property_names()
    for pattern in _NAME_PATTERNS:
        for name in names:
            if fnmatch.fnmatchcase(name.lower(), pattern):
                return value.get(name)
    return None


def default_alignment(value: Any) -> str:
    """A column built from properties is right-aligned when its first value is a number, a bool or
    an enum, and left-aligned otherwise."""
    if value is None or isinstance(value, str):
        return "Left"
    if isinstance(value, PSObject) and value.type_names and value.type_names[0] == "System.String":
        return "Left"
    return "Right" if is_scalar(value) else "Left"
