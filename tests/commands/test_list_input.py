"""A list in front of Where-Object or ForEach-Object is handed over in one call (process_batch)
when its objects need no binding. The answers must be those of one object at a time: these
scripts compare the two, the second route forced by putting a pass-through function first."""
from __future__ import annotations

import pytest

PASS = "function Pass { process { $_ } }\n"


def both(shell, body: str) -> tuple[str, str]:
    """`body` with `$in` as a list source, and with the same list streamed through a function."""
    listed = shell.run(PASS + "$in = " + body.replace("$in", "@(1, 2, $null, 'Required', 'required', 4)"))
    streamed = shell.run(PASS + "$in = " + body.replace("$in", "(@(1, 2, $null, 'Required', 'required', 4) | Pass)"))
    return (listed.output + _messages(listed.errors), streamed.output + _messages(streamed.errors))


def _messages(errors: str) -> str:
    """The errors without the lines that show where in the text they happened (which differs)."""
    return "\n".join(line for line in errors.splitlines() if not line.startswith(("At line", "+ ")))


@pytest.mark.parametrize("body", [
    "$in | Where-Object { $_ -eq 'required' }",
    "$in | Where-Object { $_ -ceq 'required' }",
    "$in | Where-Object { $_ }",
    "$in | ForEach-Object { $_ }",
    "$in | ForEach-Object { $_, 'x' }",
    "$in | ForEach-Object { $args.Count }",
    "$in | ForEach-Object { $_ } | Where-Object { $_ -ne 2 } | ForEach-Object { \"[$_]\" }",
    "$in | ForEach-Object { 10 / $_ }",
    "$in | Where-Object { 10 / $_ }",
    "$in | ForEach-Object { $_ } | Select-Object -First 2",
    "$in | Where-Object { $_ } | ForEach-Object { \"$_\" }",
])
def test_a_list_gives_what_one_object_at_a_time_gives(shell, body):
    listed, streamed = both(shell, body)
    assert listed == streamed


def test_dollar_underscore_is_restored_after_the_pipeline(shell):
    r = shell.run("$_ = 'outer'; $null = 1, 2 | ForEach-Object { $_ } | Where-Object { $_ }; $_")
    assert r.output == "outer\n"


def test_downstream_commands_see_their_own_object(shell):
    r = shell.run("1, 2, 3 | Where-Object { $_ -ne 2 } | ForEach-Object { $_ * 10 }")
    assert r.output == "10\n30\n"


def test_an_increment_is_a_statement_that_writes_nothing(shell):
    # As in PowerShell: `$i++` in a block changes $i and writes nothing, so nothing passes the filter.
    r = shell.run("$i = 0; 1..3 | Where-Object { $i++ }; 1..2 | ForEach-Object { $i++ }; \"i=$i\"")
    assert r.output == "i=5\n"
