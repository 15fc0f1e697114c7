"""Reading CLIXML back (Import-Clixml), as PowerShell's Deserializer does.

The text is parsed as it is read (expat, namespaces on); each object under `<Objs>` is rebuilt as
soon as its element is complete, so objects come out one by one and an error part-way through a
file leaves the earlier objects written, as in PowerShell. Reading stops at `</Objs>`: anything
after it is never looked at (Deserializer.Done).

Problems are XmlExceptions in .NET's words, with the line and position PowerShell reports:
malformed XML (from the parser) and CLIXML that the deserializer does not accept (an unknown tag,
a RefId that names nothing, a number that is not one, a Version whose major part is not 1). A
document type declaration is refused, as .NET's XmlReader refuses one by default.
"""
from __future__ import annotations

import base64
import re
import xml.parsers.expat

from cmdlets.core._clixml import NAMESPACE
from cmdlets.core._clixml_values import (DeserializedInt, DeserializedList, DeserializedObject, deserialized_hashtable,
                                         deserialized_name)
from pyshell.runtime.numerics import to_single
from pyshell.runtime.typenames import (INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN, Byte, Int16, Int64, SByte,
                                       UInt16, UInt32, UInt64, type_name_of)
from pyshell.runtime.values import PSCUSTOMOBJECT, CaseSensitiveHashtable, PSHashtable, PSObject, TypedArray

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Iterator

CHUNK = 65536
MAX_NESTING = 50
_DECODE = re.compile(r"_x([0-9A-Fa-f]{4}|[0-9A-Fa-f]{8})_")
_DURATION = re.compile(r"^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d+))?S)?)?$")
CONTAINERS = ("DCT", "LST", "IE", "QUE", "STK")


class ClixmlError(Exception):
    """An XmlException: its message already carries the line and position."""


class Node:
    __slots__ = ("tag", "ns", "attrs", "children", "text", "line", "column")

    def __init__(self, tag: str, ns: str, attrs: dict[str, str], line: int, column: int):
        self.tag, self.ns, self.attrs = tag, ns, attrs
        self.children: list[Node] = []
        self.text: list[str] = []
        self.line, self.column = line, column        # where the name starts (1-based, as .NET counts)

    @property
    def content(self) -> str:
        return "".join(self.text)

    def error(self, message: str) -> ClixmlError:
        return ClixmlError(f"{message} Line {self.line}, position {self.column}.")


def decode_string(text: str) -> str:
    """XmlConvert.DecodeName: `_xHHHH_` back to the character; surrogate halves joined again."""
    if "_x" not in text and "_X" not in text:
        return text
    decoded = _DECODE.sub(lambda m: chr(int(m.group(1), 16)) if int(m.group(1), 16) <= 0x10FFFF else m.group(0),
                          text)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in decoded):
        decoded = decoded.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return decoded


# -- parsing ---------------------------------------------------------------------------------------

class _Parser:
    """expat, turned into a stream of the complete elements under the root."""

    def __init__(self, text: str) -> None:
        self.text = text
        parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text
        parser.StartDoctypeDeclHandler = self._doctype
        self._parser = parser
        self.stack: list[Node] = []
        self.root: Node | None = None
        self.ready: list[Node] = []
        self.closed = False

    def _where(self, offset: int) -> tuple[int, int]:
        return self._parser.CurrentLineNumber, self._parser.CurrentColumnNumber + offset

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        ns, _, tag = name.rpartition(" ")
        line, column = self._where(2)
        node = Node(tag, ns, {k.rpartition(" ")[2]: v for k, v in attrs.items()}, line, column)
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.root = node
        self.stack.append(node)

    def _end(self, name: str) -> None:
        node = self.stack.pop()
        if len(self.stack) == 1:
            self.ready.append(node)
            self.stack[0].children.clear()       # done with: keep memory flat
        elif not self.stack:
            self.closed = True

    def _text(self, data: str) -> None:
        if self.stack:
            self.stack[-1].text.append(data)

    def _doctype(self, *args: Any) -> None:
        line, column = self._where(3)
        raise ClixmlError("For security reasons DTD is prohibited in this XML document. To enable DTD processing set "
                          "the DtdProcessing property on XmlReaderSettings to Parse and pass the settings into "
                          f"XmlReader.Create method. Line {line}, position {column}.")

    def feed(self, text: str, final: bool) -> None:
        try:
            self._parser.Parse(text, final)
        except xml.parsers.expat.ExpatError as exc:
            if self.closed:          # after </Objs>: PowerShell never reads that far
                return
            raise self._dotnet_error(exc) from None

    def _dotnet_error(self, exc: Any) -> ClixmlError:
        code = exc.code
        errors = xml.parsers.expat.errors
        line, column = exc.lineno, exc.offset + 1
        message = xml.parsers.expat.ErrorString(code)
        if message == errors.XML_ERROR_NO_ELEMENTS and self.root is None:
            return ClixmlError("Root element is missing.")
        if message in (errors.XML_ERROR_NO_ELEMENTS, errors.XML_ERROR_UNCLOSED_TOKEN) and self.stack:
            names = ", ".join(n.tag for n in reversed(self.stack))
            return ClixmlError(f"Unexpected end of file has occurred. The following elements are not closed: {names}. "
                               f"Line {line}, position {column}.")
        if message == errors.XML_ERROR_TAG_MISMATCH and self.stack:
            open_tag = self.stack[-1]
            return ClixmlError(f"The '{open_tag.tag}' start tag on line {open_tag.line} position {open_tag.column} "
                               f"does not match the end tag of '{self._end_name(line, column)}'. Line {line}, "
                               f"position {column}.")
        if self.root is None:
            return ClixmlError(f"Data at the root level is invalid. Line {line}, position {column}.")
        return ClixmlError(f"{message[:1].upper()}{message[1:]}. Line {line}, position {column}.")

    def _end_name(self, line: int, column: int) -> str:
        """The name in the end tag at `line`, `column` (where expat stopped)."""
        lines = self.text.split("\n")
        found = re.match(r"([^\s>]+)", lines[line - 1][column - 1:]) if line <= len(lines) else None
        return found.group(1).rpartition(":")[2] if found else ""


def _read_chunks(text: str) -> Iterator[tuple[str, bool]]:
    for start in range(0, len(text), CHUNK):
        yield text[start:start + CHUNK], start + CHUNK >= len(text)
    if not text:
        yield "", True


def read_objects(text: str) -> Iterator[Any]:
    """Each object a CLIXML document holds, as Import-Clixml gives it back."""
    if text.startswith("#< CLIXML"):
        end = text.find("\n")
        first = text[:end] if end >= 0 else text
        if first.rstrip("\r") == "#< CLIXML":
            text = text[end + 1:] if end >= 0 else ""
    parser = _Parser(text)
    reader: _Reader | None = None
    for chunk, final in _read_chunks(text):
        problem: ClixmlError | None = None
        try:
            parser.feed(chunk, final)
        except ClixmlError as exc:      # the objects complete before the problem still come out
            problem = exc
        if reader is None and parser.root is not None:
            reader = _Reader(parser.root)
        while parser.ready and reader is not None:
            yield reader.top_level(parser.ready.pop(0))
        if problem is not None:
            raise problem
        if parser.closed:
            return
    if parser.root is None:
        raise ClixmlError("Root element is missing.")


# -- rebuilding objects ----------------------------------------------------------------------------

class _Reader:
    def __init__(self, root: Node):
        if root.tag != "Objs" or root.ns != NAMESPACE:
            raise root.error(f"Element 'Objs' with namespace name '{NAMESPACE}' was not found.")
        version = root.attrs.get("Version", "1.1.0.1")
        parts = version.split(".")
        if not 2 <= len(parts) <= 4 or not all(p.strip().isdigit() for p in parts):
            raise root.error("Version of PSObject is not valid.")
        if int(parts[0]) != 1:
            raise root.error(f"Version of incoming PSObject is {int(parts[0])}. Expected value is 1.")
        self.unknown_allowed = int(parts[1]) > 1
        self.objects: dict[str, Any] = {}
        self.type_lists: dict[str, list[str]] = {}
        self.nesting = 0

    def top_level(self, node: Node) -> Any:
        return self.value(node)

    def _known(self, node: Node, tag: str) -> bool:
        return node.tag == tag and node.ns == NAMESPACE

    def value(self, node: Node) -> Any:
        self.nesting += 1
        try:
            if self.nesting == MAX_NESTING:
                raise node.error("Serialized XML is nested too deeply.")
            if node.ns != NAMESPACE:
                raise node.error(f"{node.tag} XML tag is not recognized.")
            if node.tag == "Nil":
                return None
            if node.tag == "Ref":
                ref = node.attrs.get("RefId")
                if ref is None:
                    raise node.error("RefId attribute was expected.")
                if ref not in self.objects:
                    raise node.error(f"No object found for referenceId {ref}")
                return self.objects[ref]
            reader = PRIMITIVES.get(node.tag)
            if reader is not None:
                return _primitive(node, reader)
            if node.tag == "Obj":
                return self._object(node)
            if node.tag == "SS":
                # A secure string is encrypted with the Windows data protection API for the user and
                # the machine that wrote it; pyshell cannot decrypt it, as PowerShell cannot elsewhere.
                raise node.error("Deserialization of encrypted secure string failed")
            raise node.error(f"{node.tag} XML tag is not recognized.")
        finally:
            self.nesting -= 1

    def _type_names(self, node: Node) -> list[str]:
        if node.tag == "TNRef":
            ref = node.attrs.get("RefId")
            if ref is None:
                raise node.error("RefId attribute was expected.")
            if ref not in self.type_lists:
                raise node.error(f"Cannot process names because no TypeNames were found for referenceId {ref}.")
            return list(self.type_lists[ref])
        names = []
        for child in node.children:
            if not self._known(child, "T"):
                raise child.error(f"{child.tag} XML tag is not recognized.")
            name = decode_string(child.content)
            if name:
                names.append(deserialized_name(name))
        ref = node.attrs.get("RefId")
        if ref is not None:
            self.type_lists[ref] = names
        return list(names)

    def _object(self, node: Node) -> Any:
        type_names: list[str] | None = None
        text: str | None = None
        base: Any = None
        has_base = False
        adapted: list[tuple[str, Any]] | None = None
        notes: list[tuple[str, Any]] = []
        ref = node.attrs.get("RefId")
        shell = DeserializedObject([], None)         # stands for the object while its members are read
        if ref is not None:
            self.objects[ref] = shell
        for child in node.children:
            if child.ns == NAMESPACE and child.tag in ("TN", "TNRef"):
                type_names = self._type_names(child)
            elif self._known(child, "Props"):
                adapted = [(self._name(p), self.value(p)) for p in child.children]
            elif self._known(child, "MS"):
                notes.extend(self._member_set(child))
            elif self._known(child, "ToString"):
                text = decode_string(child.content)
            elif child.ns == NAMESPACE and (child.tag in PRIMITIVES or child.tag in ("Obj", "SS")):
                base, has_base = self.value(child), True
            elif child.ns == NAMESPACE and child.tag in CONTAINERS:
                base, has_base = self._container(child, type_names, ref), True
            elif self.unknown_allowed:
                continue
            else:
                raise child.error(f"{child.tag} XML tag is not recognized.")
        if has_base and adapted is None:
            result = self._with_base(base, type_names, text, notes)
            if ref is not None:
                self.objects[ref] = result
            return result
        # without <TN> the object keeps a new PSObject's own names (a custom object's)
        shell.type_names = type_names if type_names is not None else [PSCUSTOMOBJECT, "System.Object"]
        shell._text = text
        for name, value in notes + (adapted or []):
            shell.add(name, value)
        if adapted is not None:
            shell.adapted = {name.lower() for name, _ in adapted}
        return shell

    def _with_base(self, base: Any, type_names: list[str] | None, text: str | None,
                   notes: list[tuple[str, Any]]) -> Any:
        """An <Obj> around a value: an enum (the number, its type names and its name), Get-Date's
        output (a DateTime with its DisplayHint), or a list or hashtable with its type names."""
        if isinstance(base, (DeserializedList, PSHashtable)) or type_name_of(base).startswith(
                ("System.Collections.Queue", "System.Collections.Stack")):
            return base
        if isinstance(base, int) and not isinstance(base, bool) and type_names:
            return DeserializedInt(base, type_names, text)
        hint = next((v for n, v in notes if n.lower() == "displayhint"), None)
        if hint is not None and _is_datetime(base):
            from pyshell.runtime.datetimes import DisplayDateTime
            return DisplayDateTime.wrap(base, str(hint))
        return base

    def _name(self, node: Node) -> str:
        name = node.attrs.get("N")
        if name is None:
            raise node.error("N attribute was expected.")
        return decode_string(name)

    def _member_set(self, node: Node) -> list[tuple[str, Any]]:
        out = []
        for child in node.children:
            if self._known(child, "MS"):      # a nested member set: its notes, flattened
                out.extend(self._member_set(child))
                continue
            out.append((self._name(child), self.value(child)))
        return out

    def _container(self, node: Node, type_names: list[str] | None, ref: str | None) -> Any:
        """The collection an <Obj> holds. It is made, and known by the <Obj>'s RefId, before its
        items are read, so an item may refer back to it."""
        if node.tag == "DCT":
            return self._dictionary(node, type_names, ref)
        if node.tag in ("QUE", "STK"):
            from pyshell.runtime.collectiontypes import Queue, Stack
            made: Any = Queue() if node.tag == "QUE" else Stack()
        else:
            made = DeserializedList((), type_names)
        if ref is not None:
            self.objects[ref] = made
        made.extend(self.value(child) for child in node.children)
        return made

    def _dictionary(self, node: Node, type_names: list[str] | None, ref: str | None) -> Any:
        table: Any = deserialized_hashtable(type_names)
        if ref is not None:
            self.objects[ref] = table
        for entry in node.children:
            if not self._known(entry, "En"):
                raise entry.error(f"Element 'En' with namespace name '{NAMESPACE}' was not found.")
            if not entry.children:
                raise entry.error("Key for dictionary entry is not specified.")
            if self._name(entry.children[0]).lower() != "key":
                raise entry.children[0].error("Name attribute for dictionary key is incorrectly specified.")
            key = self.value(entry.children[0])
            if key is None:
                raise entry.children[0].error("Null is specified as dictionary key.")
            if len(entry.children) < 2:
                raise entry.error("Value for dictionary entry is not specified.")
            if self._name(entry.children[1]).lower() != "value":
                raise entry.children[1].error("Name attribute for dictionary value is incorrectly specified.")
            value = self.value(entry.children[1])
            if key in table and type(table) is PSHashtable:
                table = self._case_sensitive(table, type_names)     # keys that differ only in case
                if ref is not None:
                    self.objects[ref] = table
            table[key] = value
        return table

    @staticmethod
    def _case_sensitive(table: Any, type_names: list[str] | None) -> Any:
        made = CaseSensitiveHashtable(table.items())
        made.ps_type_names = type_names or table.ps_type_names
        return made


def _is_datetime(value: Any) -> bool:
    from pyshell.runtime.stdvalues import is_datetime
    return is_datetime(value)


# -- primitives ------------------------------------------------------------------------------------

def _primitive(node: Node, reader: tuple[str, Callable[[str], Any]]) -> Any:
    type_name, convert = reader
    try:
        return convert(node.content)
    except (ValueError, OverflowError, ArithmeticError):
        raise node.error(f"The contents of the {type_name} primitive type are not valid.") from None


def _integer(low: int, high: int, wrap: Callable[[int], Any] = int) -> Callable[[str], Any]:
    def convert(text: str) -> Any:
        value = int(text.strip(), 10)
        if not low <= value <= high:
            raise ValueError(text)
        return wrap(value)
    return convert


def _boolean(text: str) -> bool:
    value = text.strip()
    if value in ("true", "1"):
        return True
    if value in ("false", "0"):
        return False
    raise ValueError(text)


def _double(text: str) -> float:
    value = text.strip()
    special = {"INF": float("inf"), "-INF": float("-inf"), "NaN": float("nan")}
    if value in special:
        return special[value]
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", value):
        raise ValueError(text)
    return float(value)


def _decimal(text: str) -> Any:
    import decimal
    value = text.strip()
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)", value):
        raise ValueError(text)
    return decimal.Decimal(value)


def _char(text: str) -> Any:
    from pyshell.runtime.types import PSChar
    return PSChar(chr(_integer(0, 0xFFFF)(text)))


def _guid(text: str) -> PSObject:
    import uuid
    from pyshell.runtime.systemtypes import make_guid
    return make_guid(str(uuid.UUID(text.strip())))


def _datetime(text: str) -> Any:
    """XmlConvert.ToDateTime(RoundtripKind): an offset makes a local time, Z a UTC one."""
    import datetime as dt
    value = text.strip()
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})?", value)
    if m is None:
        raise ValueError(text)
    when = dt.datetime.fromisoformat(m.group(1))
    if m.group(2):
        when = when.replace(microsecond=int(m.group(2).ljust(7, "0")[:6]))
    zone = m.group(3)
    if zone == "Z":
        return when.replace(tzinfo=dt.timezone.utc)
    if zone:
        sign = -1 if zone[0] == "-" else 1
        offset = dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6])) * sign
        return when.replace(tzinfo=dt.timezone(offset)).astimezone().replace(tzinfo=None)
    return when


def _duration(text: str) -> Any:
    """XmlConvert.ToTimeSpan: an xs:duration (a year counts 365 days, a month 30)."""
    import datetime as dt
    m = _DURATION.fullmatch(text.strip())
    if m is None or text.strip() in ("P", "-P") or text.strip().endswith("T"):
        raise ValueError(text)
    sign, years, months, days, hours, minutes, seconds, fraction = m.groups()
    total_days = int(years or 0) * 365 + int(months or 0) * 30 + int(days or 0)
    micro = int((fraction or "0").ljust(7, "0")[:6])
    span = dt.timedelta(days=total_days, hours=int(hours or 0), minutes=int(minutes or 0),
                        seconds=int(seconds or 0), microseconds=micro)
    return -span if sign else span


def _version(text: str) -> Any:
    from pyshell.runtime.versiontype import parse_version
    try:
        return parse_version(text.strip())
    except Exception as exc:  # noqa: BLE001 - parse_version reports bad text with its own error type
        raise ValueError(text) from exc


def _bytes(text: str) -> TypedArray:
    return TypedArray(base64.b64decode("".join(text.split()), validate=True), int, "System.Byte")


PRIMITIVES: dict[str, tuple[str, Callable[[str], Any]]] = {
    "S": ("System.String", decode_string),
    "SBK": ("System.Management.Automation.ScriptBlock", decode_string),   # a script block comes back as text
    "URI": ("System.Uri", decode_string),
    "XD": ("System.Xml.XmlDocument", decode_string),
    "B": ("System.Boolean", _boolean),
    "I32": ("System.Int32", _integer(INT32_MIN, INT32_MAX)),
    "I64": ("System.Int64", _integer(INT64_MIN, INT64_MAX, Int64)),
    "I16": ("System.Int16", _integer(-32768, 32767, Int16)),
    "U16": ("System.UInt16", _integer(0, 65535, UInt16)),
    "U32": ("System.UInt32", _integer(0, 2 ** 32 - 1, UInt32)),
    "U64": ("System.UInt64", _integer(0, 2 ** 64 - 1, UInt64)),
    "By": ("System.Byte", _integer(0, 255, Byte)),
    "SB": ("System.SByte", _integer(-128, 127, SByte)),
    "Db": ("System.Double", _double),
    "Sg": ("System.Single", lambda text: to_single(_double(text))),
    "D": ("System.Decimal", _decimal),
    "C": ("System.Char", _char),
    "G": ("System.Guid", _guid),
    "DT": ("System.DateTime", _datetime),
    "TS": ("System.TimeSpan", _duration),
    "Version": ("System.Version", _version),
    "BA": ("System.Byte[]", _bytes),
}
