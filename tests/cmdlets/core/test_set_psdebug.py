"""Set-PSDebug: -Trace 1 and 2 print PowerShell's DEBUG: lines, -Step asks before each statement."""
from __future__ import annotations

from pyshell.host import CaptureHost
from pyshell.shell import Shell


def test_trace_1_marks_each_statement_where_it_starts(shell):
    result = shell.run("Set-PSDebug -Trace 1; $a = 1; $a + 1; Set-PSDebug -Off")
    assert result.output == "2\n"
    assert result.errors.splitlines() == [
        "DEBUG:    1+ Set-PSDebug -Trace 1;  >>>> $a = 1; $a + 1; Set-PSDebug -Off",
        "DEBUG:    1+ Set-PSDebug -Trace 1; $a = 1;  >>>> $a + 1; Set-PSDebug -Off",
        "DEBUG:    1+ Set-PSDebug -Trace 1; $a = 1; $a + 1;  >>>> Set-PSDebug -Off",
    ]


def test_trace_2_follows_the_documented_foreach_example(shell):
    result = shell.run("Set-PSDebug -Trace 2; foreach ($i in 1..3) {$i}")
    shell.run("Set-PSDebug -Off")
    collection = "DEBUG:    1+ Set-PSDebug -Trace 2; foreach ($i in  >>>> 1..3) {$i}"
    variable = "DEBUG:    1+ Set-PSDebug -Trace 2; foreach ( >>>> $i in 1..3) {$i}"
    body = "DEBUG:    1+ Set-PSDebug -Trace 2; foreach ($i in 1..3) { >>>> $i}"
    expected = [collection, "DEBUG:     ! SET $foreach = 'IEnumerator'."]
    for n in (1, 2, 3):
        expected += [variable, f"DEBUG:     ! SET $i = '{n}'.", body]
    expected += [variable, "DEBUG:     ! SET $foreach = ''."]
    assert result.errors.splitlines() == expected
    assert result.output == "1\n2\n3\n"


def test_trace_2_shows_function_calls_and_assignments(shell):
    shell.run("function Get-Two { 2 }")
    result = shell.run("Set-PSDebug -Trace 2\n$x = Get-Two\nSet-PSDebug -Off")
    lines = result.errors.splitlines()
    assert "DEBUG:    2+  >>>> $x = Get-Two" in lines
    assert "DEBUG:     ! CALL function 'Get-Two'" in lines
    assert "DEBUG:     ! SET $x = '2'." in lines


def test_long_values_are_shortened(shell):
    result = shell.run("Set-PSDebug -Trace 2; $name = 'x' * 100; Set-PSDebug -Off")
    set_line = [l for l in result.errors.splitlines() if "! SET $name" in l][0]
    assert set_line == "DEBUG:     ! SET $name = '" + "x" * 56 + "...'."


def test_where_object_blocks_are_traced_per_object(shell):
    result = shell.run("Set-PSDebug -Trace 1; 1, 2 | Where-Object { $_ -gt 1 }; Set-PSDebug -Off")
    assert result.output == "2\n"
    assert result.errors.count("Where-Object {  >>>> $_ -gt 1 }") == 2


def test_off_and_trace_0_stop_tracing(shell):
    shell.run("Set-PSDebug -Trace 1")
    shell.run("Set-PSDebug -Trace 0")
    assert shell.run("$a = 5").errors == ""
    assert shell.context.psdebug is None


def test_trace_out_of_range_is_a_validation_error(shell):
    result = shell.run("Set-PSDebug -Trace 3")
    assert "Cannot validate argument on parameter 'Trace'. The 3 argument is greater than the maximum" in result.errors
    assert "ParameterArgumentValidationError" in result.errors


def test_step_asks_before_each_statement():
    shell = Shell(host=CaptureHost(answers=["y", "", "a"]), store=":memory:")
    try:
        result = shell.run("Set-PSDebug -Step; $a = 1; $b = 2; $c = 3; $a + $b + $c")
        assert result.output.count("Continue with this operation?") == 3
        assert '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"):' \
            in result.output
        assert "   1+ Set-PSDebug -Step;  >>>> $a = 1;" in result.output
        assert result.output.endswith("6\n")
        assert shell.context.psdebug.step is False       # Yes to All: tracing goes on, asking stops
        assert result.errors.count("DEBUG:") == 4
    finally:
        shell.close()


def test_step_answered_no_stops_the_script():
    shell = Shell(host=CaptureHost(answers=["n"]), store=":memory:")
    try:
        result = shell.run("Set-PSDebug -Step; 'not ' + 'run'")
        assert "not run" not in result.output
        assert "WriteDebug stopped because the value of the DebugPreference variable was 'Stop'." in result.errors
        assert "UserStopRequest" in result.errors
        shell.run("Set-PSDebug -Off")
    finally:
        shell.close()


def test_step_without_anyone_to_answer_is_an_error(shell):
    result = shell.run("Set-PSDebug -Step; 'not ' + 'run'")
    shell.context.psdebug = None
    assert "not run" not in result.output
    assert "NonInteractive mode" in result.errors
