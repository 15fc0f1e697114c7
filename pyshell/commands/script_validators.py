"""The validation attributes a function's (or script's, or variable's) declaration can carry
beyond ValidateSet, ValidateRange and the null checks: ValidatePattern, ValidateLength,
ValidateScript and ValidateCount, with the messages of PowerShell's Metadata resources.

Each factory takes the attribute's evaluated positional arguments and returns a check: the
converted argument in, None when it is acceptable, else the reason (the binder puts "Cannot
validate argument on parameter 'X'." in front). ValidatePattern, ValidateLength and ValidateScript
look at each element of an array argument, as PowerShell's ValidateEnumeratedArgumentsAttribute
does; ValidateCount at the array itself.

A ValidateScript check runs PowerShell code, so it needs the session: it is marked
`wants_context` and called as check(value, ctx)."""
from __future__ import annotations

from pyshell.runtime.conversion import to_bool, to_string

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

_NULL_COLLECTION = ("The argument is null, empty, or an element of the argument collection contains a null "
                    "value. Supply a collection that does not contain any null values and then try the command "
                    "again.")
_NULL = "The argument is null. Provide a valid value for the argument, and then try running the command again."


def _elements(value: Any) -> list | None:
    """The elements an enumerated validator checks; None for a null argument."""
    from pyshell.runtime.values import AUTOMATION_NULL
    if value is None or value is AUTOMATION_NULL:
        return None
    return list(value) if isinstance(value, (list, tuple)) else [value]


class AttributeArgumentError(Exception):
    """The attribute's own arguments are unusable (a ValidateLength whose maximum is below its
    minimum): the ValidationMetadataException its constructor throws in PowerShell."""

    def __init__(self, message: str, error_id: str):
        super().__init__(message)
        self.message, self.error_id = message, error_id


def validate_pattern(values: list[Any]) -> Callable[[Any], str | None]:
    from pyshell.runtime.operators import compile_regex
    pattern = to_string(values[0]) if values else ""
    if not pattern:
        raise AttributeArgumentError("Cannot process argument because the value of argument \"regexPattern\" is "
                                     "not valid. Change the value of the \"regexPattern\" argument and run the "
                                     "operation again.", "ArgumentException")

    def check(value: Any) -> str | None:
        items = _elements(value)
        if items is None:
            return _NULL_COLLECTION
        try:
            regex = compile_regex(pattern)          # as PowerShell, only when an argument is checked
        except Exception as exc:                    # noqa: BLE001 - the pattern's own error is the reason
            return str(exc)
        for item in items:
            if item is None:
                return _NULL
            text = to_string(item)
            if regex.search(text) is None:
                return (f'The argument "{text}" does not match the "{pattern}" pattern. Supply an argument that '
                        f'matches "{pattern}" and try the command again.')
        return None
    return check


def validate_length(values: list[Any]) -> Callable[[Any], str | None]:
    try:
        minimum, maximum = int(values[0]), int(values[1])
    except (IndexError, TypeError, ValueError):
        raise AttributeArgumentError("The ValidateLength attribute takes two numbers: the minimum and the "
                                     "maximum length.", "ArgumentException") from None
    if minimum < 0 or maximum <= 0:
        raise AttributeArgumentError("Specified argument was out of the range of valid values.",
                                     "ArgumentOutOfRangeException")
    if maximum < minimum:
        raise AttributeArgumentError("The specified maximum character length of the argument is shorter than the "
                                     "specified minimum argument character length. Update the ValidateLength "
                                     "attribute for the parameter.", "ValidateLengthMaxLengthSmallerThanMinLength")

    def check(value: Any) -> str | None:
        items = _elements(value)
        if items is None:
            return _NULL_COLLECTION
        for item in items:
            if not isinstance(item, str):
                return ("The ValidateLength attribute cannot be applied to a parameter that is not a string or "
                        "string[] parameter. Make the parameter a string or string[] parameter.")
            if len(item) < minimum:
                return (f"The character length ({len(item)}) of the argument is too short. Specify an argument "
                        f'with a length that is greater than or equal to "{minimum}", and then try the command '
                        "again.")
            if len(item) > maximum:
                return (f"The character length of the {len(item)} argument is too long. Shorten the character "
                        f'length of the argument so it is fewer than or equal to "{maximum}" characters, and then '
                        "try the command again.")
        return None
    return check


def validate_count(values: list[Any]) -> Callable[[Any], str | None]:
    from pyshell.commands.validators import validate_count as counting
    try:
        minimum, maximum = int(values[0]), int(values[1])
    except (IndexError, TypeError, ValueError):
        raise AttributeArgumentError("The ValidateCount attribute takes two numbers: the minimum and the "
                                     "maximum count.", "ArgumentException") from None
    if maximum < minimum:
        raise AttributeArgumentError("The specified maximum number of arguments for a parameter is fewer than the "
                                     "specified minimum number of arguments. Update the ValidateCount attribute "
                                     "for the parameter.", "ValidateCountMaxLengthSmallerThanMinLength")
    return counting(minimum, maximum)


def validate_script(values: list[Any]) -> Callable[..., str | None]:
    from pyshell.runtime.scriptblock import ScriptBlock
    block = values[0] if values else None
    if not isinstance(block, ScriptBlock):
        raise AttributeArgumentError("The ValidateScript attribute takes a script block.", "ArgumentException")

    def check(value: Any, ctx: Any = None) -> str | None:
        from pyshell.errors import PSError
        items = _elements(value)
        if items is None:
            return _NULL_COLLECTION
        for item in items:
            if item is None:
                return _NULL
            try:
                out = block.collect(ctx, dollar_under=item)
            except PSError as exc:
                # The script's own error (a `throw "..."`) is the reason, as PowerShell reports it.
                return exc.record.message
            result = out[0] if len(out) == 1 else (out or None)
            if not to_bool(result):
                return (f'The "{block.ps_to_string()}" validation script for the argument with value '
                        f'"{to_string(item)}" did not return a result of True. Determine why the validation '
                        "script failed, and then try the command again.")
        return None
    check.wants_context = True      # type: ignore[attr-defined]
    return check


FACTORIES = {"validatepattern": validate_pattern, "validatelength": validate_length,
             "validatecount": validate_count, "validatescript": validate_script}
