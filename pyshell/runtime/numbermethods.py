"""The methods scripts call on numbers beyond Equals and GetType: ToString with a format and/or a
format provider ($size.ToString("N2"), (7).ToString("000")), and CompareTo. The provider is taken
and not used: the session's culture is en-US, whose formats the invariant culture shares for these."""
from __future__ import annotations

from decimal import Decimal

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_NOT_FOUND = object()


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def call(value: Any, key: str, args: list[Any]) -> Any:
    """The method `key` (lower case) of a number, or _NOT_FOUND."""
    if key == "tostring" and 1 <= len(args) <= 2:
        spec = args[0]
        if len(args) == 1 and not isinstance(spec, str) and spec is not None:
            spec = None                     # ToString(IFormatProvider)
        return to_text(value, spec)
    if key == "compareto" and len(args) == 1:
        from pyshell.runtime.operators import ps_compare
        other = args[0]
        if other is None:
            return 1
        if not is_number(other):
            raise ValueError(f"Object must be of type {_type_name(value)}.")
        return ps_compare(value, other)
    return _NOT_FOUND


def to_text(value: Any, spec: Any) -> str:
    """ToString(format): .NET's standard and custom numeric formats; an unknown one-letter format is
    .NET's FormatException."""
    from pyshell.runtime.conversion import to_string
    from pyshell.runtime.formatop import FormatFailure, format_value
    from pyshell.runtime.operators import PSOperatorError
    text = "" if spec is None else to_string(spec)
    if not text:
        return to_string(value)
    if text[0].isalpha() and (len(text) == 1 or text[1:].isdigit()) and text[0].upper() not in "CDEFGNPRX":
        raise PSOperatorError("Format specifier was invalid.", inner="FormatException")
    try:
        return format_value(value, text)
    except FormatFailure as exc:
        raise PSOperatorError(exc.reason, inner="FormatException") from None


def method_definitions(value: Any) -> dict[str, tuple[str, str]]:
    """Get-Member's definitions of a number's methods, for its own type."""
    from pyshell.runtime.declarations import NUMBER_METHOD_DEFINITIONS
    from pyshell.runtime.typeinfo import display_name
    short = display_name(_type_name(value))
    return {key: (name, definition.replace("{t}", short))
            for key, (name, definition) in NUMBER_METHOD_DEFINITIONS.items()}


def _type_name(value: Any) -> str:
    from pyshell.runtime.typenames import type_name_of
    return type_name_of(value)
