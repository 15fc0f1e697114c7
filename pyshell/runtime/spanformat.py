"""TimeSpan.ToString(format) and `"{0:hh\\:mm}" -f $span`: .NET's standard TimeSpan formats (c, t,
T, g, G) and its custom ones (d, h, m, s, f, F, quoted text, backslash escapes, %c). Unlike a date
format, a custom TimeSpan format takes no separator literally: `hh:mm` is an error and `hh\\:mm`
is what scripts write. Custom formats show no sign."""
from __future__ import annotations

import datetime as _dt

from pyshell.runtime.datetimes import FormatError, span_ticks, timespan_string

_BAD = "Input string was not in a correct format."
_TICKS_PER = {"d": 864_000_000_000, "h": 36_000_000_000, "m": 600_000_000, "s": 10_000_000}
_MAX_RUN = {"d": 8, "h": 2, "m": 2, "s": 2, "f": 7, "F": 7}


def format_timespan(value: _dt.timedelta, fmt: str | None) -> str:
    """The span in the format `fmt` (None or "" gives ToString()); FormatError for a bad format."""
    if not fmt or fmt in ("c", "t", "T"):
        return timespan_string(value)
    total = span_ticks(value)
    sign = "-" if total < 0 else ""
    days, hours, minutes, seconds, fraction = _components(abs(total))
    if fmt == "g":
        text = f"{sign}{str(days) + ':' if days else ''}{hours}:{minutes:02d}:{seconds:02d}"
        trimmed = f"{fraction:07d}".rstrip("0")
        return text + ("." + trimmed if trimmed else "")
    if fmt == "G":
        return f"{sign}{days}:{hours:02d}:{minutes:02d}:{seconds:02d}.{fraction:07d}"
    if len(fmt) == 1:
        raise FormatError(_BAD)
    return _custom(fmt, days, hours, minutes, seconds, fraction)


def _components(ticks: int) -> tuple[int, int, int, int, int]:
    days, rest = divmod(ticks, _TICKS_PER["d"])
    hours, rest = divmod(rest, _TICKS_PER["h"])
    minutes, rest = divmod(rest, _TICKS_PER["m"])
    seconds, fraction = divmod(rest, _TICKS_PER["s"])
    return days, hours, minutes, seconds, fraction


def _custom(fmt: str, days: int, hours: int, minutes: int, seconds: int, fraction: int) -> str:
    values = {"d": days, "h": hours, "m": minutes, "s": seconds}
    out: list[str] = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch in "dhmsfF":
            j = i
            while j < n and fmt[j] == ch:
                j += 1
            run = j - i
            if run > _MAX_RUN[ch]:
                raise FormatError(_BAD)
            if ch in values:
                out.append(f"{values[ch]:0{run}d}")
            else:
                digits = f"{fraction:07d}"[:run]
                out.append(digits if ch == "f" else digits.rstrip("0"))
            i = j
        elif ch in "'\"":
            close = fmt.find(ch, i + 1)
            if close < 0:
                raise FormatError(_BAD)
            out.append(fmt[i + 1:close])
            i = close + 1
        elif ch == "\\":
            if i + 1 >= n:
                raise FormatError(_BAD)
            out.append(fmt[i + 1])
            i += 2
        elif ch == "%" and i + 1 < n and fmt[i + 1] in "dhmsfF" and (i + 2 >= n or fmt[i + 2] != fmt[i + 1]):
            i += 1              # %h: the one-letter specifier h inside a longer format
        else:
            raise FormatError(_BAD)
    return "".join(out)
