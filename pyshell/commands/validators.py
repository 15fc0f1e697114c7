"""Validators for Parameter(validators=...): the checks PowerShell's ValidateRange and
ValidateNotNullOrEmpty attributes make, with their messages. Each validator takes the converted
argument and answers None when it is acceptable, else the reason; the binder puts
"Cannot validate argument on parameter 'X'." in front and reports ParameterArgumentValidationError."""
from __future__ import annotations

from pyshell.runtime.conversion import to_string

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    Validator = Callable[[Any], "str | None"]



class PositionalRefusal(str):
    """A validator's reason that positional binding passes over: the value goes on to the next
    parameter at that position instead of failing the command (PowerShell's validation errors
    made with swallowException, as Add-Member's -NotePropertyName makes for a member type's name)."""


def validate_range(minimum: Any = None, maximum: Any = None) -> Validator:
    """ValidateRange(minimum, maximum): the argument, or each element of an array argument, lies in
    the range (None leaves that end open)."""

    def check(value: Any) -> str | None:
        for item in (value if isinstance(value, (list, tuple)) else [value]):
            if item is None:
                continue
            if minimum is not None and item < minimum:
                return (f"The {to_string(item)} argument is less than the minimum allowed range of "
                        f"{to_string(minimum)}. Supply an argument that is greater than or equal to "
                        f"{to_string(minimum)} and then try the command again.")
            if maximum is not None and item > maximum:
                return (f"The {to_string(item)} argument is greater than the maximum allowed range of "
                        f"{to_string(maximum)}. Supply an argument that is less than or equal to "
                        f"{to_string(maximum)} and then try the command again.")
        return None
    return check


_EMPTY = ("The argument is null or empty. Provide an argument that is not null or empty, and then try the "
          "command again.")
_EMPTY_COLLECTION = ("The argument is null, empty, or an element of the argument collection contains a null "
                     "value. Supply a collection that does not contain any null values and then try the command "
                     "again.")


def validate_not_null_or_empty(value: Any) -> str | None:
    """ValidateNotNullOrEmpty: not $null, not "", and not an array that is empty or holds $null or ""."""
    if value is None or value == "":
        return _EMPTY
    if isinstance(value, (list, tuple)):
        if not value:
            return _EMPTY_COLLECTION
        for item in value:
            if item is None:
                return _EMPTY_COLLECTION
            if item == "":
                return _EMPTY
    return None


def validate_count(minimum: int, maximum: int) -> Validator:
    """ValidateCount(minimum, maximum): an array argument holds that many elements (a single value
    counts as one)."""

    def check(value: Any) -> str | None:
        count = len(value) if isinstance(value, (list, tuple)) else (0 if value is None else 1)
        if count < minimum:
            return (f"The number of provided arguments ({count}) is fewer than the minimum number of allowed "
                    f"arguments ({minimum}). Provide more than {minimum} arguments, and then try the command again.")
        if count > maximum:
            return (f"The number of provided arguments, ({count}), exceeds the maximum number of allowed "
                    f"arguments ({maximum}). Provide fewer than {maximum} arguments, and then try the command again.")
        return None
    return check
