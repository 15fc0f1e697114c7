"""`exit` in a script file: it ends that script, sets $LASTEXITCODE and $?, and the caller goes on
(as PowerShell's script command processor does). `exit` outside a script file, and `exit` in the
profile, still end the session (tests/cli/test_profile.py)."""
from __future__ import annotations


def test_exit_ends_only_the_script_and_sets_lastexitcode(run_in_tmp):
    run_in_tmp("Set-Content three.ps1 'exit 3', '\"never\"'")
    result = run_in_tmp('./three.ps1; "after: $LASTEXITCODE $?"')
    assert result.output == "after: 3 False\n"
    assert result.exit_code is None


def test_exit_zero_leaves_dollar_question_true(run_in_tmp):
    run_in_tmp("Set-Content zero.ps1 'exit 0'")
    assert run_in_tmp('./zero.ps1; "$LASTEXITCODE $?"').output == "0 True\n"


def test_a_dot_sourced_script_and_a_piped_script_end_at_exit_too(run_in_tmp):
    run_in_tmp("Set-Content two.ps1 'process { $_; exit 2 }'")
    assert run_in_tmp('. ./two.ps1; "dot: $LASTEXITCODE"').output == "dot: 2\n"
    assert run_in_tmp('1, 2, 3 | ./two.ps1; "piped: $LASTEXITCODE"').output == "1\npiped: 2\n"


def test_exit_in_a_script_block_still_ends_the_session(run_in_tmp):
    result = run_in_tmp('& { exit 4 }; "never"')
    assert result.output == "" and result.exit_code == 4
