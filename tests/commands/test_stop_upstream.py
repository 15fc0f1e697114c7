"""A command that has all it needs (Select-Object -First) raises StopUpstream: the commands before it
stop at once, it and the commands after it still end. A stage also begins before the first object
reaches it, even when that object is written by an upstream command's begin."""
from __future__ import annotations

import pytest

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.module import Module
from pyshell.commands.parameters import Parameter
from pyshell.runtime.flow import StopUpstream
from pyshell.shell import Shell

EVENTS: list[str] = []


class CountUp(Cmdlet):
    """A source that writes 1..Count and records each write; -InBegin writes them from begin()."""

    verb, noun = "Count", "Up"
    implementing_type = "Tests.CountUpCommand"
    count = Parameter(int, position=0, default=5, help="How many numbers.")
    in_begin = Parameter(bool, default=False, help="Write the numbers from begin.")

    def begin(self) -> None:
        EVENTS.append("begin source")
        if self.in_begin:
            self.numbers()

    def process(self) -> None:
        if not self.in_begin:
            self.numbers()

    def numbers(self) -> None:
        for i in range(1, self.count + 1):
            EVENTS.append(f"emit {i}")
            self.write_object(i)

    def end(self) -> None:
        EVENTS.append("end source")


class TakeFirst(Cmdlet):
    """Writes the first N objects, then stops its upstream (a miniature Select-Object -First)."""

    verb, noun = "Take", "First"
    implementing_type = "Tests.TakeFirstCommand"
    input_object = Parameter(object, pipeline=True, help="The input.")
    n = Parameter(int, position=0, default=1, help="How many.")
    tag = Parameter(str, position=1, default="take", help="Name in the event log.")

    def begin(self) -> None:
        EVENTS.append(f"begin {self.tag}")
        self.seen = 0

    def process(self) -> None:
        self.seen += 1
        self.write_object(self.input_object)
        if self.seen >= self.n:
            raise StopUpstream(owner=self.runtime)

    def end(self) -> None:
        EVENTS.append(f"end {self.tag}")


class HoldAll(Cmdlet):
    """Holds its input and writes it all in end() (as Sort-Object does)."""

    verb, noun = "Hold", "All"
    implementing_type = "Tests.HoldAllCommand"
    input_object = Parameter(object, pipeline=True, help="The input.")

    def begin(self) -> None:
        self.items = []

    def process(self) -> None:
        self.items.append(self.input_object)

    def end(self) -> None:
        EVENTS.append("end hold")
        for item in self.items:
            self.write_object(item)


MODULE = Module("StopUpstreamTests", (CountUp, TakeFirst, HoldAll))


@pytest.fixture
def shell():
    EVENTS.clear()
    sh = Shell(store=":memory:", modules=("cmdlets.core",))
    sh.context.commands.add_module(MODULE)
    yield sh
    sh.close()


def test_the_source_stops_once_the_command_has_what_it_needs(shell):
    result = shell.run("Count-Up 100 | Take-First 2")
    assert result.output == "1\n2\n" and result.errors == ""
    assert "emit 3" not in EVENTS


def test_the_stopped_commands_do_not_end_but_the_stopping_one_does(shell):
    shell.run("Count-Up 5 | Take-First 1")
    assert "end source" not in EVENTS
    assert EVENTS[-1] == "end take"


def test_commands_after_the_stopping_one_still_end(shell):
    result = shell.run("Count-Up 5 | Take-First 2 a | Take-First 9 b")
    assert result.output == "1\n2\n"
    assert EVENTS[-2:] == ["end a", "end b"]


def test_the_statement_after_goes_on(shell):
    result = shell.run("Count-Up 5 | Take-First 1\n'next'")
    assert result.output == "1\nnext\n"


def test_a_stop_from_an_enclosing_pipeline_passes_through_an_inner_one(shell):
    # The inner pipeline (inside the function) feeds Take-First of the outer one: the stop
    # must end the outer pipeline, not only the inner one.
    result = shell.run("function Inner { process { Count-Up 4 | Where-Object { $_ } } }\n"
                       "1..3 | Inner | Take-First 2 outer")
    assert result.output == "1\n2\n"
    assert EVENTS.count("begin source") == 1


def test_a_stop_while_an_upstream_command_ends(shell):
    result = shell.run("Count-Up 5 | Hold-All | Take-First 2 t")
    assert result.output == "1\n2\n"
    assert EVENTS[-2:] == ["end hold", "end t"]


def test_a_stop_from_a_command_that_has_not_begun_yet(shell):
    result = shell.run("Count-Up 5 -InBegin $true | Take-First 2 t")
    assert result.output == "1\n2\n" and result.errors == ""
    assert "emit 3" not in EVENTS


def test_a_stage_begins_before_objects_written_by_an_upstream_begin(shell):
    result = shell.run("Count-Up 2 -InBegin $true | Where-Object { $_ -gt 1 }")
    assert result.output == "2\n" and result.errors == ""
    assert EVENTS[:2] == ["begin source", "emit 1"]
