"""Pipelines stream: every stage begins before any object flows, each object goes all the way
down before the source makes the next, and a non-terminating error for one object leaves the
others alone. Test cmdlets record what happens, in order, in EVENTS."""
from __future__ import annotations

import pytest

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.module import Module
from pyshell.commands.parameters import Parameter
from pyshell.errors import ErrorCategory
from pyshell.shell import Shell

EVENTS: list[str] = []


class GetNumbers(Cmdlet):
    """A source: writes 1..Count, recording each write."""

    verb, noun = "Get", "Numbers"
    implementing_type = "Tests.GetNumbersCommand"
    count = Parameter(int, position=0, default=3)

    def begin(self) -> None:
        EVENTS.append("begin source")

    def process(self) -> None:
        for i in range(1, self.count + 1):
            EVENTS.append(f"emit {i}")
            self.write_object(i)

    def end(self) -> None:
        EVENTS.append("end source")


class TraceObject(Cmdlet):
    """A pass-through stage that records what it sees."""

    verb, noun = "Trace", "Object"
    implementing_type = "Tests.TraceObjectCommand"
    input_object = Parameter(object, pipeline=True)
    tag = Parameter(str, position=0, default="t")

    def begin(self) -> None:
        EVENTS.append(f"begin {self.tag}")

    def process(self) -> None:
        EVENTS.append(f"{self.tag} sees {self.input_object}")
        self.write_object(self.input_object)

    def end(self) -> None:
        EVENTS.append(f"end {self.tag}")


class EvenFilter(Cmdlet):
    """Passes odd numbers on; writes a non-terminating error for even ones."""

    verb, noun = "Test", "Even"
    implementing_type = "Tests.TestEvenCommand"
    input_object = Parameter(int, pipeline=True)
    fatal = Parameter(int)

    def process(self) -> None:
        n = self.input_object
        if self.fatal is not None and n == self.fatal:
            self.throw_terminating(self.error_record(f"{n} is fatal", "Fatal", ErrorCategory.InvalidOperation, n))
        if n % 2 == 0:
            self.write_error(self.error_record(f"{n} is even", "EvenNumber", ErrorCategory.InvalidData, n))
            return
        self.write_object(n)


class InvokeBug(Cmdlet):
    """A command with a bug: a Python exception escapes process()."""

    verb, noun = "Invoke", "Bug"
    implementing_type = "Tests.InvokeBugCommand"

    def process(self) -> None:
        raise ZeroDivisionError("oops")


MODULE = Module("PipelineTests", (GetNumbers, TraceObject, EvenFilter, InvokeBug))


@pytest.fixture
def shell():
    EVENTS.clear()
    sh = Shell(store=":memory:", modules=("cmdlets.core",))
    sh.context.commands.add_module(MODULE)
    yield sh
    sh.close()


def test_every_stage_begins_before_objects_flow(shell):
    shell.run("Get-Numbers 1 | Trace-Object a | Trace-Object b")
    assert EVENTS[:3] == ["begin source", "begin a", "begin b"]


def test_first_object_reaches_the_end_before_the_source_makes_the_second(shell):
    shell.run("Get-Numbers 3 | Trace-Object a | Trace-Object b")
    assert EVENTS.index("b sees 1") < EVENTS.index("emit 2")
    assert EVENTS.index("b sees 2") < EVENTS.index("emit 3")


def test_objects_interleave_through_the_stages(shell):
    shell.run("Get-Numbers 2 | Trace-Object a | Trace-Object b")
    assert EVENTS == ["begin source", "begin a", "begin b",
                      "emit 1", "a sees 1", "b sees 1", "emit 2", "a sees 2", "b sees 2",
                      "end source", "end a", "end b"]


def test_ends_run_in_order_after_the_last_object(shell):
    shell.run("Get-Numbers 2 | Trace-Object a | Trace-Object b")
    assert EVENTS[-3:] == ["end source", "end a", "end b"]
    assert EVENTS.index("b sees 2") < EVENTS.index("end source")


def test_where_object_streams(shell):
    result = shell.run("Get-Numbers 3 | Where-Object { $_ -ne 2 } | Trace-Object w")
    assert result.output == "1\n3\n"
    assert EVENTS.index("w sees 1") < EVENTS.index("emit 2")


def test_an_expression_source_streams_too(shell):
    shell.run("1..3 | Trace-Object a | Trace-Object b")
    assert EVENTS.index("b sees 1") < EVENTS.index("a sees 2")


def test_the_last_stage_output_is_the_pipeline_output(shell):
    result = shell.run("Get-Numbers 3 | Trace-Object")
    assert result.output == "1\n2\n3\n" and result.errors == ""


def test_a_function_stage_streams(shell):
    shell.run("function Step { process { $_ } }\nGet-Numbers 2 | Step | Trace-Object f")
    assert EVENTS.index("f sees 1") < EVENTS.index("emit 2")


def test_a_non_terminating_error_leaves_the_other_objects_alone(shell):
    result = shell.run("Get-Numbers 5 | Test-Even")
    assert result.output == "1\n3\n5\n"
    assert result.errors.count("FullyQualifiedErrorId : EvenNumber,Tests.TestEvenCommand") == 2
    assert "Test-Even : 2 is even" in result.errors


def test_the_pipeline_goes_on_after_an_error_in_the_middle(shell):
    shell.run("Get-Numbers 3 | Test-Even | Trace-Object after")
    assert "after sees 1" in EVENTS and "after sees 3" in EVENTS
    assert EVENTS[-1] == "end after"


def test_error_action_silently_continue_hides_the_error(shell):
    result = shell.run("Get-Numbers 4 | Test-Even -ErrorAction SilentlyContinue")
    assert result.output == "1\n3\n" and result.errors == ""


def test_error_action_stop_stops_the_pipeline(shell):
    result = shell.run("Get-Numbers 5 | Test-Even -ErrorAction Stop")
    assert result.output == "1\n"
    assert "EvenNumber,Tests.TestEvenCommand" in result.errors
    assert "emit 3" not in EVENTS


def test_error_variable_collects_the_errors(shell):
    result = shell.run("Get-Numbers 4 | Test-Even -ErrorAction SilentlyContinue -ErrorVariable bad\n$bad.Count")
    assert result.output == "1\n3\n2\n"


def test_a_terminating_error_stops_the_pipeline(shell):
    result = shell.run("Get-Numbers 5 | Test-Even -Fatal 3\n'next statement'")
    assert result.output == "1\nnext statement\n"
    assert "FullyQualifiedErrorId : Fatal,Tests.TestEvenCommand" in result.errors
    assert "emit 4" not in EVENTS


def test_a_terminating_error_can_be_caught(shell):
    result = shell.run("try { Get-Numbers 5 | Test-Even -Fatal 3 } catch { 'caught ' + $_.Exception.Message }")
    assert result.output == "1\ncaught 3 is fatal\n"
    assert "Fatal,Tests" not in result.errors          # caught
    assert "EvenNumber,Tests" in result.errors          # non-terminating errors are not caught by try


def test_a_python_exception_in_a_cmdlet_becomes_an_error_record(shell):
    result = shell.run("Invoke-Bug\n'still here'")
    assert result.output == "still here\n"
    assert "Traceback" not in result.errors
    assert "ZeroDivisionError" in result.errors


def test_input_that_no_parameter_takes(shell):
    result = shell.run("'a', 'b' | Get-Numbers 1")
    assert result.errors.count("InputObjectNotBound") == 2


def test_many_objects_stream_quickly(shell):
    result = shell.run("(Get-Numbers 5000 | Where-Object { $_ % 1000 -eq 0 }).Count")
    assert result.output == "5\n"
