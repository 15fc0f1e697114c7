"""The first prompt is drawn before the line editor loads (early.py); what is typed meanwhile
waits, unechoed, for the editor, and the terminal gets its own mode back once that prompt returns."""
from __future__ import annotations

import os
import select
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="needs a pseudo-terminal")

ROOT = Path(__file__).resolve().parents[2]


class _Stdin:
    def __init__(self, fd: int):
        self.fd = fd

    def fileno(self) -> int:
        return self.fd


@pytest.fixture()
def terminal():
    import termios
    master, slave = os.openpty()
    stream = os.fdopen(os.dup(slave), "w", encoding="utf-8")
    before = termios.tcgetattr(slave)
    yield master, slave, stream, before
    stream.close()
    os.close(master)
    os.close(slave)


def _read(fd: int) -> bytes:
    out = b""
    while select.select([fd], [], [], 0.2)[0]:
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        out += chunk
    return out


def test_the_prompt_is_drawn_and_typed_keys_wait_unechoed(terminal, monkeypatch):
    import termios
    from pyshell.repl.early import show_early_prompt
    master, slave, stream, before = terminal
    monkeypatch.setenv("TERM", "xterm")
    early = show_early_prompt("PS /tmp> ", _Stdin(slave), stream)
    assert early is not None
    assert _read(master) == b"PS /tmp> "
    mode = termios.tcgetattr(slave)
    assert not mode[3] & (termios.ECHO | termios.ICANON | termios.ISIG)
    os.write(master, b"Get-\x03x\r")
    assert _read(master) == b""                        # nothing echoed
    assert _read(slave) == b"Get-\x03x\r"              # all of it there for the editor, Ctrl+C too
    early.hand_over()
    assert _read(master) == b"\r"
    early.restore()
    early.restore()                                    # a second time does nothing
    assert termios.tcgetattr(slave) == before


def test_no_early_prompt_where_it_could_go_wrong(terminal, monkeypatch):
    import termios
    from pyshell.repl.early import show_early_prompt
    master, slave, stream, before = terminal
    monkeypatch.setenv("TERM", "xterm")
    read_end, write_end = os.pipe()
    try:
        assert show_early_prompt("PS> ", _Stdin(read_end), stream) is None        # input not a terminal
    finally:
        os.close(read_end)
        os.close(write_end)
    assert show_early_prompt("line one\nPS> ", _Stdin(slave), stream) is None    # more than one line
    assert show_early_prompt("PS " + "x" * 500 + "> ", _Stdin(slave), stream) is None   # wider than the screen
    assert show_early_prompt("PS \u00e9t\u00e9> ", _Stdin(slave), stream) is None
    monkeypatch.setenv("TERM", "dumb")
    assert show_early_prompt("PS> ", _Stdin(slave), stream) is None
    assert _read(master) == b"" and termios.tcgetattr(slave) == before


def test_keys_typed_at_the_early_prompt_run(tmp_path):
    """The real shell on a pseudo-terminal: a command typed the moment the first prompt shows (the
    editor still loading) runs, and the next command too."""
    import pty
    env = {"PYSHELL_STORE": ":memory:", "XDG_STATE_HOME": str(tmp_path / "state"), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": str(ROOT), "TERM": "xterm",
           "PATH": os.environ.get("PATH", "")}
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execve(sys.executable, [sys.executable, "-m", "pyshell"], env)
        finally:
            os._exit(127)
    seen, typed = b"", False
    deadline = time.time() + 60
    try:
        while time.time() < deadline:
            if not select.select([fd], [], [], 0.5)[0]:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if b"\x1b[6n" in chunk:
                os.write(fd, b"\x1b[1;1R")
            if not typed and b"PS " in seen and seen.rstrip().endswith(b">"):
                os.write(fd, b"'early' + 'bird'\r")
                os.write(fd, b"exit 3\r")
                typed = True
    finally:
        code = _reap(pid)
        os.close(fd)
    assert typed, seen[-500:]
    assert b"earlybird" in seen
    assert code == 3


def _reap(pid: int) -> int:
    deadline = time.time() + 20
    while time.time() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.05)
    os.kill(pid, 9)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
