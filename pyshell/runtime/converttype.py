"""[System.Convert]: the statics scripts use with numbers and byte arrays, as .NET Framework has
them: ToBase64String and FromBase64String, ToString(value, toBase) and To<Int>(text, fromBase) for
binary, octal, decimal and hexadecimal text, and the one-argument To<Type>(value) conversions
(a Double rounds half to even; text is read as the type's Parse reads it)."""
from __future__ import annotations

import base64
import binascii
import re

from pyshell.runtime.numerics import wrap
from pyshell.runtime.operators import PSOperatorError
from pyshell.runtime.typenames import Byte, Int16, Int64, SByte, UInt16, UInt32, UInt64

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

CONVERT = "System.Convert"
_BASES = (2, 8, 10, 16)
# name: (class, low, high, bits, signed)
_INTEGERS: dict[str, tuple[type, int, int, int, bool]] = {
    "Byte": (Byte, 0, 2 ** 8 - 1, 8, False), "SByte": (SByte, -2 ** 7, 2 ** 7 - 1, 8, True),
    "Int16": (Int16, -2 ** 15, 2 ** 15 - 1, 16, True), "UInt16": (UInt16, 0, 2 ** 16 - 1, 16, False),
    "Int32": (int, -2 ** 31, 2 ** 31 - 1, 32, True), "UInt32": (UInt32, 0, 2 ** 32 - 1, 32, False),
    "Int64": (Int64, -2 ** 63, 2 ** 63 - 1, 64, True), "UInt64": (UInt64, 0, 2 ** 64 - 1, 64, False),
}
_BAD_BASE64 = ("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two "
               "padding characters, or an illegal character among the padding characters. ")


def _bytes(value: Any) -> bytes:
    from pyshell.runtime.conversion import convert_to
    from pyshell.runtime.types import resolve_type
    if value is None:
        raise PSOperatorError("Value cannot be null.\r\nParameter name: inArray", inner="ArgumentNullException")
    target = resolve_type("byte").target        # type: ignore[union-attr]
    items = value if isinstance(value, (list, tuple)) else [value]
    return bytes(convert_to(b, target) for b in items)


def to_base64_string(value: Any, *rest: Any) -> str:
    if rest:
        raise TypeError("no such overload")
    return base64.b64encode(_bytes(value)).decode("ascii")


def from_base64_string(text: Any) -> Any:
    from pyshell.runtime.conversion import to_string
    from pyshell.runtime.encodingtype import byte_array
    if text is None:
        raise PSOperatorError("Value cannot be null.\r\nParameter name: s", inner="ArgumentNullException")
    compact = re.sub(r"[ \t\r\n]", "", to_string(text))
    if len(compact) % 4:
        raise PSOperatorError("Invalid length for a Base-64 char array or string.", inner="FormatException")
    try:
        return byte_array(base64.b64decode(compact, validate=True))
    except (binascii.Error, ValueError):
        raise PSOperatorError(_BAD_BASE64, inner="FormatException") from None


def _base(value: Any) -> int:
    from pyshell.runtime.conversion import to_int
    base = to_int(value)
    if base not in _BASES:
        raise PSOperatorError("Invalid Base.", inner="ArgumentException")
    return base


def to_string(value: Any, *rest: Any) -> str:
    """Convert.ToString(value) and ToString(value, toBase) for Byte, Int16, Int32 and Int64; a
    negative number in base 2, 8 or 16 shows its two's complement in its own size."""
    from pyshell.runtime.conversion import to_string as text_of
    if not rest:
        return text_of(value)
    if len(rest) != 1:
        raise TypeError("no such overload")
    base = _base(rest[0])
    n, bits = _integer_operand(value)
    if base == 10:
        return str(n)
    if n < 0:
        n = wrap(n, bits, False)
    return format(n, {2: "b", 8: "o", 16: "x"}[base])


def _integer_operand(value: Any) -> tuple[int, int]:
    """The number ToString(value, toBase) takes, with the size of the overload .NET picks for it."""
    from pyshell.runtime.conversion import to_int
    from pyshell.runtime.typenames import INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN
    if isinstance(value, int) and not isinstance(value, bool):
        name = getattr(type(value), "ps_type_name", "")
        bits = {"System.Byte": 8, "System.Int16": 16, "System.Int64": 64}.get(name)
        if bits is None:
            bits = 32 if INT32_MIN <= value <= INT32_MAX else 64
        if name in ("System.UInt32", "System.UInt64", "System.UInt16", "System.SByte"):
            bits = 64           # no overload of their own: Int64's takes them
        return int(value), bits
    return to_int(value, "System.Int64", INT64_MIN, INT64_MAX), 64


def _to_integer(name: str) -> Callable[..., Any]:
    kind, low, high, bits, signed = _INTEGERS[name]

    def convert(value: Any, *rest: Any) -> Any:
        if not rest:
            return _one_argument(kind, name, low, high, value)
        if len(rest) != 1:
            raise TypeError("no such overload")
        base = _base(rest[0])
        return kind(_parse_in_base(value, base, name, low, high, bits, signed))
    return convert


def _one_argument(kind: type, name: str, low: int, high: int, value: Any) -> Any:
    from pyshell.runtime.conversion import PSConversionError, overflow_message, to_int
    if isinstance(value, str) and not getattr(type(value), "ps_type_name", "") == "System.Char":
        from pyshell.runtime import tryparse
        return tryparse.parse("int" if name == "Int32" else name.lower() if name != "Int64" else "long")(value)
    try:
        return kind(to_int(value, "System." + name, low, high))
    except PSConversionError as exc:
        if exc.reason == overflow_message(name):
            raise PSOperatorError(exc.reason, inner="OverflowException") from None
        raise PSOperatorError(exc.message, inner="InvalidCastException") from None


def _parse_in_base(value: Any, base: int, name: str, low: int, high: int, bits: int, signed: bool) -> int:
    """Convert.ToInt32("ff", 16): digits of the base, an 0x before hexadecimal; in base 2, 8 and 16
    the digits are the type's bits, so "ffffffff" is -1 for an Int32."""
    from pyshell.runtime.conversion import overflow_message, to_string
    if value is None:
        return 0
    text = to_string(value)
    body = text[2:] if base == 16 and text[:2].lower() == "0x" else text
    negative = base == 10 and body.startswith("-")
    digits = body[1:] if negative else body
    if not digits:
        raise PSOperatorError("Index was out of range. Must be non-negative and less than the size of the collection."
                              "\r\nParameter name: startIndex", inner="ArgumentOutOfRangeException")
    valid = "0123456789abcdef"[:base]
    if digits[0].lower() not in valid:
        raise PSOperatorError("Could not find any recognizable digits.", inner="FormatException")
    if any(c.lower() not in valid for c in digits):
        raise PSOperatorError("Additional non-parsable characters are at the end of the string.",
                              inner="FormatException")
    n = int(digits, base)
    if base == 10:
        n = -n if negative else n
        if not low <= n <= high:
            raise PSOperatorError(overflow_message(name), inner="OverflowException")
        return n
    if n >= 1 << bits:
        raise PSOperatorError(overflow_message(name), inner="OverflowException")
    return wrap(n, bits, signed)


def _to_real(single: bool) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        from pyshell.runtime.conversion import PSConversionError, convert_to
        from pyshell.runtime.types import resolve_type
        if isinstance(value, str):
            from pyshell.runtime import tryparse
            return tryparse.parse("single" if single else "double")(value)
        target = resolve_type("float" if single else "double").target     # type: ignore[union-attr]
        try:
            return convert_to(value, target)
        except PSConversionError as exc:
            raise PSOperatorError(exc.reason or exc.message, inner="InvalidCastException") from None
    return convert


class ConvertType:
    """[Convert] itself: a static class, nothing converts to it."""
    ps_type_name = CONVERT


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.types import TypeRef
    statics: dict[str, Any] = {"tobase64string": to_base64_string, "frombase64string": from_base64_string,
                               "tostring": to_string, "todouble": _to_real(False), "tosingle": _to_real(True)}
    for name in _INTEGERS:
        statics["to" + name.lower()] = _to_integer(name)
    add(("convert", CONVERT), TypeRef("convert", ConvertType, statics, lambda value: False))
