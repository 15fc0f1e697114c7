"""Read-Host: the line the user types, or the next line of redirected input."""
from __future__ import annotations

import io
import subprocess
import sys

from pyshell.host import CaptureHost, ConsoleHost
from pyshell.shell import Shell


def run(script: str, answers: list[str], **kwargs) -> object:
    shell = Shell(CaptureHost(answers=answers), store=":memory:", **kwargs)
    try:
        return shell.run(script)
    finally:
        shell.close()


def test_the_prompt_gets_a_colon_and_the_answer_is_a_string() -> None:
    result = run('$n = Read-Host "Partner identity"; "[$n]"; $n.GetType().Name', ["xmpp.contoso.com"])
    assert result.output == "Partner identity: xmpp.contoso.com\n[xmpp.contoso.com]\nString\n"


def test_without_a_prompt_nothing_is_shown_before_the_answer() -> None:
    assert run('"<$(Read-Host)>"', ["abc"]).output == "abc\n<abc>\n"


def test_as_secure_string_shows_only_the_type_and_length() -> None:
    result = run('$s = Read-Host "Password" -AsSecureString; $s; $s.Length', ["hunter2"])
    assert result.output.endswith("System.Security.SecureString\n7\n")
    assert "hunter2\nSystem" in result.output       # (CaptureHost echoes answers; a terminal does not)


def test_no_one_to_answer_gives_null() -> None:
    assert run('$null -eq (Read-Host "Name")', []).output.endswith("True\n")


def test_non_interactive_mode_is_an_error() -> None:
    result = run('Read-Host "Name"; "after"', ["x"], settings={"non_interactive": True})
    assert "Windows PowerShell is in NonInteractive mode." in result.errors
    assert ("FullyQualifiedErrorId : InvalidOperation,"
            "Microsoft.PowerShell.Commands.ReadHostCommand") in result.errors


def test_a_console_host_reads_redirected_input_line_by_line(monkeypatch) -> None:
    out = io.StringIO()
    host = ConsoleHost(stdout=out, stderr=io.StringIO(), interactive=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO("first\nsecond\n"))
    assert host.read_host_line("Name: ") == "first"
    assert host.read_host_line("") == "second"
    assert host.read_host_line("More: ") is None
    assert out.getvalue() == "Name: \nMore: \n"


def test_a_script_reads_its_answers_from_piped_input(tmp_path) -> None:
    script = tmp_path / "ask.ps1"
    script.write_text('$who = Read-Host "Who"\n"Hello $who"\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pyshell", "-NoProfile", "--store", ":memory:", str(script)],
                          input="Ken\n", capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Who: \nHello Ken\n"
