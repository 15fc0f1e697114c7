"""Parsing dates and time spans as a cast does, the [datetime] and [timespan] types, and their static
members ([datetime]::Now, [timespan]::FromMinutes(5), ...). Part of datetimes.py, kept apart for size."""
from __future__ import annotations

import datetime as _dt
import re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
TICKS_PER_MICROSECOND = 10
_EPOCH_0001 = _dt.datetime(1, 1, 1)


def ticks(value: _dt.datetime) -> int:
    """DateTime.Ticks: 100-nanosecond intervals since 0001-01-01."""
    naive = value.replace(tzinfo=None)
    delta = naive - _EPOCH_0001
    return (delta.days * 86_400_000_000 + delta.seconds * 1_000_000 + delta.microseconds) * TICKS_PER_MICROSECOND


def _text(x: Any) -> str:
    from pyshell.runtime.conversion import to_string
    return to_string(x)


def _to_float(x: Any) -> float:
    from pyshell.runtime.conversion import to_float
    return to_float(x)

_MONTHS = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
_MONTHS.update({name[:3].lower(): i + 1 for i, name in enumerate(MONTH_NAMES)})
_MONTHS["sept"] = 9
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAYS = {name: i for i, name in enumerate(_DAY_NAMES)}
_DAYS.update({name[:3]: i for i, name in enumerate(_DAY_NAMES)})

# DateTime.Parse reads the text as pieces rather than against fixed layouts: a time (h:m, h:m:s or
# h:m:s.fraction, with AM or PM), a time zone (Z or an offset after the time), a day name that must
# agree with the date, and the date's numbers and month name in the invariant culture's order
# (month/day/year, or year first when it is written with four digits).
_TIME_PART = re.compile(r"(?<![\d:])(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?(?![\d:])")
_DESIGNATOR = re.compile(r"^\s*([AaPp])\.?[Mm]?\.?(?![A-Za-z])")
_ZONE = re.compile(r"^\s*(?:([Zz])|(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?|(GMT|UTC))(?![A-Za-z\d])")
_BARE_ZONE = re.compile(r"(?:(?<=\d)\s*[Zz]|\s+(?:GMT|UTC))\s*$")
_DATE_PIECE = re.compile(r"\s*(?:(\d+)|([A-Za-z]+)\.?|([-/.,]))")
_BAD = ValueError("String was not recognized as a valid DateTime.")


def _split_time(s: str) -> tuple[str, tuple | None, Any]:
    """The text without its time and zone, the time's parts (h, m, s, fraction, AM/PM) and the zone
    (None, "Z", or an offset as a timedelta)."""
    m = _TIME_PART.search(s)
    if m is None:
        z = _BARE_ZONE.search(s)          # a date alone may still say it is UTC: Jan 1, 2020Z
        return (s, None, None) if z is None else (s[:z.start()], None, "Z")
    rest = s[m.end():]
    ampm = None
    d = _DESIGNATOR.match(rest)
    if d is not None:
        ampm = d.group(1).lower()
        rest = rest[d.end():]
    zone: Any = None
    z = _ZONE.match(rest)
    if z is not None:
        if z.group(1) or z.group(5):
            zone = "Z"
        else:
            offset = _dt.timedelta(hours=int(z.group(3)), minutes=int(z.group(4) or 0))
            zone = -offset if z.group(2) == "-" else offset
        rest = rest[z.end():]
    before = s[:m.start()].rstrip()
    if before[-1:] in ("T", "t") and (len(before) == 1 or before[-2].isdigit()):
        before = before[:-1]       # 2030-04-05T01:02:03
    return before + " " + rest, (m.group(1), m.group(2), m.group(3), m.group(4), ampm), zone


def _year(digits: str) -> int:
    year = int(digits)
    if len(digits) <= 2:
        year += 2000 if year < 30 else 1900      # the invariant calendar's two-digit year window
    return year


def _date_parts(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) from what is left once the time is gone; None when nothing is."""
    numbers: list[str] = []
    month = None
    weekday = None
    pos, end = 0, len(text.rstrip())
    while pos < end:
        m = _DATE_PIECE.match(text, pos)
        if m is None or m.end() == pos:
            raise _BAD
        pos = m.end()
        if m.group(1) is not None:
            numbers.append(m.group(1))
        elif m.group(2) is not None:
            word = m.group(2).lower()
            if word in _MONTHS and month is None:
                month = _MONTHS[word]
                numbers.append("")          # where the month stands among the numbers
            elif word in _DAYS and weekday is None:
                weekday = _DAYS[word]
            else:
                raise _BAD
    if month is None and not numbers:
        if weekday is not None:
            raise _BAD
        return None
    if month is not None:
        at = numbers.index("")
        rest = [n for n in numbers if n]
        if len(rest) == 1:
            only = rest[0]
            if len(only) >= 3 or int(only) > 31:
                year, day = int(only), 1
            else:
                year, day = _dt.date.today().year, int(only)
        elif len(rest) == 2:
            first, second = rest
            if len(first) >= 3 or (at == 0 and len(second) <= 2 and int(first) > 31):
                year, day = int(first), int(second)
            else:
                day, year = int(first), _year(second)
        else:
            raise _BAD
    else:
        if len(numbers) == 3:
            a, b, c = numbers
            if len(a) >= 3:
                year, month, day = int(a), int(b), int(c)
            else:
                month, day, year = int(a), int(b), _year(c)
        elif len(numbers) == 2:
            a, b = numbers
            if len(a) >= 3:
                year, month, day = int(a), int(b), 1
            elif len(b) >= 3:
                year, month, day = int(b), int(a), 1
            else:
                year, month, day = _dt.date.today().year, int(a), int(b)
        else:
            raise _BAD
    if weekday is not None and _dt.date(year, month, day).weekday() != weekday:
        raise ValueError("String was not recognized as a valid DateTime because the day of week was incorrect.")
    return year, month, day


def parse_datetime(text: str) -> _dt.datetime:
    """DateTime.Parse as a cast uses it (invariant culture): month/day/year, year-month-day, ISO 8601,
    the month spelled out in any place, an optional day name, time and zone. A time alone is today's.
    ValueError when the text is not a date."""
    try:
        rest, time, zone = _split_time(text.strip())
        ymd = _date_parts(rest)
        if ymd is None:
            if time is None:
                raise _BAD
            today = _dt.date.today()
            ymd = (today.year, today.month, today.day)
        hh, mm, ss, frac, ampm = time if time is not None else (0, 0, 0, None, None)
        hour = int(hh)
        if ampm is not None:
            if not 0 <= hour <= 12:
                raise _BAD
            hour = hour % 12 + (12 if ampm == "p" else 0)
        micro = int(frac.ljust(7, "0")[:6]) if frac else 0
        value = _dt.datetime(ymd[0], ymd[1], ymd[2], hour, int(mm), int(ss or 0), micro)
    except ValueError as exc:
        if "day of week" in str(exc):
            raise
        raise _BAD from None
    if zone is None:
        return value
    if zone == "Z":
        return value.replace(tzinfo=_dt.timezone.utc)
    try:
        return value.replace(tzinfo=_dt.timezone(zone)).astimezone().replace(tzinfo=None)
    except OverflowError:
        raise ValueError("The DateTime represented by the string is out of range.") from None


def parse_timespan(text: str) -> _dt.timedelta:
    """TimeSpan.Parse: [-][d.]hh:mm[:ss[.fffffff]] or a whole number of days."""
    m = re.match(r"^\s*(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?\s*$", text)
    if m:
        days = int(m.group(2) or 0)
        hours, minutes, seconds = int(m.group(3)), int(m.group(4)), int(m.group(5) or 0)
        if hours > 23 or minutes > 59 or seconds > 59:
            raise ValueError("The TimeSpan could not be parsed because at least one of the numeric components is "
                             "out of range or contains too many digits.")
        micro = int((m.group(6) or "0").ljust(7, "0")[:6])
        span = _dt.timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds, microseconds=micro)
        return -span if m.group(1) else span
    m = re.match(r"^\s*(-)?(\d+)\s*$", text)
    if m:
        span = _dt.timedelta(days=int(m.group(2)))
        return -span if m.group(1) else span
    raise ValueError("String was not recognized as a valid TimeSpan.")


class DateTimeType:
    """The [datetime] type: a cast target and a parameter type."""

    ps_type_name = "System.DateTime"

    @staticmethod
    def ps_convert(value: Any) -> _dt.datetime:
        from pyshell.runtime.conversion import PSConversionError
        if isinstance(value, _dt.datetime):
            return value
        if isinstance(value, str):
            try:
                return parse_datetime(value)
            except ValueError as exc:
                raise PSConversionError(value, "System.DateTime", str(exc)) from None
        if isinstance(value, int) and not isinstance(value, bool):
            if 0 <= value <= ticks(_dt.datetime.max):
                return _EPOCH_0001 + _dt.timedelta(microseconds=value // TICKS_PER_MICROSECOND)
        raise PSConversionError(value, "System.DateTime")


class TimeSpanType:
    """The [timespan] type: a cast target and a parameter type."""

    ps_type_name = "System.TimeSpan"

    @staticmethod
    def ps_convert(value: Any) -> _dt.timedelta:
        from pyshell.runtime.conversion import PSConversionError
        if isinstance(value, _dt.timedelta):
            return value
        if isinstance(value, str):
            try:
                return parse_timespan(value)
            except ValueError as exc:
                raise PSConversionError(value, "System.TimeSpan", str(exc)) from None
        if isinstance(value, int) and not isinstance(value, bool):
            return _dt.timedelta(microseconds=value / TICKS_PER_MICROSECOND)
        raise PSConversionError(value, "System.TimeSpan")


class StaticProperty:
    """A static member read like a property (`[datetime]::Now`), evaluated on every read."""

    def __init__(self, getter: Callable[[], Any]):
        self.getter = getter


class Statics(dict):
    """A type's static members, where some are properties computed when they are read."""

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key)
        return value.getter() if isinstance(value, StaticProperty) else value


def _days_in_month(year: Any, month: Any) -> int:
    from pyshell.runtime.conversion import to_int
    y, m = to_int(year), to_int(month)
    if not 1 <= m <= 12:
        raise ValueError("Month must be between one and twelve.")
    return ((_dt.date(y + (m == 12), m % 12 + 1, 1)) - _dt.date(y, m, 1)).days


def _ticks(value: Any) -> int:
    """A constructor's one argument: ticks, a long."""
    from pyshell.runtime.conversion import to_int
    return to_int(value, "System.Int64", -2 ** 63, 2 ** 63 - 1)


def _new_datetime(*args: Any) -> _dt.datetime:
    """[datetime]::new(ticks) or (year, month, day[, hour, minute, second[, millisecond]])."""
    from pyshell.runtime.conversion import to_int
    numbers = [_ticks(args[0])] if len(args) == 1 else [to_int(a) for a in args]
    if len(numbers) == 1:
        return _dt.datetime.min + _dt.timedelta(microseconds=numbers[0] // TICKS_PER_MICROSECOND)
    if len(numbers) not in (3, 6, 7):
        raise ValueError(f'Cannot find an overload for "new" and the argument count: "{len(numbers)}".')
    milliseconds = numbers[6] if len(numbers) == 7 else 0
    try:
        return _dt.datetime(*numbers[:6], microsecond=milliseconds * 1000)
    except (ValueError, OverflowError):
        raise ValueError("Year, Month, and Day parameters describe an un-representable DateTime.") from None


def _new_timespan(*args: Any) -> _dt.timedelta:
    """[timespan]::new(ticks), (hours, minutes, seconds), (days, hours, minutes, seconds[, milliseconds])."""
    from pyshell.runtime.conversion import to_int
    numbers = [_ticks(args[0])] if len(args) == 1 else [to_int(a) for a in args]
    if len(numbers) == 1:
        return _dt.timedelta(microseconds=numbers[0] / TICKS_PER_MICROSECOND)
    if len(numbers) == 3:
        return _dt.timedelta(hours=numbers[0], minutes=numbers[1], seconds=numbers[2])
    if len(numbers) in (4, 5):
        return _dt.timedelta(days=numbers[0], hours=numbers[1], minutes=numbers[2], seconds=numbers[3],
                             milliseconds=numbers[4] if len(numbers) == 5 else 0)
    raise ValueError(f'Cannot find an overload for "new" and the argument count: "{len(numbers)}".')


def _parse_exact(text: Any, fmt: Any) -> _dt.datetime:
    from pyshell.runtime.datetime_exact import parse_exact
    return parse_exact(text, fmt)


def _try_parse(name: str, args: tuple) -> bool:
    from pyshell.runtime import tryparse
    return getattr(tryparse, name)(*args)


DATETIME_STATICS = Statics({
    "new": _new_datetime,
    "now": StaticProperty(_dt.datetime.now),
    "today": StaticProperty(lambda: _dt.datetime.combine(_dt.date.today(), _dt.time())),
    "utcnow": StaticProperty(lambda: _dt.datetime.now(_dt.timezone.utc)),
    "minvalue": _dt.datetime.min,
    "maxvalue": _dt.datetime(9999, 12, 31, 23, 59, 59, 999999),
    "parse": lambda text, *_: DateTimeType.ps_convert(_text(text)),
    "parseexact": lambda text, fmt, *_: _parse_exact(text, fmt),
    "tryparse": lambda *args: _try_parse("datetime_try_parse", args),
    "tryparseexact": lambda *args: _try_parse("datetime_try_parse_exact", args),
    "daysinmonth": _days_in_month,
    "isleapyear": lambda year: (lambda y: y % 4 == 0 and (y % 100 != 0 or y % 400 == 0))(int(year)),
})

TIMESPAN_STATICS = Statics({
    "new": _new_timespan,
    "zero": _dt.timedelta(0),
    "fromdays": lambda n: _dt.timedelta(days=_to_float(n)),
    "fromhours": lambda n: _dt.timedelta(hours=_to_float(n)),
    "fromminutes": lambda n: _dt.timedelta(minutes=_to_float(n)),
    "fromseconds": lambda n: _dt.timedelta(seconds=_to_float(n)),
    "frommilliseconds": lambda n: _dt.timedelta(milliseconds=_to_float(n)),
    "parse": lambda text: TimeSpanType.ps_convert(_text(text)),
})
