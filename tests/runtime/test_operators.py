"""The comparison operators' table, regex and wildcard operators, -replace/-split/-join and
arithmetic, called directly (the spec files cover them through the language)."""
from __future__ import annotations

import pytest

from pyshell.runtime import arith
from pyshell.runtime.operators import (COMPARISONS, PSOperatorError, compare, compile_regex, has_wildcards, join,
                                       match, ps_compare, ps_equals, replace, split, wildcard_match)
from pyshell.runtime.values import PSEnum, PSObject, enum_type

Color = enum_type("Contoso.Color", ["Red", "Green", "Blue"])


# -- equality ------------------------------------------------------------------------------------

@pytest.mark.parametrize("left, right, expected", [
    (1, 1, True), (1, 2, False), ("abc", "ABC", True), ("abc", "abd", False),
    (5, "5", True), ("5", 5, True), ("05", 5, False), (5, "05", True), (1, "abc", False),
    (None, None, True), (None, 0, False), (0, None, False), ("", None, False),
    (True, "false", True), (False, "", True), (True, 1, True), (False, 0, True),
    (1.0, 1, True), (2, 2.0, True), ("1", 1.0, True),
])
def test_ps_equals(left, right, expected):
    assert ps_equals(left, right) is expected


def test_ps_equals_case_sensitive():
    assert ps_equals("abc", "ABC", case_sensitive=True) is False
    assert ps_equals("abc", "abc", case_sensitive=True) is True


def test_enum_equals_its_name_in_any_case_and_its_value():
    assert ps_equals(Color.Green, "green")
    assert ps_equals(Color.Green, 1)
    assert not ps_equals(Color.Green, "Blue")
    assert not ps_equals(Color.Green, "NoSuchColor")


def test_objects_compare_by_identity():
    a, b = PSObject({"x": 1}), PSObject({"x": 1})
    assert ps_equals(a, a) and not ps_equals(a, b)


# -- ordering ------------------------------------------------------------------------------------

@pytest.mark.parametrize("left, right, sign", [
    (1, 2, -1), (2, 1, 1), (2, 2, 0), ("a", "B", -1), ("B", "a", 1), ("abc", "ABC", 0),
    ("10", 9, -1), (10, "9", 1), (None, 0, -1), (1.5, 1, 1),
])
def test_ps_compare(left, right, sign):
    result = ps_compare(left, right)
    assert (result > 0) - (result < 0) == sign


def test_ps_compare_case_sensitive_uses_linguistic_order():
    # The invariant culture orders letters first and case second: a < A < b < B.
    assert ps_compare("B", "a", case_sensitive=True) > 0
    assert ps_compare("a", "A", case_sensitive=True) < 0



def test_ps_compare_number_with_text_fails():
    with pytest.raises(PSOperatorError) as info:
        ps_compare(1, "abc")
    assert info.value.error_id == "ComparisonFailure"
    assert 'Could not compare "1" to "abc"' in info.value.message


def test_enum_ordering_uses_values():
    assert ps_compare(Color.Blue, "Red") > 0


# -- the table ----------------------------------------------------------------------------------

def test_table_has_every_comparison():
    assert set(COMPARISONS) == {"eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "contains",
                                "notcontains", "in", "notin"}


@pytest.mark.parametrize("op, left, right, expected", [
    ("eq", [1, 2, 3, 2], 2, [2, 2]),
    ("ne", [1, 2, 3], 2, [1, 3]),
    ("gt", [1, 5, 10], 4, [5, 10]),
    ("le", [1, 5, 10], 5, [1, 5]),
    ("like", ["apple", "banana", "avocado"], "a*", ["apple", "avocado"]),
    ("notlike", ["apple", "banana"], "a*", ["banana"]),
    ("eq", [], 1, []),
    ("eq", [1, None, 2], None, [None]),
])
def test_collections_on_the_left_filter(op, left, right, expected):
    assert compare(op, left, right) == expected


@pytest.mark.parametrize("op, left, right, expected", [
    ("contains", [1, 2, 3], 2, True), ("contains", [1, 2, 3], "2", True), ("contains", "abc", "a", False),
    ("notcontains", [1, 2], 3, True), ("in", 2, [1, 2, 3], True), ("in", "A", ["a", "b"], True),
    ("notin", 4, [1, 2], True), ("in", [1, 2], [1, 2], False), ("contains", ["a", "b"], "A", True),
])
def test_containment(op, left, right, expected):
    assert compare(op, left, right) is expected


def test_containment_case_sensitive():
    assert compare("contains", ["a", "b"], "A", case_sensitive=True) is False
    assert compare("in", "A", ["a"], case_sensitive=True) is False


# -- wildcards -----------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern, text, expected", [
    ("*.org", "xmpp.contoso.org", True), ("*.org", "xmpp.contoso.com", False), ("*.ORG", "a.org", True),
    ("a?c", "abc", True), ("a?c", "ac", False), ("[a-c]at", "bat", True), ("[bc]at", "hat", False),
    ("b", "abc", False), ("a`*c", "a*c", True), ("a`*c", "abc", False), ("*", "", True),
    ("a*", "a\nb", True),
])
def test_wildcard_match(pattern, text, expected):
    assert wildcard_match(pattern, text) is expected


def test_wildcard_match_case_sensitive():
    assert wildcard_match("*Shell", "PowerShell", case_sensitive=True)
    assert not wildcard_match("*shell", "PowerShell", case_sensitive=True)


def test_has_wildcards():
    assert has_wildcards("*.org") and has_wildcards("a?") and has_wildcards("[ab]")
    assert not has_wildcards("plain")


# -- -match -----------------------------------------------------------------------------------------

def test_scalar_match_returns_matches_table():
    result, table = match("abc123", r"(\d)(\d+)")
    assert result is True
    assert table[0] == "123" and table[1] == "1" and table[2] == "23"


def test_named_groups():
    _, table = match("key=value", r"(?<name>\w+)=(?<val>\w+)")
    assert table["name"] == "key" and table["val"] == "value"


def test_failed_match_gives_no_table():
    assert match("abc", "x") == (False, None)


def test_collection_match_filters_and_gives_no_table():
    result, table = match(["a1", "b", "c2"], r"\d")
    assert result == ["a1", "c2"] and table is None


def test_notmatch_on_a_collection():
    result, _ = match(["a1", "b"], r"\d", negate=True)
    assert result == ["b"]


def test_notmatch_that_matches_still_gives_the_table():
    result, table = match("abc", "b", negate=True)
    assert result is False
    assert table is not None and table[0] == "b"



def test_match_case():
    assert match("ABC", "abc")[0] is True
    assert match("ABC", "abc", case_sensitive=True)[0] is False


def test_match_converts_the_left_operand_to_text():
    assert match(123, r"^\d+$")[0] is True


def test_invalid_regex():
    with pytest.raises(PSOperatorError) as info:
        compile_regex("(")
    assert info.value.error_id == "InvalidRegularExpression"


# -- -replace, -split, -join ----------------------------------------------------------------------

def test_replace():
    assert replace("hello", ["l", "L"]) == "heLLo"
    assert replace("hello", ["L", "x"]) == "hexxo"
    assert replace("hello", ["L", "x"], case_sensitive=True) == "hello"


def test_replace_substitutions():
    assert replace("John Smith", [r"(\w+) (\w+)", "$2 $1"]) == "Smith John"
    assert replace("abc", ["(?<x>b)", "[${x}]"]) == "a[b]c"
    assert replace("abc", ["b", "$$"]) == "a$c"
    assert replace("abc", ["b", "<$&>"]) == "a<b>c"


def test_replace_without_replacement_removes():
    assert replace("a-b-c", "-") == "abc"


def test_replace_on_a_collection():
    assert replace(["ab", "cb"], ["b", "x"]) == ["ax", "cx"]


def test_replace_with_too_many_operands():
    with pytest.raises(PSOperatorError) as info:
        replace("a", ["a", "b", "c"])
    assert info.value.error_id == "BadReplaceArgument"


def test_split():
    assert split("a,b,c", ",") == ["a", "b", "c"]
    assert split("a1b22c", r"\d+") == ["a", "b", "c"]
    assert split("a b c d", [" ", 2]) == ["a", "b c d"]
    assert split(["a b", "c d"], " ") == ["a", "b", "c", "d"]


def test_split_keeps_empty_fields():
    assert split("a,,b", ",") == ["a", "", "b"]


def test_join():
    assert join([1, 2, 3], "-") == "1-2-3"
    assert join("solo", ",") == "solo"
    assert join([1.5, True, None], "|") == "1.5|True|"


# -- arithmetic ------------------------------------------------------------------------------------

def test_addition_rules():
    assert arith.add(1, 2) == 3
    assert arith.add("1", 2) == "12"
    assert arith.add(1, "2") == 3
    assert arith.add([1, 2], 3) == [1, 2, 3]
    assert arith.add([1], [2, 3]) == [1, 2, 3]
    assert arith.add(None, 5) == 5


def test_adding_text_that_is_not_a_number_fails():
    with pytest.raises(PSOperatorError) as info:
        arith.add(1, "a")
    assert info.value.error_id == "InvalidCastFromStringToInteger"
    assert info.value.message.startswith('Cannot convert value "a" to type "System.Int32".')


def test_adding_an_array_to_a_number_fails():
    with pytest.raises(PSOperatorError) as info:
        arith.add(1, [1, 2])
    assert info.value.error_id == "MethodNotFound"


def test_int32_overflow_becomes_double():
    result = arith.add(2147483647, 1)
    assert result == 2147483648 and isinstance(result, float)



def test_division():
    assert arith.divide(10, 4) == 2.5
    exact = arith.divide(10, 2)
    assert exact == 5 and isinstance(exact, int)


def test_division_by_zero():
    with pytest.raises(PSOperatorError) as info:
        arith.divide(1, 0)
    assert info.value.message == "Attempted to divide by zero."


def test_remainder_takes_the_sign_of_the_dividend():
    assert arith.modulo(-7, 3) == -1
    assert arith.modulo(7, -3) == 1


def test_multiplication_repeats_strings_and_arrays():
    assert arith.multiply("ab", 3) == "ababab"
    assert arith.multiply([1, 2], 2) == [1, 2, 1, 2]
    assert arith.multiply("ab", 0) == ""
