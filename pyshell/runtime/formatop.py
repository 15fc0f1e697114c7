"""The -f operator: .NET composite formatting ({0}, {0,-10}, {0:N2}, {1:D3}, {0:X}, {0:P})."""
from __future__ import annotations

from decimal import Decimal

from pyshell.runtime.conversion import to_float, to_int, to_string
from pyshell.runtime.operators import PSOperatorError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


_BITS = {"System.SByte": 8, "System.Int16": 16, "System.Int64": 64}


def _integer(value: Any) -> int:
    """The integer a D or X format shows: an integer of any size as it is (a UInt64 too)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return to_int(value)

def format_value(value: Any, spec: str | None) -> str:
    import datetime
    if isinstance(value, datetime.datetime):
        # a date formats in the current culture (en-US), with .NET's date format strings
        from pyshell.runtime.datetimes import FormatError, culture_string, format_datetime
        try:
            return format_datetime(value, spec) if spec else culture_string(value)
        except FormatError as exc:
            raise PSOperatorError(f"Error formatting a string: {exc}.", "FormatError") from None
    if isinstance(value, datetime.timedelta) and spec:
        from pyshell.runtime.datetimes import FormatError
        from pyshell.runtime.spanformat import format_timespan
        try:
            return format_timespan(value, spec)
        except FormatError as exc:
            raise PSOperatorError(f"Error formatting a string: {exc}.", "FormatError") from None
    if not spec or isinstance(value, str):
        return to_string(value)         # text is not IFormattable: .NET leaves it as it is
    kind, digits = spec[0].upper(), spec[1:]
    try:
        n = int(digits) if digits else None
    except ValueError:
        n = None
    if n is not None and kind in "NFDXPCE" and not 0 <= n <= MAX_PRECISION:
        raise _format_error("Format specifier was invalid.")
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        from pyshell.runtime.numberformat import format_number
        try:
            text = format_number(value, spec)
        except ValueError:          # NaN and infinities show as themselves
            text = to_string(value)
        if text is not None:
            return text
    if kind == "N":
        return f"{to_float(value):,.{2 if n is None else n}f}"
    if kind == "F":
        return f"{to_float(value):.{2 if n is None else n}f}"
    if kind == "D":
        v = _integer(value)
        return f"{'-' if v < 0 else ''}{abs(v):0{n or 1}d}"
    if kind == "X":
        v = _integer(value)
        if v < 0:           # two's complement in the value's own size: [sbyte]-1 is FF
            v &= (1 << _BITS.get(getattr(type(v), "ps_type_name", ""), 32 if v >= -2 ** 31 else 64)) - 1
        text = f"{v:0{n or 1}x}"
        return text.upper() if spec[0] == "X" else text
    if kind == "P":
        return f"{to_float(value) * 100:,.{2 if n is None else n}f} %"
    if kind == "C":
        # en-US, as .NET Framework has it: $1,234.50, and a negative amount in parentheses.
        places = 2 if n is None else n
        amount = round(to_float(value), places)
        text = f"${abs(amount):,.{places}f}"
        return f"({text})" if amount < 0 else text
    if kind == "E":
        text = f"{to_float(value):.{6 if n is None else n}e}"
        mant, exp = text.split("e")
        return f"{mant}{'E' if spec[0] == 'E' else 'e'}{exp[0]}{exp[1:].rjust(3, '0')}"
    return to_string(value)


_BAD_FORMAT = "Input string was not in a correct format."
_BAD_INDEX = "Index (zero based) must be greater than or equal to zero and less than the size of the argument list."
_LIMIT = 1_000_000          # .NET stops reading an index or a width here: a longer one is malformed
MAX_PRECISION = 99          # .NET Framework's largest precision for a standard numeric format


class FormatFailure(PSOperatorError):
    """The -f operator's FormatError; `reason` is the .NET FormatException's own message."""

    def __init__(self, reason: str):
        super().__init__(f"Error formatting a string: {reason}.", "FormatError")
        self.reason = reason


def _format_error(reason: str) -> FormatFailure:
    return FormatFailure(reason)


def format_operator_op(fmt: Any, args: Any) -> str:
    """The -f operator: format_operator, whose failure names the format string as its target."""
    try:
        return format_operator(fmt, args)
    except PSOperatorError as exc:
        if exc.error_id == "FormatError" and exc.target is None:
            exc.target = to_string(fmt)
        raise


def format_operator(fmt: Any, args: Any) -> str:
    """Composite formatting as .NET's String.Format reads it: literal text with `{{` and `}}`, and
    items `{index[,width][:format]}`. Anything else (a lone brace, `{0.attr}`, `{0!r}`, an index or
    width of a million or more) is .NET's FormatException, never Python's str.format."""
    values = list(args) if isinstance(args, (list, tuple)) else [args]
    text = to_string(fmt)
    n = len(text)
    out: list[str] = []
    pos = 0
    while True:
        # literal text up to the next item
        start = pos
        while pos < n:
            ch = text[pos]
            if ch == "}":
                if pos + 1 < n and text[pos + 1] == "}":
                    out.append(text[start:pos + 1])
                    pos += 2
                    start = pos
                    continue
                raise _format_error(_BAD_FORMAT)
            if ch == "{":
                if pos + 1 < n and text[pos + 1] == "{":
                    out.append(text[start:pos + 1])
                    pos += 2
                    start = pos
                    continue
                break
            pos += 1
        out.append(text[start:pos])
        if pos >= n:
            return "".join(out)
        pos += 1                                    # the item's "{"
        index, pos = _digits(text, pos)
        if index is None:
            raise _format_error(_BAD_FORMAT)
        if index >= len(values):
            raise _format_error(_BAD_INDEX)
        pos = _skip_spaces(text, pos)
        width, left = 0, False
        if pos < n and text[pos] == ",":
            pos = _skip_spaces(text, pos + 1)
            if pos < n and text[pos] == "-":
                left, pos = True, pos + 1
            width_value, pos = _digits(text, pos)
            if width_value is None:
                raise _format_error(_BAD_FORMAT)
            width = width_value
        pos = _skip_spaces(text, pos)
        spec: str | None = None
        if pos < n and text[pos] == ":":
            pos += 1
            chars: list[str] = []
            while True:
                if pos >= n:
                    raise _format_error(_BAD_FORMAT)
                ch = text[pos]
                if ch == "{":
                    if pos + 1 < n and text[pos + 1] == "{":
                        pos += 1
                    else:
                        raise _format_error(_BAD_FORMAT)
                elif ch == "}":
                    if pos + 1 < n and text[pos + 1] == "}":
                        pos += 1
                    else:
                        break
                chars.append(ch)
                pos += 1
            spec = "".join(chars)
        if pos >= n or text[pos] != "}":
            raise _format_error(_BAD_FORMAT)
        pos += 1
        body = format_value(values[index], spec)
        out.append(body.ljust(width) if left else body.rjust(width))


def _digits(text: str, pos: int) -> tuple[int | None, int]:
    """A decimal number at `pos` below _LIMIT, and where it ends; None when there is none or it is
    too long (the caller then finds a digit where it expects `,`, `:` or `}`: malformed)."""
    end = pos
    while end < len(text) and "0" <= text[end] <= "9":
        end += 1
    if end == pos:
        return None, pos
    value = int(text[pos:end]) if end - pos <= 7 else _LIMIT
    return (value, end) if value < _LIMIT else (None, end)


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos
