"""Clear-History: entries leave the session's history; the others keep their ids."""
from __future__ import annotations

import pytest

from pyshell.host import CaptureHost
from pyshell.shell import Shell


@pytest.fixture
def shell():
    s = Shell(CaptureHost(), store=":memory:", interactive=True)
    for line in ('"one"', '"two"', '"secret password"', '"four"', '"five"'):
        s.execute(line)
    yield s
    s.close()


def lines(shell) -> list[tuple[int, str]]:
    return [(e.id, e.command_line) for e in shell.context.history if not e.command_line.startswith("Clear-")]


def test_a_wildcard_command_line_removes_every_match(shell):
    shell.execute("Clear-History -CommandLine *password*")
    assert lines(shell) == [(1, '"one"'), (2, '"two"'), (4, '"four"'), (5, '"five"')]


def test_ids_are_removed_and_the_others_keep_theirs(shell):
    shell.execute("Clear-History -Id 2, 4")
    assert lines(shell) == [(1, '"one"'), (3, '"secret password"'), (5, '"five"')]


def test_count_takes_the_oldest_or_with_newest_the_newest(shell):
    shell.execute("Clear-History -Count 2")
    assert lines(shell)[0] == (3, '"secret password"')
    shell.execute("Clear-History -Count 1 -Newest")      # the newest is the previous Clear-History
    shell.execute("Clear-History -Count 2 -Newest")      # that one, and "five"
    assert lines(shell) == [(3, '"secret password"'), (4, '"four"')]


def test_without_parameters_everything_goes(shell):
    shell.execute("Clear-History")
    assert lines(shell) == []


def test_an_id_with_no_entry_is_an_error_and_whatif_removes_nothing(shell):
    shell.execute("Clear-History -Id 99")
    assert "Cannot locate the history for Id 99." in shell.host.err.getvalue()
    shell.execute("Clear-History -WhatIf")
    assert len(lines(shell)) == 5
    assert 'on target "This command will clear all the entries from the session history."' in shell.host.out.getvalue()
