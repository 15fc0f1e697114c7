"""Set-ExecutionPolicy's question at the prompt, and the -ExecutionPolicy option of the pyshell command."""
from __future__ import annotations

import subprocess
import sys

from pyshell.host import CaptureHost
from pyshell.shell import Shell


def typed(script: str, answers: list[str]) -> tuple[str, str]:
    shell = Shell(CaptureHost(answers=answers), store=":memory:", interactive=True)
    try:
        result = shell.run(script)
        return result.output, shell.run("Get-ExecutionPolicy").output
    finally:
        shell.close()


def test_typed_at_the_prompt_it_asks_and_no_is_the_default() -> None:
    output, policy = typed("Set-ExecutionPolicy Unrestricted", [""])
    assert "Execution Policy Change" in output
    assert '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "N"):' in output
    assert policy == "RemoteSigned\n"


def test_yes_changes_the_policy_and_force_does_not_ask() -> None:
    assert typed("Set-ExecutionPolicy Unrestricted", ["y"])[1] == "Unrestricted\n"
    output, policy = typed("Set-ExecutionPolicy Unrestricted -Force", [])
    assert "Execution Policy Change" not in output and policy == "Unrestricted\n"


def test_in_a_script_block_it_does_not_ask() -> None:
    output, policy = typed("& { Set-ExecutionPolicy Bypass }", [])
    assert "Execution Policy Change" not in output and policy == "Bypass\n"


def _pyshell(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pyshell", "-NoProfile", "--store", ":memory:", *args],
                          capture_output=True, text=True, timeout=60)


def test_the_command_line_option_sets_the_process_scope(tmp_path) -> None:
    script = tmp_path / "hello.ps1"
    script.write_text('"hello"; Get-ExecutionPolicy -Scope Process\n', encoding="utf-8")
    ran = _pyshell("-ExecutionPolicy", "Bypass", str(script))
    assert ran.returncode == 0 and ran.stdout == "hello\nBypass\n"
    refused = _pyshell("-ExecutionPolicy", "Restricted", str(script))
    assert refused.returncode == 1 and refused.stdout == ""
    assert "cannot be loaded because running scripts is disabled on this system" in refused.stderr
    assert "FullyQualifiedErrorId : UnauthorizedAccess" in refused.stderr


def test_an_unknown_policy_on_the_command_line_is_a_usage_error() -> None:
    ran = _pyshell("-ExecutionPolicy", "Lenient", "-Command", "1")
    assert ran.returncode == 64 and "-ExecutionPolicy takes Restricted" in ran.stderr
