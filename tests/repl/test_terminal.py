"""End to end in a real terminal (tmux): type the published Example 4 with Tab completion, press
Enter, and read the partners off the screen."""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pyshell.shell import Shell

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_4 = 'Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"}'

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None or sys.platform.startswith("win"),
                                reason="needs tmux")


class Terminal:
    def __init__(self, tmp_path: Path, rows: int = 50, cols: int = 120):
        self.socket = f"pyshell-test-{os.getpid()}-{id(self)}"
        env = {"PYSHELL_STORE": ":memory:", "XDG_STATE_HOME": str(tmp_path / "state"),
               "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": str(ROOT), "TERM": "xterm-256color",
               "HOME": str(tmp_path)}
        command = "env -u NO_COLOR -u COLUMNS -u LINES -u FORCE_COLOR " + " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items()) + \
            f" {shlex.quote(sys.executable)} -m pyshell"
        self.tmux("new-session", "-d", "-x", str(cols), "-y", str(rows), "-c", str(ROOT), command)

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True,
                              timeout=30).stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-J", "-S", "-")

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-l", text)

    def press(self, *keys: str) -> None:
        self.tmux("send-keys", *keys)

    def wait_for(self, predicate, timeout: float = 20.0) -> str:
        deadline = time.time() + timeout
        screen = ""
        while time.time() < deadline:
            screen = self.screen()
            if predicate(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"the screen never showed what was expected:\n{screen}")

    def close(self) -> None:
        self.tmux("kill-server")


def expected_partners() -> list[str]:
    shell = Shell(store=":memory:")
    try:
        output = shell.run(EXAMPLE_4).output
    finally:
        shell.close()
    return re.findall(r"^Identity\s+: (\S+)", output, re.M)


def test_example_four_typed_with_tab_completion(tmp_path):
    term = Terminal(tmp_path)
    try:
        term.wait_for(lambda s: re.search(r"^PS .*>\s*$", s, re.M))
        term.type("Get-CsXmppAllowedPartner | Where-Object {$_.Sa")
        term.wait_for(lambda s: "{$_.Sa" in s)
        term.press("Tab")
        term.wait_for(lambda s: "{$_.SaslNegotiation" in s)
        term.type(' -eq "Required"}')
        term.wait_for(lambda s: EXAMPLE_4 in s)
        term.press("Enter")
        screen = term.wait_for(lambda s: s.rstrip().endswith(">") and s.count("Identity") >= 2)
        shown = re.findall(r"^Identity\s+: (\S+)", screen, re.M)
        assert shown == expected_partners()
        assert "xmpp.contoso.com" in shown and "gmail.com" not in shown
        blocks = screen.split("Identity                   : ")[1:]
        assert [re.findall(r"^SaslNegotiation\s+: (\S+)", b, re.M) for b in blocks] == [["Required"]] * len(shown)
        term.type("exit")
        term.press("Enter")
    finally:
        term.close()
