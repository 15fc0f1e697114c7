"""The -f operator: .NET composite formatting ({0}, {0,-10}, {0:N2}, {1:D3}, {0:X}, {0:P})."""
from __future__ import annotations

import re
from typing import Any

from pyshell.runtime.conversion import to_float, to_int, to_string
from pyshell.runtime.operators import PSOperatorError

_ITEM = re.compile(r"\{\{|\}\}|\{(\d+)(?:\s*,\s*(-?\d+))?(?::([^}]*))?\}")


def _format_value(value: Any, spec: str | None) -> str:
    import datetime
    if isinstance(value, datetime.datetime):
        # a date formats in the current culture (en-US), with .NET's date format strings
        from pyshell.runtime.datetimes import FormatError, culture_string, format_datetime
        try:
            return format_datetime(value, spec) if spec else culture_string(value)
        except FormatError as exc:
            raise PSOperatorError(f"Error formatting a string: {exc}.", "FormatError") from None
    if not spec:
        return to_string(value)
    kind, digits = spec[0].upper(), spec[1:]
    try:
        n = int(digits) if digits else None
    except ValueError:
        n = None
    if kind == "N":
        return f"{to_float(value):,.{2 if n is None else n}f}"
    if kind == "F":
        return f"{to_float(value):.{2 if n is None else n}f}"
    if kind == "D":
        v = to_int(value)
        return f"{'-' if v < 0 else ''}{abs(v):0{n or 1}d}"
    if kind == "X":
        v = to_int(value)
        text = f"{v & 0xFFFFFFFF if v < 0 else v:0{n or 1}x}"
        return text.upper() if spec[0] == "X" else text
    if kind == "P":
        return f"{to_float(value) * 100:,.{2 if n is None else n}f} %"
    if kind == "C":
        return f"¤{to_float(value):,.{2 if n is None else n}f}"
    if kind == "E":
        text = f"{to_float(value):.{6 if n is None else n}e}"
        mant, exp = text.split("e")
        return f"{mant}{'E' if spec[0] == 'E' else 'e'}{exp[0]}{exp[1:].rjust(3, '0')}"
    return to_string(value)


def format_operator(fmt: Any, args: Any) -> str:
    values = list(args) if isinstance(args, (list, tuple)) else [args]
    text = to_string(fmt)

    def sub(m: re.Match) -> str:
        token = m.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        i = int(m.group(1))
        if i >= len(values):
            raise PSOperatorError(f'Error formatting a string: Index (zero based) must be greater than or equal to '
                                  f'zero and less than the size of the argument list..', "FormatError")
        body = _format_value(values[i], m.group(3))
        if m.group(2):
            width = int(m.group(2))
            body = body.ljust(-width) if width < 0 else body.rjust(width)
        return body
    return _ITEM.sub(sub, text)
