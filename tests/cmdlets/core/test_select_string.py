"""Select-String on pipeline input: MatchInfo objects that print as their line, regex and simple
matching, case, -NotMatch, -AllMatches, -Quiet, several patterns, and a bad pattern's error.
Then files (in the test's temporary directory): -Path, -LiteralPath and piped FileInfo objects,
the path:line:text display relative to the location, -Context, -List, -Quiet, encodings, and the
errors for paths with nothing there and files that cannot be read."""
from __future__ import annotations

import os

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


# -- files ----------------------------------------------------------------------------------------

PARTNERS = "Set-Content p.csv 'name,domain', 'contoso,contoso.org', 'fabrikam,fabrikam.com', 'litware,litware.org'\n"


def test_a_file_by_path(run_in_tmp):
    result = run_in_tmp(PARTNERS + "Select-String -Path p.csv -Pattern org")
    assert result.errors == ""
    assert result.output == "\np.csv:2:contoso,contoso.org\np.csv:4:litware,litware.org\n\n\n"


def test_the_path_is_the_second_position(run_in_tmp):
    assert run_in_tmp(PARTNERS + "(Select-String fabrikam p.csv).LineNumber").output == "3\n"


def test_the_match_info_of_a_file(run_in_tmp, tmp_path):
    full = os.path.join(str(tmp_path), "p.csv")
    result = run_in_tmp(PARTNERS + "$m = Select-String 'lit(\\w+)' p.csv\n"
                        "$m.Filename; $m.Path; $m.LineNumber; $m.Line; $m.Pattern; $m.Matches[0].Groups[1].Value\n"
                        "$m.Context -eq $null; \"$m\"; $m.ToString(); $m.RelativePath((Get-Location).Path)")
    assert result.output == (f"p.csv\n{full}\n4\nlitware,litware.org\nlit(\\w+)\nware\nTrue\n"
                             f"{full}:4:litware,litware.org\n{full}:4:litware,litware.org\np.csv\n")


def test_to_string_with_a_directory_shortens_the_path(run_in_tmp, tmp_path):
    parent, leaf = os.path.split(str(tmp_path))
    result = run_in_tmp(PARTNERS + f"$m = Select-String fabrikam p.csv\n$m.ToString('{parent}')\n"
                        f"$m.ToString('{parent}{os.sep}')\n$m.ToString('/elsewhere')")
    full = os.path.join(str(tmp_path), "p.csv")
    shown = os.path.join(leaf, "p.csv")
    assert result.output == (f"{shown}:3:fabrikam,fabrikam.com\n{shown}:3:fabrikam,fabrikam.com\n"
                             f"{full}:3:fabrikam,fabrikam.com\n")


def test_the_display_is_relative_to_the_location_when_shown(run_in_tmp, tmp_path):
    full = os.path.join(str(tmp_path), "p.csv")
    result = run_in_tmp(PARTNERS + "New-Item -ItemType Directory sub | Out-Null\n"
                        "$m = Select-String fabrikam p.csv\nSet-Location sub\n$m")
    assert result.output == f"\n{full}:3:fabrikam,fabrikam.com\n\n\n"


def test_wildcards_and_several_files(run_in_tmp):
    result = run_in_tmp(PARTNERS + "New-Item -ItemType Directory sub | Out-Null\n"
                        "Set-Content sub/q.txt 'one org', 'two'\nSet-Content r.csv 'no match'\n"
                        "Select-String org *.csv, sub/*")
    sub = os.path.join("sub", "q.txt")
    assert result.errors == ""
    assert result.output == f"\np.csv:2:contoso,contoso.org\np.csv:4:litware,litware.org\n{sub}:1:one org\n\n\n"


def test_a_wildcard_that_matches_nothing_is_no_error(run_in_tmp):
    result = run_in_tmp("Select-String org *.nothing")
    assert (result.output, result.errors) == ("", "")


def test_files_piped_from_get_child_item(run_in_tmp):
    result = run_in_tmp("Set-Content a.txt 'x', 'a y'; Set-Content b.txt 'y'; Set-Content c.log 'y'\n"
                        "Get-ChildItem *.txt | Select-String y |\n"
                        "  ForEach-Object { \"$($_.Filename) $($_.LineNumber)\" }")
    assert result.output == "a.txt 2\nb.txt 1\n"


def test_a_string_piped_is_searched_not_read(run_in_tmp):
    result = run_in_tmp("Set-Content a.txt 'inside'\n'a.txt' | Select-String 'a.txt' | ForEach-Object Path")
    assert result.output == "InputStream\n"


def test_literal_path_and_its_pspath_alias(run_in_tmp):
    result = run_in_tmp("Set-Content -LiteralPath '[x].txt' 'found it'\n"
                        "(Select-String found -LiteralPath '[x].txt').Line\n"
                        "(Select-String found -PSPath '[x].txt').Line")
    assert result.output == "found it\nfound it\n"


def test_list_writes_the_first_match_of_each_file(run_in_tmp):
    result = run_in_tmp(PARTNERS + "Set-Content q.csv 'org 1', 'org 2'\n"
                        "Select-String org *.csv -List | ForEach-Object { \"$($_.Filename):$($_.LineNumber)\" }")
    assert result.output == "p.csv:2\nq.csv:1\n"


def test_quiet_with_files(run_in_tmp):
    result = run_in_tmp(PARTNERS + "Set-Content q.txt 'nothing'\n"
                        "Select-String org p.csv, q.txt -Quiet\nSelect-String zzz p.csv, q.txt -Quiet\n"
                        "Get-ChildItem p.csv, q.txt | Select-String org -Quiet")
    # One answer for the paths given; for piped files, one answer per file.
    assert result.output == "True\nFalse\nTrue\nFalse\n"


def test_not_match_simple_match_and_case_in_files(run_in_tmp):
    result = run_in_tmp("Set-Content t.txt 'a.b', 'axb', 'A.B'\n"
                        "(Select-String '.' t.txt -SimpleMatch).LineNumber -join ','\n"
                        "(Select-String 'a.b' t.txt -SimpleMatch -CaseSensitive).LineNumber -join ','\n"
                        "(Select-String 'x' t.txt -NotMatch).LineNumber -join ','\n"
                        "((Select-String 'b' t.txt -AllMatches).Matches | Measure-Object).Count")
    assert result.output == "1,3\n1\n1,3\n3\n"


def test_line_endings_and_a_missing_last_one(run_in_tmp, tmp_path):
    (tmp_path / "e.txt").write_bytes(b"one\r\ntwo\rthree\nfour")
    result = run_in_tmp("(Select-String . e.txt | ForEach-Object { \"$($_.LineNumber)=$($_.Line)\" }) -join ' '")
    assert result.output == "1=one 2=two 3=three 4=four\n"


def test_encodings(run_in_tmp, tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffcafé\nthé".encode("utf-16-le"))
    (tmp_path / "le.txt").write_bytes("café".encode("utf-16-le"))
    (tmp_path / "u8.txt").write_bytes("naïve café".encode("utf-8"))
    result = run_in_tmp("(Select-String 'é' bom.txt).Line -join ','\n"
                        "(Select-String 'café' le.txt -Encoding unicode).Line\n"
                        "(Select-String 'ï' u8.txt).Line")
    assert result.errors == ""
    assert result.output == "café,thé\ncafé\nnaïve café\n"


def test_include_and_exclude_match_the_full_path(run_in_tmp):
    result = run_in_tmp("Set-Content a.txt 'x'; Set-Content b.log 'x'\n"
                        "(Select-String x * -Include *.txt).Filename\n'-'\n"
                        "(Select-String x * -Exclude *.txt).Filename\n"
                        "'-'\n(Select-String x * -Include a.txt).Filename")
    assert result.output == "a.txt\n-\nb.log\n-\n"


def test_a_path_with_nothing_there_stops_the_command(run_in_tmp, tmp_path):
    # PowerShell resolves every path before it reads any file; the first missing one ends the command.
    result = run_in_tmp(PARTNERS + "Select-String org p.csv, nosuch.txt\n'after'")
    missing = os.path.join(str(tmp_path), "nosuch.txt")
    assert result.output == "after\n"
    assert f"Cannot find path '{missing}' because it does not exist." in result.errors
    assert "PathNotFound,Microsoft.PowerShell.Commands.SelectStringCommand" in result.errors
    assert "ItemNotFoundException" in result.errors
    caught = run_in_tmp("try { Select-String org nosuch.txt } catch { 'caught' }")
    assert caught.output == "caught\n"


def test_a_directory_cannot_be_read_and_the_others_are_searched(run_in_tmp, tmp_path):
    result = run_in_tmp(PARTNERS + "New-Item -ItemType Directory sub | Out-Null\n"
                        "(Select-String fabrikam sub, p.csv).LineNumber")
    sub = os.path.join(str(tmp_path), "sub")
    assert result.output == "3\n"
    assert f"The file {sub} cannot be read: Access to the path '{sub}' is denied." in result.errors
    assert "ProcessingFile,Microsoft.PowerShell.Commands.SelectStringCommand" in result.errors


def test_a_missing_literal_path_is_a_file_that_cannot_be_read(run_in_tmp, tmp_path):
    result = run_in_tmp(PARTNERS + "(Select-String fabrikam -LiteralPath nosuch.txt, p.csv).LineNumber")
    missing = os.path.join(str(tmp_path), "nosuch.txt")
    assert result.output == "3\n"
    assert f"The file {missing} cannot be read: Could not find file '{missing}'." in result.errors


# -- context --------------------------------------------------------------------------------------

LETTERS = "Set-Content c.txt 'a', 'M1', 'b', 'M2', 'c', 'd', 'e', 'M3'\n"


def test_context_in_the_display(run_in_tmp):
    result = run_in_tmp(LETTERS + "Select-String M c.txt -Context 2")
    assert result.output == ("\n  c.txt:1:a\n> c.txt:2:M1\n  c.txt:3:b\n> c.txt:4:M2\n  c.txt:5:c\n  c.txt:6:d\n"
                             "  c.txt:7:e\n> c.txt:8:M3\n\n\n")


def test_context_properties_overlap_but_the_display_does_not(run_in_tmp):
    result = run_in_tmp(LETTERS + "Select-String M c.txt -Context 2 | ForEach-Object { $c = $_.Context\n"
                        "\"$($_.LineNumber) [$($c.PreContext -join ',')] [$($c.PostContext -join ',')] "
                        "[$($c.DisplayPreContext -join ',')] [$($c.DisplayPostContext -join ',')]\" }")
    assert result.output == ("2 [a] [b,M2] [a] [b]\n4 [M1,b] [c,d] [] [c,d]\n8 [d,e] [] [e] []\n")


def test_context_before_and_after(run_in_tmp):
    result = run_in_tmp(LETTERS + "$m = Select-String M2 c.txt -Context 0, 3\n"
                        "$m.Context.PreContext.Count; $m.Context.PostContext -join ','\n"
                        "$m.ToString().Split([char]10).Count")
    assert result.output == "0\nc,d,e\n4\n"


def test_context_of_pipeline_input(run_in_tmp):
    result = run_in_tmp("'a', 'M1', 'b', 'c', 'M2' | Select-String M -Context 1")
    assert result.output == "\n  a\n> M1\n  b\n  c\n> M2\n\n\n"


def test_context_with_list_keeps_the_lines_after_the_first_match(run_in_tmp):
    result = run_in_tmp(LETTERS + "(Select-String M c.txt -Context 1 -List).Context.PostContext")
    assert result.output == "b\n"


def test_context_is_dropped_when_filtering_select_string_output(run_in_tmp):
    result = run_in_tmp("'a', 'M1', 'b' | Select-String M -Context 1 | Select-String 1 -Context 1")
    assert result.output == "\n> M1\n\n\n"
    assert 'WARNING: The option "Context" is not valid when searching results that are piped' in result.errors


def test_context_takes_one_or_two_numbers_not_below_zero(run_in_tmp):
    three = run_in_tmp("'x' | Select-String x -Context 1, 2, 3")
    assert "ParameterArgumentValidationError" in three.errors
    assert "exceeds the maximum number of allowed arguments (2)" in three.errors
    negative = run_in_tmp("'x' | Select-String x -Context -1")
    assert "less than the minimum allowed range of 0" in negative.errors


def test_match_info_methods_for_get_member(run_in_tmp):
    result = run_in_tmp("'x' | Select-String x | Get-Member -MemberType Method | ForEach-Object Definition")
    assert "string RelativePath(string directory)" in result.output
    assert "string ToString(), string ToString(string directory)" in result.output
