"""CLIXML as Windows PowerShell 5.1 writes it (Export-Clixml): PowerShell's serializer, over
pyshell's values.

The document is `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">`
with one element per object, indented two spaces a level, lines ending in CR LF and no line ending
after the closing `</Objs>` (what .NET's XmlWriter does with Indent on).

How a value is written (serialization.cs, InternalSerializer.WriteOneObject):

- $null is `<Nil />`; the primitive types have a tag each (S, B, I32, I64, Db, D, DT, TS, G, C, BA,
  Version, SBK); an Int32, a string and the like never get a RefId, as they are values in .NET;
- a hashtable is `<DCT>` with an `<En>` per entry, an array or list `<LST>`, a Stack `<STK>`, a
  Queue `<QUE>`: inside an `<Obj>` with its type names, never its ToString. Containers do not use up
  depth: their items are written at the container's own depth;
- a custom object ([pscustomobject], Select-Object's output) is a property bag: type names and an
  `<MS>` of its note properties, no ToString, and (as in PowerShell) no depth limit, since note
  properties are written at the depth of their owner;
- an enum is an `<Obj>` with the enum's type names, its ToString and the number;
- any other object has its type names, `<ToString>`, `<Props>` (its own properties, one level
  deeper) and `<MS>`: members Add-Member gave it and a provider item's PSPath.. notes at its own
  depth, then the members types.ps1xml gives it (a file's Mode, BaseName, ...) one level deeper;
- a warning, verbose or debug record is written as PowerShell remotes one: its message as the note
  InformationalRecord_Message, and no properties;
- once the depth is used up (Export-Clixml's default is 2), an object is written as its ToString
  text, keeping only its note properties;
- the same object met again is `<Ref RefId="n" />`; a type-name list met again is `<TNRef>`;
- past 50 levels of nesting the value is the string "Serialized XML is nested too deeply.".

Text goes through PowerShell's EncodeString: control characters (0x00-0x1F, 0x7F-0x9F), halves
of a surrogate pair and an underscore that starts `_x` become `_xHHHH_`; then XML escaping.
"""
from __future__ import annotations

import base64
import math

from cmdlets.core._clixml_values import DeserializedObject
from pyshell.runtime.conversion import object_string, to_string
from pyshell.runtime.datetimes import span_parts
from pyshell.runtime.stdvalues import is_datetime, is_decimal, is_timespan
from pyshell.runtime.typenames import INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN, type_name_of, type_names_of
from pyshell.runtime.values import (PSCUSTOMOBJECT, NetCollection, PSEnum, PSHashtable, PSObject, SwitchParameter,
                                   TypedArray)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

NAMESPACE = "http://schemas.microsoft.com/powershell/2004/04"
VERSION = "1.1.0.1"
NEWLINE = "\r\n"                 # XmlWriterSettings.NewLineChars
INDENT = "  "                    # XmlWriterSettings.IndentChars
DEFAULT_DEPTH = 2                # SerializationContext's default, which Export-Clixml uses
MAX_NESTING = 50                 # InternalSerializer.MaxDepthBelowTopLevel
TOO_DEEP = "Serialized XML is nested too deeply."
GUID = "System.Guid"


# -- text ------------------------------------------------------------------------------------------

def _needs_escape(units: str, i: int) -> bool:
    c = ord(units[i])
    if c <= 0x1F or 0x7F <= c <= 0x9F or 0xD800 <= c <= 0xDFFF or c in (0xFFFE, 0xFFFF):
        return True
    return c == 0x5F and i + 1 < len(units) and units[i + 1] in "xX"


def encode_string(text: str) -> str:
    """PowerShell's EncodeString, over the UTF-16 code units .NET would see."""
    if text.isascii() and text.isprintable() and "_" not in text:
        return text
    units = _utf16_units(text)
    out = []
    for i, ch in enumerate(units):
        out.append(f"_x{ord(ch):04X}_" if _needs_escape(units, i) else ch)
    return "".join(out)


def _utf16_units(text: str) -> str:
    """`text` with each character beyond U+FFFF split into its two surrogate halves."""
    out = []
    for ch in text:
        code = ord(ch)
        if code > 0xFFFF:
            code -= 0x10000
            out.append(chr(0xD800 + (code >> 10)))
            out.append(chr(0xDC00 + (code & 0x3FF)))
        else:
            out.append(ch)
    return "".join(out)


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attribute(text: str) -> str:
    return _escape_text(text).replace('"', "&quot;")


# -- primitive values ------------------------------------------------------------------------------

def xml_single(value: float) -> str:
    """XmlConvert.ToString(Single): the shortest text that reads back as the same Single."""
    from pyshell.runtime.numerics import to_single
    if value != value or math.isinf(value) or value == 0:
        return xml_double(value)
    for digits in range(6, 10):
        text = "%.*G" % (digits, value)
        if to_single(float(text)) == value:
            return text
    return "%.9G" % value


def xml_double(value: float) -> str:
    """XmlConvert.ToString(Double): the round-trip ("R") form; INF, -INF and NaN spelt XML's way."""
    if value != value:
        return "NaN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    if value == 0:
        return "0"          # .NET Framework's "R" writes negative zero as 0 too
    text = "%.15G" % value
    if float(text) != value:
        text = "%.17G" % value
    return text


def xml_datetime(value: Any) -> str:
    """XmlConvert.ToString(DateTime, RoundtripKind): local times carry their offset, UTC a Z."""
    from pyshell.runtime.datetimes import DateTimeKind, kind, local_offset
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond:
        text += ("." + f"{value.microsecond:06d}0").rstrip("0")
    if kind(value) is DateTimeKind.Utc:
        return text + "Z"
    offset = local_offset(value)
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{text}{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def xml_duration(value: Any) -> str:
    """XmlConvert.ToString(TimeSpan): an xs:duration in days, hours, minutes and seconds."""
    sign, days, hours, minutes, seconds, fraction = span_parts(value)
    text = sign + "P"
    if days:
        text += f"{days}D"
    if hours or minutes or seconds or fraction or not days:
        text += "T"
        if hours:
            text += f"{hours}H"
        if minutes:
            text += f"{minutes}M"
        if seconds or fraction or not (hours or minutes):
            text += str(seconds)
            if fraction:
                text += ("." + f"{fraction:07d}").rstrip("0")
            text += "S"
    return text


def _decimal_text(value: Any) -> str:
    return format(value, "f")


def primitive(value: Any) -> tuple[str, str, bool] | None:
    """(tag, text, whether the text needs EncodeString) for a value of a known primitive type."""
    if isinstance(value, bool):
        return "B", "true" if value else "false", False
    if isinstance(value, str):
        name = getattr(type(value), "ps_type_name", "System.String")
        if name == "System.Char":
            return "C", str(ord(value[0])) if value else "0", False
        return "S", value, True
    if isinstance(value, int) and not isinstance(value, PSEnum):
        name = type_name_of(value)
        if name == "System.Int32" and INT32_MIN <= value <= INT32_MAX:
            return "I32", str(int(value)), False
        if name in ("System.Int32", "System.Int64") and INT64_MIN <= value <= INT64_MAX:
            return "I64", str(int(value)), False
        tags = {"System.Byte": "By", "System.SByte": "SB", "System.Int16": "I16", "System.UInt16": "U16",
                "System.UInt32": "U32", "System.UInt64": "U64"}
        if name in tags:
            return tags[name], str(int(value)), False
        return None
    if isinstance(value, float):
        if type(value) is not float and type_name_of(value) == "System.Single":
            return "Sg", xml_single(value), False
        return "Db", xml_double(value), False
    if is_decimal(value):
        return "D", _decimal_text(value), False
    if is_datetime(value):
        return "DT", xml_datetime(value), False
    if is_timespan(value):
        return "TS", xml_duration(value), False
    if isinstance(value, PSObject):
        if value.type_names[:1] == [GUID]:
            return "G", object_string(value), False
        return None
    name = type_name_of(value)
    if name == "System.Version":
        return "Version", to_string(value), False
    if name == "System.Management.Automation.ScriptBlock":
        return "SBK", to_string(value), True
    if isinstance(value, TypedArray) and value.element_name == "System.Byte":
        return "BA", base64.b64encode(bytes(int(b) & 0xFF for b in value)).decode("ascii"), False
    return None


# -- the writer ------------------------------------------------------------------------------------

class _Element:
    __slots__ = ("tag", "has_children")

    def __init__(self, tag: str):
        self.tag = tag
        self.has_children = False


class ClixmlWriter:
    """Serializes objects one at a time; `write` hands each piece of text to `sink` as soon as an
    object is done, so a long pipeline streams into the file. `close` ends the document."""

    def __init__(self, sink: Callable[[str], None], depth: int = DEFAULT_DEPTH):
        self._sink = sink
        self._depth = depth
        self._parts: list[str] = []
        self._stack: list[_Element] = []
        self._object_ids: dict[int, str] = {}
        self._keep: list[Any] = []          # the objects given RefIds stay alive, so ids stay unique
        self._type_ids: dict[tuple[str, ...], str] = {}
        self._next_ref = 0
        self._nesting = 0
        self._started = False

    # -- document ------------------------------------------------------------------------------
    def write(self, obj: Any) -> None:
        if not self._started:
            self._parts.append(f'<Objs Version="{VERSION}" xmlns="{NAMESPACE}">')
            self._started = True
            self._stack.append(_Element("Objs"))
        self._value(obj, None, self._depth, item=True)
        self._flush()

    def close(self) -> None:
        if not self._started:
            self._parts.append(f'<Objs Version="{VERSION}" xmlns="{NAMESPACE}" />')
        else:
            self._end()
        self._flush()

    def _flush(self) -> None:
        if self._parts:
            self._sink("".join(self._parts))
            self._parts = []

    # -- elements ------------------------------------------------------------------------------
    def _open_line(self) -> None:
        if self._stack:
            self._stack[-1].has_children = True
            self._parts.append(NEWLINE + INDENT * len(self._stack))

    @staticmethod
    def _attributes(name: str | None, ref_id: str | None) -> str:
        text = ""
        if name is not None:
            text += f' N="{_escape_attribute(encode_string(name))}"'
        if ref_id is not None:
            text += f' RefId="{ref_id}"'
        return text

    def _start(self, tag: str, name: str | None = None, ref_id: str | None = None) -> None:
        self._open_line()
        self._parts.append(f"<{tag}{self._attributes(name, ref_id)}>")
        self._stack.append(_Element(tag))

    def _end(self) -> None:
        element = self._stack.pop()
        if element.has_children:
            self._parts.append(NEWLINE + INDENT * len(self._stack) + f"</{element.tag}>")
        else:       # nothing went inside: the start tag becomes an empty element
            start = self._parts.pop()
            self._parts.append(start[:-1] + " />")

    def _leaf(self, tag: str, text: str | None, name: str | None = None, ref_id: str | None = None) -> None:
        self._open_line()
        attrs = self._attributes(name, ref_id)
        if text is None:
            self._parts.append(f"<{tag}{attrs} />")
        else:
            self._parts.append(f"<{tag}{attrs}>{_escape_text(text)}</{tag}>")

    def _element_string(self, tag: str, text: str) -> None:
        """XmlWriter.WriteElementString: an empty value gives an empty element."""
        self._leaf(tag, encode_string(text) if text else None)

    # -- values --------------------------------------------------------------------------------
    def _value(self, value: Any, name: str | None, depth: int, item: bool = False) -> None:
        """Write one value; `item` when it is a top-level object or a collection's item rather than
        a property's value (see _split_properties)."""
        if value is None:
            self._leaf("Nil", None, name)
            return
        self._nesting += 1
        try:
            if self._nesting == MAX_NESTING:
                self._leaf("S", TOO_DEEP, name)
                return
            self._dispatch(value, name, depth, item)
        finally:
            self._nesting -= 1

    def _dispatch(self, value: Any, name: str | None, depth: int, item: bool) -> None:
        if isinstance(value, SwitchParameter):
            depth = 1                       # GetDepthOfSerialization: a SwitchParameter goes one level
        known = primitive(value)
        if known is not None:
            extra = getattr(value, "ps_type_names", None)
            hint = getattr(value, "display_hint", None) if is_datetime(value) else None
            if extra is not None or hint is not None:
                self._primitive_with_members(value, known, name, depth, extra, hint)
            else:
                self._primitive(known, name)
            return
        ref = self._object_ids.get(id(value))
        if ref is not None:
            self._leaf("Ref", None, name, ref)
            return
        if self._container(value, name, depth):
            return
        if depth <= 0 and _was_deserialized(value):
            depth = 1                       # PreserveSerializationSettingOfOriginal: one level more
        if depth <= 0:
            self._as_string(value, name, depth, item)
            return
        self._complex(value, name, depth, item)

    def _primitive(self, known: tuple[str, str, bool], name: str | None) -> None:
        tag, text, encoded = known
        self._leaf(tag, encode_string(text) if encoded else text, name)

    def _new_ref(self, value: Any) -> str:
        """The next RefId. Values .NET boxes afresh each time (enums, numbers, SwitchParameter, a
        DateTime) get one but are never found again; objects are remembered for <Ref>."""
        ref = str(self._next_ref)
        self._next_ref += 1
        if not isinstance(value, (PSEnum, SwitchParameter, int, float, str)) and not is_datetime(value):
            self._object_ids[id(value)] = ref
            self._keep.append(value)
        return ref

    def _type_names(self, names: list[str]) -> None:
        if not names:
            return
        key = tuple(names)
        ref = self._type_ids.get(key)
        if ref is not None:
            self._leaf("TNRef", None, None, ref)
            return
        ref = str(len(self._type_ids))
        self._type_ids[key] = ref
        self._start("TN", None, ref)
        for type_name in names:
            self._element_string("T", type_name)
        self._end()

    def _primitive_with_members(self, value: Any, known: tuple[str, str, bool], name: str | None, depth: int,
                                extra: list[str] | None, hint: str | None) -> None:
        """A primitive that carries more than its value: the type names and ToString a deserialized
        one kept (an enum read back from CLIXML), or Get-Date's DisplayHint note property."""
        self._start("Obj", name, self._new_ref(value))
        if extra is not None:
            self._type_names(list(extra))
            text = str(value)
            if text != known[1]:
                self._element_string("ToString", text)
        self._primitive(known, None)
        if hint is not None:
            from pyshell.runtime.datetimes import DisplayHintType
            self._start("MS")
            self._value(getattr(DisplayHintType, str(hint)), "DisplayHint", depth)
            self._end()
        self._end()

    def _container(self, value: Any, name: str | None, depth: int) -> bool:
        kind = container_kind(value)
        if kind is None:
            return False
        self._start("Obj", name, self._new_ref(value))
        self._type_names(type_names_of(value))
        if kind == "DCT":
            self._start("DCT")
            for key, item in value.items():
                self._start("En")
                self._value(key, "Key", depth, item=True)
                self._value(item, "Value", depth, item=True)
                self._end()
            self._end()
        else:
            self._start(kind)
            for element in value:       # a Stack's items from its top, as it enumerates them
                self._value(element, None, depth, item=True)
            self._end()
        self._end()
        return True

    def _as_string(self, value: Any, name: str | None, depth: int, item: bool) -> None:
        """Depth used up: the object's ToString text, keeping only note properties it was given."""
        notes = _note_properties(value, top=item)
        text = _to_string(value)
        if not notes:
            self._leaf("S", encode_string(text), name)
            return
        self._start("Obj", name, self._new_ref(value))
        self._leaf("S", encode_string(text))
        self._members(notes, depth)
        self._end()

    def _complex(self, value: Any, name: str | None, depth: int, item: bool) -> None:
        ref = self._new_ref(value)
        self._start("Obj", name, ref)
        self._type_names(type_names_of(value))
        if isinstance(value, PSEnum):
            self._element_string("ToString", str(value))
            self._value(int(value.value), None, depth)
            self._end()
            return
        bag = _is_property_bag(value)
        saved = getattr(value, "_text", _NOT_SAVED) if isinstance(value, DeserializedObject) else _NOT_SAVED
        if saved is not _NOT_SAVED:         # read back: its ToString only if one was saved
            if saved is not None:
                self._element_string("ToString", saved)
        elif not bag:
            self._element_string("ToString", _to_string(value))
        adapted, notes, extended = _split_properties(value, bag, top=item)
        if _is_informational_record(value):
            # InformationalRecord.ToPSObjectForRemoting: the message as a note, no properties of its own
            adapted, notes = [], [("InformationalRecord_Message", value.get("Message")),
                                  ("InformationalRecord_SerializeInvocationInfo", False)] + notes
        if adapted:
            self._start("Props")
            for prop, item in adapted:
                self._value(item, prop, depth - 1)
            self._end()
        self._members(notes, depth, extended)
        self._end()

    def _members(self, notes: list[tuple[str, Any]], depth: int,
                 extended: list[tuple[str, Any]] | None = None) -> None:
        """<MS>: instance members at the object's depth, type-table members one level deeper."""
        if not notes and not extended:
            return
        self._start("MS")
        for prop, item in notes:
            self._value(item, prop, depth)
        for prop, item in extended or ():
            self._value(item, prop, depth - 1)
        self._end()


_NOT_SAVED = object()


def _to_string(value: Any) -> str:
    if isinstance(value, PSObject):
        return object_string(value)
    if isinstance(value, PSEnum):
        return str(value)
    if isinstance(value, SwitchParameter):
        return "True" if value else "False"
    return to_string(value)


def _is_informational_record(value: Any) -> bool:
    """A live warning, verbose or debug record (3>&1 and the like)."""
    return (isinstance(value, PSObject) and not isinstance(value, DeserializedObject)
            and "System.Management.Automation.InformationalRecord" in value.type_names)


def _is_property_bag(value: Any) -> bool:
    return isinstance(value, PSObject) and PSCUSTOMOBJECT in value.type_names and not _was_deserialized(value)


def _was_deserialized(value: Any) -> bool:
    return getattr(value, "adapted", None) is not None


def _note_properties(value: Any, top: bool = False) -> list[tuple[str, Any]]:
    if not isinstance(value, PSObject):
        return []
    return _split_properties(value, _is_property_bag(value), top)[1]


# Members PowerShell adds to every provider item as note properties, and the members types.ps1xml
# gives FileInfo and DirectoryInfo (written with the notes, one level deeper, as extended members).
_PROVIDER_NOTES = frozenset(("pspath", "psparentpath", "pschildname", "psdrive", "psprovider", "psiscontainer"))
_FILE_SYSTEM_EXTENDED = frozenset(("mode", "basename", "target", "linktype", "versioninfo"))
FILE_SYSTEM_INFO = "System.IO.FileSystemInfo"


def _split_properties(value: Any, bag: bool, top: bool = False) -> tuple[list[tuple[str, Any]],
                                                                        list[tuple[str, Any]], list[tuple[str, Any]]]:
    """(adapted, note, extended properties): what goes in <Props>, and what in <MS> at the object's
    own depth (instance members) or one level deeper (members from the type table). The provider's
    notes (PSPath, ...) are notes on the items a provider wrote (`top`: objects in the pipeline or in a
    collection); pyshell's models of the objects inside them (a file's Directory) carry them too,
    where .NET's have none, so a property's value keeps them as properties."""
    if isinstance(value, SwitchParameter):
        return [("IsPresent", bool(value))], [], []
    if not isinstance(value, PSObject):         # a .NET object pyshell models (a StringBuilder, ...)
        from pyshell.format.fields import property_items
        return property_items(value), [], []
    items = list(value.properties())
    if bag:
        return [], items, []
    if isinstance(value, DeserializedObject):
        adapted_names = value.adapted or set()
        return ([(n, v) for n, v in items if n.lower() in adapted_names],
                [(n, v) for n, v in items if n.lower() not in adapted_names], [])
    members = value._members or {}
    provider_notes = _PROVIDER_NOTES if top else frozenset()
    extended_names = _FILE_SYSTEM_EXTENDED if FILE_SYSTEM_INFO in value.type_names else frozenset()
    adapted, notes, extended = [], [], []
    for name, item in items:
        key = name.lower()
        if key in members or key in provider_notes:
            notes.append((name, item))
        elif key in extended_names:
            extended.append((name, item))
        else:
            adapted.append((name, item))
    return adapted, notes, extended


def container_kind(value: Any) -> str | None:
    """The element PowerShell writes a known container's items in (GetKnownContainerTypeInfo): a
    dictionary, a Stack, a Queue, a list (an array, ArrayList, List[T]), or another collection."""
    if isinstance(value, PSHashtable):
        return "DCT"
    if isinstance(value, (list, tuple)):
        name = type_name_of(value)
        if name.startswith(("System.Collections.Stack", "System.Collections.Generic.Stack`1")):
            return "STK"
        if name.startswith(("System.Collections.Queue", "System.Collections.Generic.Queue`1")):
            return "QUE"
        if isinstance(value, NetCollection):
            return "IE"
        return "LST"
    return None
