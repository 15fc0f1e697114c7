"""New-TimeSpan: the time between two dates, or a span of days, hours, minutes and seconds."""
from __future__ import annotations

import datetime as _dt

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.datetimes import DateTimeType, plain, to_universal

DATE, TIME = "Date", "Time"


class NewTimeSpan(Cmdlet):
    """Creates a TimeSpan object."""

    verb, noun = "New", "TimeSpan"
    implementing_type = "Microsoft.PowerShell.Commands.NewTimeSpanCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113360"
    default_set = DATE
    output_types = ("System.TimeSpan",)
    description = ("New-TimeSpan writes a TimeSpan: the time from -Start to -End (each of them now unless given; "
                   "the span is negative when -End comes first), or the span made of -Days, -Hours, -Minutes and "
                   "-Seconds. The console shows a TimeSpan as a list of its parts; its Total* properties give the "
                   "whole span in one unit.")

    start = Parameter(DateTimeType, position=0, sets=(DATE,), pipeline=True, by_property_name=True,
                      aliases=("LastWriteTime",),
                      help="Where the span begins; now unless given.")
    end_date = Parameter(DateTimeType, name="End", position=1, sets=(DATE,), by_property_name=True,
                         help="Where the span ends; now unless given.")     # `end` is the cmdlet's last step
    days = Parameter(int, sets=(TIME,), help="Days in the span.")
    hours = Parameter(int, sets=(TIME,), help="Hours in the span.")
    minutes = Parameter(int, sets=(TIME,), help="Minutes in the span.")
    seconds = Parameter(int, sets=(TIME,), help="Seconds in the span.")

    examples = (
        Example("New-TimeSpan -Hours 2 -Minutes 30 | Select-Object -ExpandProperty TotalMinutes",
                "Two and a half hours, in minutes.", "150\n"),
        Example('(New-TimeSpan -Start "2026-11-01" -End "2026-11-24").Days', "Days between two dates.", "23\n"),
    )

    def process(self) -> None:
        try:
            span = self._span()
        except OverflowError:
            self.write_error(self.error_record("TimeSpan overflowed because the duration is too long.",
                                               "OverflowException", ErrorCategory.NotSpecified,
                                               exception_type="OverflowException"))
            return
        self.write_object(span)

    def _span(self) -> _dt.timedelta:
        if self.parameter_set_name == TIME:
            return _dt.timedelta(days=self.days or 0, hours=self.hours or 0, minutes=self.minutes or 0,
                                 seconds=self.seconds or 0)
        now = _dt.datetime.now()
        start = plain(self.start) if self.start is not None else now
        end = plain(self.end_date) if self.end_date is not None else now
        if (start.tzinfo is None) != (end.tzinfo is None):
            start, end = to_universal(start), to_universal(end)
        return end - start
