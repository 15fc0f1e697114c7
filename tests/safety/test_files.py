"""Script files (issue 9): the encodings and line endings Windows editors save run; files that are
not scripts, cannot be read or are not there, and command lines pyshell cannot use, each get a
clear error and an exit code. (tests/cli/test_cli.py already covers UTF-16 LE with CRLF, a binary
file, a missing -File, a directory and an unknown option; these are the rest.)"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from safetylib import run_script

ROOT = Path(__file__).resolve().parents[2]
BODY = '"caf\u00e9 \u2013 \u00fcber"\n$x = 40 + 2\n"x=$x"\n$h = @"\nline one\nline two\n"@\n$h.Length\n'
EXPECTED = "caf\u00e9 \u2013 \u00fcber\nx=42\n17\n"


def pyshell(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_COLOR="1", PYSHELL_STORE=":memory:", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "pyshell", "-NoProfile", "-NonInteractive", *args], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


ENCODINGS = {
    "utf-8 without BOM": BODY.encode("utf-8"),
    "utf-8 with BOM": b"\xef\xbb\xbf" + BODY.encode("utf-8"),
    "utf-8 with CRLF": BODY.replace("\n", "\r\n").encode("utf-8"),
    "utf-8 with BOM and CRLF": b"\xef\xbb\xbf" + BODY.replace("\n", "\r\n").encode("utf-8"),
    "utf-16 LE with BOM": b"\xff\xfe" + BODY.encode("utf-16-le"),
    "utf-16 BE with BOM": b"\xfe\xff" + BODY.encode("utf-16-be"),
    "utf-16 BE with BOM and CRLF": b"\xfe\xff" + BODY.replace("\n", "\r\n").encode("utf-16-be"),
    "utf-32 LE with BOM": b"\xff\xfe\x00\x00" + BODY.encode("utf-32-le"),
    "old Mac CR line ends": BODY.replace("\n", "\r").encode("utf-8"),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_scripts_in_every_windows_encoding_run_from_the_command_line(tmp_path, encoding):
    script = tmp_path / "enc.ps1"
    script.write_bytes(ENCODINGS[encoding])
    r = pyshell(str(script))
    assert (r.returncode, r.stdout, r.stderr) == (0, EXPECTED, "")


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_scripts_in_every_windows_encoding_run_as_commands_and_dot_sourced(tmp_path, monkeypatch, encoding):
    (tmp_path / "enc.ps1").write_bytes(ENCODINGS[encoding])
    monkeypatch.chdir(tmp_path)
    r = run_script("& ./enc.ps1; . ./enc.ps1; $x")
    assert r.output == EXPECTED * 2 + "42\n" and r.ids == []


def test_a_file_without_bom_that_is_not_utf8_is_read_as_windows_1252(tmp_path):
    # What Windows PowerShell 5.1 does with a BOM-less file: the ANSI code page.
    script = tmp_path / "ansi.ps1"
    script.write_bytes('"caf\u00e9 \u20ac5"\n'.encode("cp1252"))
    r = pyshell(str(script))
    assert (r.returncode, r.stdout) == (0, "caf\u00e9 \u20ac5\n")


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\r\n\r\n", b"# only a comment\n"])
def test_an_empty_script_runs_and_succeeds(tmp_path, content):
    script = tmp_path / "empty.ps1"
    script.write_bytes(content)
    r = pyshell(str(script))
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")


@pytest.mark.parametrize("content", [
    b"\x00\x01\x02binary",                              # NUL bytes, no BOM
    b"\x7fELF\x02\x01\x01\x00" + bytes(100),            # a program
    b"\xff\xfe\x22\x00\x68\x00\x69",                   # UTF-16 cut in the middle of a character
    b"\x81\x8d\x8f\x90\x9d",                            # bytes neither UTF-8 nor Windows-1252
])
def test_a_file_that_is_not_text_is_refused(tmp_path, monkeypatch, content):
    script = tmp_path / "blob.ps1"
    script.write_bytes(content)
    r = pyshell(str(script))
    assert r.returncode == 1 and "not a text file" in r.stderr and r.stdout == ""
    assert "Traceback" not in r.stderr
    monkeypatch.chdir(tmp_path)
    ran = run_script("& ./blob.ps1; 'went on'")
    assert ran.ids == ["ScriptFileUnreadable"] and ran.output == "went on\n"
    assert "Cannot read the script file" in ran.messages[0] and "not a text file" in ran.messages[0]


def _unreadable(tmp_path: Path) -> str | None:
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        locked = tmp_path / "locked.ps1"
        locked.write_text("'secret'\n", encoding="utf-8")
        locked.chmod(0)
        return str(locked)
    if os.path.exists("/proc/self/mem"):       # readable by nobody, not even root: reading it fails (EIO)
        return "/proc/self/mem"
    return None


def test_an_unreadable_file_is_a_clear_error(tmp_path):
    path = _unreadable(tmp_path)
    if path is None:
        pytest.skip("no way to make an unreadable file here")
    r = pyshell(path)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.startswith(f"pyshell: cannot read '{path}': ") and "Traceback" not in r.stderr
    ran = run_script(f"& '{path}'; 'went on'")
    assert ran.ids == ["ScriptFileUnreadable"] and ran.output == "went on\n"


def test_missing_scripts_and_directories_given_to_the_call_operator(tmp_path, monkeypatch):
    (tmp_path / "folder.ps1").mkdir()
    monkeypatch.chdir(tmp_path)
    for target in ("./nosuch.ps1", "./folder.ps1", "./folder"):
        ran = run_script(f"& {target}; 'went on'")
        assert ran.ids == ["CommandNotFoundException"] and ran.output == "went on\n", target
        assert ran.messages[0].startswith(f"The term '{target}' is not recognized")


def test_a_directory_given_with_file_is_refused_with_64(tmp_path):
    r = pyshell("-File", str(tmp_path))
    assert r.returncode == 64 and "is a directory, not a script file" in r.stderr


@pytest.mark.parametrize("args, message", [
    (["--frobnicate"], "pyshell: unknown option '--frobnicate'."),
    (["-Frobnicate", "-c", "1"], "pyshell: unknown option '-Frobnicate'."),
    (["-No"], "pyshell: the option '-No' is ambiguous: it could be -NoProfile, -NoLogo, -NonInteractive, -NoExit."),
    (["-c"], "pyshell: missing a value for '-c'."),
    (["-File"], "pyshell: missing a value for '-File'."),
    (["--store"], "pyshell: missing a value for '--store'."),
])
def test_command_lines_pyshell_cannot_use_are_refused_with_64(args, message):
    r = pyshell(*args)
    assert r.returncode == 64 and r.stdout == ""
    assert r.stderr.startswith(message) and "Traceback" not in r.stderr


def test_a_parse_error_in_a_script_file_names_the_file_and_exits_1(tmp_path):
    script = tmp_path / "broken.ps1"
    script.write_bytes(b"\xef\xbb\xbf'fine'\r\nif (\r\n")
    r = pyshell(str(script))
    assert r.returncode == 1 and r.stdout == ""
    assert f"At {script}:" in r.stderr and "FullyQualifiedErrorId : " in r.stderr
