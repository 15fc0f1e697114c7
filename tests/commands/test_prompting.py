"""Missing mandatory parameters in an interactive session: the console host's prompt, `!?` help,
the `!` prompt commands, arrays asked element by element, and -NonInteractive keeping the error."""
from __future__ import annotations

import sys
import types

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.module import Module
from pyshell.commands.parameters import Parameter
from pyshell.host import CaptureHost
from pyshell.runtime.conversion import ListOf
from pyshell.shell import Shell


class NewGadget(Cmdlet):
    """Makes a gadget."""

    verb, noun = "New", "Gadget"
    implementing_type = "Tests.NewGadgetCommand"

    name = Parameter(str, position=0, mandatory=True, help="The name of the new gadget.")
    size = Parameter(int, mandatory=True)
    size_hint = Parameter(int)

    def process(self) -> None:
        self.write_object(f"{self.name}/{self.size}")


class AddTags(Cmdlet):
    """Adds tags."""

    verb, noun = "Add", "Tags"
    tags = Parameter(ListOf(str), mandatory=True)

    def process(self) -> None:
        self.write_object(",".join(self.tags))


# Shell loads modules by import path; register this file's module under a name of its own.
_gadgets = types.ModuleType("tests_prompting_gadgets")
_gadgets.MODULE = Module(name="Gadgets", cmdlets=(NewGadget, AddTags))
sys.modules.setdefault(_gadgets.__name__, _gadgets)


def make_shell(answers, non_interactive=False):
    host = CaptureHost(answers=list(answers))
    host.interactive = True
    return Shell(host, settings={"non_interactive": non_interactive},
                 modules=("cmdlets.core", _gadgets.__name__)), host


def test_prompts_for_each_missing_parameter():
    shell, host = make_shell(["w1", "3"])
    assert shell.execute("New-Gadget")
    assert host.output == ("\ncmdlet New-Gadget at command pipeline position 1\n"
                           "Supply values for the following parameters:\n"
                           "(Type !? for Help.)\n"
                           "Name: w1\nSize: 3\nw1/3\n")


def test_only_the_missing_ones_are_asked():
    shell, host = make_shell(["7"])
    assert shell.execute("New-Gadget w2")
    assert "Name:" not in host.output
    assert host.output.endswith("Size: 7\nw2/7\n")


def test_help_and_prompt_commands():
    shell, host = make_shell(["!?", "!!bang", "!?", "!x", "4"])
    assert shell.execute("New-Gadget")
    out = host.output
    assert "Name: !?\nThe name of the new gadget.\nName: !!bang\n" in out
    assert "Size: !?\nNo help is available for Size.\n" in out
    assert "'!x' is not a prompt command" in out
    assert out.endswith("!bang/4\n")


def test_numbers_are_asked_again_after_a_format_error():
    shell, host = make_shell(["g", "big", "5"])
    assert shell.execute("New-Gadget")
    assert 'Cannot recognize "big" as a System.Int32 due to a format error.\nSize: 5\n' in host.output
    assert host.output.endswith("g/5\n")


def test_empty_answer_for_a_string_is_the_binding_error():
    shell, host = make_shell([""])
    assert not shell.execute("New-Gadget")
    assert "Cannot bind argument to parameter 'Name' because it is an empty string." in host.errors
    assert "ParameterArgumentValidationErrorEmptyStringNotAllowed,Tests.NewGadgetCommand" in host.errors


def test_array_parameters_are_asked_element_by_element():
    shell, host = make_shell(["a", "b", ""])
    assert shell.execute("Add-Tags")
    assert "Tags[0]: a\nTags[1]: b\nTags[2]: \n" in host.output
    assert host.output.endswith("a,b\n")
    assert "(Type !? for Help.)" not in host.output


def test_no_answer_gives_the_missing_parameter_error():
    shell, host = make_shell([])
    host.interactive = True
    assert not shell.execute("New-Gadget")
    assert "missing mandatory parameters: Name, Size." in host.errors


def test_non_interactive_reports_instead_of_asking():
    shell, host = make_shell(["w1", "3"], non_interactive=True)
    assert not shell.execute("New-Gadget")
    assert "Supply values" not in host.output
    assert "Cannot process command because of one or more missing mandatory parameters: Name, Size." in host.errors
    assert "MissingMandatoryParameter,Tests.NewGadgetCommand" in host.errors


def test_a_host_nobody_sits_at_never_asks():
    shell = Shell(modules=("cmdlets.core",))
    result = shell.run("Where-Object")
    assert "Supply values" not in result.output
    assert "missing mandatory parameters: Property." in result.errors


def test_the_prompt_names_the_position_in_the_pipeline():
    shell, host = make_shell(["Length"])
    assert shell.execute("'abc' | Where-Object")
    assert "cmdlet Where-Object at command pipeline position 2\n" in host.output
    assert host.output.endswith("Property: Length\nabc\n")
