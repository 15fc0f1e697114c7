"""One set of coercion rules, shared by the operators, casts and the parameter binder."""
from __future__ import annotations

import re
from enum import Flag

from pyshell.runtime.stdvalues import is_date_or_span, is_decimal
from pyshell.runtime.typenames import INT32_MAX, INT32_MIN, type_name_of
from pyshell.runtime.values import (AUTOMATION_NULL, GROWABLE_LISTS, CaseSensitiveHashtable, HASHTABLE_CLASSES, PSEnum, PSHashtable,
                                    PSObject, SwitchParameter, TypedArray, is_hashtable)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


# NaN is the one value unequal to itself, and the infinities compare equal to these: the tests below
# need no `math` (whose import, a shared library, is a measurable part of start-up).
_INFINITIES = (float("inf"), float("-inf"))


class PSConversionError(Exception):
    """A value could not be converted; `reason` is the inner .NET-style message (may be empty).
    `error_id` is PowerShell's id for the failure when the raiser knows it (else the cast picks one);
    `with_value` words the message "Cannot convert value ..." whatever the value is, as PowerShell
    does when it wraps an inner failure."""

    def __init__(self, value: Any, type_name: str, reason: str = "", error_id: str = "", with_value: bool = False,
                 no_conversion: bool = False):
        self.value = value
        self.type_name = type_name
        self.reason = reason
        self.error_id = error_id
        self.with_value = with_value
        self.no_conversion = no_conversion      # no conversion exists: worded by the value's type, even for text
        super().__init__(self.message)

    @property
    def message(self) -> str:
        if not self.no_conversion and (self.with_value or self.value is None
                                       or isinstance(self.value, (str, int, float, bool, PSEnum))):
            text = f'Cannot convert value "{to_string(self.value)}" to type "{self.type_name}".'
        else:
            src = type_name_of(self.value)
            # An array shows as .NET's ToString() gives it: its type name, not its items.
            shown = src if isinstance(self.value, (list, tuple)) else to_string(self.value)
            text = f'Cannot convert the "{shown}" value of type "{src}" to type "{self.type_name}".'
        if self.reason:
            text += f' Error: "{self.reason}"'
        return text


# --- strings ---------------------------------------------------------------------------------

def format_double(value: float) -> str:
    """A Double as Windows PowerShell prints it (.NET's "G" format: 15 significant digits)."""
    if value != value:
        return "NaN"
    if value in _INFINITIES:
        return "Infinity" if value > 0 else "-Infinity"
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    text = "%.15G" % value
    if "E" in text:
        mantissa, exp = text.split("E")
        sign = exp[0]
        digits = exp[1:].lstrip("0").rjust(2, "0")
        text = f"{mantissa}E{sign}{digits}"
    return text


def to_string(value: Any, ofs: str = " ") -> str:
    """[string]$value: the text PowerShell makes of a value."""
    if value is None or value is AUTOMATION_NULL:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if type(value) is not float:            # a [float], System.Single: 7 digits
            from pyshell.runtime.numerics import format_single
            return format_single(value)
        return format_double(value)
    if isinstance(value, PSEnum):
        return str(value)       # its name ([Flags()] enums: the names it combines, see script_types.py)
    if isinstance(value, (list, tuple)):
        return ofs.join(to_string(v, ofs) for v in value)
    if isinstance(value, PSObject):
        return object_string(value)
    if isinstance(value, PSHashtable):      # .NET's ToString(): the type's name
        if type(value) in HASHTABLE_CLASSES:
            return value.ps_type_name
        from pyshell.runtime.typeinfo import type_text
        return type_text(value.ps_type_name)
    to_ps = getattr(value, "ps_to_string", None)
    if to_ps is not None:
        return to_ps()
    if is_date_or_span(value):
        from pyshell.runtime.datetimes import to_string as date_text
        return date_text(value)
    if is_decimal(value):
        return decimal_string(value)
    return str(value)


def decimal_string(value: Any) -> str:
    """Decimal.ToString(): every digit written out, never an exponent (0.0000001, not 1E-7)."""
    text = format(value, "f")
    return text[1:] if text.startswith("-") and not value else text


def object_string(obj: PSObject) -> str:
    """ToString() of a PSObject: its own string form, or `@{a=1; b=2}` for a custom object."""
    if obj.string_form is not None:
        return obj.string_form
    # a custom object, whatever names stand before PSCustomObject (Selected.X, a PSTypeName's)
    if "System.Management.Automation.PSCustomObject" in obj.type_names:
        items = list(obj.properties())
        if not items:
            return ""       # an empty [pscustomobject] has an empty string form
        return "@{" + "; ".join(f"{n}={to_string(v)}" for n, v in items) + "}"
    return obj.type_name


# --- truth -----------------------------------------------------------------------------------

def to_bool(value: Any) -> bool:
    """PowerShell's truthiness ([bool]$value)."""
    if value is None or value is AUTOMATION_NULL:
        return False
    if value is True or value is False:
        return value
    if isinstance(value, str):
        return len(value) > 0
    if isinstance(value, (int, float)):
        return value != 0
    if isinstance(value, (list, tuple)):
        n = len(value)
        if n == 0:
            return False
        if n > 1:
            return True
        inner = value[0]
        if isinstance(inner, (list, tuple)):
            return True
        return to_bool(inner)
    if isinstance(value, PSEnum):
        return value.value != 0
    if isinstance(value, SwitchParameter):
        return value.is_present
    return True


# --- numbers ---------------------------------------------------------------------------------

def _round_half_even(x: float) -> int:
    return int(round(x))


def scan_number(text: str) -> Any:
    """Text as PowerShell's Parser.ScanNumber reads it where arithmetic (or Get-Random) needs a
    number: a number literal as a script writes one ('1kb', '0x10', '12L'), blank text as 0; None
    when it is none."""
    s = text.strip()
    if not s:
        return 0
    from pyshell.language.scanners import number_literal
    return number_literal(s)


def parse_number_text(text: str) -> int | float | None:
    """A number from text as PowerShell reads it in a conversion; None when it is not one."""
    s = text.strip()
    if not s:
        return 0
    neg = False
    body = s
    if body[0] in "+-":
        neg = body[0] == "-"
        body = body[1:]
    try:
        if body[:2].lower() == "0x":
            n = int(body[2:], 16)
            return -n if neg else n
        n = int(body, 10)
        return -n if neg else n
    except ValueError:
        pass
    try:
        f = float(s)
    except ValueError:
        return None
    if f != f and s.lower() not in ("nan",):
        return None
    return f


# What a cast reads when the number above does not: .NET's Double.Parse with the invariant culture and
# NumberStyles.Float | AllowThousands, a separator only after the first digit and before the point.
# PowerShell's conversion of text to Double or Single is that parse, and to an integer type or
# Decimal it falls back on it ([int]"1,234" is 1234); arithmetic reads text without it.
_THOUSANDS = re.compile(r"\s*[+-]?[0-9][0-9,]*(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?\s*\Z")


def thousands_number(text: str) -> float | None:
    """The number in text written with thousands separators ("1,234.5"), or None."""
    if "," not in text:
        return None
    if not _THOUSANDS.match(text):
        return None
    n = float(text.replace(",", ""))
    return None if n in _INFINITIES else n


def to_number(value: Any) -> int | float:
    """Arithmetic conversion: a number, or PSConversionError."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)) or is_decimal(value):
        return value
    if value is None:
        return 0
    if isinstance(value, str):
        if _is_char(value):
            return ord(value)   # a [char] counts as its code: 1 + [char]"A" is 66
        n = scan_number(value)
        if n is None:
            n = parse_number_text(value)
        if n is None:
            raise PSConversionError(value, "System.Int32", "Input string was not in a correct format.")
        return n
    if isinstance(value, PSEnum):
        return value.value
    raise PSConversionError(value, "System.Int32")


def to_int(value: Any, type_name: str = "System.Int32", lo: int = INT32_MIN, hi: int = INT32_MAX) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        if _is_char(value):
            n = ord(value)      # a [char] is its code: [int][char]"A" is 65
        else:
            n = parse_number_text(value)
            if n is None:
                n = _integer_through_double(value, lo, hi)
        if n is None:
            raise PSConversionError(value, type_name, "Input string was not in a correct format.")
    elif isinstance(value, (int, float)):
        # a plain int: [int][long]5 is an Int32, [int] of an enum read back by Import-Clixml its number
        n = int(value) if isinstance(value, int) else value
    elif value is None:
        return 0
    elif isinstance(value, PSEnum):
        n = value.value
    elif is_decimal(value):
        n = _round_half_even_decimal(value)
    else:
        raise PSConversionError(value, type_name)
    if isinstance(n, float):
        if n != n or n in _INFINITIES:
            raise PSConversionError(value, type_name, overflow_message(type_name))
        n = _round_half_even(n)
    if not lo <= n <= hi:
        raise PSConversionError(value, type_name, overflow_message(type_name))
    return n


# How .NET's OverflowException names each integer type ("an Int32", but "a UInt32", "an unsigned byte").
_OVERFLOW_NAMES = {"Byte": "an unsigned byte", "SByte": "a signed byte", "UInt16": "a UInt16",
                   "UInt32": "a UInt32", "UInt64": "a UInt64"}


def overflow_message(type_name: str) -> str:
    short = type_name.rsplit(".", 1)[-1]
    return f"Value was either too large or too small for {_OVERFLOW_NAMES.get(short, 'an ' + short)}."


def _round_half_even_decimal(value: Any) -> int:
    """A Decimal to an integer as .NET's Convert.ToInt32 and the like: to the nearest, half to even."""
    import decimal
    return int(value.to_integral_value(rounding=decimal.ROUND_HALF_EVEN))


def _integer_through_double(text: str, lo: int, hi: int) -> int | None:
    """[int]"1,234": text an integer parse refuses, read as a Double and rounded to even; None
    when that fails too, or the number does not fit (PowerShell then reports the format failure)."""
    n = thousands_number(text)
    if n is None or n != n:
        return None
    n = _round_half_even(n)
    return n if lo <= n <= hi else None


def _is_char(value: str) -> bool:
    """A [char] (runtime/types.py's PSChar, a one-character str that says it is System.Char)."""
    return type(value) is not str and getattr(type(value), "ps_type_name", "") == "System.Char"


def to_float(value: Any) -> float:
    if isinstance(value, str):
        if _is_char(value):
            return float(ord(value))
        n = parse_number_text(value)
        if n is None:
            n = thousands_number(value)
        if n is None:
            raise PSConversionError(value, "System.Double", "Input string was not in a correct format.")
        return float(n)
    if value is None:
        return 0.0
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, PSEnum):
        return float(value.value)
    if is_decimal(value):
        return float(value)
    raise PSConversionError(value, "System.Double")


# --- enums -----------------------------------------------------------------------------------

def to_enum(value: Any, enum_cls: type[PSEnum]) -> PSEnum:
    """Convert a name (any case), a number or an enum member to a member of `enum_cls`."""
    if isinstance(value, enum_cls):
        return value
    if type(value) is str:
        # The common case, a member's name as stored or typed: one look-up.
        table = _ENUM_LOOKUPS.get(enum_cls)
        member = table.get(value.lower()) if table is not None else None
        if member is not None:
            return member
    type_name = enum_cls.ps_type_name()
    if isinstance(value, PSEnum):
        value = value.name
    if isinstance(value, bool):
        raise PSConversionError(value, type_name)
    if isinstance(value, int):
        for member in enum_cls:
            if member.value == value:
                return member
        if issubclass(enum_cls, Flag) and (value == 0 or value & ~_all_bits(enum_cls) == 0):
            return enum_cls(value)      # a [Flags()] enum: any combination of its bits
        from pyshell.runtime.enumparse import EnumValueNotDefined, members_of
        raise EnumValueNotDefined(value, type_name, members_of(enum_cls))
    if isinstance(value, (list, tuple)):
        # A list reads as its items' names joined by commas (ConvertEnumerableToEnum).
        value = ",".join(item if isinstance(item, str) else str(to_enum(item, enum_cls)) for item in value)
    if isinstance(value, str):
        member = enum_lookup(enum_cls).get(value.strip().lower())
        if member is not None:
            return member
        # Anything else: numbers, lists of names, unique prefixes.
        from pyshell.runtime.enumparse import EnumValueNotDefined, members_of, parse_enum_text
        members = members_of(enum_cls)
        number = parse_enum_text(value, members, type_name, issubclass(enum_cls, Flag))
        try:
            return enum_cls(number)
        except ValueError:
            raise EnumValueNotDefined(value, type_name, members) from None
    raise PSConversionError(value, type_name)


_ENUM_LOOKUPS: dict[type, dict[str, PSEnum]] = {}


def _all_bits(enum_cls: type) -> int:
    bits = 0
    for member in enum_cls:
        bits |= member.value
    return bits


def enum_lookup(enum_cls: type[PSEnum]) -> dict[str, PSEnum]:
    table = _ENUM_LOOKUPS.get(enum_cls)
    if table is None:
        table = {name.lower(): m for name, m in enum_cls.__members__.items()}
        _ENUM_LOOKUPS[enum_cls] = table
    return table


# --- general conversion ------------------------------------------------------------------------

class ListOf:
    """A typed array type (`string[]`) as a conversion target: converting gives a TypedArray of
    the item type (see convert_array)."""

    __slots__ = ("item", "_item_name")

    def __init__(self, item: Any):
        self.item = item
        self._item_name: str | None = None

    @property
    def item_name(self) -> str:
        """The .NET full name of the item type (worked out once: the binder converts often)."""
        if self._item_name is None:
            self._item_name = type_display_name(self.item)
        return self._item_name

    def __repr__(self) -> str:
        return f"ListOf({self.item!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ListOf) and other.item == self.item

    def __hash__(self) -> int:
        return hash(("ListOf", self.item))


def convert_array(value: Any, item: Any, name: str) -> Any:
    """Convert `value` to an array of `item`, whose .NET name is `name` (`[int[]]$value`), after
    LanguagePrimitives' array rules:

    - $null stays $null (an array is a reference type);
    - an array that already is one is kept as it is, the same object; so is any array of a
      reference type when the target is Object[] (.NET arrays are covariant), while an array of a
      value type (Int32[]) is copied into a new Object[];
    - any other array has each element converted into a new array; an element that fails fails
      the whole conversion with its own error;
    - a single value becomes a one-element array, and a failure names the array type, wrapping the
      element's error;
    - [char[]] of a string takes its characters.
    """
    if value is None or value is AUTOMATION_NULL:
        return None
    if isinstance(value, (list, tuple)):
        have = value.element_name if isinstance(value, TypedArray) else "System.Object"
        array = isinstance(value, list) and not isinstance(value, GROWABLE_LISTS)
        if array and have == name:
            return value
        if item is object:
            from pyshell.runtime.typeinfo import is_array_of_value_type
            if array and not is_array_of_value_type(value):
                return value
            return list(value)
        return TypedArray([convert_to(v, item) for v in value], item, name)
    if isinstance(value, str) and name == "System.Char":
        return TypedArray([convert_to(c, item) for c in value], item, name)
    try:
        element = convert_to(value, item)
    except PSConversionError as exc:
        raise PSConversionError(value, name + "[]", exc.message, "InvalidCastExceptionScalarToArray",
                                with_value=True) from None
    if item is object:
        return [element]
    return TypedArray([element], item, name)


def type_display_name(target: Any) -> str:
    """The .NET name of a conversion target, for messages and Get-Help."""
    if isinstance(target, ListOf):
        return type_display_name(target.item) + "[]"
    simple = {str: "System.String", int: "System.Int32", float: "System.Double", bool: "System.Boolean",
              object: "System.Object", list: "System.Object[]", PSHashtable: "System.Collections.Hashtable",
              PSObject: "System.Management.Automation.PSObject"}
    if target in simple:
        return simple[target]
    if isinstance(target, type) and issubclass(target, PSEnum):
        return target.ps_type_name()
    name = getattr(target, "ps_type_name", None)
    if isinstance(name, str):
        return name
    if callable(name):
        return name()
    return getattr(target, "__name__", str(target))


def convert_to(value: Any, target: Any) -> Any:
    """Convert `value` to `target` as a PowerShell cast would; raise PSConversionError when it cannot."""
    if value is AUTOMATION_NULL:
        value = None
    if target is object or target is None:
        return value
    if target is str:
        if isinstance(value, (list, tuple)):
            return to_string(value)
        return to_string(value) if value is not None else ""
    if target is int:
        return to_int(value)
    if target is float:
        return to_float(value)
    if target is bool:
        return to_bool(value)
    if target is SwitchParameter:
        return SwitchParameter.of(to_bool(value))
    if target is list:
        if value is None:
            return []
        return list(value) if isinstance(value, (list, tuple)) else [value]
    if isinstance(target, ListOf):
        return convert_array(value, target.item, target.item_name)
    if isinstance(target, type) and issubclass(target, PSEnum):
        return to_enum(value, target)
    if target is PSHashtable:
        if is_hashtable(value) or value is None:     # $null converts to any reference type as $null
            return value
        if isinstance(value, PSHashtable):
            # Another dictionary ([ordered], Dictionary[K,V]): PowerShell makes `new Hashtable(it)`,
            # which compares keys with .NET's default comparer: case-sensitive, unlike `@{}`.
            return CaseSensitiveHashtable(value.items())
        raise PSConversionError(value, "System.Collections.Hashtable")
    if target is PSObject:
        return value
    converter = getattr(target, "ps_convert", None)
    if converter is not None:
        return converter(value)
    if isinstance(target, type) and isinstance(value, target):
        return value
    raise PSConversionError(value, type_display_name(target))
