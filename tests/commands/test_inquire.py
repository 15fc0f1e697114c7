"""The Inquire preference: Windows PowerShell 5.1's -Debug sets it, so each debug message is followed
by a question (Yes, Yes to All, Halt Command); -ErrorAction Inquire asks before each error is written.
Where nobody can answer, the command goes on without asking."""
from __future__ import annotations

import pytest

from pyshell.host import CaptureHost
from pyshell.shell import Shell

CHOICES = '[Y] Yes  [A] Yes to All  [H] Halt Command  [S] Suspend  [?] Help (default is "Y"):'
FUNCTION = "function Step { [CmdletBinding()] param() Write-Debug 'first'; Write-Debug 'second'; 'done' }\n"


@pytest.fixture
def answering():
    shells = []

    def make(*answers: str) -> Shell:
        shell = Shell(host=CaptureHost(answers=list(answers)), store=":memory:")
        shells.append(shell)
        return shell
    yield make
    for shell in shells:
        shell.close()


def test_debug_asks_after_each_message_and_yes_goes_on(answering):
    shell = answering("y", "")
    result = shell.run(FUNCTION + "Step -Debug")
    assert result.output.count("\nConfirm\nContinue with this operation?\n" + CHOICES) == 2
    assert result.output.endswith("done\n")
    assert result.errors == "DEBUG: first\nDEBUG: second\n"


def test_halt_command_stops_with_powershells_error(answering):
    shell = answering("h")
    result = shell.run(FUNCTION + "Step -Debug")
    assert "done" not in result.output
    assert result.errors.startswith("DEBUG: first\n")
    assert "The running command stopped because the user selected the Stop option." in result.errors
    assert "ActionPreferenceStop" in result.errors


def test_yes_to_all_holds_for_the_rest_of_one_command(answering):
    shell = answering("a")
    result = shell.run("Get-Item ./none-1, ./none-2, ./none-3 -ErrorAction Inquire; 'after'")
    assert result.output.count("Continue with all the steps") == 0
    assert result.output.count(CHOICES) == 1
    assert result.errors.count("ItemNotFound") == 3
    assert result.output.endswith("after\n")


def test_each_write_debug_is_a_command_of_its_own(answering):
    shell = answering("a", "a")
    result = shell.run(FUNCTION + "Step -Debug")
    assert result.output.count("Continue with this operation?") == 2
    assert result.output.endswith("done\n")


def test_help_lists_the_choices(answering):
    shell = answering("?", "y", "y")
    result = shell.run(FUNCTION + "Step -Debug")
    assert "H - Stop this command.\n" in result.output
    assert "A - Continue with all the steps of the operation.\n" in result.output


def test_the_debug_preference_in_the_function_is_inquire(answering):
    shell = answering()
    result = shell.run("function P { [CmdletBinding()] param() $DebugPreference }\nP -Debug")
    assert result.output == "Inquire\n"


def test_error_action_inquire_asks_before_the_error(answering):
    shell = answering("y")
    result = shell.run("Get-Item ./no-such-item -ErrorAction Inquire; 'after'")
    assert "\nConfirm\nCannot find path" in result.output
    assert result.output.endswith("after\n")
    assert "ItemNotFound" in result.errors


def test_nobody_to_answer_shows_the_message_and_goes_on(answering):
    shell = answering()          # no answers: the host cannot prompt
    result = shell.run(FUNCTION + "Step -Debug")
    assert result.output == "done\n"
    assert result.errors == "DEBUG: first\nDEBUG: second\n"
