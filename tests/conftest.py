"""Fixtures shared by the whole suite: fresh in-memory shells.

`shell` is a new Shell(store=":memory:") that is closed when the test ends, and `run` is that
shell's run method. `shell_in_tmp` and `run_in_tmp` are the same, but the working directory is
first moved to the test's tmp_path, so that the shell starts there and anything it writes lands
there. `run` and `run_in_tmp` are taken from `shell` and `shell_in_tmp`, so a test that asks for
both gets one shell. `run_once` is for tests where no call may see what an earlier one left: it
makes a new shell for every call. Tests that need other Shell(...) arguments keep their own fixtures.
"""
from __future__ import annotations

import pytest

from pyshell.shell import Shell


def _in_memory_shell():
    # Shared by `shell` and `shell_in_tmp`: make the shell, hand it out, close it at teardown.
    s = Shell(store=":memory:")
    yield s
    s.close()


@pytest.fixture
def shell():
    """A fresh shell with an in-memory store, closed after the test."""
    yield from _in_memory_shell()


@pytest.fixture
def run(shell):
    """run(text) -> the result of running text in the test's fresh shell (see `shell`)."""
    return shell.run


@pytest.fixture
def shell_in_tmp(tmp_path, monkeypatch):
    """Like `shell`, but the working directory is tmp_path before the shell is made."""
    monkeypatch.chdir(tmp_path)
    yield from _in_memory_shell()


@pytest.fixture
def run_in_tmp(shell_in_tmp):
    """run_in_tmp(text) -> the result of running text in `shell_in_tmp`."""
    return shell_in_tmp.run


def _run_in_a_new_shell(text: str):
    shell = Shell(store=":memory:")
    try:
        return shell.run(text)
    finally:
        shell.close()


@pytest.fixture
def run_once():
    """run_once(text) -> the result of running text in a new in-memory shell made for that call
    alone and closed before the result is returned."""
    return _run_in_a_new_shell
