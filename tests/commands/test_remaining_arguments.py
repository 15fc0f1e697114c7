"""ValueFromRemainingArguments: positional values that no position takes go, as one array, to the
parameter declared with `remaining=True` in the parameter sets still possible."""
from __future__ import annotations

import pytest

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.module import Module
from pyshell.commands.parameters import Parameter, SetOptions
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.types import ScriptBlockType
from pyshell.shell import Shell


class ShowRest(Cmdlet):
    """Writes what was bound: the first value, then each remaining one."""

    verb, noun = "Show", "Rest"
    implementing_type = "Tests.ShowRestCommand"
    default_set = "Blocks"
    first = Parameter(ListOf(ScriptBlockType), sets={"Blocks": SetOptions(position=0, mandatory=True)},
                      help="A script block.")
    more = Parameter(ListOf(ScriptBlockType), sets=("Blocks",), remaining=True, help="The other blocks.")
    name = Parameter(str, sets={"Name": SetOptions(position=0, mandatory=True)}, help="A name.")
    values = Parameter(ListOf(object), sets=("Name",), remaining=True, aliases=("Args",), help="The other values.")

    def process(self) -> None:
        if self.parameter_set_name == "Blocks":
            self.write_object(f"blocks {len(self.first)} + {len(self.more or [])}")
        else:
            self.write_object(f"name {self.name}: " + ",".join(str(v) for v in (self.values or [])))


@pytest.fixture
def shell():
    sh = Shell(store=":memory:", modules=("cmdlets.core",))
    sh.context.commands.add_module(Module("RemainingTests", (ShowRest,)))
    yield sh
    sh.close()


def test_extra_script_blocks_go_to_the_remaining_parameter(shell):
    assert shell.run("Show-Rest {1} {2} {3}").output == "blocks 1 + 2\n"


def test_extra_values_follow_the_parameter_set_the_first_value_chose(shell):
    assert shell.run("Show-Rest Split a b").output == "name Split: a,b\n"


def test_a_named_first_parameter_leaves_every_positional_value_to_the_rest(shell):
    assert shell.run("Show-Rest -First {1} {2}").output == "blocks 1 + 1\n"


def test_the_remaining_parameter_can_be_named(shell):
    assert shell.run("Show-Rest x -Args 1, 2").output == "name x: 1,2\n"


def test_without_extra_values_the_remaining_parameter_is_unbound(shell):
    assert shell.run("Show-Rest {1}").output == "blocks 1 + 0\n"
