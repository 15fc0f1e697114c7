"""PSListModifier semantics for the Lync list parameters."""
from __future__ import annotations

import pytest

from pyshell.runtime.conversion import PSConversionError, convert_to
from pyshell.runtime.values import PSHashtable

from cmdlets.lync.list_modifier import ListModifier, ListModifierType

PLAIN = ListModifierType()
TYPED = ListModifierType("Microsoft.Rtc.Management.Core.ConfigScope")


def modifier(value):
    return convert_to(value, PLAIN)


def apply(value, current):
    return modifier(value).apply(current)[0]


def table(**items):
    return PSHashtable(items.items())


def test_type_names():
    assert PLAIN.ps_type_name == "System.Management.Automation.PSListModifier"
    assert TYPED.ps_type_name == ("System.Management.Automation.PSListModifier`1"
                                  "[Microsoft.Rtc.Management.Core.ConfigScope]")


def test_add_appends_and_keeps_the_rest():
    assert apply(table(Add="c"), ["a", "b"]) == ["a", "b", "c"]
    assert apply(table(Add=["c", "d"]), ["a"]) == ["a", "c", "d"]


def test_add_does_not_duplicate_ignoring_case():
    assert apply(table(Add=["A", "x"]), ["a"]) == ["a", "x"]


def test_remove_takes_out_only_those_and_reports_the_missing():
    result, missing = modifier(table(Remove=["B", "zz"])).apply(["a", "b", "c"])
    assert result == ["a", "c"] and missing == ["zz"]


def test_remove_then_add():
    assert apply(PSHashtable([("add", "b"), ("REMOVE", "b")]), ["a", "b"]) == ["a", "b"]


def test_replace_wins_over_add_and_remove():
    assert apply(table(Replace="Global", Add="x", Remove="a"), ["a", "site:Redmond"]) == ["Global"]


def test_plain_value_or_list_replaces():
    assert apply("x", ["a", "b"]) == ["x"]
    assert apply(["x", "y"], ["a"]) == ["x", "y"]


def test_null_clears_and_empty_array_changes_nothing():
    assert modifier(None).clear and apply(None, ["a", "b"]) == []
    assert apply([], ["a", "b"]) == ["a", "b"]


def test_unknown_key_is_refused():
    with pytest.raises(PSConversionError) as info:
        modifier(table(Append="x"))
    assert "'Append' is not valid" in info.value.message
    with pytest.raises(PSConversionError):
        modifier(PSHashtable([(1, "x")]))


def test_items_are_converted_and_checked():
    def upper(v):
        if v == "bad":
            raise PSConversionError(v, "X", "no")
        return str(v).upper()
    kind = ListModifierType("X", upper)
    assert convert_to(PSHashtable([("Add", ["a", "b"])]), kind).add == ["A", "B"]
    with pytest.raises(PSConversionError):
        convert_to("bad", kind)


def test_describe_and_noop():
    assert ListModifier(add=["a"], remove=["b", "c"]).describe() == "Add=a; Remove=b, c"
    assert ListModifier(clear=True).describe() == "$null"
    assert ListModifier().is_noop and not ListModifier(clear=True).is_noop
