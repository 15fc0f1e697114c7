"""Format-Table: columns by name (wildcards, canonical spelling, missing names), calculated columns
and their hashtable keys, -AutoSize, -HideTableHeaders, -Wrap, -GroupBy, and the formatting data it
writes (which only the Out-* cmdlets understand). Expected text follows Windows PowerShell 5.1 on an
80-column console: 79 usable cells, cells padded to their column's width."""
from __future__ import annotations

import pytest

OBJ = '$o = [pscustomobject]@{Name="alpha"; Size=5; Tag="x"}; '


def lines(*rows: str) -> str:
    return "".join(r + "\n" for r in rows)


def test_wildcards_pick_columns_and_headers_take_the_property_spelling(run):
    assert run(OBJ + "$o | Format-Table n*, tag -AutoSize").output == lines(
        "", "Name  Tag", "----  ---", "alpha x  ", "", "")


def test_a_name_the_object_lacks_still_gets_an_empty_column(run):
    assert run(OBJ + "$o | Format-Table Name, Missing -AutoSize").output == lines(
        "", "Name  Missing", "----  -------", "alpha        ", "", "")


def test_script_block_column_is_labelled_with_its_text_and_numbers_align_right(run):
    assert run(OBJ + "$o | Format-Table {$_.Size * 2} -AutoSize").output == lines(
        "", "$_.Size * 2", "-----------", "         10", "", "")


def test_hashtable_keys_may_be_abbreviated_and_name_means_label(run):
    out = run(OBJ + '$o | ft @{n="Big"; e={$_.Size * 100}}, @{l="T"; e="Tag"; a="c"} -AutoSize').output
    assert out == lines("", "Big T", "--- -", "500 x", "", "")


def test_fixed_widths_are_kept_when_the_first_column_has_one(run):
    out = run(OBJ + '$o | ft @{e="Name"; w=8}, @{e="Size"; w=6; a="left"}, @{e="Tag"; w=3; a="right"}').output
    assert out == lines("", "Name     Size   Tag", "----     ----   ---", "alpha    5        x", "", "")


def test_format_string_key(run):
    out = run(OBJ + '$o | ft @{e="Size"; f="N2"}, Name -AutoSize').output
    assert out == lines("", "Size Name ", "---- ---- ", "5.00 alpha", "", "")


@pytest.mark.parametrize("spec,error_id,message", [
    ("@{x=1}", "DictionaryKeyIllegal", "The x key is not valid."),
    ('@{Label="a"}', "DictionaryKeyMandatoryEntry", "A mandatory entry for expression is missing."),
    ('@{e="Size"; Width=0}', "WidthOutOfRange", 'The value "0" for key "width" should be greater than 0.'),
    ('@{e="Size"; Alignment="middle"}', "AlignmentIllegalValue",
     'The value "middle" for key "alignment" is not valid; valid values are {left, center, right}.'),
    ('@{e="Size"; Width="5"}', "DictionaryKeyIllegalValue2",
     'The "Width" key has a type, System.String, that is not valid; expected type is System.Int32.'),
    ('@{e="Size"; l="a"; n="b"}', "DictionaryKeyDuplicate", 'The duplicated key "n" conflicts with "label".'),
])
def test_bad_calculated_columns_stop_with_powershells_errors(run, spec, error_id, message):
    result = run(OBJ + f"$o | Format-Table {spec}")
    assert result.output == ""
    assert f"Format-Table : {message}" in result.errors
    assert f"FullyQualifiedErrorId : {error_id},Microsoft.PowerShell.Commands.FormatTableCommand" in result.errors


def test_hide_table_headers(run):
    assert run(OBJ + "$o | Format-Table Name, Size -HideTableHeaders -AutoSize").output == lines(
        "", "alpha    5", "", "")


def test_wrap_continues_long_values_on_the_next_lines(run):
    script = '[pscustomobject]@{Id=1; Text="the quick brown fox jumps over the lazy dog"} | Format-Table -Wrap'
    assert run(script + " | Out-String -Width 30").output == lines(
        "", "Id Text                       ", "-- ----                       ",
        " 1 the quick brown fox jumps  ", "   over the lazy dog          ", "", "", "")


def test_without_wrap_long_values_end_in_three_dots(run):
    script = '[pscustomobject]@{Id=1; Text="the quick brown fox jumps over the lazy dog"} | Format-Table'
    assert run(script + " | Out-String -Width 30").output == lines(
        "", "Id Text                       ", "-- ----                       ",
        " 1 the quick brown fox jump...", "", "", "")


def test_group_by_writes_a_header_per_run_of_equal_values(run):
    script = ('$a = [pscustomobject]@{K="x"; V=1}; $b = [pscustomobject]@{K="x"; V=2}; '
              '$c = [pscustomobject]@{K="y"; V=3}; $a, $b, $c | Format-Table V -GroupBy K')
    assert run(script).output == lines(
        "", "", "   K: x", "", "V", "-", "1", "2", "", "", "   K: y", "", "V", "-", "3", "", "")


def test_group_by_hashtable_label(run):
    script = ('[pscustomobject]@{K="x"; V=1} | Format-Table V -GroupBy @{Label="Kind"; Expression={$_.K.ToUpper()}}')
    assert run(script).output == lines("", "", "   Kind: X", "", "V", "-", "1", "", "")


def test_output_is_formatting_data_with_powershells_type_names(run):
    script = ('$x = [pscustomobject]@{a=1} | Format-Table; $x.Count; '
              'foreach ($p in $x) { $p.GetType().FullName }')
    prefix = "Microsoft.PowerShell.Commands.Internal.Format."
    assert run(script).output == lines("5", *(prefix + n for n in (
        "FormatStartData", "GroupStartData", "FormatEntryData", "GroupEndData", "FormatEndData")))


def test_formatting_data_out_of_sequence_is_out_lineoutputs_error(run):
    result = run("$x = [pscustomobject]@{a=1} | Format-Table; $x[2]")
    assert result.output == ""
    assert result.errors.startswith(
        'out-lineoutput : The object of type "Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData" is '
        'not valid or not in the correct sequence. This is likely caused by a user-specified "format-*" command '
        "which is conflicting with the default formatting.")
    assert ("FullyQualifiedErrorId : ConsoleLineOutputOutOfSequencePacket,"
            "Microsoft.PowerShell.Commands.OutLineOutputCommand") in result.errors


def test_a_second_document_start_names_the_format_command(run):
    result = run("$x = [pscustomobject]@{a=1} | Format-Table; $x[0..2] + $x")
    assert 'user-specified "format-table" command' in result.errors


def test_strings_and_numbers_stay_lines_of_text(run):
    assert run('"text", 42 | Format-Table').output == "text\n42\n"


def test_formatting_data_passes_through_another_format_command(run):
    assert run(OBJ + "$o | Format-Table Name -AutoSize | Format-List").output == lines(
        "", "Name ", "---- ", "alpha", "", "")


def test_ft_alias(run):
    assert run(OBJ + "$o | ft Tag -AutoSize").output == lines("", "Tag", "---", "x  ", "", "")


def test_view_picks_a_named_view(run):
    assert run('[timespan]"1:00:00" | Format-Table -View System.TimeSpan').output == lines(
        "", "Days Hours Minutes Seconds Milliseconds", "---- ----- ------- ------- ------------",
        "0    1     0       0       0           ", "", "")


def test_an_unknown_view_names_the_views_there_are(run):
    result = run('[timespan]"1:00:00" | Format-Table -View nope')
    assert ("Format-Table : The view name nope cannot be found. Specify one of the following Table views and try "
            "again: System.TimeSpan.") in result.errors
    assert "FormatViewNotFound,Microsoft.PowerShell.Commands.FormatTableCommand" in result.errors
    none = run('[pscustomobject]@{a=1} | Format-Table -View nope').errors
    assert ("The view name nope cannot be found. There are no existing Table views for "
            "System.Management.Automation.PSCustomObject objects.") in none


def test_view_and_property_together_are_an_error(run):
    result = run(OBJ + "$o | Format-Table Name -View x")
    assert "Cmdlet parameters View and Property are mutually exclusive." in result.errors
    assert "FormatCannotSpecifyViewAndProperty,Microsoft.PowerShell.Commands.FormatTableCommand" in result.errors
