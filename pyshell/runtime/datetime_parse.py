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
_TIME = r"(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?\s*([AaPp][Mm])?)?"
_NUMERIC = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})" + _TIME + r"\s*$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + r"\s*(Z|[+-]\d{2}:?\d{2})?\s*$")
_WORDS = re.compile(r"^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})" + _TIME + r"\s*$")
_DAY_FIRST = re.compile(r"^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})" + _TIME + r"\s*$")
_TIME_ONLY = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?\s*$")


def _build(year: int, month: int, day: int, hh: Any, mm: Any, ss: Any, frac: Any, ampm: Any) -> _dt.datetime:
    hour = int(hh or 0)
    if ampm:
        if not 1 <= hour <= 12:
            raise ValueError
        hour = hour % 12 + (12 if ampm.lower() == "pm" else 0)
    micro = int((frac or "0").ljust(7, "0")[:6]) if frac else 0
    return _dt.datetime(year, month, day, hour, int(mm or 0), int(ss or 0), micro)


def parse_datetime(text: str) -> _dt.datetime:
    """DateTime.Parse as a cast uses it (invariant culture): month/day/year, ISO 8601, or the month
    spelled out; an optional time. ValueError when the text is not a date."""
    s = text.strip()
    try:
        m = _NUMERIC.match(s)
        if m:
            month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            return _build(year, month, day, *m.group(4, 5, 6, 7, 8))
        m = _ISO.match(s)
        if m:
            value = _build(int(m.group(1)), int(m.group(2)), int(m.group(3)), *m.group(4, 5, 6, 7, 8))
            zone = m.group(9)
            if zone:
                if zone == "Z":
                    return value.replace(tzinfo=_dt.timezone.utc)
                sign = -1 if zone[0] == "-" else 1
                digits = zone[1:].replace(":", "")
                offset = _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
                aware = value.replace(tzinfo=_dt.timezone(sign * offset))
                return aware.astimezone().replace(tzinfo=None)
            return value
        m = _WORDS.match(s)
        if m and m.group(1).lower() in _MONTHS:
            return _build(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)), *m.group(4, 5, 6, 7, 8))
        m = _DAY_FIRST.match(s)
        if m and m.group(2).lower() in _MONTHS:
            return _build(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)), *m.group(4, 5, 6, 7, 8))
        m = _TIME_ONLY.match(s)
        if m:
            today = _dt.date.today()
            return _build(today.year, today.month, today.day, m.group(1), m.group(2), m.group(3), None, m.group(4))
    except ValueError:
        pass
    raise ValueError("String was not recognized as a valid DateTime.")


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
