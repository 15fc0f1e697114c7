"""Measure-Object: Count, Sum, Average, Maximum, Minimum (and StandardDeviation) of objects or of
their properties; Lines, Words and Characters of text; PowerShell's errors and display."""
from __future__ import annotations


def test_count_only_by_default(run):
    result = run("$m = 1..5 | Measure-Object\n$m.Count\n$null -eq $m.Sum")
    assert result.output == "5\nTrue\n"


def test_statistics(run):
    result = run("$m = 2, 4, 9 | Measure-Object -Sum -Average -Maximum -Minimum\n"
                 "\"$($m.Sum) $($m.Average) $($m.Maximum) $($m.Minimum)\"")
    assert result.output == "15 5 9 2\n"


def test_numeric_text_counts_as_numbers(run):
    assert run("('1', '2.5' | Measure-Object -Sum).Sum").output == "3.5\n"


def test_measuring_a_property(run):
    result = run("$m = 'a', 'abc' | Measure-Object Length -Sum -Maximum\n\"$($m.Property) $($m.Sum) $($m.Maximum)\"")
    assert result.output == "Length 4 3\n"


def test_one_result_per_property_with_wildcards(run):
    result = run("$rows = [pscustomobject]@{x1 = 1; x2 = 10}, [pscustomobject]@{x1 = 2; x2 = 20}\n"
                 "$rows | Measure-Object x* -Sum | ForEach-Object { \"$($_.Property)=$($_.Sum)\" }")
    assert result.output == "x1=3\nx2=30\n"


def test_a_property_no_object_has_is_an_error(run):
    result = run("1, 2 | Measure-Object -Property Weight")
    assert 'The property "Weight" cannot be found in the input for any objects.' in result.errors
    assert "GenericMeasurePropertyNotFound,Microsoft.PowerShell.Commands.MeasureObjectCommand" in result.errors


def test_non_numeric_input_is_an_error_and_leaves_sum_empty(run):
    result = run("$m = 1, 'x', 2 | Measure-Object -Sum\n$m.Count\n$null -eq $m.Sum")
    assert 'Input object "x" is not numeric.' in result.errors
    assert "NonNumericInputObject,Microsoft.PowerShell.Commands.MeasureObjectCommand" in result.errors
    assert result.output == "3\nTrue\n"


def test_maximum_and_minimum_of_text(run):
    result = run("$m = 'pear', 'Apple', 'fig' | Measure-Object -Maximum -Minimum\n\"$($m.Maximum) $($m.Minimum)\"\n"
                 "$m.pstypenames[0]")
    assert result.output == "pear Apple\nMicrosoft.PowerShell.Commands.GenericObjectMeasureInfo\n"


def test_maximum_of_a_lync_property(run):
    assert run("(Get-CsXmppAllowedPartner | Measure-Object ConnectionLimit -Maximum).Maximum").output == "250\n"


def test_standard_deviation_is_the_sample_deviation(run):
    result = run("[math]::Round((2, 4, 4, 4, 5, 5, 7, 9 | Measure-Object -StandardDeviation).StandardDeviation, 4)")
    assert result.output == "2.1381\n"


def test_no_input_counts_zero(run):
    assert run("(@() | Measure-Object).Count").output == "0\n"


def test_null_input_is_not_counted(run):
    assert run("(1, $null, 2 | Measure-Object).Count").output == "2\n"


def test_lines_words_and_characters(run):
    result = run("$m = \"one two`nthree\", 'four' | Measure-Object -Line -Word -Character\n"
                 "\"$($m.Lines) $($m.Words) $($m.Characters)\"")
    assert result.output == "3 4 17\n"


def test_ignore_white_space_leaves_spaces_out_of_the_character_count(run):
    assert run("('a b  c' | Measure-Object -Character -IgnoreWhiteSpace).Characters").output == "3\n"


def test_text_and_number_switches_are_in_different_sets(run):
    result = run("1 | Measure-Object -Sum -Word")
    assert "AmbiguousParameterSet" in result.errors


def test_the_default_display_is_a_list(run):
    result = run("1, 2 | Measure-Object -Sum")
    assert result.output == ("\n\nCount    : 2\nAverage  : \nSum      : 3\nMaximum  : \nMinimum  : \nProperty : "
                             "\n\n\n\n")


def test_the_text_display_is_a_table(run):
    lines = [line.rstrip() for line in run("'a b' | Measure-Object -Word").output.splitlines()]
    assert lines[1:4] == ["Lines Words Characters Property", "----- ----- ---------- --------", "          2"]


# Script block properties and -AllStats come from PowerShell 6 and later.

def test_script_block_property_is_measured_under_its_text(run):
    result = run("$m = 1..4 | Measure-Object -Sum -Maximum -Property { $_ * 10 }\n"
                 "\"$($m.Count) $($m.Sum) $($m.Maximum) [$($m.Property)]\"")
    assert result.output == "4 100 40 [ $_ * 10 ]\n"


def test_script_block_property_transforms_input_and_counts_words(run):
    result = run("$map = @{ one = 1; two = 2; three = 3 }\n"
                 "('one', 'two', 'three' | Measure-Object -Sum { $map[$_] }).Sum\n"
                 "('a,b,c', 'd,e' | Measure-Object -Word { $_ -split ',' }).Words\n"
                 "(@{ n = 1 }, @{ n = 3 } | Measure-Object -Sum { $_.n * 10 }).Sum")
    assert result.output == "6\n5\n40\n"


def test_error_in_script_block_property_is_non_terminating(run):
    result = run("1, 2 | Measure-Object -Sum { throw 'bad' }\n'after'")
    assert result.output.strip().endswith("after")
    assert result.errors.count("bad") >= 2


def test_all_stats(run):
    result = run("$m = 1..10 | Measure-Object -AllStats\n"
                 "\"$($m.Count) $($m.Average) $($m.Sum) $($m.Minimum) $($m.Maximum)\"\n"
                 "$m.StandardDeviation.ToString()")
    assert result.output == "10 5.5 55 1 10\n3.02765035409749\n"    # Double.ToString() in 5.1: 15 digits
