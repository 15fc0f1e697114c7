"""Select-String on pipeline input: MatchInfo objects that print as their line, regex and simple
matching, case, -NotMatch, -AllMatches, -Quiet, several patterns, and a bad pattern's error."""
from __future__ import annotations

LINES = "$lines = 'Lync Server 2013', 'Skype for Business', 'lync client'\n"


def test_matching_lines_print_as_themselves(run):
    assert run(LINES + "$lines | Select-String lync").output == "\nLync Server 2013\nlync client\n\n\n"


def test_case_sensitive(run):
    assert run(LINES + "($lines | Select-String lync -CaseSensitive).Line").output == "lync client\n"


def test_the_match_info_properties(run):
    result = run(LINES + "$m = $lines | Select-String 'B\\w+'\n"
                 "$m.LineNumber; $m.Line; $m.Pattern; $m.IgnoreCase; $m.Filename; $m.Path; $m.Matches[0].Value\n"
                 "$m.pstypenames[0]")
    assert result.output == ("2\nSkype for Business\nB\\w+\nTrue\nInputStream\nInputStream\nBusiness\n"
                             "Microsoft.PowerShell.Commands.MatchInfo\n")


def test_simple_match_takes_the_pattern_literally(run):
    assert run("'a.c', 'abc' | Select-String '.' -SimpleMatch | ForEach-Object Line").output == "a.c\n"


def test_simple_match_has_no_regex_matches(run):
    assert run("('abc' | Select-String 'b' -SimpleMatch).Matches.Count").output == "0\n"


def test_not_match_writes_the_other_lines(run):
    assert run(LINES + "($lines | Select-String lync -NotMatch).Line").output == "Skype for Business\n"


def test_all_matches(run):
    result = run("$m = 'a1 b22 c333' | Select-String '\\d+' -AllMatches\n$m.Matches.Count\n$m.Matches.Value -join ','")
    assert result.output == "3\n1,22,333\n"
    assert run("('a1 b22' | Select-String '\\d+').Matches.Count").output == "1\n"


def test_groups_of_a_match(run):
    result = run("$g = ('key=value' | Select-String '(?<k>\\w+)=(\\w+)').Matches[0].Groups\n"
                 "$g | ForEach-Object { \"$($_.Name):$($_.Value)\" }")
    assert result.output == "0:key=value\n1:value\nk:key\n"


def test_any_of_several_patterns(run):
    result = run(LINES + "$lines | Select-String 'Skype', '2013' | ForEach-Object { \"$($_.LineNumber) $($_.Pattern)\" }")
    assert result.output == "1 2013\n2 Skype\n"


def test_quiet_answers_true_once(run):
    assert run(LINES + "$lines | Select-String lync -Quiet").output == "True\n"
    assert run(LINES + "$lines | Select-String nothing -Quiet").output == ""


def test_objects_are_searched_as_their_text(run):
    assert run("(Get-CsAdminRole | Select-String 'HelpDesk').Line").output == "CsHelpDesk\nRedmondHelpDesk\n"


def test_match_info_input_is_filtered_again(run):
    result = run(LINES + "$lines | Select-String lync | Select-String client | ForEach-Object LineNumber")
    assert result.output == "3\n"


def test_a_bad_pattern_is_a_terminating_error(run):
    result = run("'x' | Select-String '('")
    assert "The string ( is not a valid regular expression" in result.errors
    assert "InvalidRegex,Microsoft.PowerShell.Commands.SelectStringCommand" in result.errors


def test_the_alias(run):
    assert run("('x', 'y' | sls y).Line").output == "y\n"
