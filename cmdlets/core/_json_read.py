"""JSON text to objects, as Windows PowerShell 5.1's ConvertFrom-Json reads it.

5.1 reads JSON with .NET's JavaScriptSerializer, which is more lenient than the JSON standard and
picks its own number types; scripts written for 5.1 rely on both:

- a member name may be unquoted (`{name:1}`), and strings may be in single quotes (`['a', 'b']`);
- a whole number is an Int32, else an Int64; a number with a decimal point and no exponent is a
  Decimal; one with an exponent (or too big for a Decimal) is a Double; `null`, `true` and `false`
  must be written in lower case;
- a string written exactly as `"\\/Date(milliseconds)\\/"` (with the escaped slashes) is a UTC
  DateTime; any other string stays a string;
- a `"__type"` member holding a string is a type hint for the serializer, and is dropped;
- nesting deeper than 102 levels is refused ("RecursionLimit exceeded.").

Objects become PSCustomObjects (two member names that differ only in case are an error) and
arrays become arrays. Errors carry the serializer's messages: "<what> (<position>): <text>".
"""
from __future__ import annotations

import datetime as _dt
import decimal
import re

from pyshell.runtime.values import PSCUSTOMOBJECT, PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

RECURSION_LIMIT = 102           # ConvertFrom-Json's limit: 100 levels, plus two
_TYPE_HINT = "__type"
_DATE_PREFIX = '"\\/Date('
_DATE = re.compile(r'"\\/Date\((-?[0-9]+)(?:[a-zA-Z]|[+-][0-9]{4})?\)\\/"')
_WHOLE = re.compile(r"[+-]?[0-9]+\Z")
_DECIMAL = re.compile(r"(?:[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)|(?:[0-9]+\.?[0-9]*|\.[0-9]+)[+-]?)\Z")
_FLOAT = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\Z")
_FLOAT_WORDS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
_ESCAPES = {'"': '"', "'": "'", "/": "/", "\\": "\\", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_DECIMAL_LIMIT = 2 ** 96


class BadJson(ValueError):
    """Text that is not JSON, with JavaScriptSerializer's message."""


class DuplicateKeys(ValueError):
    def __init__(self, first: str, second: str):
        super().__init__(first, second)
        self.first, self.second = first, second


def _is_token_char(ch: str) -> bool:
    return ch.isalnum() or ch in ".-_+"


def _utf16(text: str) -> str:
    """Surrogate pairs written as two \\u escapes joined into one character; a lone surrogate
    becomes U+FFFD, as the serializer's string check does."""
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if "\ud800" <= ch <= "\udbff" and i + 1 < len(text) and "\udc00" <= text[i + 1] <= "\udfff":
            out.append(chr(0x10000 + ((ord(ch) - 0xD800) << 10) + (ord(text[i + 1]) - 0xDC00)))
            i += 2
            continue
        out.append("\ufffd" if "\ud800" <= ch <= "\udfff" else ch)
        i += 1
    return "".join(out)


def _to_decimal(token: str) -> decimal.Decimal | None:
    """Decimal.Parse's result for a token (a trailing sign is allowed too): at most 28 decimals and
    a 96-bit mantissa, rounding away the last decimals that do not fit; None when it is too big."""
    if token[-1] in "+-":
        token = token[-1] + token[:-1]
    with decimal.localcontext() as exact:
        exact.prec = 80
        try:
            value = decimal.Decimal(token)
        except decimal.InvalidOperation:
            return None
        if value.as_tuple().exponent < -28:
            value = value.quantize(decimal.Decimal(1).scaleb(-28), rounding=decimal.ROUND_HALF_EVEN)
        while True:
            sign, digits, exponent = value.as_tuple()
            if int("".join(map(str, digits)) or "0") < _DECIMAL_LIMIT:
                return value
            if exponent >= 0:
                return None
            value = value.quantize(decimal.Decimal(1).scaleb(exponent + 1), rounding=decimal.ROUND_HALF_EVEN)


def _number(token: str) -> Any:
    if "e" not in token.lower():
        if "." not in token and _WHOLE.match(token):
            value = int(token)
            if -(2 ** 63) <= value < 2 ** 63:
                return value
        if _DECIMAL.match(token):
            found = _to_decimal(token)
            if found is not None:
                return found
    if token in _FLOAT_WORDS:
        return _FLOAT_WORDS[token]
    if _FLOAT.match(token):
        value = float(token)
        if value not in (float("inf"), float("-inf")):      # .NET Framework refuses an overflow
            return value
    raise BadJson(f"Invalid JSON primitive: {token}.")


class _Reader:
    """JavaScriptSerializer's reader: a position in the text, moved one character at a time."""

    def __init__(self, text: str):
        self.text = text
        self.pos = 0

    def error(self, message: str) -> BadJson:
        return BadJson(f"{message} ({self.pos}): {self.text}")

    def next_char(self) -> str | None:
        if self.pos < len(self.text):
            self.pos += 1
            return self.text[self.pos - 1]
        return None

    def next_non_blank(self) -> str | None:
        text = self.text
        while self.pos < len(text):
            ch = text[self.pos]
            self.pos += 1
            if not ch.isspace():
                return ch
        return None

    def back(self) -> None:
        if self.pos > 0:
            self.pos -= 1

    def value(self, depth: int) -> Any:
        depth += 1
        if depth > RECURSION_LIMIT:
            raise self.error("RecursionLimit exceeded.")
        ch = self.next_non_blank()
        if ch is None:
            return None
        self.back()
        if ch == "{":
            return self.dictionary(depth)
        if ch == "[":
            return self.array(depth)
        if self.text.startswith(_DATE_PREFIX, self.pos):
            match = _DATE.match(self.text, self.pos)
            if match:
                self.pos = match.end()
                try:
                    return _EPOCH + _dt.timedelta(milliseconds=int(match.group(1)))
                except OverflowError:
                    raise self.error("Invalid JSON date.") from None
        if ch in "\"'":
            return self.string()
        token = self.token()
        if token == "null":
            return None
        if token == "true":
            return True
        if token == "false":
            return False
        return _number(token)

    def token(self) -> str:
        start = self.pos
        text = self.text
        while self.pos < len(text) and _is_token_char(text[self.pos]):
            self.pos += 1
        return text[start:self.pos]

    def string(self) -> str:
        quote = self.next_char()
        out: list[str] = []
        escaped = False
        while True:
            ch = self.next_char()
            if ch is None:
                raise self.error("Unterminated string passed in.")
            if ch == "\\" and not escaped:
                escaped = True
                continue
            if escaped:
                escaped = False
                if ch == "u":
                    digits = self.text[self.pos:self.pos + 4]
                    if len(digits) < 4 or not all(c in "0123456789abcdefABCDEF" for c in digits):
                        raise self.error("Unrecognized escape sequence.")
                    self.pos += 4
                    out.append(chr(int(digits, 16)))
                elif ch in _ESCAPES:
                    out.append(_ESCAPES[ch])
                else:
                    raise self.error("Unrecognized escape sequence.")
                continue
            if ch == quote:
                return _utf16("".join(out))
            out.append(ch)

    def member_name(self) -> str:
        ch = self.next_non_blank()
        if ch is None:
            return ""
        self.back()
        return self.string() if ch in "\"'" else self.token()

    def dictionary(self, depth: int) -> dict[str, Any]:
        self.next_char()            # the {
        members: dict[str, Any] = {}
        ch = None
        while True:
            ch = self.next_non_blank()
            if ch is None:
                break
            self.back()
            if ch == ":":
                raise self.error("Invalid object passed in, member name expected.")
            if ch == "}" and not members:
                self.next_non_blank()
                break
            name = self.member_name() if ch != "}" else ""
            if ch != "}":
                if not name:
                    raise self.error("Invalid object passed in, member name expected.")
                if self.next_non_blank() != ":":
                    raise self.error("Invalid object passed in, ':' or '}' expected.")
            members[name] = self.value(depth)
            ch = self.next_non_blank()
            if ch == "}":
                break
            if ch != ",":
                raise self.error("Invalid object passed in, ':' or '}' expected.")
        if ch != "}":
            raise self.error("Invalid object passed in, ':' or '}' expected.")
        if isinstance(members.get(_TYPE_HINT), str):
            del members[_TYPE_HINT]
        return members

    def array(self, depth: int) -> list[Any]:
        self.next_char()            # the [
        items: list[Any] = []
        more = False
        while True:
            ch = self.next_non_blank()
            if ch is None or ch == "]":
                break
            self.back()
            items.append(self.value(depth))
            more = False
            ch = self.next_non_blank()
            if ch == "]":
                break
            more = True
            if ch != ",":
                raise self.error("Invalid array passed in, ',' expected.")
        if more:
            raise self.error("Invalid array passed in, extra trailing ','.")
        if ch != "]":
            raise self.error("Invalid array passed in, ']' expected.")
        return items


def _objects(value: Any) -> Any:
    """The serializer's dictionaries and lists as PowerShell sees them: PSCustomObjects, arrays."""
    if isinstance(value, dict):
        obj = PSObject(type_names=[PSCUSTOMOBJECT, "System.Object"])
        seen: dict[str, str] = {}
        for key, item in value.items():
            other = seen.get(key.lower())
            if other is not None:
                raise DuplicateKeys(other, key)
            seen[key.lower()] = key
            obj.set(key, _objects(item))
        return obj
    if isinstance(value, list):
        return [_objects(item) for item in value]
    return value


def from_json(text: str) -> Any:
    """Parse JSON text (DuplicateKeys, or BadJson with the serializer's message when it is not JSON)."""
    reader = _Reader(text)
    value = reader.value(0)
    if reader.next_non_blank() is not None:
        raise BadJson(f"Invalid JSON primitive: {text[reader.pos:]}.")
    return _objects(value)
