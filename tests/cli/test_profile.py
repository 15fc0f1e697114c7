"""The profile script and the prompt function: $PROFILE, -NoProfile, a user-defined prompt."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pyshell.shell import Shell

ROOT = Path(__file__).resolve().parents[2]


def run_cli(args, config_home, **kw):
    env = dict(os.environ, XDG_CONFIG_HOME=str(config_home), PYSHELL_STORE=":memory:", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "pyshell", *args], env=env, capture_output=True, text=True,
                          timeout=60, cwd=ROOT, **kw)


def write_profile(tmp_path, text):
    path = tmp_path / "cfg" / "pyshell" / "profile.ps1"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_profile_runs_in_the_global_scope(tmp_path):
    path = write_profile(tmp_path, "function Get-Greeting { 'hi' }\n$fromProfile = 42\n")
    result = run_cli(["-Command", "Get-Greeting; $fromProfile; $PROFILE"], tmp_path / "cfg")
    assert result.stdout == f"hi\n42\n{path}\n"
    history = run_cli(["-Command", "(Get-History | Measure-Object).Count"], tmp_path / "cfg")
    assert history.stdout == "0\n"         # the profile is not in the history


def test_no_profile_skips_it_but_sets_the_variable(tmp_path):
    path = write_profile(tmp_path, "$fromProfile = 42\n")
    result = run_cli(["-NoProfile", "-Command", "$fromProfile; $PROFILE"], tmp_path / "cfg")
    assert result.stdout == f"{path}\n"


def test_profile_errors_are_shown_and_the_command_still_runs(tmp_path):
    write_profile(tmp_path, "Get-Nothing\n")
    result = run_cli(["-Command", "'after'"], tmp_path / "cfg")
    assert result.stdout == "after\n"
    assert "Get-Nothing" in result.stderr and "profile.ps1" in result.stderr


def test_exit_in_the_profile_ends_the_session(tmp_path):
    write_profile(tmp_path, "exit 5\n")
    assert run_cli(["-Command", "'never'"], tmp_path / "cfg").returncode == 5


def test_prompt_function_decides_the_prompt():
    shell = Shell(store=":memory:")
    assert shell.prompt() == f"PS {os.getcwd()}> "
    shell.execute('function prompt { "[" + (2 * 3) + "] " }')
    assert shell.prompt() == "[6] "
    shell.execute("function prompt { throw 'broken' }")
    shell.context.last_success = True
    assert shell.prompt() == "PS>"
    assert shell.context.last_success is True
    shell.close()
