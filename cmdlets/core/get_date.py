"""Get-Date: the current date and time, or a date built from the parameters, as a DateTime or text."""
from __future__ import annotations

import datetime as _dt
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.commands.validators import validate_range
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import format_double
from pyshell.runtime.datetimes import (DateTimeType, DisplayDateTime, DisplayHintType, FormatError, format_datetime,
                                       plain)

NET, UFORMAT = "net", "UFormat"


def uformat(value: _dt.datetime, spec: str) -> str:
    """Get-Date -UFormat as Windows PowerShell 5.1 has it (UNIX strftime-like specifiers)."""
    week_day = (value.weekday() + 1) % 7
    year_day = value.timetuple().tm_yday
    epoch_seconds = (value.replace(tzinfo=None) - _dt.datetime(1970, 1, 1)).total_seconds()
    table = {
        "A": "dddd", "a": "ddd", "B": "MMMM", "b": "MMM", "h": "MMM", "D": "MM/dd/yy", "d": "dd", "H": "HH",
        "I": "hh", "k": "HH", "l": "hh", "M": "mm", "m": "MM", "p": "tt", "R": "HH:mm", "r": "hh:mm:ss tt",
        "S": "ss", "T": "HH:mm:ss", "X": "HH:mm:ss", "G": "yyyy", "g": "yy", "x": "MM/dd/yy", "y": "yy",
        "Y": "yyyy", "Z": "zz",
    }
    computed = {
        "C": lambda: str(value.year // 100), "e": lambda: str(value.day).rjust(2), "j": lambda: str(year_day),
        "n": lambda: "\n", "t": lambda: "\t", "s": lambda: format_double(epoch_seconds),
        "u": lambda: str(week_day), "w": lambda: str(week_day), "U": lambda: str(year_day // 7),
        "W": lambda: str(year_day // 7), "V": lambda: str(year_day // 7 + 1),
        "c": lambda: format_datetime(value, "ddd MMM ") + str(value.day).rjust(2) + format_datetime(value, " HH:mm:ss yyyy"),
    }
    out: list[str] = []
    i = 1 if spec.startswith("+") else 0
    while i < len(spec):
        ch = spec[i]
        if ch == "%" and i + 1 < len(spec):
            code = spec[i + 1]
            if code in table:
                out.append(format_datetime(value, table[code]))
            elif code in computed:
                out.append(computed[code]())
            else:
                out.append(code)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


class GetDate(Cmdlet):
    """Gets the current date and time."""

    verb, noun = "Get", "Date"
    implementing_type = "Microsoft.PowerShell.Commands.GetDateCommand"
    default_set = NET
    output_types = ("System.DateTime", "System.String")
    description = ("Get-Date writes the current date and time, or the date given by -Date, changed by any of -Year, "
                   "-Month, -Day, -Hour, -Minute, -Second and -Millisecond. The console shows it as long date and "
                   "long time (only one of them with -DisplayHint). -Format gives text in a .NET format (standard "
                   "letters such as d, D, s, u, or patterns such as yyyy-MM-dd; also FileDate, FileDateTime and "
                   "their Universal forms) and -UFormat in UNIX strftime style (%Y-%m-%d).")

    date = Parameter(DateTimeType, position=0, pipeline=True, by_property_name=True, aliases=("LastWriteTime",),
                     help="The date to start from instead of now: a DateTime or text such as \"11/23/2026 7:41 PM\".")
    year = Parameter(int, validators=(validate_range(1, 9999),), help="The year of the date written.")
    month = Parameter(int, validators=(validate_range(1, 12),), help="The month of the date written.")
    day = Parameter(int, validators=(validate_range(1, 31),),
                    help="The day of the month; too large a day carries into the next month.")
    hour = Parameter(int, validators=(validate_range(0, 23),), help="The hour, 0 to 23.")
    minute = Parameter(int, validators=(validate_range(0, 59),), help="The minute.")
    second = Parameter(int, validators=(validate_range(0, 59),), help="The second.")
    millisecond = Parameter(int, validators=(validate_range(0, 999),),
                            help="The millisecond (finer parts are dropped).")
    display_hint = Parameter(DisplayHintType, default=DisplayHintType.DateTime,
                             help="What the console shows of the DateTime: Date, Time or DateTime (both).")
    format = Parameter(str, sets=(NET,), help="Writes text in this .NET date format instead of a DateTime.")
    u_format = Parameter(str, name="UFormat", sets=(UFORMAT,),
                         help="Writes text in this UNIX format instead of a DateTime: %Y %m %d %H %M %S and others.")

    examples = (
        Example("Get-Date", "The current date and time, shown as long date and long time."),
        Example('Get-Date -Date "11/23/2026 7:41:52 PM"', "A given date as the console shows it.",
                "\nMonday, November 23, 2026 7:41:52 PM\n\n\n"),
        Example('Get-Date -Date "2026-11-23T19:41:52" -Format "yyyy-MM-dd HH:mm"', "Text in a .NET format.",
                "2026-11-23 19:41\n"),
        Example('Get-Date -Date "2026-11-23" -UFormat "%A %d/%m/%Y"', "Text in UNIX style.",
                "Monday 23/11/2026\n"),
        Example('(Get-Date -Year 2000 -Month 2 -Day 29 -DisplayHint Date)', "A date built from its parts.", None),
    )

    def process(self) -> None:
        value = plain(self.date) if self.date is not None else _dt.datetime.now()
        try:
            value = self._adjusted(value)
        except (ValueError, OverflowError):
            self.write_error(self.error_record("The added or subtracted value results in an un-representable "
                                               "DateTime.", "System.ArgumentOutOfRangeException",
                                               ErrorCategory.NotSpecified, exception_type="ArgumentOutOfRangeException"))
            return
        if self.u_format is not None:
            self.write_object(uformat(value, self.u_format))
        elif self.format is not None:
            self.write_object(self._formatted(value))
        else:
            self.write_object(DisplayDateTime.wrap(value, self.display_hint.name))

    def _adjusted(self, value: _dt.datetime) -> _dt.datetime:
        if self.year is not None:
            value = _add_months(value, (self.year - value.year) * 12)
        if self.month is not None:
            value = _add_months(value, self.month - value.month)
        if self.day is not None:
            value = value + _dt.timedelta(days=self.day - value.day)
        if self.hour is not None:
            value = value + _dt.timedelta(hours=self.hour - value.hour)
        if self.minute is not None:
            value = value + _dt.timedelta(minutes=self.minute - value.minute)
        if self.second is not None:
            value = value + _dt.timedelta(seconds=self.second - value.second)
        if self.millisecond is not None:
            value = value.replace(microsecond=self.millisecond * 1000)
        return value

    def _formatted(self, value: _dt.datetime) -> str:
        fmt = self.format
        special = {"filedate": ("yyyyMMdd", False), "filedateuniversal": ("yyyyMMddZ", True),
                   "filedatetime": ("yyyyMMddTHHmmssffff", False),
                   "filedatetimeuniversal": ("yyyyMMddTHHmmssffffZ", True)}.get(fmt.lower())
        if special is not None:
            fmt, universal = special
            if universal:
                value = value.astimezone(_dt.timezone.utc)
        try:
            return format_datetime(value, fmt)
        except FormatError as exc:
            self.throw_terminating(self.error_record(str(exc), "System.FormatException", ErrorCategory.NotSpecified,
                                                     exception_type="FormatException"))
            raise AssertionError("unreachable")


def _add_months(value: _dt.datetime, months: int) -> _dt.datetime:
    index = value.year * 12 + value.month - 1 + months
    year, month = divmod(index, 12)
    next_first = _dt.date(year + (month == 11), (month + 1) % 12 + 1, 1)
    last = (next_first - _dt.timedelta(days=1)).day
    return value.replace(year=year, month=month + 1, day=min(value.day, last))
