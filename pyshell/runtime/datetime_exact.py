"""[datetime]::ParseExact: text read by a .NET custom (or one-letter standard) date format, in en-US.

The format becomes one regular expression, a group per specifier, so the text must match the whole
format: nothing missing, nothing left over, as .NET requires.
"""
from __future__ import annotations

import datetime as _dt
import re

from pyshell.runtime.datetime_parse import MONTH_NAMES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_DAY_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
_BAD_FORMAT = "Input string was not in a correct format."
_NOT_VALID = "String was not recognized as a valid DateTime."


def ExactParseError(message: str) -> Exception:     # noqa: N802 - raised like an exception class
    """The text does not fit the format (or the format is not valid): .NET's FormatException."""
    from pyshell.runtime.operators import PSOperatorError
    return PSOperatorError(message, "FormatException", inner="FormatException")


def _names(names: tuple[str, ...], short: bool) -> str:
    return "|".join(n[:3] if short else n for n in names)


def _group(ch: str, run: int, index: int) -> tuple[str, str]:
    """The regex for one specifier and the name of the field it gives (or "" for one only checked)."""
    name = f"{ch}{index}"
    if ch in "dM":
        if run <= 2:
            field = "day" if ch == "d" else "month"
            return (rf"(?P<{name}>\d{{2}})" if run == 2 else rf"(?P<{name}>\d{{1,2}})"), field
        names = _DAY_NAMES if ch == "d" else tuple(MONTH_NAMES)
        return rf"(?P<{name}>{_names(names, run == 3)})", ("" if ch == "d" else "month_name")
    if ch == "y":
        if run <= 2:
            return (rf"(?P<{name}>\d{{2}})" if run == 2 else rf"(?P<{name}>\d{{1,2}})"), "year2"
        return rf"(?P<{name}>\d{{{run},5}})" if run < 5 else rf"(?P<{name}>\d{{{run}}})", "year"
    if ch in "hHms":
        field = {"h": "hour12", "H": "hour", "m": "minute", "s": "second"}[ch]
        return (rf"(?P<{name}>\d{{2}})" if run >= 2 else rf"(?P<{name}>\d{{1,2}})"), field
    if ch in "fF":
        if run > 7:
            raise ExactParseError(_BAD_FORMAT)
        return (rf"(?P<{name}>\d{{{run}}})" if ch == "f" else rf"(?P<{name}>\d{{0,{run}}})"), "fraction"
    if ch == "t":
        return (rf"(?P<{name}>[AaPp][Mm])" if run >= 2 else rf"(?P<{name}>[AaPp])"), "ampm"
    if ch == "z":
        if run == 3:
            return rf"(?P<{name}>[+-]\d{{2}}:\d{{2}})", "offset"
        return (rf"(?P<{name}>[+-]\d{{2}})" if run == 2 else rf"(?P<{name}>[+-]\d{{1,2}})"), "offset"
    if ch == "K":
        return rf"(?P<{name}>Z|[+-]\d{{2}}:\d{{2}})?", "offset"
    return re.escape(ch * run), ""


_STANDARD = {"d": "M/d/yyyy", "D": "dddd, MMMM d, yyyy", "t": "h:mm tt", "T": "h:mm:ss tt",
             "f": "dddd, MMMM d, yyyy h:mm tt", "F": "dddd, MMMM d, yyyy h:mm:ss tt", "g": "M/d/yyyy h:mm tt",
             "G": "M/d/yyyy h:mm:ss tt", "s": "yyyy'-'MM'-'dd'T'HH':'mm':'ss", "M": "MMMM d", "m": "MMMM d",
             "Y": "MMMM yyyy", "y": "MMMM yyyy", "u": "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"}


def _compile(fmt: str) -> tuple[re.Pattern, dict[str, str]]:
    if len(fmt) == 1:
        if fmt not in _STANDARD:
            raise ExactParseError(_BAD_FORMAT)
        fmt = _STANDARD[fmt]
    parts: list[str] = []
    fields: dict[str, str] = {}
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch in "'\"":
            close = fmt.find(ch, i + 1)
            if close < 0:
                raise ExactParseError(f"Cannot find a matching quote character for the character '{ch}'.")
            parts.append(re.escape(fmt[i + 1:close]))
            i = close + 1
            continue
        if ch == "\\" or ch == "%":
            if i + 1 >= n:
                raise ExactParseError(_BAD_FORMAT)
            if ch == "\\":
                parts.append(re.escape(fmt[i + 1]))
                i += 2
                continue
            i += 1
            continue
        run = 1
        if ch in "dfFhHKmMstyz":
            while i + run < n and fmt[i + run] == ch:
                run += 1
        pattern, field = _group(ch, run, len(parts))
        parts.append(pattern)
        if field:
            fields[f"{ch}{len(parts) - 1}"] = field
        i += run
    return re.compile("".join(parts) + r"\Z", re.IGNORECASE), fields


def parse_exact(text: Any, fmt: Any) -> _dt.datetime:
    """DateTime.ParseExact(text, format, provider): ExactParseError unless `text` fits `fmt`."""
    from pyshell.runtime.conversion import to_string
    if text is None or fmt is None:
        raise ExactParseError("Value cannot be null.")
    formats = [to_string(f) for f in fmt] if isinstance(fmt, (list, tuple)) else [to_string(fmt)]
    for one in formats:
        rx, fields = _compile(one)
        m = rx.match(to_string(text).strip())
        if m is not None:
            return _build(m, fields)
    raise ExactParseError(_NOT_VALID)


def _build(m: re.Match, fields: dict[str, str]) -> _dt.datetime:
    parts: dict[str, Any] = {"year": 1, "month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0, "micro": 0}
    hour12 = ampm = offset = None
    for group, field in fields.items():
        value = m.group(group)
        if value is None or value == "":
            continue
        if field == "month_name":
            wanted = value.lower()
            parts["month"] = next(i for i, n in enumerate(MONTH_NAMES, 1) if wanted in (n.lower(), n[:3].lower()))
        elif field == "year2":
            year = int(value)
            parts["year"] = 2000 + year if year < 30 else 1900 + year      # .NET's two-digit year window
        elif field == "fraction":
            parts["micro"] = int((value + "000000")[:6])
        elif field == "hour12":
            hour12 = int(value)
        elif field == "ampm":
            ampm = value[0].lower()
        elif field == "offset":
            offset = value
        else:
            parts[field] = int(value)
    if hour12 is not None:
        if not 1 <= hour12 <= 12:
            raise ExactParseError(_NOT_VALID)
        parts["hour"] = hour12 % 12 + (12 if ampm == "p" else 0)
    elif ampm == "p" and parts["hour"] < 12:
        parts["hour"] += 12
    try:
        value = _dt.datetime(parts["year"], parts["month"], parts["day"], parts["hour"], parts["minute"],
                             parts["second"], parts["micro"])
    except ValueError:
        raise ExactParseError(_NOT_VALID) from None
    if offset:
        # .NET gives the local time of an instant written with an offset.
        if offset.upper() == "Z":
            zone = _dt.timezone.utc
        else:
            sign = -1 if offset[0] == "-" else 1
            hours, _, minutes = offset[1:].partition(":")
            zone = _dt.timezone(sign * _dt.timedelta(hours=int(hours), minutes=int(minutes or 0)))
        value = value.replace(tzinfo=zone).astimezone().replace(tzinfo=None)
    return value
