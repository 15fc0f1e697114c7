"""Get-Date: DateTime output shown as 5.1 shows it, -DisplayHint, the date parts, -Format with .NET
formats (and FileDate...), -UFormat with 5.1's specifiers."""
from __future__ import annotations

import datetime

import pytest

WHEN = '-Date "11/23/2026 7:41:52 PM"'


def test_a_date_is_shown_as_long_date_and_long_time(run):
    assert run(f"Get-Date {WHEN}").output == "\nMonday, November 23, 2026 7:41:52 PM\n\n\n"


def test_display_hint(run):
    assert run(f"Get-Date {WHEN} -DisplayHint Date").output == "\nMonday, November 23, 2026\n\n\n"
    assert run(f"Get-Date {WHEN} -DisplayHint Time").output == "\n7:41:52 PM\n\n\n"


def test_now_is_a_datetime_close_to_the_clock(run):
    out = run("$d = Get-Date; $d.GetType().FullName; $d.Kind").output
    assert out == "System.DateTime\nLocal\n"
    year = int(run("(Get-Date).Year").output)
    assert abs(year - datetime.datetime.now().year) <= 1


def test_parts_replace_the_dates_fields(run):
    script = f"Get-Date {WHEN} -Year 2000 -Month 2 -Day 29 -Hour 8 -Minute 5 -Second 0 -Format s"
    assert run(script).output == "2000-02-29T08:05:00\n"


def test_a_month_without_that_day_keeps_the_last_day(run):
    assert run('(Get-Date -Date "2026-01-31" -Month 2).ToString("yyyy-MM-dd")').output == "2026-02-28\n"


@pytest.mark.parametrize("fmt,expected", [
    ("yyyy-MM-dd HH:mm:ss", "2026-11-23 19:41:52"),
    ("D", "Monday, November 23, 2026"),
    ("g", "11/23/2026 7:41 PM"),
    ("FileDate", "20261123"),
    ("FileDateTime", "20261123T1941520000"),
])
def test_format(run, fmt, expected):
    assert run(f'Get-Date {WHEN} -Format "{fmt}"').output == expected + "\n"


@pytest.mark.parametrize("spec,expected", [
    ("%Y-%m-%d %H:%M:%S", "2026-11-23 19:41:52"),
    ("%A, %B %e", "Monday, November 23"),
    ("%a %b %d %I:%M %p", "Mon Nov 23 07:41 PM"),
    ("%j %u %w %y %C", "327 1 1 26 20"),
    ("%D %T %R", "11/23/26 19:41:52 19:41"),
    ("%c", "Mon Nov 23 19:41:52 2026"),
    ("+%s", "1795462912"),
])
def test_uformat(run, spec, expected):
    assert run(f'Get-Date {WHEN} -UFormat "{spec}"').output == expected + "\n"


def test_a_bad_format_is_a_format_exception(run):
    result = run(f"Get-Date {WHEN} -Format Q")
    assert "Get-Date : Input string was not in a correct format." in result.errors
    assert "System.FormatException,Microsoft.PowerShell.Commands.GetDateCommand" in result.errors


def test_out_of_range_parts_are_rejected(run):
    result = run("Get-Date -Month 13")
    assert "The 13 argument is greater than the maximum allowed range of 12." in result.errors


def test_dates_from_the_pipeline_and_by_property_name(run):
    script = '"2026-11-23" | Get-Date -Format d; [pscustomobject]@{LastWriteTime="2020-01-02"} | Get-Date -Format d'
    assert run(script).output == "11/23/2026\n1/2/2020\n"
