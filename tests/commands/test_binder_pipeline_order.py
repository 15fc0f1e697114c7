"""Pipeline binding in PowerShell's order: by value, then by property name, first without converting
the value, then with conversion; and only into the parameter sets the parameters bound so far allow.
So an object piped to a command whose -Path takes strings (by value and by property name) and whose
-LiteralPath takes PSPath by property name binds PSPath to -LiteralPath, not its text to -Path."""
from __future__ import annotations

import pytest

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.module import Module
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.runtime.conversion import ListOf
from pyshell.shell import Shell


class ReadTestPath(Cmdlet):
    """Reports which parameter took the input."""
    verb, noun = "Read", "TestPath"
    default_set = "Path"
    examples = (Example("Read-TestPath a", "test"),)
    path = Parameter(ListOf(str), sets={"Path": SetOptions(position=0, pipeline=True, by_property_name=True)},
                     help="paths")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={"LiteralPath": SetOptions(mandatory=True, by_property_name=True)}, help="literal")
    count = Parameter(int, by_property_name=True, help="a number")

    def process(self) -> None:
        which = "Path" if self.path is not None else "LiteralPath"
        self.write_object(f"{self.parameter_set_name}:{which}:{(self.path or self.literal_path)[0]}:{self.count}")


@pytest.fixture(scope="module")
def shell():
    sh = Shell(store=":memory:")
    sh.context.commands.add_module(Module("Test", (ReadTestPath,)))
    yield sh
    sh.close()


def test_a_string_binds_by_value(shell):
    assert shell.run("'a' | Read-TestPath").output == "Path:Path:a:None\n"


def test_an_object_binds_its_pspath_to_literal_path(shell):
    r = shell.run("[pscustomobject]@{PSPath = 'p'; Name = 'n'} | Read-TestPath")
    assert r.output == "LiteralPath:LiteralPath:p:None\n", r.errors


def test_an_object_with_a_path_property_binds_it_to_path(shell):
    assert shell.run("[pscustomobject]@{Path = 'q'; Count = '3'} | Read-TestPath").output == "Path:Path:q:3\n"


def test_conversion_by_value_comes_before_conversion_by_property_name(shell):
    # Neither the object nor its Path (a number) is a string: the third step, by value with
    # conversion, binds the object's text before the fourth would convert its Path.
    assert shell.run("[pscustomobject]@{Path = 5} | Read-TestPath").output == "Path:Path:@{Path=5}:None\n"
