"""The .NET Parse and TryParse statics scripts call on [int], [long], [double], [bool], [datetime],
[version] and [guid]. TryParse has an out parameter, which a script passes as `[ref]$n`: it
answers True or False and writes what it read (or the type's default) through the reference.

These read text as .NET does (en-US), not as a PowerShell cast does: Int32.Parse takes no hex
and no thousands separators; Double.Parse takes both a thousands separator and an exponent."""
from __future__ import annotations

import re

from pyshell.runtime.typenames import INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

_WHITE = " \t\n\v\f\r"
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")                 # NumberStyles.Integer, after trimming
# NumberStyles.Float | AllowThousands: a separator only after the first digit, before the point.
_FLOAT = re.compile(r"[+-]?(?:[0-9][0-9,]*(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\Z")
_SYMBOLS = {"Infinity": float("inf"), "-Infinity": float("-inf"), "NaN": float("nan")}
_BAD_FORMAT = "Input string was not in a correct format."


class _Failed(Exception):
    """Text a Parse refuses: FormatException or OverflowException."""

    def __init__(self, message: str, overflow: bool = False):
        super().__init__(message)
        self.overflow = overflow


def _text(value: Any) -> str | None:
    if value is None:
        return None
    from pyshell.runtime.conversion import to_string
    return to_string(value)


def _integer(low: int, high: int, name: str) -> Callable[[Any], int]:
    def read(value: Any) -> int:
        text = _text(value)
        if text is None:
            raise _Failed("Value cannot be null.\r\nParameter name: s")
        text = text.strip(_WHITE)
        if not _INTEGER.match(text):
            raise _Failed(_BAD_FORMAT)
        n = int(text)
        if not low <= n <= high:
            from pyshell.runtime.conversion import overflow_message
            raise _Failed(overflow_message(name), overflow=True)
        return n
    return read


def _double(value: Any) -> float:
    text = _text(value)
    if text is None:
        raise _Failed("Value cannot be null.\r\nParameter name: s")
    text = text.strip(_WHITE)
    if text in _SYMBOLS:
        return _SYMBOLS[text]
    if not _FLOAT.match(text):
        raise _Failed(_BAD_FORMAT)
    n = float(text.replace(",", ""))
    if n in (float("inf"), float("-inf")):
        raise _Failed("Value was either too large or too small for a Double.", overflow=True)
    return n


def _boolean(value: Any) -> bool:
    text = _text(value)
    if text is None:
        raise _Failed("Value cannot be null.\r\nParameter name: value")
    word = text.strip(_WHITE + "\0").lower()
    if word in ("true", "false"):
        return word == "true"
    raise _Failed("String was not recognized as a valid Boolean.")


def _int64(value: Any) -> Any:
    from pyshell.runtime.typenames import Int64
    return Int64(_integer(INT64_MIN, INT64_MAX, "Int64")(value))


def _sized(kind: type, low: int, high: int) -> Callable[[Any], Any]:
    """Byte.Parse, UInt32.Parse... : the number in the type's own class (typenames.py)."""
    read = _integer(low, high, kind.ps_type_name[7:])     # type: ignore[attr-defined]

    def typed(value: Any) -> Any:
        return kind(read(value))
    return typed


def _single(value: Any) -> Any:
    """Single.Parse: Double.Parse's text; too large for a Single is .NET Framework's OverflowException."""
    from pyshell.runtime.numerics import to_single
    n = _double(value)
    single = to_single(n)
    if single in (float("inf"), float("-inf")) and single != n:
        raise _Failed("Value was either too large or too small for a Single.", overflow=True)
    return single


def _sized_readers() -> dict[str, Callable[[Any], Any]]:
    from pyshell.runtime import typenames as t
    return {"byte": _sized(t.Byte, 0, 255), "sbyte": _sized(t.SByte, -128, 127),
            "int16": _sized(t.Int16, -2 ** 15, 2 ** 15 - 1), "uint16": _sized(t.UInt16, 0, 2 ** 16 - 1),
            "uint32": _sized(t.UInt32, 0, 2 ** 32 - 1), "uint64": _sized(t.UInt64, 0, 2 ** 64 - 1),
            "single": _single}


_READERS: dict[str, Callable[[Any], Any]] = {
    "int": _integer(INT32_MIN, INT32_MAX, "Int32"), "long": _int64, "double": _double, "bool": _boolean,
    **_sized_readers(),
}
_DEFAULTS: dict[str, Any] = {"int": 0, "double": 0.0, "bool": False}


def _default(kind: str) -> Any:
    """What TryParse writes when the text is not a number: the type's zero."""
    if kind in _DEFAULTS:
        return _DEFAULTS[kind]
    return _READERS[kind]("0")


def parse(kind: str) -> Callable[[Any], Any]:
    """[int]::Parse(s) and the like: the value, or the FormatException / OverflowException .NET throws."""
    reader = _READERS[kind]

    def call(text: Any) -> Any:
        try:
            return reader(text)
        except _Failed as exc:
            from pyshell.runtime.operators import PSOperatorError
            inner = "OverflowException" if exc.overflow else (
                "ArgumentNullException" if text is None else "FormatException")
            raise PSOperatorError(str(exc), inner, inner=inner) from None
    return call


def _out(reference: Any, position: int) -> Any:
    """The reference an out parameter needs; a plain value there is PowerShell's MethodException."""
    from pyshell.runtime.psreference import PSREFERENCE, PSReference
    if not isinstance(reference, PSReference):
        from pyshell.errors import ErrorCategory
        from pyshell.runtime.context import runtime_error
        raise runtime_error(f"Argument: '{position}' should be a {PSREFERENCE}. Use [ref].",
                            "NonRefArgumentToRefParameterMsg", None, ErrorCategory.NotSpecified, "MethodException")
    return reference


def _try(read: Callable[[], Any], default: Any, reference: Any) -> bool:
    try:
        value, ok = read(), True
    except Exception:           # whatever the parse threw, TryParse answers False
        value, ok = default, False
    reference.value = value
    return ok


def try_parse(kind: str) -> Callable[..., bool]:
    """[int]::TryParse(s, [ref]$n) and the like."""
    reader = _READERS[kind]

    def call(text: Any, reference: Any) -> bool:
        return _try(lambda: reader(text), _default(kind), _out(reference, 2))
    return call


def _date_min() -> Any:
    import datetime
    return datetime.datetime.min


def datetime_try_parse(text: Any, *rest: Any) -> bool:
    """DateTime.TryParse(s, out result) and (s, provider, styles, out result)."""
    if len(rest) not in (1, 3):
        raise TypeError("no such overload")
    from pyshell.runtime.datetimes import DateTimeType
    reference = _out(rest[-1], len(rest) + 1)
    return _try(lambda: DateTimeType.ps_convert(_checked_text(text)), _date_min(), reference)


def datetime_try_parse_exact(text: Any, fmt: Any, provider: Any, styles: Any, reference: Any) -> bool:
    """DateTime.TryParseExact(s, format, provider, styles, out result)."""
    from pyshell.runtime.datetime_exact import parse_exact
    reference = _out(reference, 5)
    return _try(lambda: parse_exact(_checked_text(text), fmt), _date_min(), reference)


def _checked_text(value: Any) -> str:
    text = _text(value)
    if text is None or not text.strip():
        raise _Failed(_BAD_FORMAT)
    return text


def version_try_parse(text: Any, reference: Any) -> bool:
    from pyshell.runtime.versiontype import parse_version
    reference = _out(reference, 2)
    return _try(lambda: parse_version(_checked_text(text)), None, reference)


def guid_try_parse(text: Any, reference: Any) -> bool:
    from pyshell.runtime.systemtypes import GUID_STATICS, GuidType
    reference = _out(reference, 2)
    return _try(lambda: GuidType.ps_convert(_checked_text(text)), GUID_STATICS["empty"], reference)
