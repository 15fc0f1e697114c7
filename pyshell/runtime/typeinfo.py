"""Type objects as scripts see them: what `[string]` and `"x".GetType()` both stand for.

In PowerShell both are the same System.RuntimeType, shown as a table (IsPublic, IsSerial, Name,
BaseType) and answering `.Name`, `.FullName`, `.BaseType` and a few Is* questions. pyshell makes
one PSObject per type name from the facts below; nothing here reflects on Python objects (no
Assembly, Module, TypeHandle or methods that reach the host).
"""
from __future__ import annotations

from pyshell.runtime.values import PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

RUNTIME_TYPE_NAMES = ["System.RuntimeType", "System.Reflection.TypeInfo", "System.Type",
                      "System.Reflection.MemberInfo", "System.Object"]

# Base types PowerShell reports for the types pyshell has; anything unlisted derives from Object.
_BASES = {
    "system.object": None,
    "system.valuetype": "System.Object",
    "system.enum": "System.ValueType",
    "system.array": "System.Object",
    "system.runtimetype": "System.Reflection.TypeInfo",
    "system.reflection.typeinfo": "System.Type",
    "system.type": "System.Reflection.MemberInfo",
    "system.reflection.memberinfo": "System.Object",
}
_VALUE_TYPES = frozenset(n.lower() for n in (
    "System.Int32", "System.Int64", "System.Double", "System.Single", "System.Boolean", "System.Char",
    "System.Decimal", "System.DateTime", "System.TimeSpan", "System.Byte", "System.SByte", "System.Int16",
    "System.UInt16", "System.UInt32", "System.UInt64", "System.Collections.DictionaryEntry",
    "System.Management.Automation.SwitchParameter", "System.Numerics.BigInteger", "System.Void",
    "System.Management.Automation.Host.Coordinates"))
# Types .NET does not mark [Serializable] (static classes, PowerShell's own script objects).
_NOT_SERIALIZABLE = frozenset(n.lower() for n in (
    "System.Math", "System.Environment", "System.Management.Automation.PSCustomObject",
    "System.Management.Automation.ScriptBlock", "System.Management.Automation.PSScriptCmdlet"))
_NOT_PUBLIC = frozenset(("system.runtimetype",))
# The accelerator PowerShell shows a type by when it makes text of a type object ("$([int])" is
# "int"; its ToString() is still "System.Int32"): the first of the type's built-in accelerators,
# for the types pyshell has. Other types show their full name.
_ACCELERATORS = {
    "system.array": "array", "system.boolean": "bool", "system.byte": "byte", "system.char": "char",
    "system.datetime": "datetime", "system.decimal": "decimal", "system.double": "double",
    "system.single": "float", "system.guid": "guid", "system.collections.hashtable": "hashtable",
    "system.int32": "int", "system.int16": "int16", "system.int64": "long",
    "system.collections.specialized.ordereddictionary": "ordered",
    "system.management.automation.psobject": "psobject", "system.management.automation.psreference": "ref",
    "system.text.regularexpressions.regex": "regex", "system.sbyte": "sbyte", "system.string": "string",
    "system.management.automation.switchparameter": "switch", "system.numerics.biginteger": "bigint",
    "system.timespan": "timespan", "system.uint16": "uint16", "system.uint32": "uint32", "system.uint64": "uint64",
    "system.uri": "uri", "system.version": "version", "system.void": "void",
    "system.management.automation.scriptblock": "scriptblock", "system.type": "type",
}


def display_name(full: str) -> str:
    """The text PowerShell makes of the type called `full` (its ToStringCodeMethods.Type): the
    accelerator where there is one, the element type's for an array, else the full name."""
    if full.endswith("[]"):
        return display_name(full[:-2]) + "[]"
    generic = generic_parts(full)
    if generic is not None:
        # A generic type: PowerShell writes List`1[[System.String, mscorlib, ...]] as List[string].
        head, arguments = generic
        return f"{head.split('`')[0]}[{','.join(display_name(a) for a in arguments)}]"
    if full.lower() == "system.management.automation.pscustomobject":
        return "PSCustomObject"
    return _ACCELERATORS.get(full.lower(), full)


def split_top_level(text: str, separator: str) -> list[str]:
    """`text` cut at each `separator` that is outside square brackets."""
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == separator and depth == 0:
            pieces.append(text[start:i])
            start = i + 1
    pieces.append(text[start:])
    return pieces


def generic_parts(full: str) -> tuple[str, list[str]] | None:
    """(definition, full names of the type arguments) of a closed generic type's full name:
    Dictionary`2[[System.String, mscorlib, ...],[System.Int32, mscorlib, ...]] gives
    (Dictionary`2, [System.String, System.Int32]). None for any other name."""
    head, sep, rest = full.partition("[")
    if not sep or "`" not in head or not rest.endswith("]") or rest.endswith("[]"):
        return None
    arguments = []
    for item in split_top_level(rest[:-1], ","):
        item = item.strip()
        if item.startswith("[") and item.endswith("]"):
            item = item[1:-1]
        arguments.append(split_top_level(item, ",")[0].strip())      # the name, without its assembly
    return head, arguments


def is_array_of_value_type(array: Any) -> bool:
    """True for an array whose elements are of a .NET value type (Int32[], an enum's array): such
    an array is no Object[], while String[] or Hashtable[] is one (array covariance)."""
    from pyshell.runtime.values import PSEnum, TypedArray
    if not isinstance(array, TypedArray):
        return False
    element = array.element
    if isinstance(element, type) and issubclass(element, PSEnum):
        return True
    return array.element_name.lower() in _VALUE_TYPES


def _base_of(full: str, is_enum: bool) -> str | None:
    low = full.lower()
    if low in _BASES:
        return _BASES[low]
    if is_enum:
        return "System.Enum"
    if low.endswith("[]"):
        return "System.Array"
    if low in _VALUE_TYPES:
        return "System.ValueType"
    from pyshell.runtime import exceptions
    short = full.rsplit(".", 1)[-1]
    if low.endswith("exception") and exceptions.known(full) is not None:
        chain = exceptions.chain(exceptions.known(full) or short)
        return chain[1] if len(chain) > 1 else "System.Object"
    return "System.Object"


def type_object(full: str, base: str | None = "", is_enum: bool = False) -> PSObject:
    """The RuntimeType of the type called `full`. `base` names its base type ("" to work it out;
    None for System.Object, which has none)."""
    if base == "":
        base = _base_of(full, is_enum)
    generic = "`" in full.split("[", 1)[0]
    head = full.split("[", 1)[0] if generic else full      # List`1[[System.String, mscorlib, ...]]: List`1
    name = head.rsplit(".", 1)[-1].split("+")[-1]
    namespace = head.rsplit(".", 1)[0] if "." in full.split("[", 1)[0] else None
    low = full.lower()
    base_object = type_object(base) if base else None
    is_value = is_enum or low in _VALUE_TYPES
    info = PSObject([
        ("IsPublic", low not in _NOT_PUBLIC and "+" not in head),     # a nested type is never IsPublic
        ("IsSerializable", low not in _NOT_SERIALIZABLE),
        ("Name", name), ("BaseType", base_object), ("FullName", full), ("Namespace", namespace),
        ("IsEnum", is_enum), ("IsValueType", is_value), ("IsArray", low.endswith("[]")),
        ("IsClass", not is_value), ("IsInterface", False), ("IsAbstract", low in ("system.array", "system.enum")),
        ("IsSealed", is_value or low == "system.string"), ("IsGenericType", generic),
    ], type_names=RUNTIME_TYPE_NAMES, string_form=display_name(full))
    return info


def type_of_value(value: Any) -> PSObject:
    """`$value.GetType()`."""
    from pyshell.runtime.typenames import type_name_of
    from pyshell.runtime.values import PSEnum
    if isinstance(value, PSObject):
        own = getattr(value, "ps_get_type_name", None)     # an object Import-Clixml read back
        if own is not None:
            return type_object(own)
        # Names that only pick a view name no .NET type: Lync's "...XmppAllowedPartner#Decorated", and
        # Select-Object's "Selected.<type>" (its objects are PSCustomObjects).
        names = [n for n in value.type_names
                 if "#" not in n and not n.startswith(("Deserialized.", "Selected."))]
        full = names[0] if names else "System.Object"
        if full.lower() == "system.runtimetype":
            return type_object(full)
        base = names[1] if len(names) > 1 else None
        if full.lower() == "system.object":
            base = None
        return type_object(full, base)
    full = type_name_of(value) or "System.Object"
    return type_object(full, "", isinstance(value, PSEnum))


def type_of_target(full: str, target: Any) -> PSObject:
    """The type a type literal names (`[string]`, `[PartnerType]`, `[int[]]`)."""
    from pyshell.runtime.values import PSEnum
    import enum
    is_enum = isinstance(target, type) and issubclass(target, (PSEnum, enum.Enum))
    return type_object(full, "", is_enum)


def type_text(full: str) -> str:
    """What .NET's Type.ToString() gives for the type called `full`: its full name, except that a
    generic type's arguments are named without their assemblies (List`1[System.String])."""
    if full.endswith("[]"):
        return type_text(full[:-2]) + "[]"
    generic = generic_parts(full)
    if generic is None:
        return full
    head, arguments = generic
    return f"{head}[{','.join(type_text(a) for a in arguments)}]"


def type_full_name(value: Any) -> str | None:
    """The full name of the type `value` is, when it is a type object: the value of a type literal
    (`[string]`) or a RuntimeType object (`"x".GetType()`). None for any other value."""
    if isinstance(value, PSObject):
        names = value.type_names
        return value.get("FullName") if names and names[0] == "System.RuntimeType" else None
    if getattr(type(value), "ps_type_name", None) == "System.RuntimeType":
        return value.full_name
    return None


def is_same_type(full: str, other: Any) -> bool:
    """`-eq` between the type called `full` and `other`: True when `other` is a type object for the
    same type, or a string naming it (-eq converts the right operand to a Type, as a cast would)."""
    name = type_full_name(other)
    if name is None and isinstance(other, str):
        from pyshell.runtime.types import resolve_type
        ref = resolve_type(other)
        name = ref.full_name if ref is not None else None
    return name is not None and name == full
