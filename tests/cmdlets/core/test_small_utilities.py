"""Measure-Command, Start-Sleep, Clear-Host and ConvertTo-Html."""
from __future__ import annotations

import io
import time

from pyshell.host import ConsoleHost
from pyshell.shell import Shell


def test_measure_command_times_the_block_and_drops_its_output(run):
    out = run("$t = Measure-Command { 'lost'; Start-Sleep -Milliseconds 30 }; $t.GetType().FullName; "
              "$t.TotalMilliseconds -ge 30; $t.TotalMilliseconds -lt 5000").output
    assert out == "System.TimeSpan\nTrue\nTrue\n"


def test_measure_command_runs_in_the_current_scope_once_per_input(run):
    assert run("$sum = 0; 1..4 | Measure-Command { $sum += $_ } | Out-Null; $sum").output == "10\n"


def test_start_sleep_waits(run):
    start = time.monotonic()
    assert run("Start-Sleep -Milliseconds 40; sleep 0").output == ""
    assert time.monotonic() - start >= 0.04


def test_start_sleep_validates_its_range(run):
    assert "less than the minimum allowed range of 0" in run("Start-Sleep -Seconds -1").errors


def test_clear_host_writes_nothing_when_not_a_terminal(run):
    assert run("Clear-Host; cls; clear").output == ""


def test_clear_host_clears_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = Terminal()
    shell = Shell(ConsoleHost(stdout=out, stderr=io.StringIO()), store=":memory:")
    try:
        shell.execute("Clear-Host")
    finally:
        shell.close()
    assert out.getvalue() == "\x1b[2J\x1b[3J\x1b[H"


def test_convertto_html_page(run):
    out = run('[pscustomobject]@{Name="a&b"; Tags=@(1,2)} | ConvertTo-Html -Title "T" -PreContent "<h1>x</h1>"').output
    assert out == (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<title>T</title>\n</head><body>\n<h1>x</h1>\n'
        "<table>\n<colgroup><col/><col/></colgroup>\n<tr><th>Name</th><th>Tags</th></tr>\n"
        "<tr><td>a&amp;b</td><td>System.Object[]</td></tr>\n</table>\n</body></html>\n")


def test_convertto_html_properties_and_list(run):
    script = ('[pscustomobject]@{Name="a"; Size=5} | ConvertTo-Html -Fragment -As List '
              '-Property Name, @{Label="Twice"; Expression={$_.Size * 2}; Width="20"}')
    assert run(script).output == (
        "<table>\n<tr><td>Name:</td><td>a</td></tr>\n<tr><td>Twice:</td><td>10</td></tr>\n</table>\n")


def test_convertto_html_rejects_a_name_key_as_5_1_does(run):
    assert "The n key is not valid." in run('1 | ConvertTo-Html -Property @{n="x"; e={1}}').errors
