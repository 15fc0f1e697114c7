"""New-TimeSpan: from -Start to -End, or from -Days, -Hours, -Minutes and -Seconds."""
from __future__ import annotations


def test_a_span_from_its_parts(run):
    assert run("(New-TimeSpan -Days 1 -Hours 2 -Minutes 30 -Seconds 5).TotalSeconds").output == "95405\n"


def test_the_span_between_two_dates_and_its_sign(run):
    result = run('(New-TimeSpan -Start "2026-11-01" -End "2026-11-24").Days\n'
                 '(New-TimeSpan "2026-11-24" "2026-11-01").Days')
    assert result.output == "23\n-23\n"


def test_start_and_end_default_to_now(run):
    assert run("(New-TimeSpan).TotalSeconds -lt 1; (New-TimeSpan -End '2000-01-01').Days -lt 0").output == "True\nTrue\n"


def test_a_date_comes_through_the_pipeline_as_start(run):
    assert run('"2026-11-23" | New-TimeSpan -End "2026-11-24" | ForEach-Object TotalHours').output == "24\n"


def test_parts_and_dates_do_not_mix(run):
    assert "AmbiguousParameterSet" in run("New-TimeSpan -Days 1 -Start (Get-Date)").errors


def test_it_is_a_timespan(run):
    assert run("(New-TimeSpan -Hours 1).GetType().FullName").output == "System.TimeSpan\n"
