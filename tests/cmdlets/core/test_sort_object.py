"""Sort-Object: by the objects themselves, by properties (wildcards), script blocks and hashtables
with their own direction; -Descending, -Unique, -CaseSensitive; stable; missing properties last."""
from __future__ import annotations


def joined(run, script: str) -> str:
    return run(f"({script}) -join ' '").output.rstrip("\n")


def test_numbers_sort_as_numbers(run):
    assert joined(run, "10, 9, 100, 1 | Sort-Object") == "1 9 10 100"


def test_strings_sort_without_regard_to_case(run):
    assert joined(run, "'b', 'C', 'a' | Sort-Object") == "a b C"


def test_case_sensitive_puts_lower_case_first(run):
    assert joined(run, "'B', 'b', 'a', 'A' | Sort-Object -CaseSensitive") == "a A b B"


def test_descending(run):
    assert joined(run, "1, 3, 2 | sort -Descending") == "3 2 1"


def test_by_property(run):
    assert joined(run, "Get-CsAdminRole | Sort-Object Identity | Select-Object -First 2 -ExpandProperty Identity") \
        == "CsAdministrator CsArchivingAdministrator"


def test_by_several_properties(run):
    script = ("$rows = [pscustomobject]@{a = 2; b = 'x'}, [pscustomobject]@{a = 1; b = 'z'}, "
              "[pscustomobject]@{a = 1; b = 'y'}\n($rows | Sort-Object a, b | ForEach-Object { \"$($_.a)$($_.b)\" }) -join ' '")
    assert run(script).output == "1y 1z 2x\n"


def test_by_script_block(run):
    assert joined(run, "'ccc', 'a', 'bb' | Sort-Object { $_.Length }") == "a bb ccc"


def test_hashtable_keys_set_the_direction_of_each_key(run):
    script = ("$rows = [pscustomobject]@{a = 1; b = 1}, [pscustomobject]@{a = 1; b = 2}, [pscustomobject]@{a = 2; b = 1}\n"
              "($rows | Sort-Object @{e = 'a'; Descending = $true}, @{Expression = 'b'; Ascending = $false} | "
              "ForEach-Object { \"$($_.a)$($_.b)\" }) -join ' '")
    assert run(script).output == "21 12 11\n"


def test_the_descending_switch_applies_to_keys_without_their_own_direction(run):
    script = ("$rows = [pscustomobject]@{a = 1; b = 1}, [pscustomobject]@{a = 1; b = 2}, [pscustomobject]@{a = 2; b = 1}\n"
              "($rows | Sort-Object a, @{e = 'b'; Ascending = $true} -Descending | "
              "ForEach-Object { \"$($_.a)$($_.b)\" }) -join ' '")
    assert run(script).output == "21 11 12\n"


def test_equal_keys_keep_their_input_order(run):
    assert joined(run, "'b1', 'a1', 'b2', 'a2', 'b3' | Sort-Object { $_[0] }") == "a1 a2 b1 b2 b3"


def test_unique_keeps_the_first_of_equal_objects(run):
    assert joined(run, "'b', 'A', 'a', 'B' | Sort-Object -Unique") == "A b"


def test_unique_case_sensitive(run):
    assert joined(run, "'b', 'a', 'a', 'B' | Sort-Object -Unique -CaseSensitive") == "a b B"


def test_objects_without_the_property_come_last_either_way(run):
    script = ("$rows = [pscustomobject]@{n = 'none'}, [pscustomobject]@{n = 'two'; v = 2}, [pscustomobject]@{n = 'one'; v = 1}\n"
              "($rows | Sort-Object v).n -join ' '\n($rows | Sort-Object v -Descending).n -join ' '")
    assert run(script).output == "one two none\ntwo one none\n"


def test_null_values_sort_first(run):
    script = "$rows = [pscustomobject]@{v = 1}, [pscustomobject]@{v = $null}\n($rows | Sort-Object v | ForEach-Object { \"[$($_.v)]\" }) -join ''"
    assert run(script).output == "[][1]\n"


def test_wildcard_properties_expand_to_the_matching_names(run):
    script = ("$rows = [pscustomobject]@{x1 = 2; x2 = 1}, [pscustomobject]@{x1 = 1; x2 = 5}, [pscustomobject]@{x1 = 1; x2 = 3}\n"
              "($rows | Sort-Object x* | ForEach-Object { \"$($_.x1)$($_.x2)\" }) -join ' '")
    assert run(script).output == "13 15 21\n"


def test_enums_sort_by_value(run):
    result = run("(Get-CsXmppAllowedPartner | Sort-Object PartnerType -Unique).PartnerType -join ','")
    assert result.output == "Federated,PublicVerified,PublicUnverified\n"


def test_null_input_is_dropped(run):
    assert joined(run, "2, $null, 1 | Sort-Object") == "1 2"


def test_a_failing_key_expression_is_reported(run):
    result = run("1, 2 | Sort-Object { throw 'bad key' }")
    assert "ExpressionEvaluation,Microsoft.PowerShell.Commands.SortObjectCommand" in result.errors
    assert result.output == "1\n2\n"


def test_an_empty_hashtable_key_is_ambiguous(run):
    result = run("1 | Sort-Object @{e = 'x'; '' = 1}")
    assert "The  key is ambiguous; expression and ascending conflict." in result.errors
    assert "DictionaryKeyAmbiguous,Microsoft.PowerShell.Commands.SortObjectCommand" in result.errors


# -Top, -Bottom and -Stable come from PowerShell 6 and later.

def test_top_writes_the_first_n_of_the_sorted_result(run):
    assert joined(run, "5, 3, 9, 1 | Sort-Object -Top 2") == "1 3"
    assert joined(run, "5, 3, 9, 1 | Sort-Object -Top 2 -Descending") == "9 5"
    assert joined(run, "5, 3 | Sort-Object -Top 10") == "3 5"


def test_bottom_writes_the_last_n_in_sorted_order(run):
    assert joined(run, "5, 3, 9, 1 | Sort-Object -Bottom 2") == "5 9"
    assert joined(run, "5, 3, 9, 1 | Sort-Object -Bottom 3 -Descending") == "5 3 1"


def test_top_and_bottom_count_after_unique(run):
    assert joined(run, "'a', 'A', 'b', 'c' | Sort-Object -Unique -Top 2") == "a b"
    assert joined(run, "'a', 'A', 'b', 'c', 'c' | Sort-Object -Unique -CaseSensitive -Bottom 3") == "A b c"


def test_stable_keeps_equal_keys_in_input_order(run):
    assert joined(run, "1..6 | Sort-Object { $_ % 3 } -Stable") == "3 6 1 4 2 5"
    assert joined(run, "1..6 | Sort-Object { $_ % 3 } -Stable -Descending") == "2 5 1 4 3 6"


def test_top_must_be_positive_and_does_not_mix_with_stable_or_bottom(run):
    assert "ParameterArgumentValidationError" in run("1 | Sort-Object -Top 0").errors
    assert "AmbiguousParameterSet" in run("1 | Sort-Object -Top 1 -Stable").errors
    assert "AmbiguousParameterSet" in run("1 | Sort-Object -Top 1 -Bottom 1").errors
