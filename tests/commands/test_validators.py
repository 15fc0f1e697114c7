"""The shared ValidateRange / ValidateNotNullOrEmpty checks, alone and through a cmdlet's binding."""
from __future__ import annotations

from pyshell.commands.validators import validate_not_null_or_empty, validate_range
from pyshell.shell import Shell


def test_range_accepts_values_inside_and_names_the_broken_limit():
    check = validate_range(0, 10)
    assert check(0) is None and check(10) is None and check(None) is None
    assert check(-1).startswith("The -1 argument is less than the minimum allowed range of 0.")
    assert check(11).startswith("The 11 argument is greater than the maximum allowed range of 10.")


def test_range_checks_each_element_of_an_array():
    assert validate_range(0)([1, 2, -3]).startswith("The -3 argument is less than")


def test_not_null_or_empty():
    assert validate_not_null_or_empty("x") is None and validate_not_null_or_empty(["a"]) is None
    assert validate_not_null_or_empty(None).startswith("The argument is null or empty.")
    assert validate_not_null_or_empty("").startswith("The argument is null or empty.")
    assert validate_not_null_or_empty([]).startswith("The argument is null, empty, or an element")
    assert validate_not_null_or_empty(["a", None]).startswith("The argument is null, empty, or an element")


def test_a_cmdlet_reports_the_failure_as_a_validation_error():
    shell = Shell(store=":memory:")
    try:
        result = shell.run("1 | Measure-Object -Property ''")
    finally:
        shell.close()
    assert "Cannot validate argument on parameter 'Property'. The argument is null or empty." in result.errors
    assert "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.MeasureObjectCommand" in result.errors
