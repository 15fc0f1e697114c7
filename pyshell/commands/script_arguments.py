"""The checks PowerShell makes on the arguments of functions and scripts beyond converting them
to the parameter's type (ParameterBinderBase and ArgumentTypeConverterAttribute): mandatory
parameters refuse null and empty values, Boolean parameters take only Booleans and numbers, an
advanced function's [bool[]] checks each element and its [string] refuses an array. Also what a
pipeline object offers to binding by property name. The binder (binder.py) turns a problem found
here into its ParameterBindingException."""
from __future__ import annotations

from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import AUTOMATION_NULL, PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any
    from pyshell.commands.parameters import Parameter


def bool_like(value: Any) -> bool:
    """What a Boolean parameter takes: a Boolean, a switch or a number."""
    from pyshell.runtime.stdvalues import is_decimal
    return isinstance(value, (bool, int, float, SwitchParameter)) or is_decimal(value)


def bool_problem(param: Parameter, value: Any) -> str:
    from pyshell.runtime.typenames import type_name_of
    return (f"Cannot process argument transformation on parameter '{param.name}'. Cannot convert value "
            f'"{type_name_of(value)}" to type "System.Boolean". Boolean parameters accept only Boolean values and '
            "numbers, such as $True, $False, 1 or 0.")


def conversion_problem(param: Parameter, value: Any, advanced: bool) -> str | None:
    """Why a function's parameter cannot take `value` before it is even converted; None if it can.
    (The advanced checks are PowerShell's; a simple function stays as lenient as version 1.)"""
    target = param.type
    if target is bool:
        return bool_problem(param, value) if value is not None and not bool_like(value) else None
    if getattr(target, "ps_type_name", "") == "System.Management.Automation.PSReference":
        from pyshell.runtime.psreference import PSReference
        if not isinstance(value, PSReference):      # [ref] checks its argument; it converts nothing
            return (f"Cannot process argument transformation on parameter '{param.name}'. Reference type is "
                    "expected in argument.")
    if not advanced:
        return None
    if isinstance(target, ListOf) and target.item is bool:
        for item in value if isinstance(value, (list, tuple)) else (value,):
            if item is not None and not bool_like(item):
                return bool_problem(param, item)
    elif target is str and isinstance(value, (list, tuple)):
        return (f"Cannot process argument transformation on parameter '{param.name}'. Cannot convert value to "
                "type System.String.")
    return None


def null_or_empty_problem(param: Parameter, value: Any) -> tuple[str, str] | None:
    """(message, error id) when a mandatory parameter is given null, an empty string or an empty
    array that its [AllowNull()], [AllowEmptyString()] or [AllowEmptyCollection()] does not allow."""
    target = param.type
    items = [value]
    if isinstance(target, ListOf) and isinstance(value, (list, tuple)):
        if not value and not param.allow_empty_collection:
            return _not_allowed(param, "an empty array", "EmptyArray")
        target, items = target.item, value
    for item in items:
        if item is None or item is AUTOMATION_NULL:
            if not param.allow_null:
                return _not_allowed(param, "null", "Null")
        elif target is str and item == "" and not param.allow_empty_string:
            return _not_allowed(param, "an empty string", "EmptyString")
    return None


def _not_allowed(param: Parameter, what: str, kind: str) -> tuple[str, str]:
    return (f"Cannot bind argument to parameter '{param.name}' because it is {what}.",
            f"ParameterArgumentValidationError{kind}NotAllowed")


NO_PROPERTY = object()


def input_property(obj: Any, name: str) -> Any:
    """The property `name` of a pipeline object, for binding by property name; NO_PROPERTY when
    it has none (a string's Length counts: `'abc' | f` binds 3 to f's -Length)."""
    if isinstance(obj, PSObject):
        return obj.get(name) if obj.has(name) else NO_PROPERTY
    if isinstance(obj, str):
        return len(obj) if name.lower() == "length" else NO_PROPERTY
    from pyshell.runtime.stdvalues import is_date_or_span
    if is_date_or_span(obj):
        from pyshell.runtime.datetimes import get_member
        found = get_member(obj, name.lower())
        return NO_PROPERTY if found is None else found
    return NO_PROPERTY
