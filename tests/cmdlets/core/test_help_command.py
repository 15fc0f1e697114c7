"""help: Get-Help through the pager; man is its alias."""
from __future__ import annotations

from pyshell.host import CaptureHost
from pyshell.shell import Shell


def test_help_writes_to_the_console_and_pages_when_someone_answers() -> None:
    host = CaptureHost(answers=["q"])
    shell = Shell(host, store=":memory:")
    try:
        result = shell.run("help Get-CsXmppAllowedPartner -Full")
    finally:
        shell.close()
    assert "Get-CsXmppAllowedPartner" in result.output
    assert "<SPACE> next page" in result.output           # it paused after the first screenful
    assert result.output.count("\n") < 40                 # and Q ended it there


def test_man_is_an_alias_of_help_and_nothing_goes_down_the_pipeline() -> None:
    shell = Shell(store=":memory:")
    try:
        result = shell.run("(man Where-Object | Measure-Object).Count")
    finally:
        shell.close()
    assert "NAME" in result.output and result.output.rstrip().endswith("0")
