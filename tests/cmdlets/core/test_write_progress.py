"""Write-Progress: reports go to the host, never to the pipeline; a terminal shows the latest one as
a line that is wiped when the activity completes or other text comes."""
from __future__ import annotations

import io

import pytest

from pyshell.host import CaptureHost, ConsoleHost, ProgressRecord
from pyshell.shell import Shell


@pytest.fixture
def captured():
    host = CaptureHost()
    shell = Shell(host, store=":memory:")
    yield shell, host
    shell.close()


def test_reports_reach_the_host_and_not_the_output(captured):
    shell, host = captured
    result = shell.run("Write-Progress 'Checking partners' '3 of 4' -PercentComplete 75 -CurrentOperation gmail.com\n"
                       "Write-Progress 'Checking partners' -Completed\n'done'")
    assert result.output == "done\n" and result.errors == ""
    first, last = host.progress
    assert (first.activity, first.status, first.percent, first.current_operation, first.completed) == \
        ("Checking partners", "3 of 4", 75, "gmail.com", False)
    assert (last.status, last.percent, last.completed) == ("Processing", -1, True)


def test_silently_continue_hides_them(captured):
    shell, host = captured
    shell.run("$ProgressPreference = 'SilentlyContinue'; Write-Progress 'Working'")
    assert host.progress == []


def test_percent_complete_is_checked(captured):
    shell, host = captured
    result = shell.run("Write-Progress 'Working' -PercentComplete 101")
    assert "ParameterArgumentValidationError" in result.errors and host.progress == []


def test_the_line_has_a_bar_and_fits_the_width():
    record = ProgressRecord("Checking partners", "3 of 4", percent=50, seconds_remaining=9)
    assert record.line(200) == "Checking partners: 3 of 4 [oooooooooo          ] 50% 9 s left"
    assert record.line(20) == "Checking partners..."


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_redraws_the_line_and_wipes_it_before_other_text():
    out, err = _Terminal(), _Terminal()
    host = ConsoleHost(stdout=out, stderr=err)
    host.write_progress(ProgressRecord("Working", "step 1"))
    host.write_progress(ProgressRecord("Working", "step 2"))
    host.write("result\n")
    assert err.getvalue() == "\r\x1b[2KWorking: step 1\r\x1b[2KWorking: step 2\r\x1b[2K"
    assert out.getvalue() == "result\n"


def test_completed_wipes_the_line_and_a_log_gets_nothing():
    err = _Terminal()
    host = ConsoleHost(stdout=io.StringIO(), stderr=err)
    host.write_progress(ProgressRecord("Working"))
    host.write_progress(ProgressRecord("Working", completed=True))
    assert err.getvalue().endswith("\r\x1b[2K")
    log = io.StringIO()
    ConsoleHost(stdout=io.StringIO(), stderr=log).write_progress(ProgressRecord("Working"))
    assert log.getvalue() == ""


def test_a_command_that_ends_takes_its_progress_line_away():
    err = _Terminal()
    shell = Shell(ConsoleHost(stdout=io.StringIO(), stderr=err), store=":memory:")
    try:
        shell.execute("Write-Progress 'Working' 'almost'")
    finally:
        shell.close()
    assert err.getvalue() == "\r\x1b[2KWorking: almost\r\x1b[2K"
