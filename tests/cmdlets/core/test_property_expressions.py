"""The shared pieces of the object cmdlets: property arguments, their errors, and the ordering
Sort-Object, Group-Object and Compare-Object use."""
from __future__ import annotations

import pytest

from cmdlets.core.property_expressions import (MISSING_VALUE, compare_keys, compare_values, culture_compare,
                                               property_names, read_property, resolve_names)
from pyshell.runtime.values import PSHashtable, PSObject


def test_culture_order_puts_symbols_then_digits_then_letters():
    words = ["b", "_x", "10", "A", "a", "2"]
    import functools
    assert sorted(words, key=functools.cmp_to_key(culture_compare)) == ["_x", "10", "2", "A", "a", "b"]


def test_culture_order_ignores_case_unless_asked():
    assert culture_compare("abc", "ABC") == 0
    assert culture_compare("abc", "ABC", case_sensitive=True) < 0
    assert culture_compare("b", "A", case_sensitive=True) > 0


def test_hyphens_weigh_little():
    assert culture_compare("co-op", "coop") != 0
    assert culture_compare("co-op", "cooq") < 0


@pytest.mark.parametrize("a,b,expected", [
    (1, 2, -1), (2, "10", -1), ("2", 10, 1), (None, 0, -1), (0, None, 1), (None, None, 0),
    (1.5, 1, 1), (True, False, 1), ("abc", "ABD", -1),
])
def test_compare_values(a, b, expected):
    result = compare_values(a, b)
    assert (result > 0) - (result < 0) == expected


def test_objects_without_an_order_compare_by_their_text():
    one = PSObject([("Name", "x")], type_names=["T"], string_form="beta")
    two = PSObject([("Name", "y")], type_names=["T"], string_form="Alpha")
    assert compare_values(one, two) > 0


def test_missing_values_sort_last_in_both_directions():
    assert compare_keys([MISSING_VALUE], [5], [True], False) > 0
    assert compare_keys([MISSING_VALUE], [5], [False], False) > 0
    assert compare_keys([MISSING_VALUE], [MISSING_VALUE], [True], False) == 0


def test_properties_of_plain_values():
    assert property_names("abc") == ["Length"]
    assert read_property("abc", "LENGTH") == (True, 3, "Length")
    assert read_property(PSHashtable([("a", 1)]), "a")[0] is False    # keys are not properties


def test_resolve_names_with_and_without_wildcards():
    obj = PSObject([("Name", 1), ("Size", 2), ("Note", 3)])
    assert resolve_names(obj, "n*") == ["Name", "Note"]
    assert resolve_names(obj, "SIZE") == ["Size"]
    assert resolve_names(obj, "Weight") == []
