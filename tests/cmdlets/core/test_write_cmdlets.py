"""Write-Output, Write-Host, Write-Error, Write-Warning, Write-Verbose and Write-Debug: which stream
each writes to, and the preferences that decide what is shown."""
from __future__ import annotations

from pyshell.host import CaptureHost
from pyshell.shell import Shell


class ColourHost(CaptureHost):
    @property
    def color(self) -> bool:
        return True


def test_write_output_enumerates_and_each_argument_is_an_object(shell):
    assert shell.run("@(Write-Output 1, 2).Count").output == "2\n"
    assert shell.run("@(Write-Output a b c).Count").output == "3\n"
    assert shell.run("(Write-Output 'one').GetType().Name").output == "String\n"


def test_write_output_no_enumerate_sends_the_array_whole(shell):
    assert shell.run("@(Write-Output -NoEnumerate 1, 2, 3).Count").output == "1\n"


def test_write_output_passes_pipeline_input_on(shell):
    assert shell.run("1, 2 | Write-Output").output == "1\n2\n"


def test_echo_and_write_are_aliases(shell):
    assert shell.run("echo x; write y").output == "x\ny\n"


def test_write_host_goes_to_the_console_not_the_pipeline(shell):
    result = shell.run("$x = Write-Host 'shown'; $x -eq $null")
    assert result.output == "shown\nTrue\n"


def test_write_host_joins_with_the_separator(shell):
    assert shell.run("Write-Host a b c").output == "a b c\n"
    assert shell.run("Write-Host (1, (2, 3)) -Separator ', '").output == "1, 2, 3\n"
    assert shell.run("Write-Host 'a' -NoNewline; Write-Host 'b'").output == "ab\n"


def test_write_host_colours_only_on_a_colour_host():
    plain = Shell(store=":memory:")
    assert plain.run("Write-Host hi -ForegroundColor Red").output == "hi\n"
    host = ColourHost()
    coloured = Shell(host, store=":memory:")
    coloured.execute("Write-Host hi -ForegroundColor Red -BackgroundColor DarkBlue")
    assert host.output == "\x1b[91;44mhi\x1b[0m\n"


def test_write_host_refuses_an_unknown_colour(shell):
    assert "System.ConsoleColor" in shell.run("Write-Host hi -ForegroundColor Mauve").errors


def test_write_error_is_non_terminating_and_recorded(shell):
    result = shell.run("Write-Error 'bad thing'; 'next'; $Error.Count")
    assert result.output == "next\n1\n"
    # At the top level the error is reported in the name of the line that was run.
    assert "Write-Error 'bad thing'; 'next'; $Error.Count : bad thing" in result.errors
    assert "FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException" in result.errors
    assert "NotSpecified: (:) [Write-Error], WriteErrorException" in result.errors


def test_write_error_in_a_function_is_reported_in_its_name(shell):
    result = shell.run("function Test-Partner { Write-Error 'missing' -Category ObjectNotFound -ErrorId Missing "
                       "-TargetObject gmail.org }; Test-Partner")
    assert "Test-Partner : missing" in result.errors
    assert "ObjectNotFound: (gmail.org:String) [Write-Error], WriteErrorException" in result.errors
    assert "FullyQualifiedErrorId : Missing,Test-Partner" in result.errors


def test_write_error_honours_error_action(shell):
    assert shell.run("Write-Error x -ErrorAction SilentlyContinue; $Error.Count").output == "1\n"
    assert shell.run("try { Write-Error 'stop here' -ErrorAction Stop; 'not reached' } "
                     "catch { 'caught ' + $_ }").output == "caught stop here\n"


def test_write_error_category_overrides(shell):
    result = shell.run("Write-Error m -CategoryActivity Sync -CategoryReason Stale -CategoryTargetName t "
                       "-CategoryTargetType T")
    assert "NotSpecified: (t:T) [Sync], Stale" in result.errors


def test_write_error_reports_an_error_record_again(shell):
    result = shell.run("try { throw 'first' } catch { Write-Error -ErrorRecord $_ }; $Error[0].ToString()")
    assert result.output == "first\n"
    assert "first" in result.errors


def test_warning_is_shown_unless_silenced(shell):
    assert shell.run("Write-Warning 'careful'").errors == "WARNING: careful\n"
    assert shell.run("Write-Warning 'quiet' -WarningAction SilentlyContinue").errors == ""
    assert shell.run("'piped' | Write-Warning").errors == "WARNING: piped\n"


def test_verbose_and_debug_are_hidden_by_default(shell):
    assert shell.run("Write-Verbose v; Write-Debug d").errors == ""
    assert shell.run("Write-Verbose v -Verbose").errors == "VERBOSE: v\n"
    assert shell.run("$DebugPreference = 'Continue'; Write-Debug d").errors == "DEBUG: d\n"
    assert shell.run("$VerbosePreference = 'Continue'; Write-Verbose w").errors == "VERBOSE: w\n"
