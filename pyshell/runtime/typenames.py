"""The .NET type names that PowerShell reports for pyshell's values."""
from __future__ import annotations

from pyshell.runtime.stdvalues import is_date_or_span, is_datetime, is_decimal, is_timespan
from pyshell.runtime.values import GROWABLE_LISTS, PSEnum, PSHashtable, PSObject, SwitchParameter, TypedArray

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

INT32_MIN, INT32_MAX = -(2 ** 31), 2 ** 31 - 1
INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1


class Int64(int):
    """An integer that is a System.Int64 even when its value would fit an Int32 (`2L`, `[long]2`)."""

    ps_type_name = "System.Int64"
    ps_type_code = 11
    __slots__ = ()


# The other .NET integer types: an int that carries its type, as Int64 above. Arithmetic on one
# gives a plain int, which runtime/numerics.py types again by PowerShell's rules. `ps_type_code` is
# .NET's TypeCode, the order in which PowerShell's binder widens the operands of an operator.
class Byte(int):
    ps_type_name = "System.Byte"
    ps_type_code = 6
    __slots__ = ()


class SByte(int):
    ps_type_name = "System.SByte"
    ps_type_code = 5
    __slots__ = ()


class Int16(int):
    ps_type_name = "System.Int16"
    ps_type_code = 7
    __slots__ = ()


class UInt16(int):
    ps_type_name = "System.UInt16"
    ps_type_code = 8
    __slots__ = ()


class UInt32(int):
    ps_type_name = "System.UInt32"
    ps_type_code = 10
    __slots__ = ()


class UInt64(int):
    ps_type_name = "System.UInt64"
    ps_type_code = 12
    __slots__ = ()


class Single(float):
    """A System.Single: a float holding a value a 32-bit float can hold (runtime/numerics.py rounds
    it there). Arithmetic on it gives a plain float, a Double, as in PowerShell."""

    ps_type_name = "System.Single"
    ps_type_code = 13
    __slots__ = ()


def type_name_of(value: Any) -> str:
    """The full .NET type name PowerShell would report for `value` (GetType().FullName)."""
    if value is None:
        return ""
    if isinstance(value, PSObject):
        return value.type_names[0] if value.type_names else "System.Object"
    if isinstance(value, bool):
        return "System.Boolean"
    if isinstance(value, int):
        if type(value) is not int:
            return getattr(type(value), "ps_type_name", "System.Int32")
        if INT32_MIN <= value <= INT32_MAX:
            return "System.Int32"
        if INT64_MIN <= value <= INT64_MAX:
            return "System.Int64"
        return "System.Numerics.BigInteger"
    if isinstance(value, float):
        return "System.Double" if type(value) is float else getattr(type(value), "ps_type_name", "System.Double")
    if isinstance(value, str):
        return getattr(type(value), "ps_type_name", "System.String")
    if isinstance(value, (list, tuple)):
        if isinstance(value, TypedArray):
            return value.element_name + "[]"
        return value.ps_type_name if isinstance(value, GROWABLE_LISTS) else "System.Object[]"
    if isinstance(value, PSHashtable):
        return value.ps_type_name
    if isinstance(value, PSEnum):
        return type(value).ps_type_name()
    if is_decimal(value):
        return "System.Decimal"
    if is_datetime(value):
        return "System.DateTime"
    if is_timespan(value):
        return "System.TimeSpan"
    name = getattr(type(value), "ps_type_name", None)
    if isinstance(name, str):
        return name
    return "System.Object"


def type_names_of(value: Any) -> list[str]:
    """The PSTypeNames list: the type and its bases, most derived first."""
    if isinstance(value, PSObject):
        return list(value.type_names)
    own = getattr(value, "ps_type_names", None)     # a value read back by Import-Clixml keeps its names
    if own is not None:
        return list(own)
    first = type_name_of(value)
    if not first:
        return []
    if isinstance(value, GROWABLE_LISTS):
        return [first, "System.Object"]
    if isinstance(value, (list, tuple)):
        return [first, "System.Array", "System.Object"]
    if isinstance(value, PSEnum):
        return [first, "System.Enum", "System.ValueType", "System.Object"]
    if isinstance(value, (bool, int, float, SwitchParameter)) or is_decimal(value) or is_date_or_span(value) \
            or getattr(type(value), "ps_value_type", False):
        return [first, "System.ValueType", "System.Object"]
    if first == "System.Object":
        return [first]
    return [first, "System.Object"]
