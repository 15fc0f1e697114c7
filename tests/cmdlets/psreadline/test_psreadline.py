"""Set-PSReadLineOption / Get-PSReadLineOption without an editor: options live in the session."""
from __future__ import annotations


from cmdlets.psreadline.options import ColorError, EditMode, PredictionSource, parse_color
import pytest


def options(shell):
    return shell.context.module_state("PSReadLine")


def test_defaults(shell):
    opts = options(shell)
    assert opts.edit_mode is EditMode.Windows
    assert opts.continuation_prompt == ">> "
    assert opts.prediction_source is PredictionSource.History
    assert opts.colors["Command"] == "\x1b[93m"


def test_set_then_get(shell):
    result = shell.run("Set-PSReadLineOption -EditMode Vi -ContinuationPrompt '... ' -HistoryNoDuplicates:$false; "
                       "$o = Get-PSReadLineOption; $o.EditMode; $o.ContinuationPrompt; $o.HistoryNoDuplicates")
    assert result.errors == ""
    assert result.output == "Vi\n... \nFalse\n"
    assert options(shell).edit_mode is EditMode.Vi


def test_colours_by_name_escape_and_hex(shell):
    result = shell.run("Set-PSReadLineOption -Colors @{ command = 'Cyan'; String = \"$([char]0x1b)[35m\"; "
                       "Number = '#ff8000' }")
    assert result.errors == ""
    colors = options(shell).colors
    assert colors["Command"] == "\x1b[96m"
    assert colors["String"] == "\x1b[35m"
    assert colors["Number"] == "\x1b[38;2;255;128;0m"


def test_list_view_shows_colours_as_text(shell):
    out = shell.run("Get-PSReadLineOption").output
    assert 'CommandColor               : "$([char]0x1b)[93m"' in out
    assert "EditMode                   : Windows" in out
    assert "\x1b" not in out


def test_bad_colour_key_and_value(shell):
    result = shell.run("Set-PSReadLineOption -Colors @{ Bogus = 'Red' }")
    assert "InvalidColorProperty,Microsoft.PowerShell.SetPSReadLineOption" in result.errors
    result = shell.run("Set-PSReadLineOption -Colors @{ Command = 'mauve' }")
    assert "InvalidColorValue" in result.errors and "'mauve' is not a colour" in result.errors
    assert options(shell).colors["Command"] == "\x1b[93m"


def test_bad_enum_and_range(shell):
    assert "EditMode" in shell.run("Set-PSReadLineOption -EditMode Notepad").errors
    assert "minimum allowed range of 1" in shell.run("Set-PSReadLineOption -MaximumHistoryCount 0").errors


def test_parse_color():
    assert parse_color("darkgreen") == "\x1b[32m"
    assert parse_color("\x1b[1;31m") == "\x1b[1;31m"
    with pytest.raises(ColorError):
        parse_color("")
