"""DateTime and TimeSpan as scripts see them: the invariant text of [string], the en-US text of
ToString() and of Out-Default, .NET format strings, members, parsing and [datetime]/[timespan]."""
from __future__ import annotations

import datetime

import pytest

from pyshell.runtime.conversion import to_string
from pyshell.runtime.datetimes import (DisplayDateTime, FormatError, culture_string, display_string,
                                       format_datetime, parse_datetime, parse_timespan, timespan_string)

WHEN = datetime.datetime(2026, 11, 23, 19, 41, 52, 123456)


def test_three_texts_of_a_date():
    assert to_string(WHEN) == "11/23/2026 19:41:52"
    assert culture_string(WHEN) == "11/23/2026 7:41:52 PM"
    assert display_string(WHEN) == "Monday, November 23, 2026 7:41:52 PM"
    assert display_string(DisplayDateTime.wrap(WHEN, "Time")) == "7:41:52 PM"


@pytest.mark.parametrize("fmt,expected", [
    ("yyyy-MM-dd HH:mm:ss", "2026-11-23 19:41:52"),
    ("dddd dd MMMM yy", "Monday 23 November 26"),
    ("ddd MMM d h:m:s tt", "Mon Nov 23 7:41:52 PM"),
    ("fff FFFFFFF", "123 1234560"[:4] + "123456"),
    ("'at' HH\\h", "at 19h"),
    ("d", "11/23/2026"),
    ("D", "Monday, November 23, 2026"),
    ("t", "7:41 PM"),
    ("s", "2026-11-23T19:41:52"),
    ("M", "November 23"),
    ("y", "November 2026"),
    ("%d", "23"),
])
def test_dotnet_format_strings(fmt, expected):
    assert format_datetime(WHEN, fmt) == expected


def test_f_upper_drops_trailing_zeros_and_a_bare_point():
    assert format_datetime(WHEN.replace(microsecond=0), "ss.FFF") == "52"
    assert format_datetime(WHEN.replace(microsecond=500000), "ss.FFF") == "52.5"


def test_an_unknown_single_letter_format_is_an_error():
    with pytest.raises(FormatError):
        format_datetime(WHEN, "Q")


def test_time_span_text():
    assert timespan_string(datetime.timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=500000)) == \
        "1.02:03:04.5000000"
    assert timespan_string(-datetime.timedelta(seconds=90)) == "-00:01:30"


@pytest.mark.parametrize("text,expected", [
    ("11/23/2026", datetime.datetime(2026, 11, 23)),
    ("11/23/2026 7:41 PM", datetime.datetime(2026, 11, 23, 19, 41)),
    ("2026-11-23T19:41:52.5", datetime.datetime(2026, 11, 23, 19, 41, 52, 500000)),
    ("November 23, 2026", datetime.datetime(2026, 11, 23)),
    ("23 Nov 2026 08:00", datetime.datetime(2026, 11, 23, 8)),
    # DateTime.Parse reads pieces, not fixed layouts: one-digit parts, a fraction, any separator
    ("2030-4-5 1:2:3.09", datetime.datetime(2030, 4, 5, 1, 2, 3, 90000)),
    ("2030-4-15 13:2:3", datetime.datetime(2030, 4, 15, 13, 2, 3)),
    ("3.4.2020", datetime.datetime(2020, 3, 4)),
    ("12/31/99", datetime.datetime(1999, 12, 31)),
    ("2030-04", datetime.datetime(2030, 4, 1)),
    ("April 2030", datetime.datetime(2030, 4, 1)),
    ("Friday, April 5, 2030 1:02:03 pm", datetime.datetime(2030, 4, 5, 13, 2, 3)),
    ("2020-01-01 12:00:00 AM", datetime.datetime(2020, 1, 1)),
])
def test_parsing(text, expected):
    assert parse_datetime(text) == expected


@pytest.mark.parametrize("text", ["2020-01-01T00:00:00.000Z", "Jan 1, 2020Z", "Sat, 01 Jan 2000 00:00:00 GMT"])
def test_a_utc_marker_makes_a_utc_time(text):
    assert parse_datetime(text).utcoffset() == datetime.timedelta(0)


@pytest.mark.parametrize("text", ["not a date", "2020", "1/2/3/4", "2020-13-01", "25:00", "Jan Feb 2020"])
def test_parsing_rejects_what_is_not_a_date(text):
    with pytest.raises(ValueError, match="not recognized as a valid DateTime"):
        parse_datetime(text)


def test_an_offset_that_moves_the_time_out_of_range_is_an_error():
    with pytest.raises(ValueError, match="out of range"):
        parse_datetime("0001-01-01T00:00:00+05:00")


def test_a_day_name_must_agree_with_the_date():
    with pytest.raises(ValueError, match="day of week was incorrect"):
        parse_datetime("Thursday, April 5, 2030")


def test_time_span_parsing():
    assert parse_timespan("01:30:00") == datetime.timedelta(hours=1, minutes=30)


def test_members_and_casts_in_scripts(run):
    script = ('$d = [datetime]"11/23/2026"; $d.DayOfWeek; $d.AddDays(1.5).ToString("yyyy-MM-dd HH:mm"); '
              '"$d"; $d.ToString(); $d -is [datetime]; $d.Date.Hour; ([timespan]"1:30:00").TotalMinutes')
    assert run(script).output == ("Monday\n2026-11-24 12:00\n11/23/2026 00:00:00\n11/23/2026 12:00:00 AM\nTrue\n"
                                  "0\n90\n")


def test_static_members(run):
    assert run("[datetime]::Now -is [datetime]; [datetime]::DaysInMonth(2024, 2); "
               "[timespan]::FromMinutes(90).Hours").output == "True\n29\n1\n"


def test_bad_cast_is_a_conversion_error(run):
    assert 'Cannot convert value "soon" to type "System.DateTime".' in run('[datetime]"soon"').errors


def test_format_operator_uses_date_formats_and_the_culture(run):
    script = '$d = [datetime]"11/23/2026"; "{0:yyyy-MM-dd}|{0}" -f $d; "{0:Q}" -f $d'
    result = run(script)
    assert result.output == "2026-11-23|11/23/2026 12:00:00 AM\n"
    assert "Error formatting a string: Input string was not in a correct format.." in result.errors


def test_date_arithmetic(run):
    script = ('$a = [datetime]"1/1/2020"; $b = [datetime]"1/2/2020 6:00"; ($b - $a).TotalHours; '
              '($a + [timespan]"1:30:00").ToString("HH:mm"); ($b - [timespan]"6:00:00").Day; '
              '([timespan]"1:00:00" + [timespan]"0:30:00").TotalMinutes')
    assert run(script).output == "30\n01:30\n2\n90\n"
    assert 'Cannot convert value "soon" to type "System.TimeSpan".' in run('[datetime]"1/1/2020" + "soon"').errors


def test_parse_exact_reads_text_by_a_custom_format(run):
    result = run('[datetime]::ParseExact("24/11/2026 14:05:09", "dd/MM/yyyy HH:mm:ss", $null).ToString("s")\n'
                 '[datetime]::ParseExact("Nov 3 2026 2:05 PM", "MMM d yyyy h:mm tt", $null).ToString("s")\n'
                 '[datetime]::ParseExact("20261124", "yyyyMMdd", $null).ToString("s")\n'
                 "[datetime]::ParseExact(\"2026-11-24T08:30:00\", \"yyyy'-'MM'-'dd'T'HH':'mm':'ss\", $null).Hour")
    assert result.output == "2026-11-24T14:05:09\n2026-11-03T14:05:00\n2026-11-24T00:00:00\n8\n"


def test_parse_exact_takes_a_standard_format_and_a_two_digit_year(run):
    result = run('[datetime]::ParseExact("11/24/2026", "d", $null).Day\n'
                 '[datetime]::ParseExact("24.11.29", "dd.MM.yy", $null).Year\n'
                 '[datetime]::ParseExact("24.11.30", "dd.MM.yy", $null).Year')
    assert result.output == "24\n2029\n1930\n"


def test_parse_exact_fails_as_dotnet_does_when_the_text_does_not_fit(run):
    result = run('[datetime]::ParseExact("2026-11-24", "dd/MM/yyyy", $null)')
    assert 'Exception calling "ParseExact" with "3" argument(s): "String was not recognized as a valid DateTime."' \
        in result.errors
    assert "FullyQualifiedErrorId : FormatException" in result.errors
    assert "FormatException" in run('[datetime]::ParseExact("31/02/2026", "dd/MM/yyyy", $null)').errors
