"""Select-Object: properties (wildcards, calculated, excluded), -ExpandProperty, picking objects by
position (-First, -Last, -Skip, -SkipLast, -Index), -Unique, and stopping the upstream commands."""
from __future__ import annotations

import pytest

ITEM = "$o = [pscustomobject]@{ Name = 'n1'; Size = 10; Colour = 'red' }\n"


def header(output: str) -> list[str]:
    """The column names of the table the default display prints."""
    return [line for line in output.splitlines() if line.strip()][0].split()


# --- properties -------------------------------------------------------------------------------------

def test_property_keeps_only_the_named_properties_in_the_order_given(run):
    assert header(run(ITEM + "$o | Select-Object Size, Name").output) == ["Size", "Name"]
    assert run(ITEM + "$s = $o | Select-Object Size, Name; \"$($s.Size) $($s.Name) [$($s.Colour)]\"").output \
        == "10 n1 []\n"


def test_the_names_take_the_objects_spelling(run):
    assert header(run(ITEM + "$o | Select-Object NAME").output) == ["Name"]


def test_wildcards_pick_every_matching_property(run):
    assert header(run(ITEM + "$o | Select-Object *o*").output) == ["Colour"]
    assert header(run(ITEM + "$o | Select-Object *e, S*").output) == ["Name", "Size"]


def test_a_missing_property_becomes_an_empty_one(run):
    assert header(run(ITEM + "$o | Select-Object Name, Weight").output) == ["Name", "Weight"]


def test_calculated_property_with_name_and_expression(run):
    assert run(ITEM + "($o | Select-Object @{Name = 'Double'; Expression = { $_.Size * 2 }}).Double").output == "20\n"


def test_calculated_property_keys_may_be_abbreviated_and_label_names_it(run):
    assert run(ITEM + "($o | Select-Object @{n = 'A'; e = { 1 }}, @{l = 'B'; e = 'Size'}) | "
                      "ForEach-Object { \"$($_.A) $($_.B)\" }").output == "1 10\n"


def test_a_script_block_alone_is_named_by_its_text(run):
    assert header(run(ITEM + "$o | Select-Object {$_.Size+1}").output) == ["$_.Size+1"]


def test_exclude_property_removes_matches_from_the_selection(run):
    assert header(run(ITEM + "$o | Select-Object * -ExcludeProperty S*").output) == ["Name", "Colour"]


def test_the_result_is_typed_selected_and_the_original_type(run):
    result = run("(Get-CsAdminRole -Identity CsHelpDesk | Select-Object Identity).pstypenames -join ','")
    assert result.output == ("Selected.Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role,"
                             "System.Management.Automation.PSCustomObject,System.Object\n")


def test_a_custom_object_passed_through_gets_the_selected_type_name_too(run):
    result = run("([pscustomobject]@{a = 1} | Select-Object -First 1).pstypenames[0]")
    assert result.output == "Selected.System.Management.Automation.PSCustomObject\n"


def test_an_unknown_hashtable_key_is_a_terminating_error(run):
    result = run("1 | Select-Object @{Name = 'x'; Colour = 'red'}\n'next'")
    assert "The Colour key is not valid." in result.errors
    assert "DictionaryKeyIllegal,Microsoft.PowerShell.Commands.SelectObjectCommand" in result.errors
    assert result.output == "next\n"


def test_a_hashtable_without_expression_is_an_error(run):
    result = run("1 | Select-Object @{Name = 'x'}")
    assert "A mandatory entry for expression is missing." in result.errors
    assert "DictionaryKeyMandatoryEntry" in result.errors


def test_a_name_key_that_is_not_a_string_is_an_error(run):
    result = run("1 | Select-Object @{Name = 5; Expression = { 1 }}")
    assert ('The "Name" key has a type, System.Int32, that is not valid; expected type is System.String.'
            in result.errors)
    assert "DictionaryKeyIllegalValue2" in result.errors


def test_the_same_name_twice_is_a_non_terminating_error(run):
    result = run(ITEM + "($o | Select-Object Name, @{n = 'Name'; e = { 'x' }}).Name")
    assert result.output == "n1\n"
    assert "AlreadyExistingUserSpecifiedPropertyNoExpand" in result.errors


# --- -ExpandProperty -----------------------------------------------------------------------------

def test_expand_property_writes_the_value(run):
    assert run(ITEM + "$o | Select-Object -ExpandProperty Name").output == "n1\n"


def test_expand_property_writes_a_collection_element_by_element(run):
    result = run("Get-CsAdminRole -Identity CsVoiceAdministrator | Select-Object -ExpandProperty Cmdlets | "
                 "Measure-Object | ForEach-Object Count")
    assert int(result.output) > 10


def test_expand_property_of_a_missing_property_is_an_error(run):
    result = run(ITEM + "$o | Select-Object -ExpandProperty Weight")
    assert 'Property "Weight" cannot be found.' in result.errors
    assert "ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand" in result.errors


def test_expand_property_adds_the_selected_properties_to_each_result(run):
    result = run("$o = [pscustomobject]@{ Owner = 'me'; Items = [pscustomobject]@{ v = 1 }, [pscustomobject]@{ v = 2 } }\n"
                 "$o | Select-Object Owner -ExpandProperty Items | ForEach-Object { \"$($_.v) $($_.Owner)\" }")
    assert result.output == "1 me\n2 me\n"


def test_the_published_lync_example_lists_each_cmdlet_name(run):
    result = run('Get-CsAdminRole -Identity "CsVoiceAdministrator" | Select-Object -ExpandProperty Cmdlets')
    lines = [line.rstrip() for line in result.output.splitlines()]
    assert lines[1:3] == ["Name", "----"]
    assert "Get-CsVoicePolicy" in lines and "Set-CsVoiceRoute" in lines
    assert result.errors == ""


# --- picking objects ------------------------------------------------------------------------------

@pytest.mark.parametrize("args,expected", [
    ("-First 3", "1 2 3"),
    ("-Last 2", "9 10"),
    ("-Skip 7", "8 9 10"),
    ("-Skip 2 -First 2", "3 4"),
    ("-Last 3 -Skip 2", "6 7 8"),          # with -Last, -Skip counts from the end
    ("-First 2 -Last 2", "1 2 9 10"),
    ("-SkipLast 7", "1 2 3"),
    ("-Index 0, 4, 4, 20", "1 5"),
    ("-First 0", ""),
])
def test_picking_by_position(run, args, expected):
    assert run(f"(1..10 | Select-Object {args}) -join ' '").output == expected + "\n"


def test_first_stops_the_upstream_commands(run):
    result = run("$script:made = 0\n$null = 1..100 | ForEach-Object { $script:made++; $_ } | Select-Object -First 2\n"
                 "$made")
    assert result.output == "2\n"


def test_index_stops_the_upstream_commands_after_the_last_index(run):
    result = run("$script:made = 0\n$null = 1..100 | ForEach-Object { $script:made++; $_ } | Select-Object -Index 1, 3\n"
                 "$made")
    assert result.output == "4\n"


def test_wait_lets_the_upstream_commands_finish(run):
    result = run("$script:made = 0\n$null = 1..5 | ForEach-Object { $script:made++; $_ } | Select-Object -First 1 -Wait\n"
                 "$made")
    assert result.output == "5\n"


def test_a_negative_count_is_a_validation_error(run):
    result = run("1..3 | Select-Object -First -1")
    assert "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.SelectObjectCommand" in result.errors
    assert "The -1 argument is less than the minimum allowed range of 0." in result.errors


def test_null_input_is_skipped(run):
    assert run("(1, $null, 2 | Select-Object -First 5) -join ','").output == "1,2\n"


# --- -Unique ----------------------------------------------------------------------------------------

def test_unique_drops_repeated_values_with_regard_to_case(run):
    assert run("'a', 'A', 'a', 'b' | Select-Object -Unique").output == "a\nA\nb\n"


def test_unique_compares_the_selected_values(run):
    result = run("$rows = [pscustomobject]@{ k = 1; v = 'x' }, [pscustomobject]@{ k = 1; v = 'y' }, "
                 "[pscustomobject]@{ k = 2; v = 'z' }\n($rows | Select-Object k -Unique).k -join ','")
    assert result.output == "1,2\n"
