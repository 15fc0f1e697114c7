"""DateTime and TimeSpan: Python's datetime and timedelta, seen the way Windows PowerShell shows them.

A DateTime is a `datetime.datetime` (naive values are local time, Kind Local; aware UTC values are
Kind Utc); Get-Date's output is a DisplayDateTime, which also carries Get-Date's DisplayHint. A
TimeSpan is a `datetime.timedelta`. Python keeps microseconds, so Ticks (100 ns) are multiples of 10.

The texts follow the en-US culture of a default Windows PowerShell 5.1:
- `[string]$date` and "$date" use the invariant form `11/23/2026 19:41:52`;
- ToString(), table cells and list values use the culture's general form `11/23/2026 7:41:52 PM`;
- the DateTime property (what Out-Default shows) is `Monday, November 23, 2026 7:41:52 PM`.
"""
from __future__ import annotations

import datetime as _dt
import time
from pyshell.runtime.datetime_parse import (DATETIME_STATICS, MONTH_NAMES, TICKS_PER_MICROSECOND,  # noqa: F401
                                            TIMESPAN_STATICS, DateTimeType, StaticProperty, Statics,
                                            TimeSpanType, _text, _to_float, parse_datetime, parse_timespan,
                                            ticks)
from pyshell.runtime.values import enum_type

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

DayOfWeek = enum_type("System.DayOfWeek", ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                          "Saturday"])
DateTimeKind = enum_type("System.DateTimeKind", ["Unspecified", "Utc", "Local"])
DisplayHintType = enum_type("Microsoft.PowerShell.Commands.DisplayHintType", ["Date", "Time", "DateTime"])

DAY_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")

SHORT_DATE = "M/d/yyyy"
LONG_DATE = "dddd, MMMM d, yyyy"
SHORT_TIME = "h:mm tt"
LONG_TIME = "h:mm:ss tt"
INVARIANT = "MM/dd/yyyy HH:mm:ss"

_STANDARD = {
    "d": SHORT_DATE, "D": LONG_DATE, "f": LONG_DATE + " " + SHORT_TIME, "F": LONG_DATE + " " + LONG_TIME,
    "g": SHORT_DATE + " " + SHORT_TIME, "G": SHORT_DATE + " " + LONG_TIME, "m": "MMMM d", "M": "MMMM d",
    "o": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK", "O": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    "r": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", "R": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
    "s": "yyyy'-'MM'-'dd'T'HH':'mm':'ss", "t": SHORT_TIME, "T": LONG_TIME,
    "u": "yyyy'-'MM'-'dd HH':'mm':'ss'Z'", "U": LONG_DATE + " " + LONG_TIME, "y": "MMMM yyyy", "Y": "MMMM yyyy",
}


class DisplayDateTime(_dt.datetime):
    """A DateTime written by Get-Date: it carries the DisplayHint note property Get-Date attaches."""

    display_hint = "DateTime"

    @classmethod
    def wrap(cls, value: _dt.datetime, hint: str = "DateTime") -> "DisplayDateTime":
        made = cls(value.year, value.month, value.day, value.hour, value.minute, value.second,
                   value.microsecond, value.tzinfo)
        made.display_hint = hint
        return made


class FormatError(ValueError):
    """A .NET format string that cannot be used ("Input string was not in a correct format.")."""


def plain(value: _dt.datetime) -> _dt.datetime:
    """The same instant as a plain DateTime (method results never keep Get-Date's DisplayHint)."""
    if type(value) is _dt.datetime:
        return value
    return _dt.datetime(value.year, value.month, value.day, value.hour, value.minute, value.second,
                        value.microsecond, value.tzinfo)


# --- kind, offsets, ticks ----------------------------------------------------------------------

def kind(value: _dt.datetime) -> Any:
    if value.tzinfo is not None and value.utcoffset() == _dt.timedelta(0):
        return DateTimeKind.Utc
    return DateTimeKind.Local


def local_offset(value: _dt.datetime) -> _dt.timedelta:
    aware = value if value.tzinfo is not None else value.astimezone()
    return aware.astimezone().utcoffset() or _dt.timedelta(0)


def to_universal(value: _dt.datetime) -> _dt.datetime:
    if kind(value) is DateTimeKind.Utc:
        return plain(value)
    return value.astimezone(_dt.timezone.utc)


def to_local(value: _dt.datetime) -> _dt.datetime:
    if value.tzinfo is None:
        return plain(value)
    return value.astimezone().replace(tzinfo=None)


def span_ticks(value: _dt.timedelta) -> int:
    return (value.days * 86_400_000_000 + value.seconds * 1_000_000 + value.microseconds) * TICKS_PER_MICROSECOND


def unix_milliseconds(value: _dt.datetime) -> int:
    """Milliseconds since 1970-01-01 UTC (what JavaScriptSerializer writes as \\/Date(n)\\/)."""
    utc = to_universal(value).replace(tzinfo=None)
    delta = utc - _dt.datetime(1970, 1, 1)
    return (delta.days * 86_400_000_000 + delta.seconds * 1_000_000 + delta.microseconds) // 1000


# --- formatting ------------------------------------------------------------------------------

def _offset_text(offset: _dt.timedelta, count: int) -> str:
    total = int(offset.total_seconds()) // 60
    sign = "-" if total < 0 else "+"
    hours, minutes = divmod(abs(total), 60)
    if count == 1:
        return f"{sign}{hours}"
    if count == 2:
        return f"{sign}{hours:02d}"
    return f"{sign}{hours:02d}:{minutes:02d}"


def format_datetime(value: _dt.datetime, fmt: str | None = None) -> str:
    """DateTime.ToString(fmt) in en-US: standard (one letter) and custom format strings."""
    if not fmt:
        fmt = "G"
    if len(fmt) == 1:
        pattern = _STANDARD.get(fmt)
        if pattern is None:
            raise FormatError("Input string was not in a correct format.")
        if fmt == "U":
            value = to_universal(value)
        return _custom(value, pattern)
    return _custom(value, fmt)


def _custom(value: _dt.datetime, fmt: str) -> str:
    out: list[str] = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch in "'\"":
            close = i + 1
            text: list[str] = []
            while close < n and fmt[close] != ch:
                if fmt[close] == "\\" and close + 1 < n:
                    close += 1
                text.append(fmt[close])
                close += 1
            if close >= n:
                raise FormatError(f"Cannot find a matching quote character for the character '{ch}'.")
            out.append("".join(text))
            i = close + 1
            continue
        if ch == "\\":
            if i + 1 >= n:
                raise FormatError("Input string was not in a correct format.")
            out.append(fmt[i + 1])
            i += 2
            continue
        if ch == "%":
            if i + 1 < n and fmt[i + 1] != "%":
                out.append(_specifier(value, fmt[i + 1], 1, out))
                i += 2
                continue
            raise FormatError("Input string was not in a correct format.")
        if ch in "dfFghHKmMstyz":
            run = 1
            while i + run < n and fmt[i + run] == ch:
                run += 1
            out.append(_specifier(value, ch, run, out))
            i += run
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _specifier(value: _dt.datetime, ch: str, run: int, so_far: list[str]) -> str:
    if ch == "d":
        if run == 1:
            return str(value.day)
        if run == 2:
            return f"{value.day:02d}"
        name = DAY_NAMES[(value.weekday() + 1) % 7]
        return name[:3] if run == 3 else name
    if ch == "M":
        if run == 1:
            return str(value.month)
        if run == 2:
            return f"{value.month:02d}"
        name = MONTH_NAMES[value.month - 1]
        return name[:3] if run == 3 else name
    if ch == "y":
        if run == 1:
            return str(value.year % 100)
        if run == 2:
            return f"{value.year % 100:02d}"
        return str(value.year).rjust(run, "0")
    if ch == "h":
        hour = value.hour % 12 or 12
        return str(hour) if run == 1 else f"{hour:02d}"
    if ch == "H":
        return str(value.hour) if run == 1 else f"{value.hour:02d}"
    if ch == "m":
        return str(value.minute) if run == 1 else f"{value.minute:02d}"
    if ch == "s":
        return str(value.second) if run == 1 else f"{value.second:02d}"
    if ch == "t":
        mark = "AM" if value.hour < 12 else "PM"
        return mark[0] if run == 1 else mark
    if ch in "fF":
        if run > 7:
            raise FormatError("Input string was not in a correct format.")
        digits = f"{value.microsecond:06d}0"[:run]
        if ch == "F":
            digits = digits.rstrip("0")
            if not digits and so_far and so_far[-1].endswith("."):
                so_far[-1] = so_far[-1][:-1]
        return digits
    if ch == "g":
        return "A.D."
    if ch == "z":
        return _offset_text(local_offset(value), min(run, 3))
    if ch == "K":
        k = kind(value)
        if k is DateTimeKind.Utc:
            return "Z"
        return _offset_text(local_offset(value), 3)
    return ch


def invariant_string(value: _dt.datetime) -> str:
    """[string]$date: the invariant culture's form."""
    return _custom(value, INVARIANT)


def culture_string(value: _dt.datetime) -> str:
    """$date.ToString(): en-US's general date and long time."""
    return _custom(value, SHORT_DATE + " " + LONG_TIME)


def display_string(value: _dt.datetime) -> str:
    """The DateTime property: long date and long time, or only one of them as the DisplayHint says."""
    hint = getattr(value, "display_hint", "DateTime")
    if hint == "Date":
        return _custom(value, LONG_DATE)
    if hint == "Time":
        return _custom(value, LONG_TIME)
    return _custom(value, LONG_DATE + " " + LONG_TIME)


def span_parts(value: _dt.timedelta) -> tuple[str, int, int, int, int, int]:
    """A TimeSpan as .NET takes it apart: its sign ("-" or ""), then days, hours, minutes, seconds
    and the remaining ticks of its absolute value."""
    total = span_ticks(value)
    sign = "-" if total < 0 else ""
    days, rest = divmod(abs(total), 864_000_000_000)
    hours, rest = divmod(rest, 36_000_000_000)
    minutes, rest = divmod(rest, 600_000_000)
    seconds, fraction = divmod(rest, 10_000_000)
    return sign, days, hours, minutes, seconds, fraction


def timespan_string(value: _dt.timedelta) -> str:
    """TimeSpan.ToString(): [-][d.]hh:mm:ss[.fffffff]."""
    sign, days, hours, minutes, seconds, fraction = span_parts(value)
    text = f"{sign}{str(days) + '.' if days else ''}{hours:02d}:{minutes:02d}:{seconds:02d}"
    return text + (f".{fraction:07d}" if fraction else "")


def to_string(value: Any) -> str:
    """The invariant text of a DateTime or TimeSpan (what conversion.to_string uses)."""
    if isinstance(value, _dt.datetime):
        return invariant_string(value)
    return timespan_string(value)


# --- properties and methods ----------------------------------------------------------------------

def _parts(value: _dt.timedelta) -> tuple[int, int, int, int, int, int]:
    total = span_ticks(value)
    sign = -1 if total < 0 else 1
    rest = abs(total)
    days, rest = divmod(rest, 864_000_000_000)
    hours, rest = divmod(rest, 36_000_000_000)
    minutes, rest = divmod(rest, 600_000_000)
    seconds, rest = divmod(rest, 10_000_000)
    return total, sign * days, sign * hours, sign * minutes, sign * seconds, sign * (rest // 10_000)


def _date_properties(value: _dt.datetime) -> list[tuple[str, Any]]:
    start = value.replace(hour=0, minute=0, second=0, microsecond=0)
    items: list[tuple[str, Any]] = []
    if isinstance(value, DisplayDateTime):
        items.append(("DisplayHint", getattr(DisplayHintType, value.display_hint)))
    items += [
        ("DateTime", display_string(value)),
        ("Date", plain(start)),
        ("Day", value.day),
        ("DayOfWeek", DayOfWeek((value.weekday() + 1) % 7)),
        ("DayOfYear", value.timetuple().tm_yday),
        ("Hour", value.hour),
        ("Kind", kind(value)),
        ("Millisecond", value.microsecond // 1000),
        ("Minute", value.minute),
        ("Month", value.month),
        ("Second", value.second),
        ("Ticks", ticks(value)),
        ("TimeOfDay", value.replace(tzinfo=None) - start.replace(tzinfo=None)),
        ("Year", value.year),
    ]
    return items


def _span_properties(value: _dt.timedelta) -> list[tuple[str, Any]]:
    total, days, hours, minutes, seconds, millis = _parts(value)
    return [("Ticks", total), ("Days", days), ("Hours", hours), ("Milliseconds", millis), ("Minutes", minutes),
            ("Seconds", seconds), ("TotalDays", total / 864_000_000_000), ("TotalHours", total / 36_000_000_000),
            ("TotalMilliseconds", total / 10_000), ("TotalMinutes", total / 600_000_000),
            ("TotalSeconds", total / 10_000_000)]


def properties(value: Any) -> list[tuple[str, Any]]:
    """The properties PowerShell lists for a DateTime (Get-Date's DisplayHint first) or a TimeSpan."""
    if isinstance(value, _dt.datetime):
        return _date_properties(value)
    return _span_properties(value)


def get_member(value: Any, key: str) -> Any:
    """`$value.Name` for a DateTime or TimeSpan; None when there is no such property."""
    key = key.lower()
    for name, item in properties(value):
        if name.lower() == key:
            return item
    return None


def _add_months(value: _dt.datetime, months: int) -> _dt.datetime:
    index = value.year * 12 + value.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise ValueError("The added or subtracted value results in an un-representable DateTime.")
    last = (_dt.date(year + (month == 11), (month + 1) % 12 + 1, 1) - _dt.timedelta(days=1)).day
    return plain(value).replace(year=year, month=month + 1, day=min(value.day, last))


def _shift(value: _dt.datetime, delta: _dt.timedelta) -> _dt.datetime:
    try:
        return plain(value) + delta
    except OverflowError:
        raise ValueError("The added or subtracted value results in an un-representable DateTime.") from None


def _date_methods(value: _dt.datetime) -> dict[str, Callable[..., Any]]:
    from pyshell.runtime.conversion import to_int
    return {
        "tostring": lambda fmt=None, *_: (culture_string(value) if fmt is None
                                          else format_datetime(value, _text(fmt))),
        "toshortdatestring": lambda: _custom(value, SHORT_DATE),
        "tolongdatestring": lambda: _custom(value, LONG_DATE),
        "toshorttimestring": lambda: _custom(value, SHORT_TIME),
        "tolongtimestring": lambda: _custom(value, LONG_TIME),
        "adddays": lambda n: _shift(value, _dt.timedelta(days=_to_float(n))),
        "addhours": lambda n: _shift(value, _dt.timedelta(hours=_to_float(n))),
        "addminutes": lambda n: _shift(value, _dt.timedelta(minutes=_to_float(n))),
        "addseconds": lambda n: _shift(value, _dt.timedelta(seconds=_to_float(n))),
        "addmilliseconds": lambda n: _shift(value, _dt.timedelta(milliseconds=_to_float(n))),
        "addticks": lambda n: _shift(value, _dt.timedelta(microseconds=to_int(n, "System.Int64", -2 ** 63,
                                                                               2 ** 63 - 1) // 10)),
        "addmonths": lambda n: _add_months(value, to_int(n)),
        "addyears": lambda n: _add_months(value, to_int(n) * 12),
        "add": lambda span: _shift(value, span),
        "subtract": lambda other: (plain(value).replace(tzinfo=None) - plain(other).replace(tzinfo=None)
                                   if isinstance(other, _dt.datetime) else _shift(value, -other)),
        "touniversaltime": lambda: to_universal(value),
        "tolocaltime": lambda: to_local(value),
        "compareto": lambda other: (value > other) - (value < other),
        "equals": lambda other: isinstance(other, _dt.datetime) and value == other,
        "isdaylightsavingtime": lambda: bool(time.localtime(value.timestamp()).tm_isdst),
        "gettypecode": lambda: "DateTime",
    }


def _span_methods(value: _dt.timedelta) -> dict[str, Callable[..., Any]]:
    return {
        "tostring": lambda *fmt: _span_text(value, *fmt),
        "add": lambda other: value + other,
        "subtract": lambda other: value - other,
        "negate": lambda: -value,
        "duration": lambda: abs(value),
        "compareto": lambda other: (value > other) - (value < other),
        "equals": lambda other: isinstance(other, _dt.timedelta) and value == other,
    }


def _span_text(value: _dt.timedelta, fmt: Any = None, *_: Any) -> str:
    """TimeSpan.ToString() and ToString(format) (format providers are taken and not used)."""
    if fmt is None:
        return timespan_string(value)
    from pyshell.runtime.spanformat import format_timespan
    return format_timespan(value, str(fmt))


def call_method(value: Any, key: str, args: list[Any]) -> Any:
    """`$value.Name(args)` for a DateTime or TimeSpan; LookupError when there is no such method."""
    table = _date_methods(value) if isinstance(value, _dt.datetime) else _span_methods(value)
    fn = table.get(key.lower())
    if fn is None:
        type_name = "System.DateTime" if isinstance(value, _dt.datetime) else "System.TimeSpan"
        raise LookupError(f"Method invocation failed because [{type_name}] does not contain a method named '{key}'.")
    try:
        return fn(*args)
    except FormatError:
        from pyshell.runtime.operators import PSOperatorError
        raise PSOperatorError("Input string was not in a correct format.", "FormatException",
                              inner="FormatException") from None


# --- arithmetic ---------------------------------------------------------------------------------

def _as_span(value: Any) -> _dt.timedelta:
    from pyshell.runtime.operators import PSOperatorError
    if isinstance(value, _dt.timedelta):
        return value
    try:
        return TimeSpanType.ps_convert(value)
    except Exception:
        raise PSOperatorError(f'Cannot convert value "{_text(value)}" to type "System.TimeSpan".',
                              "OperatorFailed") from None


def _overflow() -> Exception:
    from pyshell.runtime.operators import PSOperatorError
    return PSOperatorError("The added or subtracted value results in an un-representable DateTime.", "OperatorFailed")


def add(left: Any, right: Any) -> Any:
    """`+` with a DateTime or TimeSpan on the left: DateTime + TimeSpan, TimeSpan + TimeSpan."""
    span = _as_span(right)
    if isinstance(left, _dt.timedelta):
        return left + span
    try:
        return plain(left) + span
    except OverflowError:
        raise _overflow() from None


def subtract(left: Any, right: Any) -> Any:
    """`-`: DateTime - DateTime is a TimeSpan (the instants' ticks, kinds ignored, as .NET does);
    DateTime - TimeSpan a DateTime; TimeSpan - TimeSpan a TimeSpan."""
    if isinstance(left, _dt.datetime) and isinstance(right, _dt.datetime):
        return plain(left).replace(tzinfo=None) - plain(right).replace(tzinfo=None)
    span = _as_span(right)
    if isinstance(left, _dt.timedelta):
        return left - span
    try:
        return plain(left) - span
    except OverflowError:
        raise _overflow() from None
