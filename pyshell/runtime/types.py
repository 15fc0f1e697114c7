"""Type literals: what `[int]`, `[string[]]`, `[pscustomobject]` or a module's enum name stand for,
as cast targets, as `-is`/`-as` operands and as holders of an allow-list of static members."""
from __future__ import annotations

import os
import sys
from pyshell.runtime import exceptions
from pyshell.runtime.deferred_types import DEFERRED
from pyshell.runtime.builtin_statics import MATH_STATICS, STRING_STATICS, parse_number
from pyshell.runtime.conversion import (ListOf, PSConversionError, convert_to, thousands_number, to_int, to_string,
                                        type_display_name)
from pyshell.runtime.stdvalues import is_decimal
from pyshell.runtime.typenames import INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN, type_names_of
from pyshell.runtime.typenames import Int64 as Int64Value
from pyshell.runtime.values import (ARRAY_LIST, AUTOMATION_NULL, GROWABLE_LISTS, SWITCH_PRESENT, ArrayList,
                                    GenericList, PSHashtable, PSObject, SwitchParameter, TypedArray,
                                    generic_list_name, is_hashtable)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable


class Int64:
    ps_type_name = "System.Int64"

    @staticmethod
    def ps_convert(value: Any) -> int:
        return Int64Value(to_int(value, "System.Int64", INT64_MIN, INT64_MAX))


class PSCustomObjectType:
    ps_type_name = "System.Management.Automation.PSCustomObject"

    @staticmethod
    def ps_convert(value: Any) -> Any:
        if isinstance(value, PSHashtable):
            # A PSTypeName key names the object's type instead of making a property (PowerShell 3+):
            # [pscustomobject]@{PSTypeName = 'Partner'; ...} is a Partner for Format-* and -is checks.
            pairs, type_name = [], None
            for k, v in value.items():
                name = to_string(k)
                if name.lower() == "pstypename":
                    type_name = to_string(v)
                else:
                    pairs.append((name, v))
            obj = PSObject(pairs)
            if type_name is not None:
                obj.type_names.insert(0, type_name)
            return obj
        return value


class OrderedType:
    ps_type_name = "System.Collections.Specialized.OrderedDictionary"

    @staticmethod
    def ps_convert(value: Any) -> Any:
        if isinstance(value, PSHashtable):
            ordered = value.copy()
            ordered.ordered = True
            return ordered
        raise PSConversionError(value, OrderedType.ps_type_name)


class ScriptBlockType:
    ps_type_name = "System.Management.Automation.ScriptBlock"

    @staticmethod
    def ps_convert(value: Any) -> Any:
        from pyshell.runtime.scriptblock import ScriptBlock
        if isinstance(value, ScriptBlock):
            return value
        raise PSConversionError(value, ScriptBlockType.ps_type_name)


class VoidType:
    """[void]: a cast to it throws the value away (`[void]$list.Add(1)` writes nothing)."""
    ps_type_name = "System.Void"

    @staticmethod
    def ps_convert(value: Any) -> Any:
        return AUTOMATION_NULL


class NamedPSObjectType:
    """Base of the .NET types pyshell represents as PSObjects carrying the type's name (PathInfo,
    ErrorRecord): such an object converts to the type as it is; anything else cannot."""

    ps_type_name = ""

    @classmethod
    def is_instance(cls, value: Any) -> bool:
        return isinstance(value, PSObject) and cls.ps_type_name in value.type_names

    @classmethod
    def ps_convert(cls, value: Any) -> Any:
        if cls.is_instance(value):
            return value
        raise PSConversionError(value, cls.ps_type_name)


class PSObjectType:
    """[psobject]: converting keeps the value; only an object that is a PSObject (a custom object, or
    one a command wrote) -is [psobject], not a bare string or number."""
    ps_type_name = "System.Management.Automation.PSObject"

    @staticmethod
    def ps_convert(value: Any) -> Any:
        return value


class ArrayType:
    """[array], System.Array: any array is one already and is kept as it is (a String[] stays a
    String[]); a single value becomes a one-element Object[]; $null stays $null."""
    ps_type_name = "System.Array"

    @staticmethod
    def ps_convert(value: Any) -> Any:
        if value is None or (isinstance(value, list) and not isinstance(value, GROWABLE_LISTS)):
            return value
        return list(value) if isinstance(value, (list, tuple)) else [value]


def _array_static(name: str) -> Callable[..., Any]:
    """[array]::Name(...), its code loaded from listtypes.py when first called."""
    def call(*args: Any) -> Any:
        from pyshell.runtime.listtypes import ARRAY_STATICS
        return ARRAY_STATICS[name](*args)
    return call


_ARRAY_STATICS = {name: _array_static(name) for name in ("sort", "reverse", "indexof", "lastindexof")}


def _parse_static(name: str, *kind: str) -> Callable[..., Any]:
    """A Parse or TryParse static ([int]::TryParse), its code loaded from tryparse.py when first called."""
    def call(*args: Any) -> Any:
        from pyshell.runtime import tryparse
        fn = getattr(tryparse, name)
        return (fn(*kind) if kind else fn)(*args)
    return call


def _is_array(value: Any) -> bool:
    return isinstance(value, (list, tuple)) and not isinstance(value, GROWABLE_LISTS)


def list_constructor_items(args: tuple) -> Any:
    """The items a list constructor starts with: none for () or (capacity), those of (collection).
    TypeError (no such overload) for anything else."""
    if not args:
        return ()
    if len(args) == 1:
        if isinstance(args[0], (list, tuple)):
            return args[0]
        to_int(args[0])         # a capacity: it only has to be a number
        return ()
    raise TypeError("no such constructor")


class ArrayListType:
    """[System.Collections.ArrayList]: a cast copies an array or list into a new one."""
    ps_type_name = ARRAY_LIST

    @staticmethod
    def ps_convert(value: Any) -> Any:
        from pyshell.runtime.listtypes import to_array_list
        return to_array_list(value)

    @staticmethod
    def new(*args: Any) -> ArrayList:
        """ArrayList(), ArrayList(int capacity), ArrayList(ICollection items)."""
        return ArrayList(list_constructor_items(args))


class GenericListType:
    """[System.Collections.Generic.List[T]] for one element type T (a conversion target)."""

    def __init__(self, element: Any):
        self.element = element
        self.element_name = type_display_name(element)
        self.ps_type_name = generic_list_name(self.element_name)

    def ps_convert(self, value: Any) -> Any:
        from pyshell.runtime.listtypes import to_generic_list
        return to_generic_list(value, self.element)

    def new(self, *args: Any) -> GenericList:
        """List(), List(int capacity), List(IEnumerable[T] items)."""
        items = [convert_to(v, self.element) for v in list_constructor_items(args)]
        return GenericList(items, self.element, self.element_name)

    def is_instance(self, value: Any) -> bool:
        return isinstance(value, GenericList) and value.element_name == self.element_name


def _array_test(element_name: str) -> Callable[[Any], bool]:
    """`-is [T[]]`: an array whose element type is T; for Object[], also any array of a reference
    type (.NET arrays are covariant: a String[] is an Object[], an Int32[] is not)."""
    wanted = element_name.lower()

    def test(value: Any) -> bool:
        if not _is_array(value):
            return False
        have = value.element_name if isinstance(value, TypedArray) else "System.Object"
        if have.lower() == wanted:
            return True
        if wanted == "system.object":
            from pyshell.runtime.typeinfo import is_array_of_value_type
            return not is_array_of_value_type(value)
        return False
    return test


class TypeRef:
    """The value of a type literal: its conversion target and its static members."""

    ps_type_name = "System.RuntimeType"

    def __init__(self, name: str, target: Any, statics: dict[str, Any] | None = None,
                 is_test: Callable[[Any], bool] | None = None):
        self.name = name
        self.target = target
        self.statics = statics or {}
        self.is_test = is_test

    @property
    def full_name(self) -> str:
        return type_display_name(self.target)

    def ps_to_string(self) -> str:
        from pyshell.runtime.typeinfo import display_name
        return display_name(self.full_name)

    def ps_equals(self, other: Any) -> bool:
        """`[string] -eq $other`: the same type, however it was reached ([int] and [int32] agree)."""
        from pyshell.runtime.typeinfo import is_same_type
        return is_same_type(self.full_name, other)

    def type_info(self) -> PSObject:
        """The type as an object: Name, FullName, BaseType... (the same as `.GetType()` gives)."""
        from pyshell.runtime.typeinfo import type_of_target
        return type_of_target(self.full_name, self.target)

    def convert(self, value: Any) -> Any:
        return convert_to(value, self.target)

    def is_instance(self, value: Any) -> bool:
        if self.is_test is not None:
            return self.is_test(value)
        full = self.full_name.lower()
        return any(t.lower() == full for t in type_names_of(value))


class SessionProperty:
    """A type's static property whose value belongs to the session ([cultureinfo]::CurrentCulture):
    the member access reads it with the session's context."""

    __slots__ = ("read",)

    def __init__(self, read: Callable[[Any], Any]):
        self.read = read


class PSChar(str):
    """A [char]: a one-character string that reports its type as System.Char."""

    ps_type_name = "System.Char"

    __slots__ = ()


class CharType:
    ps_type_name = "System.Char"

    @staticmethod
    def ps_convert(value: Any) -> PSChar:
        if value is None:
            return PSChar("\0")        # $null is a value type's default: the character 0
        if isinstance(value, int) and not isinstance(value, bool):
            if 0 <= value <= 0xFFFF:
                return PSChar(chr(value))
            raise PSConversionError(value, "System.Char", "Value was either too large or too small for a character.")
        text = to_string(value)
        if len(text) != 1:
            raise PSConversionError(value, "System.Char", "String must be exactly one character long.")
        return PSChar(text)


class DecimalType:
    ps_type_name = "System.Decimal"

    @staticmethod
    def ps_convert(value: Any) -> Any:
        import decimal
        if isinstance(value, decimal.Decimal):
            return value
        if isinstance(value, bool):
            return decimal.Decimal(int(value))
        if isinstance(value, (int, float)):
            return decimal.Decimal(repr(value)) if isinstance(value, float) else decimal.Decimal(value)
        text = to_string(value).strip()
        try:
            return decimal.Decimal(text)
        except decimal.InvalidOperation:
            pass
        if thousands_number(text) is not None:      # Decimal.Parse's NumberStyles.Number: "1,234.5"
            plain = text.replace(",", "")
            return decimal.Decimal(plain if "e" not in plain.lower() else format(float(plain), ".15g"))
        raise PSConversionError(value, "System.Decimal", "Input string was not in a correct format.")


def _is_int(v: Any) -> bool:
    """An Int32: a plain int of its range (not a bool, nor an int of another type: 2L, [byte]2)."""
    return isinstance(v, int) and not hasattr(type(v), "ps_type_code") and not isinstance(v, bool) \
        and INT32_MIN <= v <= INT32_MAX


def _is_long(v: Any) -> bool:
    return isinstance(v, Int64Value) or (isinstance(v, int) and not hasattr(type(v), "ps_type_code")
                                         and not isinstance(v, bool) and not INT32_MIN <= v <= INT32_MAX)


BUILTIN_TYPES: dict[str, TypeRef] = {}


def _register(names: tuple[str, ...], ref: TypeRef) -> None:
    for n in names:
        BUILTIN_TYPES[n.lower()] = ref


_register(("int", "int32", "System.Int32"), TypeRef("int", int, {"maxvalue": INT32_MAX, "minvalue": INT32_MIN,
                                                                 "parse": parse_number("int"),
                                                                 "tryparse": _parse_static("try_parse", "int")}, _is_int))
_register(("long", "int64", "System.Int64"), TypeRef("long", Int64, {"maxvalue": INT64_MAX, "minvalue": INT64_MIN,
                                                              "parse": _parse_static("parse", "long"),
                                                              "tryparse": _parse_static("try_parse", "long")},
                                                     _is_long))
_register(("double", "System.Double"),
          TypeRef("double", float, {"parse": parse_number("double"), "nan": float("nan"),
                                    "tryparse": _parse_static("try_parse", "double"),
                                    "positiveinfinity": float("inf"), "negativeinfinity": float("-inf"),
                                    "maxvalue": 1.7976931348623157e308, "minvalue": -1.7976931348623157e308,
                                    "epsilon": 5e-324},
                  lambda v: type(v) is float))
_register(("char", "System.Char"), TypeRef("char", CharType, {}, lambda v: isinstance(v, PSChar)))
def _decimal_statics() -> dict[str, Any]:
    """[decimal]::MaxValue and the like, made when read (the decimal module loads only when needed)."""
    from pyshell.runtime.datetime_parse import StaticProperty, Statics

    def constant(text: str) -> StaticProperty:
        return StaticProperty(lambda: DecimalType.ps_convert(text))
    return Statics({"maxvalue": constant("79228162514264337593543950335"),
                    "minvalue": constant("-79228162514264337593543950335"),
                    "zero": constant("0"), "one": constant("1"), "minusone": constant("-1")})


_register(("decimal", "System.Decimal"), TypeRef("decimal", DecimalType, _decimal_statics(), is_decimal))
_register(("string", "System.String"), TypeRef("string", str, STRING_STATICS, lambda v: isinstance(v, str)))
_register(("bool", "boolean", "System.Boolean"), TypeRef("bool", bool, {"parse": _parse_static("parse", "bool"),
                                                             "tryparse": _parse_static("try_parse", "bool"),
                                                             "truestring": "True", "falsestring": "False"},
                                                    lambda v: isinstance(v, bool)))
_register(("switch", "System.Management.Automation.SwitchParameter"),
          TypeRef("switch", SwitchParameter, {"present": SWITCH_PRESENT}))
def _reference_equals(a: Any, b: Any) -> bool:
    """[object]::ReferenceEquals: the same object. Numbers, booleans and characters are .NET value
    types, boxed afresh for each call, so they are never the same reference."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float, bool, PSChar)) or is_decimal(a):
        return False
    return a is b


_OBJECT_STATICS = {"referenceequals": _reference_equals}

_register(("object", "System.Object"), TypeRef("object", object, _OBJECT_STATICS, lambda v: v is not None))
_register(("psobject", "System.Management.Automation.PSObject"),
          TypeRef("psobject", PSObjectType, {}, lambda v: isinstance(v, PSObject)))
_register(("array", "System.Array"), TypeRef("array", ArrayType, _ARRAY_STATICS, _is_array))
_register(("System.Collections.ArrayList", "Collections.ArrayList"),
          TypeRef("System.Collections.ArrayList", ArrayListType, {"new": ArrayListType.new},
                  lambda v: isinstance(v, ArrayList)))
_register(("hashtable", "System.Collections.Hashtable"), TypeRef("hashtable", PSHashtable, {}, is_hashtable))
_register(("ordered",), TypeRef("ordered", OrderedType, {}, lambda v: isinstance(v, PSHashtable) and v.ordered))
_register(("pscustomobject", "System.Management.Automation.PSCustomObject"),
          TypeRef("pscustomobject", PSCustomObjectType, {}, lambda v: isinstance(v, PSObject)))
_register(("scriptblock", "System.Management.Automation.ScriptBlock"), TypeRef("scriptblock", ScriptBlockType))
_register(("math", "System.Math"), TypeRef("math", object, MATH_STATICS))


def _convert_to(value: Any, target: Any) -> Any:
    """[LanguagePrimitives]::ConvertTo(value, type): PowerShell's own conversion, as a cast does it."""
    if not isinstance(target, TypeRef):
        target = resolve_type(to_string(target)) if target is not None else None
        if target is None:
            raise ValueError("Value cannot be null.\r\nParameter name: resultType")
    return target.convert(value)


_register(("System.Management.Automation.LanguagePrimitives", "Management.Automation.LanguagePrimitives"),
          TypeRef("System.Management.Automation.LanguagePrimitives", object, {"convertto": _convert_to},
                  lambda v: False))
def _environment_static(name: str) -> Callable[..., Any]:
    """One of [Environment]'s statics on the session's variables (environment.py), given the session."""
    def call(ctx: Any, *args: Any) -> Any:
        from pyshell.runtime import environment
        return getattr(environment, name)(ctx, *args)
    call.takes_context = True       # type: ignore[attr-defined]
    return call


# [Environment]: the few facts scripts read about the machine, and the session's environment
# variables (the process's own are never changed; no process control).
_register(("environment", "System.Environment"), TypeRef("environment", object, {
    "getenvironmentvariable": _environment_static("get_environment_variable"),
    "setenvironmentvariable": _environment_static("set_environment_variable"),
    "getenvironmentvariables": _environment_static("get_environment_variables"),
    "newline": os.linesep, "machinename": os.uname().nodename if hasattr(os, "uname") else os.environ.get("COMPUTERNAME", ""), "processorcount": os.cpu_count() or 1,
    "username": os.environ.get("USER") or os.environ.get("USERNAME") or "",
    "is64bitprocess": sys.maxsize > 2 ** 32, "is64bitoperatingsystem": sys.maxsize > 2 ** 32,
}))
_register(("void", "System.Void"), TypeRef("void", VoidType, {}, lambda v: False))



def builtin_type(key: str) -> TypeRef | None:
    """The built-in type named `key` (lower case), or None."""
    ref = BUILTIN_TYPES.get(key)
    if ref is None and key in DEFERRED:
        register = DEFERRED[key]
        for name in [k for k, f in DEFERRED.items() if f is register]:
            del DEFERRED[name]
        register(_register)
        ref = BUILTIN_TYPES.get(key)
    return ref


# System.Collections.Generic.List[T], with or without the System. that PowerShell lets a script leave out.
_GENERIC_LIST_PREFIXES = ("system.collections.generic.list[", "collections.generic.list[")


def _generic_list_element(name: str) -> str | None:
    """T, as written, when `name` is List[T]; else None."""
    text = name.strip()
    low = text.lower()
    for prefix in _GENERIC_LIST_PREFIXES:
        if low.startswith(prefix) and low.endswith("]"):
            element = text[len(prefix):-1].strip()
            if element.startswith("[") and element.endswith("]"):     # List[[int]]
                element = element[1:-1].strip()
            return element or None
    return None


def _array_constructor(target: ListOf) -> Callable[[Any], TypedArray]:
    """[T[]]::new(length), made in listtypes.py."""
    def new(length: Any) -> TypedArray:
        from pyshell.runtime.listtypes import new_array
        return new_array(target, length)
    return new


def resolve_in(name: str, namespaces: tuple[str, ...], module_types: Any = None) -> TypeRef | None:
    """A type name written where `using namespace` statements are in force: the name itself, else
    the first of the namespaces that holds it (System.Text + StringBuilder)."""
    ref = resolve_type(name, module_types, namespaces)
    if ref is None:
        for namespace in namespaces:
            ref = resolve_type(f"{namespace}.{name}", module_types, namespaces)
            if ref is not None:
                break
    return ref


def resolve_type(name: str, module_types: dict[str, Any] | None = None,
                 namespaces: tuple[str, ...] = ()) -> TypeRef | None:
    """Find the type a literal names, or None. `namespaces` (from `using namespace`) also serve the
    type arguments of a generic one: [List[StringBuilder]] under `using namespace System.Text`."""
    key = name.strip().lower()

    def argument(text: str) -> TypeRef | None:
        return resolve_in(text, namespaces, module_types) if namespaces else resolve_type(text, module_types)

    if key.endswith("[]"):
        inner = resolve_type(key[:-2], module_types, namespaces)
        if inner is None:
            return None
        target = ListOf(inner.target)
        return TypeRef(name, target, {"new": _array_constructor(target)}, _array_test(target.item_name))
    ref = builtin_type(key)
    if ref is not None:
        return ref
    element = _generic_list_element(name)
    if element is not None:
        inner = argument(element)
        if inner is None:
            return None
        target = GenericListType(inner.target)
        return TypeRef(name, target, {"new": target.new}, target.is_instance)
    if "[" in key and key.startswith(("system.collections.objectmodel.", "collections.objectmodel.")):
        from pyshell.runtime.membertypes import resolve_collection      # Collection[T]
        return resolve_collection(name, argument)
    if "[" in key and key.startswith(("system.collections.generic.", "collections.generic.")):
        from pyshell.runtime.collectiontypes import resolve_generic     # Queue[T], HashSet[T], Dictionary[K,V] ...
        ref = resolve_generic(name, argument)
        if ref is not None:
            return ref
    ref = exceptions.exception_type_ref(name)
    if ref is not None:
        return ref
    if module_types:
        from pyshell.runtime.moduletypes import find_module_type
        return find_module_type(key, module_types)
    return None


def enum_statics(target: Any) -> dict[str, Any]:
    try:
        return {name.lower(): m for name, m in target.__members__.items()}
    except (TypeError, AttributeError):
        return {}
