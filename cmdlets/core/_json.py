"""JSON as Windows PowerShell 5.1 writes it (ConvertTo-Json).

Writing works in two steps, as 5.1 does: the objects are first reduced to dictionaries, lists and
plain values (objects nested deeper than -Depth become their string form), then serialized the
way .NET's JavaScriptSerializer does it -- compact, with `<`, `>`, `&` and `'` escaped as \\uXXXX
and dates as "\\/Date(milliseconds)\\/" -- and finally re-indented by 5.1's own pretty-printer:
four spaces per level, two blanks after each colon, and a nested object or array indented to
line up under its opening brace, past its property name.

Reading (ConvertFrom-Json) is in _json_read.py.
"""
from __future__ import annotations

import datetime as _dt
import decimal
import math
from pyshell.runtime.conversion import decimal_string, format_double, to_string
from pyshell.runtime.datetimes import DisplayDateTime, display_string, unix_milliseconds
from pyshell.runtime.extended import EXTENDED_TYPES
from pyshell.runtime.systemtypes import GUID
from pyshell.runtime.types import PSChar
from pyshell.runtime.values import ComputedProperty, PSEnum, PSHashtable, PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MAX_DEPTH = 100


class NonStringKey(Exception):
    def __init__(self, table: Any):
        self.table = table


# --- step one: reduce to plain data --------------------------------------------------------------

class Reducer:
    def __init__(self, depth: int, ofs: str = " "):
        self.depth = depth
        self.ofs = ofs

    def value(self, obj: Any, level: int) -> Any:
        if type(obj) in EXTENDED_TYPES:
            return self.extended(obj, level)
        if obj is None or isinstance(obj, (str, bool, int, float, decimal.Decimal)):
            return obj
        if isinstance(obj, DisplayDateTime):
            # Get-Date's output carries note properties, so 5.1 writes it as an object
            return {"value": obj, "DisplayHint": _hint_number(obj), "DateTime": display_string(obj)}
        if isinstance(obj, _dt.datetime):
            return obj
        if isinstance(obj, PSEnum):
            return obj.value
        if isinstance(obj, PSObject) and obj.type_names[:1] == [GUID]:
            return to_string(obj)       # the serializer writes a Guid as its text, at any depth
        if level > self.depth:
            return to_string(obj, self.ofs)
        if isinstance(obj, PSHashtable):
            out: dict[str, Any] = {}
            for key, item in obj.items():
                if not isinstance(key, str):
                    raise NonStringKey(obj)
                out[key] = self.value(item, level + 1)
            return out
        if isinstance(obj, (list, tuple)):
            return [self.value(item, level + 1) for item in obj]
        if isinstance(obj, _dt.timedelta):
            from pyshell.runtime.datetimes import properties
            return {name: self.value(v, level + 1) for name, v in properties(obj)}
        if isinstance(obj, PSObject):
            return {name: self.value(item, level + 1) for name, item in obj.properties()}
        own = getattr(type(obj), "ps_properties", None)
        if own is not None:     # a value that lists its own properties ($switch: {"IsPresent":true})
            return {name: self.value(item, level + 1) for name, item in own(obj)}
        return to_string(obj, self.ofs)


    def extended(self, obj: Any, level: int) -> Any:
        """A string or an array Add-Member gave members: as 5.1's AddPsProperties writes a PSObject
        over such a value, its own JSON under "value", then its extended properties (the ones
        added, then an array's Count, System.Array's alias in types.ps1xml), unless it has none."""
        base = str.__str__(obj) if isinstance(obj, str) else self.value(list(obj), level)
        ext = obj.ps_extension
        out: dict[str, Any] = {"value": base}
        for key, name in ext._names.items():
            item = ext._values[key]
            if isinstance(item, ComputedProperty):
                try:
                    item = item.read(obj)
                except Exception:  # noqa: BLE001 - a property that fails is written as null, as 5.1 does
                    item = None
            out.setdefault(name, self.value(item, level + 1))
        if not isinstance(obj, str):
            out.setdefault("Count", len(obj))
        return base if len(out) == 1 else out


def _hint_number(value: DisplayDateTime) -> int:
    return {"Date": 0, "Time": 1}.get(value.display_hint, 2)


# --- step two: JavaScriptSerializer's compact text -------------------------------------------------

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def quote(text: str) -> str:
    out = ['"']
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch < " " or ch in "<>&'":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _number(value: Any) -> str:
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return quote(format_double(value))
        if type(value) is not float and getattr(type(value), "ps_type_name", "") == "System.Single":
            return _round_trip_single(value)
        return _round_trip(value)
    if isinstance(value, decimal.Decimal):
        return decimal_string(value)
    return str(value)


def _round_trip_single(value: float) -> str:
    """Single.ToString("R") of .NET Framework: seven significant digits when they read back as the
    same Single, else nine."""
    from pyshell.runtime.numerics import format_single, to_single
    text = format_single(value)
    if to_single(float(text)) == value:
        return text
    return _with_dotnet_exponent("%.9G" % value)


def _round_trip(value: float) -> str:
    """Double.ToString("R"): fifteen significant digits when they read back as the same double,
    else seventeen."""
    text = format_double(value)
    if float(text) == value:
        return text
    return _with_dotnet_exponent("%.17G" % value)


def _with_dotnet_exponent(text: str) -> str:
    """C's exponent (E+005) as .NET writes it: a sign and at least two digits (E+05)."""
    if "E" in text:
        mantissa, exp = text.split("E")
        text = f"{mantissa}E{exp[0]}{exp[1:].lstrip('0').rjust(2, '0')}"
    return text


def compact(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        if value == "\0" and isinstance(value, PSChar):
            return "null"           # JavaScriptSerializer writes the character 0 as null
        return quote(value)
    if isinstance(value, _dt.datetime):
        return quote_date(value)
    if isinstance(value, (int, float, decimal.Decimal)):
        return _number(value)
    if isinstance(value, dict):
        return "{" + ",".join(quote(k) + ":" + compact(v) for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(compact(v) for v in value) + "]"
    return quote(to_string(value))


def quote_date(value: _dt.datetime) -> str:
    return '"\\/Date(' + str(unix_milliseconds(value)) + ')\\/"'


# --- step three: 5.1's pretty-printer -------------------------------------------------------------

class _Pretty:
    """Re-indents compact JSON character by character, as ConvertTo-Json does in Windows PowerShell."""

    def __init__(self, text: str, newline: str = "\n"):
        self.text = text
        self.nl = newline
        self.out: list[str] = []

    def run(self) -> str:
        text = self.text
        if not text.startswith(("{", "[")):
            return text
        self.out.append(text[0])
        if text[0] == "{":
            self.dictionary(1, "", 0)
        else:
            self.array(1, "", 0)
        return "".join(self.out)

    def quoted(self, i: int) -> int:
        """Copy a string's body (the opening quote is already written); return the closing quote's index."""
        text = self.text
        while i < len(text):
            ch = text[i]
            self.out.append(ch)
            if ch == '"':
                j, escaped = i, False
                while j > 0 and text[j - 1] == "\\":
                    escaped = not escaped
                    j -= 1
                if not escaped:
                    return i
            i += 1
        raise ValueError("unterminated string")

    def array(self, i: int, pad: str, spaces: int) -> int:
        out, text = self.out, self.text
        out.append(self.nl)
        inner = pad + " " * spaces + "    "
        head = True
        while i < len(text):
            ch = text[i]
            if ch == "{":
                out.append(inner + ch)
                i = self.dictionary(i + 1, inner, 0)
                head = False
            elif ch == "[":
                out.append(inner + ch)
                i = self.array(i + 1, inner, 0)
                head = False
            elif ch == "]":
                out.append(self.nl + pad + " " * spaces + ch)
                return i
            elif ch == '"':
                if head:
                    out.append(inner)
                out.append(ch)
                i = self.quoted(i + 1)
                head = False
            elif ch == ",":
                out.append(ch + self.nl)
                head = True
            else:
                if head:
                    out.append(inner)
                out.append(ch)
                head = False
            i += 1
        raise ValueError("unterminated array")

    def dictionary(self, i: int, pad: str, spaces: int) -> int:
        out, text = self.out, self.text
        out.append(self.nl)
        inner = pad + " " * spaces + "    "
        head, before_colon, key_width = True, True, 0
        while i < len(text):
            ch = text[i]
            if ch == "{":
                out.append(ch)
                i = self.dictionary(i + 1, inner, key_width)
                head = False
            elif ch == "[":
                out.append(ch)
                i = self.array(i + 1, inner, key_width)
                head = False
            elif ch == "}":
                out.append(self.nl + pad + " " * spaces + ch)
                return i
            elif ch == '"':
                if head:
                    out.append(inner)
                out.append(ch)
                end = self.quoted(i + 1)
                if before_colon:
                    key_width += end - i + 1
                i = end
                head = False
            elif ch == ":":
                out.append(ch + "  ")
                key_width += 3
                head, before_colon = False, False
            elif ch == ",":
                out.append(ch + self.nl)
                head, before_colon, key_width = True, True, 0
            else:
                if head:
                    out.append(inner)
                out.append(ch)
                if before_colon:
                    key_width += 1
                head = False
            i += 1
        raise ValueError("unterminated object")


def pretty(text: str, newline: str = "\n") -> str:
    return _Pretty(text, newline).run()


def to_json(obj: Any, depth: int = 2, compress: bool = False, ofs: str = " ") -> str:
    """The JSON text for `obj`."""
    reducer = Reducer(depth, ofs)
    plain = reducer.value(obj, 0)
    text = compact(plain)
    return text if compress else pretty(text)
