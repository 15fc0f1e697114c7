"""When pipeline input is expected and only a set other than the default takes it (Set-Cs...'s
-Instance), the binder waits for the input to choose the set instead of settling on the default."""
from __future__ import annotations

import pytest

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.module import Module
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.values import PSObject
from pyshell.shell import Shell


class SetTestItem(Cmdlet):
    """Reports which parameter set it ran in."""
    verb, noun = "Set", "TestItem"
    default_set = "Identity"
    examples = (Example("Set-TestItem a", "test"),)
    identity = Parameter(str, position=0, sets=("Identity",), help="by name")
    instance = Parameter(PSObject, pipeline=True, sets=("Instance",), help="an object")
    note = Parameter(str, help="a setting both sets take")

    def process(self) -> None:
        self.write_object(f"{self.parameter_set_name}:{self.identity or self.instance}:{self.note}")


@pytest.fixture(scope="module")
def shell():
    sh = Shell(store=":memory:")
    sh.context.commands.add_module(Module("Test", (SetTestItem,)))
    yield sh
    sh.close()


def test_piped_objects_choose_the_instance_set(shell):
    r = shell.run("'x','y' | Set-TestItem -Note n")
    assert r.output == "Instance:x:n\nInstance:y:n\n" and not r.errors


def test_without_input_the_default_set_is_used(shell):
    assert shell.run("Set-TestItem a -Note n").output == "Identity:a:n\n"
    assert shell.run("Set-TestItem -Note n").output == "Identity:None:n\n"
