"""signatures.py: declarations read as overloads, and the argument PowerShell's binder would have
refused before calling the method."""
from __future__ import annotations

import datetime

import pytest

from pyshell.runtime import declarations
from pyshell.runtime.signatures import (ArgumentFailure, NoOverload, Parameter, argument_failure, declaration_of,
                                        parse_overloads)
from pyshell.runtime.types import resolve_type
from pyshell.runtime.values import PSHashtable


def test_a_declaration_reads_as_its_overloads():
    overloads = parse_overloads("static double Round(double a), static double Round(double value, int digits)")
    assert [o.name for o in overloads] == ["Round", "Round"]
    assert overloads[1].parameters == (Parameter("double", "value"), Parameter("int", "digits"))


def test_commas_inside_a_generic_type_do_not_split_an_overload():
    (overload,) = parse_overloads("void Add(System.Collections.Generic.Dictionary[string,int] map, int n)")
    assert [p.name for p in overload.parameters] == ["map", "n"]


def test_params_takes_any_number_of_arguments_from_one_before_it():
    (overload,) = parse_overloads("static string Format(string format, Params System.Object[] args)")
    assert overload.parameters[-1].params
    assert [overload.takes(n) for n in (0, 1, 2, 5)] == [False, True, True, True]


def test_text_that_is_not_a_declaration_gives_no_overloads():
    assert parse_overloads("int Count {get;}") == ()
    assert parse_overloads("") == ()


def test_the_first_argument_that_does_not_convert_is_named():
    failure = argument_failure("string Substring(int startIndex), string Substring(int startIndex, int length)",
                               [1, "q"])
    assert (failure.parameter, failure.value, failure.type_name) == ("length", "q", "System.Int32")
    assert failure.message("Substring") == (
        'Cannot convert argument "length", with value: "q", for "Substring" to type "System.Int32": '
        '"Cannot convert value "q" to type "System.Int32". Error: "Input string was not in a correct format.""')


def test_arguments_that_convert_leave_the_failure_to_the_method():
    assert argument_failure("string Substring(int startIndex)", ["2"]) is None


def test_an_overload_that_takes_the_arguments_means_no_conversion_failure():
    assert argument_failure("void F(int n), void F(string s)", ["x"]) is None


def test_the_better_fitting_overload_is_the_one_reported():
    # (string, int) fits ("x", "y") better than (int, int): text to text is an identity
    failure = argument_failure("T new(string value, int capacity), T new(int capacity, int maxCapacity)", ["x", "y"])
    assert (failure.parameter, failure.value) == ("capacity", "y")


def test_a_parameter_type_pyshell_cannot_name_is_not_judged():
    assert argument_failure("void F(System.Collections.IEnumerable[Widget] items)", ["x"]) is None


def test_an_array_fits_no_number_parameter_so_no_overload_is_found():
    failure = argument_failure("void F(int n), void F(int n, int m)", [[1, 2]])
    assert isinstance(failure, NoOverload) and failure.error_id == "MethodCountCouldNotFindBest"
    assert failure.message("F") == 'Cannot find an overload for "F" and the argument count: "1".'


def test_a_lone_method_converts_whatever_it_is_given():
    failure = argument_failure("static double Sqrt(double d)", [[1, 2]])
    assert isinstance(failure, ArgumentFailure) and failure.parameter == "d"
    assert failure.message("Sqrt") == (
        'Cannot convert argument "d", with value: "System.Object[]", for "Sqrt" to type "System.Double": '
        '"Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Double"."')


def test_an_array_still_fits_an_object_or_a_boolean_parameter():
    assert argument_failure("void F(int n), void F(System.Object o)", [[1, 2]]) is None
    assert argument_failure("void F(int n), void F(bool b)", [[1, 2]]) is None


def test_through_the_adapter_the_argument_is_named_by_its_position():
    failure = argument_failure("string Substring(int startIndex, int length)", [1, "q"])
    assert failure.message("Substring", by_position=True).startswith('Cannot convert argument "1", with value: "q"')


def test_no_declaration_no_answer():
    assert argument_failure(None, ["x"]) is None


def test_every_declaration_reads_as_at_least_one_overload():
    tables = [entry[1] for entry in declarations.STRING_METHOD_DEFINITIONS.values()]
    tables += [entry[2] for members in declarations.STATIC_DEFINITIONS.values() for entry in members.values()
               if entry[1] == "Method"]
    tables += list(declarations.CONSTRUCTOR_DEFINITIONS.values())
    tables += [entry[1] for entry in declarations.DATE_METHOD_DEFINITIONS.values()]
    tables += [entry[1] for entry in declarations.SPAN_METHOD_DEFINITIONS.values()]
    for definition in tables:
        assert parse_overloads(definition), definition


def test_every_parameter_type_of_the_declarations_resolves():
    definitions = [entry[1] for entry in declarations.STRING_METHOD_DEFINITIONS.values()]
    definitions += list(declarations.CONSTRUCTOR_DEFINITIONS.values())
    definitions += [entry[1] for entry in declarations.DATE_METHOD_DEFINITIONS.values()]
    unknown = {p.type_text for d in definitions for o in parse_overloads(d) for p in o.parameters
               if resolve_type(p.type_text) is None}
    assert unknown <= {"System.Collections.ICollection", "System.IFormatProvider"}


def test_every_date_and_span_method_is_declared_and_every_declaration_is_a_method():
    from pyshell.runtime.datetimes import _date_methods, _span_methods
    assert set(_date_methods(datetime.datetime(2020, 1, 1))) == set(declarations.DATE_METHOD_DEFINITIONS)
    assert set(_span_methods(datetime.timedelta(1))) == set(declarations.SPAN_METHOD_DEFINITIONS)


@pytest.mark.parametrize("obj, name, static, expected", [
    ("abc", "Substring", False, "string Substring(int startIndex), string Substring(int startIndex, int length)"),
    (resolve_type("math"), "ROUND", True, "static double Round(double a), static double Round(double value, int digits)"),
    (resolve_type("datetime"), "new", True, declarations.CONSTRUCTOR_DEFINITIONS["System.DateTime"]),
    (datetime.datetime(2020, 1, 1), "AddDays", False, "datetime AddDays(double value)"),
    (PSHashtable(), "ContainsKey", False, "bool ContainsKey(System.Object key)"),
    ("abc", "NoSuchMethod", False, None),
    (5, "Substring", False, None),
])
def test_the_declaration_a_call_reaches(obj, name, static, expected):
    assert declaration_of(obj, name, static) == expected


def test_the_rendered_error_blames_the_call(run_once):
    r = run_once('$x = 1\n"abc".Substring("x")')
    assert r.errors.startswith('Cannot convert argument "startIndex", with value: "x", for "Substring" to type '
                               '"System.Int32"')
    assert "At line:2 char:1" in r.errors
    assert "CategoryInfo          : NotSpecified: (:) [], MethodException" in r.errors
    assert "FullyQualifiedErrorId : MethodArgumentConversionInvalidCastArgument" in r.errors
