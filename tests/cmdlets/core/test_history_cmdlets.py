"""Get-History and Invoke-History over the session's history: the HistoryInfo view, -Count and -Id,
running an entry again (echoed, and recorded as the command it ran), and the errors."""
from __future__ import annotations


def test_get_history_shows_id_and_command_line(shell):
    shell.run("'one'")
    shell.run("1 + 1")
    # the id takes four cells, right-aligned; the command line the rest of the 79
    rows = ["  Id " + "CommandLine".ljust(74), "  -- " + "-----------".ljust(74),
            "   1 " + "'one'".ljust(74), "   2 " + "1 + 1".ljust(74)]
    assert shell.run("Get-History").output == "\n" + "".join(r + "\n" for r in rows) + "\n\n"


def test_count_and_id(shell):
    for i in range(5):
        shell.run(f"'cmd{i}'")
    assert shell.run("(Get-History -Count 2).CommandLine").output == "'cmd3'\n'cmd4'\n"
    assert shell.run("(Get-History -Id 2, 4).CommandLine").output == "'cmd1'\n'cmd3'\n"
    assert shell.run("(Get-History -Id 3 -Count 2).Id").output == "2\n3\n"


def test_history_info_objects(shell):
    shell.run("'x'")
    out = shell.run("$h = Get-History -Id 1; $h.ExecutionStatus; \"$h\"; $h.StartExecutionTime -is [datetime]").output
    assert out == "Completed\n'x'\nTrue\n"


def test_a_missing_id_is_a_non_terminating_error(shell):
    result = shell.run("Get-History -Id 42; 'after'")
    assert result.output == "after\n"
    assert "Cannot locate the history for Id 42." in result.errors
    assert "GetHistoryNoHistoryForId,Microsoft.PowerShell.Commands.GetHistoryCommand" in result.errors


def test_invoke_history_runs_the_last_command_and_records_it(shell):
    shell.run("$n = 0")
    shell.run("$n += 1; $n")
    assert shell.run("Invoke-History").output == "$n += 1; $n\n2\n"
    assert shell.run("r").output == "$n += 1; $n\n3\n"
    assert [e.command_line for e in shell.context.history] == ["$n = 0", "$n += 1; $n", "$n += 1; $n", "$n += 1; $n"]


def test_invoke_history_by_id_and_by_prefix(shell):
    shell.run("'first'")
    shell.run("'second'")
    assert shell.run("r 1").output == "'first'\nfirst\n"
    assert shell.run("Invoke-History \"'sec\"").output == "'second'\nsecond\n"


def test_invoke_history_errors(shell):
    assert "InvokeHistoryNoLastHistoryEntryFound" in shell.run("Invoke-History").errors
    shell.run("'a'")
    assert "Cannot locate the history for Id 9." in shell.run("r 9").errors
    assert "Cannot locate the history for command line zzz." in shell.run("r zzz").errors


def test_invoke_history_of_itself_is_a_loop(shell):
    shell.run("'a'")
    shell.run("r 1")
    result = shell.run("Invoke-History -Id 2")
    assert "InvokeHistoryLoopDetected" not in result.errors    # entry 2 was recorded as 'a', not as r 1


def test_aliases(shell):
    shell.run("'a'")
    assert shell.run("(h).Count; (history).Count").output == "1\n1\n"    # a line is recorded once it ends
