"""Out-Host: formatted output straight to the host, and -Paging through the host's prompt."""
from __future__ import annotations

from pyshell.host import CaptureHost
from pyshell.shell import Shell

PROMPT = "<SPACE> next page; <CR> next line; Q quit"


class ShortHost(CaptureHost):
    """A host with a five-line screen that answers the paging prompt from a list."""

    @property
    def height(self) -> int:
        return 5


def numbers(host: CaptureHost, script: str) -> list[str]:
    shell = Shell(host, store=":memory:")
    try:
        shell.execute(script)
    finally:
        shell.close()
    return host.output.splitlines()


def test_writes_to_the_host_and_nothing_flows_on():
    shell = Shell(store=":memory:")
    try:
        result = shell.run('$x = [pscustomobject]@{Name="alpha"} | Out-Host; $x -eq $null')
        assert result.output == "\nName \n---- \nalpha\n\n\nTrue\n"
    finally:
        shell.close()


def test_paging_stops_after_each_screen_and_a_blank_answer_shows_one_more_line():
    host = ShortHost(answers=[" ", "", " "])
    out = numbers(host, "1..10 | Out-Host -Paging")
    assert out == ["1", "2", "3", "4", PROMPT + " ", "5", "6", "7", "8", PROMPT, "9", PROMPT + " ", "10"]


def test_paging_q_quits_quietly():
    host = ShortHost(answers=["q"])
    out = numbers(host, "1..10 | Out-Host -Paging; 'after'")
    assert out == ["1", "2", "3", "4", PROMPT + "q", "after"]
    assert host.errors == ""


def test_paging_without_anyone_to_answer_writes_everything():
    host = ShortHost()
    assert numbers(host, "1..6 | Out-Host -Paging") == ["1", "2", "3", "4", PROMPT + "5", "6"]
