"""ShouldProcess: -WhatIf, -Confirm, ConfirmImpact against $ConfirmPreference, -Force, and the
confirmation prompt, driven through a real Shell with scripted answers."""
from __future__ import annotations

import pytest

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.module import Module
from pyshell.commands.parameters import Example, Parameter
from pyshell.commands.should_process import CHOICE_LINE
from pyshell.host import CaptureHost
from pyshell.runtime.values import SwitchParameter
from pyshell.shell import Shell

PROMPT = ('\nConfirm\nAre you sure you want to perform this action?\n'
          'Performing the operation "Remove-TestThing" on target "{}".\n' + CHOICE_LINE)


class _Base(Cmdlet):
    supports_should_process = True
    noun = "TestThing"
    examples = (Example("Remove-TestThing a", "test"),)
    name = Parameter(str, position=0, pipeline=True, help="what to act on")
    force = Parameter(SwitchParameter, help="do not ask")

    def process(self) -> None:
        if self.should_process(self.name):
            self.write_object(f"did {self.name}")


class RemoveTestThing(_Base):
    """Acts on things (medium impact by default)."""
    verb = "Remove"


class ClearTestThing(_Base):
    """Acts on things with a high impact."""
    verb = "Clear"
    confirm_impact = "High"

    def process(self) -> None:
        if self.should_process(self.name, "Wipe"):
            self.write_object(f"wiped {self.name}")


def make_shell(*answers: str) -> Shell:
    host = CaptureHost(answers=list(answers)) if answers else CaptureHost()
    shell = Shell(host=host, store=":memory:")
    shell.context.commands.add_module(Module("Test", (RemoveTestThing, ClearTestThing)))
    return shell


@pytest.fixture
def shell():
    sh = make_shell()
    yield sh
    sh.close()


def test_whatif_describes_and_changes_nothing(shell):
    r = shell.run("Remove-TestThing alpha -WhatIf")
    assert r.output == 'What if: Performing the operation "Remove-TestThing" on target "alpha".\n'
    assert not r.errors


def test_whatif_uses_the_given_action(shell):
    r = shell.run("Clear-TestThing beta -WhatIf")
    assert r.output == 'What if: Performing the operation "Wipe" on target "beta".\n'


def test_whatif_preference_and_explicit_false(shell):
    r = shell.run("$WhatIfPreference = $true; Remove-TestThing a; Remove-TestThing b -WhatIf:$false")
    assert r.output == 'What if: Performing the operation "Remove-TestThing" on target "a".\ndid b\n'


def test_medium_impact_does_not_ask_by_default(shell):
    assert shell.run("Remove-TestThing a").output == "did a\n"


def test_high_impact_asks_and_without_an_answer_it_is_an_error(shell):
    r = shell.run("Clear-TestThing a; 'next statement'")
    assert "wiped" not in r.output
    # A host that cannot ask fails before printing any of the prompt, as -NonInteractive does.
    assert r.output == "next statement\n"
    assert "NonInteractive mode" in r.errors
    assert "FullyQualifiedErrorId : InvalidOperation" in r.errors
    assert "-Confirm:$false" in r.errors          # the hint


def test_input_that_ends_while_asking_is_an_error():
    sh = make_shell("maybe")                      # one answer that is no answer, then nothing more
    r = sh.run("Clear-TestThing a")
    assert r.output.startswith('\nConfirm\nAre you sure you want to perform this action?\n'
                               'Performing the operation "Wipe" on target "a".\n' + CHOICE_LINE)
    assert r.output.count(CHOICE_LINE) == 2 and "NonInteractive mode" in r.errors
    sh.close()


def test_confirm_false_and_force_skip_the_prompt(shell):
    r = shell.run("Clear-TestThing a -Confirm:$false; Clear-TestThing b -Force")
    assert r.output == "wiped a\nwiped b\n" and not r.errors


def test_confirm_preference_decides_against_the_impact(shell):
    r = shell.run("$ConfirmPreference = 'None'; Clear-TestThing a")
    assert r.output == "wiped a\n"
    sh = make_shell("n")
    r = sh.run("$ConfirmPreference = 'Medium'; Remove-TestThing a")
    assert r.output == PROMPT.format("a") + "n\n"
    sh.close()


def test_confirm_asks_even_with_force():
    sh = make_shell("y")
    r = sh.run("Remove-TestThing a -Force -Confirm")
    assert r.output == PROMPT.format("a") + "y\ndid a\n"
    sh.close()


@pytest.mark.parametrize("answer,done", [("y", True), ("Y", True), ("", True), ("yes", True),
                                         ("n", False), ("No", False)])
def test_yes_and_no(answer, done):
    sh = make_shell(answer)
    r = sh.run("Remove-TestThing a -Confirm")
    assert ("did a" in r.output) is done
    assert not r.errors
    sh.close()


def test_yes_to_all_lasts_for_the_rest_of_the_run():
    sh = make_shell("a", "n")
    r = sh.run("'x','y','z' | Remove-TestThing -Confirm")
    assert r.output.count("Confirm\n") == 1
    assert r.output.endswith("did x\ndid y\ndid z\n")
    # The next command asks again and takes the next answer.
    r = sh.run("Remove-TestThing w -Confirm")
    assert "Confirm\n" in r.output and "did w" not in r.output
    sh.close()


def test_no_to_all_skips_the_rest():
    sh = make_shell("y", "l")
    r = sh.run("'x','y','z' | Remove-TestThing -Confirm")
    assert r.output.count("Confirm\n") == 2
    assert "did x" in r.output and "did y" not in r.output and "did z" not in r.output
    sh.close()


def test_help_suspend_and_nonsense_ask_again():
    sh = make_shell("?", "s", "maybe", "y")
    r = sh.run("Remove-TestThing a -Confirm")
    assert r.output.count(CHOICE_LINE) == 4
    assert "Y - Continue with only the next step of the operation." in r.output
    assert "L - Skip this operation and all subsequent operations." in r.output
    assert "cannot suspend" in r.output
    assert r.output.endswith("did a\n")
    sh.close()


def test_verbose_reports_the_operation(shell):
    r = shell.run("Remove-TestThing a -Verbose")
    assert r.output == "did a\n"
    assert 'VERBOSE: Performing the operation "Remove-TestThing" on target "a".' in r.errors


def test_whatif_and_confirm_are_refused_by_commands_without_should_process(shell):
    r = shell.run("1 | Where-Object -WhatIf {$true}")
    assert "NamedParameterNotFound" in r.errors
