"""The Shell records each interactive input in the session's history, with ids from 1, its status
and its times; script files are not recorded, and $MaximumHistoryCount bounds the list."""
from __future__ import annotations

from pyshell.shell import Shell


def test_inputs_are_recorded_in_order_with_their_status():
    shell = Shell(store=":memory:")
    try:
        shell.run("1 + 1")
        shell.run("Get-NoSuchThing")
        shell.run("   ")
        entries = shell.context.history
        assert [(e.id, e.command_line, e.status.name) for e in entries] == [
            (1, "1 + 1", "Completed"), (2, "Get-NoSuchThing", "Failed")]
        assert entries[0].start <= entries[0].end <= entries[1].start
    finally:
        shell.close()


def test_script_files_are_not_recorded_and_the_count_is_bounded(tmp_path):
    shell = Shell(store=":memory:")
    try:
        shell.execute("'from a file'", name=str(tmp_path / "x.ps1"))
        assert shell.context.history == []
        shell.run("$MaximumHistoryCount = 2")
        shell.run("'a'")
        shell.run("'b'")
        assert [(e.id, e.command_line) for e in shell.context.history] == [(2, "'a'"), (3, "'b'")]
    finally:
        shell.close()


def test_an_input_stopped_by_ctrl_c_is_recorded_as_stopped(monkeypatch):
    import pyshell.runtime.compile_operators as compile_operators
    shell = Shell(store=":memory:")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt     # Ctrl+C, as it lands while the command runs
    try:
        monkeypatch.setattr(compile_operators, "join", interrupted)
        shell.run("-join (1, 2)")
        monkeypatch.undo()
        shell.run("'next'")
        assert [(e.command_line, e.status.name) for e in shell.context.history] == [
            ("-join (1, 2)", "Stopped"), ("'next'", "Completed")]
    finally:
        shell.close()
