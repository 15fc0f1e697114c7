"""The one set of coercion rules: text of values, truth, numbers, enums, casts, and the messages
PowerShell gives when a conversion fails."""
from __future__ import annotations

import math

import pytest

from pyshell.runtime.conversion import (ListOf, PSConversionError, convert_to, format_double, parse_number_text,
                                        to_bool, to_enum, to_float, to_int, to_number, to_string,
                                        type_display_name)
from pyshell.runtime.values import (AUTOMATION_NULL, SWITCH_ABSENT, SWITCH_PRESENT, PSHashtable, PSObject,
                                    SwitchParameter, enum_type)

Color = enum_type("Contoso.Color", ["Red", "Green", "Blue"])


# -- text ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, text", [
    (0.1 + 0.2, "0.3"), (1 / 3, "0.333333333333333"), (2 / 3, "0.666666666666667"), (2.5, "2.5"),
    (10.0, "10"), (-0.5, "-0.5"), (1e20, "1E+20"), (1.5e-7, "1.5E-07"), (123456789012345678.0, "1.23456789012346E+17"),
    (math.nan, "NaN"), (math.inf, "Infinity"), (-math.inf, "-Infinity"),
])
def test_format_double(value, text):
    assert format_double(value) == text


@pytest.mark.parametrize("value, text", [
    (None, ""), (AUTOMATION_NULL, ""), ("s", "s"), (True, "True"), (False, "False"), (42, "42"), (2.5, "2.5"),
    ([1, 2, 3], "1 2 3"), ([1, [2, 3]], "1 2 3"), ([], ""), (Color.Green, "Green"),
])
def test_to_string(value, text):
    assert to_string(value) == text


def test_to_string_with_a_separator():
    assert to_string([1, 2, 3], "-") == "1-2-3"


def test_hashtable_text_is_its_type_name():
    assert to_string(PSHashtable([("a", 1)])) == "System.Collections.Hashtable"


def test_custom_object_text():
    assert to_string(PSObject([("a", 1), ("b", "x")])) == "@{a=1; b=x}"


def test_object_with_its_own_string_form():
    assert to_string(PSObject({"a": 1}, type_names=["Contoso.Thing"], string_form="thing-1")) == "thing-1"


# -- truth ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, truth", [
    (None, False), (AUTOMATION_NULL, False), ("", False), ("False", True), ("0", True), (0, False), (1, True),
    (0.0, False), (-1, True), ([], False), ([0], False), ([""], False), ([1], True), ([0, 0], True),
    ([[]], True), (Color.Red, False), (Color.Blue, True), (PSObject(), True), (PSHashtable(), True),
])
def test_to_bool(value, truth):
    assert to_bool(value) is truth


# -- numbers -------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, number", [
    ("42", 42), (" 42 ", 42), ("-7", -7), ("0x10", 16), ("1.5", 1.5), ("", 0), ("1e3", 1000.0),
    (True, 1), (False, 0), (None, 0), (3, 3), (2.5, 2.5), (Color.Blue, 2),
])
def test_to_number(value, number):
    result = to_number(value)
    assert result == number and type(result) is type(number)


def test_to_number_of_text_that_is_not_a_number():
    with pytest.raises(PSConversionError) as info:
        to_number("abc")
    assert info.value.message == ('Cannot convert value "abc" to type "System.Int32". '
                                  'Error: "Input string was not in a correct format."')


@pytest.mark.parametrize("text, number", [("12", 12), ("  12  ", 12), ("-0x10", -16), ("0X1f", 31), ("2.5", 2.5)])
def test_parse_number_text(text, number):
    assert parse_number_text(text) == number


def test_parse_number_text_rejects_words():
    assert parse_number_text("twelve") is None


@pytest.mark.parametrize("value, number", [
    (2.5, 2), (3.5, 4), (-2.5, -2), (3.7, 4), ("2.5", 2), ("42", 42), (True, 1), (None, 0), (Color.Green, 1),
])
def test_to_int_rounds_half_to_even(value, number):
    assert to_int(value) == number


def test_to_int_out_of_range():
    with pytest.raises(PSConversionError) as info:
        to_int(2 ** 31)
    assert "Value was either too large or too small for an Int32." in info.value.message


def test_to_int_of_nan():
    with pytest.raises(PSConversionError):
        to_int(math.nan)


def test_to_float():
    assert to_float("1.5") == 1.5 and to_float(2) == 2.0 and to_float(None) == 0.0
    with pytest.raises(PSConversionError) as info:
        to_float("x")
    assert 'to type "System.Double"' in info.value.message


# -- enums ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, member", [
    ("Green", Color.Green), ("green", Color.Green), (" BLUE ", Color.Blue), (2, Color.Blue), ("0", Color.Red),
    (Color.Red, Color.Red),
])
def test_to_enum(value, member):
    assert to_enum(value, Color) is member


def test_to_enum_unknown_name_lists_the_names():
    with pytest.raises(PSConversionError) as info:
        to_enum("Purple", Color)
    assert info.value.message == (
        'Cannot convert value "Purple" to type "Contoso.Color". Error: "Unable to match the identifier name Purple '
        "to a valid enumerator name. Specify one of the following enumerator names and try again:\n"
        'Red, Green, Blue"')


def test_to_enum_unknown_number():
    with pytest.raises(PSConversionError):
        to_enum(7, Color)


# -- casts ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, target, result", [
    (1, str, "1"), ([1, 2], str, "1 2"), (None, str, ""), ("5", int, 5), (2.5, int, 2), ("2.5", float, 2.5),
    ("abc", bool, True), ("", bool, False), (0, bool, False), (None, list, []), (5, list, [5]),
    ((1, 2), list, [1, 2]), (5, ListOf(str), ["5"]), ([1, "2"], ListOf(int), [1, 2]), (None, ListOf(int), None),
    ("x", object, "x"), (AUTOMATION_NULL, object, None), ("red", Color, Color.Red),
    (1, SwitchParameter, SWITCH_PRESENT), (0, SwitchParameter, SWITCH_ABSENT),
])
def test_convert_to(value, target, result):
    assert convert_to(value, target) == result


def test_convert_to_keeps_a_hashtable():
    h = PSHashtable([("a", 1)])
    assert convert_to(h, PSHashtable) is h


def test_convert_text_to_hashtable_fails():
    with pytest.raises(PSConversionError) as info:
        convert_to("a", PSHashtable)
    assert info.value.message == 'Cannot convert value "a" to type "System.Collections.Hashtable".'


def test_convert_object_message_names_its_type():
    with pytest.raises(PSConversionError) as info:
        convert_to(PSHashtable(), int)
    assert info.value.message == ('Cannot convert the "System.Collections.Hashtable" value of type '
                                  '"System.Collections.Hashtable" to type "System.Int32".')


def test_convert_array_message_names_the_array_by_its_type_not_its_items():
    with pytest.raises(PSConversionError) as info:
        convert_to([1, 2], PSHashtable)
    assert info.value.message == ('Cannot convert the "System.Object[]" value of type "System.Object[]" to type '
                                  '"System.Collections.Hashtable".')


def test_convert_failure_in_a_list():
    with pytest.raises(PSConversionError):
        convert_to(["1", "x"], ListOf(int))


@pytest.mark.parametrize("target, name", [
    (str, "System.String"), (int, "System.Int32"), (float, "System.Double"), (bool, "System.Boolean"),
    (object, "System.Object"), (ListOf(str), "System.String[]"), (Color, "Contoso.Color"),
    (PSHashtable, "System.Collections.Hashtable"), (SwitchParameter, "System.Management.Automation.SwitchParameter"),
])
def test_type_display_name(target, name):
    assert type_display_name(target) == name
