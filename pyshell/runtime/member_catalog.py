"""What Get-Member lists for a value: its members, their kinds and their definitions, written the
way Windows PowerShell 5.1 writes them (`int GetHashCode()`, `string b=x`, `string Name {get;set;}`).

Only members that work in pyshell are listed: the properties an object carries, the members
Add-Member gave it, and the allow-listed methods of pyshell/runtime/members.py. Their .NET signatures are declared once, in
pyshell/runtime/declarations.py (which also names a refused argument's parameter) and in the method
tables of the types themselves; tests check that the tables and the allow-list stay in step.
"""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from pyshell.structs import dataclass
from pyshell.runtime.conversion import to_string
from pyshell.runtime.declarations import STATIC_DEFINITIONS, STRING_METHOD_DEFINITIONS, static_type_name
from pyshell.runtime.arraymethods import ARRAY_METHODS
from pyshell.runtime.members import HASHTABLE_METHODS, ORDERED_METHODS
from pyshell.runtime.extended import EXTENDED_TYPES
from pyshell.runtime.psmembers import (NOTE, PSMemberTypes, added_member_kind, instance_methods, set_members)
from pyshell.runtime.typenames import type_name_of, type_names_of
from pyshell.runtime.values import (GROWABLE_LISTS, PSCUSTOMOBJECT, ArrayList, ComputedProperty, PSEnum, PSHashtable, PSObject)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MEMBER_DEFINITION = "Microsoft.PowerShell.Commands.MemberDefinition"

# Type accelerators PowerShell shows instead of the full .NET name.
_ACCELERATED = {
    "System.String": "string", "System.Int32": "int", "System.Int64": "long", "System.Boolean": "bool",
    "System.Double": "double", "System.Decimal": "decimal", "System.DateTime": "datetime",
    "System.TimeSpan": "timespan", "System.Collections.Hashtable": "hashtable",
    "System.Management.Automation.ScriptBlock": "scriptblock", "System.Numerics.BigInteger": "bigint",
    "System.Management.Automation.SwitchParameter": "switch", "System.Char": "char",
}

_COMMON_METHODS = (
    ("Equals", "bool Equals(System.Object obj)"),
    ("GetHashCode", "int GetHashCode()"),
    ("GetType", "type GetType()"),
    ("ToString", "string ToString()"),
)

_DICTIONARY_PROPERTIES = (
    ("Count", "Property", "int Count {get;}"),
    ("IsFixedSize", "Property", "bool IsFixedSize {get;}"),
    ("IsReadOnly", "Property", "bool IsReadOnly {get;}"),
    ("IsSynchronized", "Property", "bool IsSynchronized {get;}"),
    ("Keys", "Property", "System.Collections.ICollection Keys {get;}"),
    ("SyncRoot", "Property", "System.Object SyncRoot {get;}"),
    ("Values", "Property", "System.Collections.ICollection Values {get;}"),
)
_HASHTABLE_MEMBERS = tuple((name, kind, definition) for name, kind, definition, _ in HASHTABLE_METHODS.values()) \
    + _DICTIONARY_PROPERTIES
_ORDERED_MEMBERS = tuple((name, kind, definition) for name, kind, definition, _ in ORDERED_METHODS.values()) \
    + _DICTIONARY_PROPERTIES
# An [ordered] dictionary implements IsFixedSize, IsSynchronized and SyncRoot only explicitly.
_ORDERED_HIDDEN = ("isfixedsize", "issynchronized", "syncroot")

_ARRAY_MEMBERS = (
    *((name, "ParameterizedProperty" if definition.endswith("{get;set;}") else "Method", definition)
      for name, definition, _ in ARRAY_METHODS.values()),
    ("Contains", "Method", "bool IList.Contains(System.Object value)"),
    ("GetEnumerator", "Method", "System.Collections.IEnumerator GetEnumerator()"),
    ("IndexOf", "Method", "int IList.IndexOf(System.Object value)"),
    ("Count", "AliasProperty", "Count = Length"),
    ("IsFixedSize", "Property", "bool IsFixedSize {get;}"),
    ("IsReadOnly", "Property", "bool IsReadOnly {get;}"),
    ("IsSynchronized", "Property", "bool IsSynchronized {get;}"),
    ("Length", "Property", "int Length {get;}"),
    ("LongLength", "Property", "long LongLength {get;}"),
    ("Rank", "Property", "int Rank {get;}"),
    ("SyncRoot", "Property", "System.Object SyncRoot {get;}"),
)

_TYPENAMES_CODE_PROPERTY = (
    "System.Collections.ObjectModel.Collection`1[[System.String, mscorlib, Version=4.0.0.0, Culture=neutral, "
    "PublicKeyToken=b77a5c561934e089]] pstypenames{get=PSTypeNames;}")


@dataclass(frozen=True)
class Member:
    name: str
    member_type: Any          # a PSMemberTypes member
    definition: str


def _kind(name: str) -> Any:
    return PSMemberTypes[name]


# --- type names as definitions show them ------------------------------------------------------

def display_type(value: Any, drop_namespaces: bool = False) -> str:
    """The type of `value` as a member definition names it: an accelerator (`string`, `int`) when
    there is one, else the .NET name (without its namespace in note properties)."""
    if value is None:
        return "object" if drop_namespaces else "System.Object"
    if isinstance(value, PSObject):
        name = value.type_name
        return name if drop_namespaces else name.split("#", 1)[0]
    return _type_text(type_name_of(value), drop_namespaces)


def _type_text(full: str, drop_namespaces: bool) -> str:
    if full.endswith("[]"):
        return _type_text(full[:-2], drop_namespaces) + "[]"     # String[] shows as string[]
    accelerated = _ACCELERATED.get(full)
    if accelerated is not None:
        return accelerated
    if "`" in full:
        # a generic type as PowerShell writes one: Collection`1[[System.Management.Automation.PSObject,
        # ...]] is System.Collections.ObjectModel.Collection[psobject]
        from pyshell.runtime.typeinfo import display_name
        shown = display_name(full)
        if drop_namespaces:
            head, bracket, rest = shown.partition("[")
            return head.rsplit(".", 1)[-1] + bracket + rest
        return shown
    if drop_namespaces:
        return full.rsplit(".", 1)[-1]
    return full


def _note_definition(name: str, value: Any) -> str:
    shown = "null" if value is None else _dotnet_to_string(value)
    return f"{display_type(value, drop_namespaces=True)} {name}={shown}"


def _dotnet_to_string(value: Any) -> str:
    """ToString() as .NET gives it (arrays and hashtables name their type)."""
    if isinstance(value, (list, tuple)):
        return type_name_of(value)
    return to_string(value)


# --- instance members ---------------------------------------------------------------------------

def header_type_name(value: Any) -> str:
    """The name Get-Member groups by: the first of the value's type names."""
    if isinstance(value, PSObject):
        return value.type_name
    names = type_names_of(value)        # a value Import-Clixml read back keeps its Deserialized. names
    return names[0] if names else "System.Object"


def instance_members(value: Any, force: bool = False) -> list[Member]:
    """Every member of `value` that works in pyshell (unsorted)."""
    out = base_members(value, force)
    if type(value) in EXTENDED_TYPES:      # a string or an array Add-Member gave members (extended.py)
        own = _object_members(value.ps_extension, force)
        names = {m.name.lower() for m in own}
        out = [m for m in out if m.name.lower() not in names] + own
    return out


_ARRAY_LIST_PROPERTIES = (("IsFixedSize", "bool IsFixedSize {get;}"), ("IsReadOnly", "bool IsReadOnly {get;}"),
                          ("IsSynchronized", "bool IsSynchronized {get;}"), ("SyncRoot", "System.Object SyncRoot {get;}"))


def base_members(value: Any, force: bool = False) -> list[Member]:
    """The members `value` has of itself, without those Add-Member gave a string or an array."""
    out: list[Member] = [Member(n, _kind("Method"), d) for n, d in _COMMON_METHODS]
    if isinstance(value, PSObject):
        own = _object_members(value, force)
        names = {m.name.lower() for m in own}
        out = [m for m in out if m.name.lower() not in names] + own
        if force:
            out.append(Member("pstypenames", _kind("CodeProperty"), _TYPENAMES_CODE_PROPERTY))
    elif isinstance(value, str):
        from pyshell.runtime.members import STRING_METHODS
        out = [m for m in out if m.name != "Equals"]
        for key in STRING_METHODS:
            entry = STRING_METHOD_DEFINITIONS.get(key)
            if entry is not None:   # tests keep this table complete
                out.append(Member(entry[0], _kind("Method"), entry[1]))
        out.append(Member("Length", _kind("Property"), "int Length {get;}"))
    elif hasattr(type(value), "ps_method_table"):     # a type with its own tables (StringBuilder, Queue ...)
        out = [m for m in out if m.name.lower() not in value.ps_method_table()]
        for name, definition, _ in value.ps_method_table().values():
            # an indexer (Dictionary's Item) is read like a method but is a parameterized property
            kind = "ParameterizedProperty" if definition.endswith("{get;set;}") else "Method"
            out.append(Member(name, _kind(kind), definition))
        out.extend(Member(n, _kind("Property"), d) for n, d in value.ps_property_definitions())
    elif isinstance(value, PSHashtable):
        out.extend(Member(n, _kind(k), d) for n, k, d in (_ORDERED_MEMBERS if value.ordered else _HASHTABLE_MEMBERS)
                   if not (value.ordered and n.lower() in _ORDERED_HIDDEN))
    elif isinstance(value, GROWABLE_LISTS):
        from pyshell.runtime.listtypes import methods_of
        out.extend(Member(n, _kind("Method"), d) for n, d, _ in methods_of(value).values())
        out.append(Member("Count", _kind("Property"), "int Count {get;}"))
        if isinstance(value, ArrayList):
            out.extend(Member(n, _kind("Property"), d) for n, d in _ARRAY_LIST_PROPERTIES)
    elif isinstance(value, (list, tuple)):
        out.extend(Member(n, _kind(k), d) for n, k, d in _ARRAY_MEMBERS)
    elif isinstance(value, PSEnum):
        out.append(Member("value__", _kind("Property"), "int value__ {get;set;}"))
    elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        from pyshell.runtime.numbermethods import method_definitions
        table = method_definitions(value)
        out = [m for m in out if m.name.lower() not in table]
        out.extend(Member(name, _kind("Method"), definition) for name, definition in table.values())
    elif isinstance(value, (_dt.datetime, _dt.timedelta)):
        from pyshell.format.fields import property_items
        from pyshell.runtime.declarations import DATE_METHOD_DEFINITIONS, SPAN_METHOD_DEFINITIONS
        table = DATE_METHOD_DEFINITIONS if isinstance(value, _dt.datetime) else SPAN_METHOD_DEFINITIONS
        out = [m for m in out if m.name.lower() not in table]
        out.extend(Member(name, _kind("Method"), definition) for name, definition in table.values())
        for n, v in property_items(value):
            if n == "DisplayHint":          # the note Get-Date attaches to what it writes
                out.append(Member(n, _kind("NoteProperty"), _note_definition(n, v)))
            else:
                out.append(Member(n, _kind("Property"), f"{display_type(v)} {n} {{get;}}"))
    elif hasattr(type(value), "ps_properties"):         # a value that lists its own ($switch)
        out.extend(Member(n, _kind("Property"), f"{display_type(v)} {n} {{get;}}")
                   for n, v in value.ps_properties())
        out.extend(Member(n, _kind("Method"), d) for n, d in getattr(value, "ps_method_definitions", ()))
    return out


def _object_members(obj: PSObject, force: bool = False) -> list[Member]:
    # a PSCustomObject's properties are note properties, also under a Select-Object "Selected." name
    custom = PSCUSTOMOBJECT in obj.type_names
    out: list[Member] = []
    # -Force lists hidden properties too (a script class's `hidden` ones; others have none)
    for name in (list(obj._names.values()) if force else obj.property_names()):
        key = name.lower()
        raw = obj._values.get(key)
        if isinstance(raw, ComputedProperty):
            out.append(Member(name, _kind(raw.member_type), raw.definition()))  # type: ignore[attr-defined]
            continue
        if custom or added_member_kind(obj, key) == NOTE:
            out.append(Member(name, _kind("NoteProperty"), _note_definition(name, raw)))
        else:
            declared = getattr(obj, "property_definition", None)     # a script class's object: its own types
            definition = declared(name) if declared is not None else None
            out.append(Member(name, _kind("Property"), definition or f"{display_type(raw)} {name} {{get;set;}}"))
    out.extend(Member(m.name, _kind(m.member_type), m.definition()) for m in instance_methods(obj)  # type: ignore
               if force or not getattr(m, "hidden", False))
    out.extend(Member(m.name, _kind(m.member_type), m.definition()) for m in set_members(obj))
    return out


# --- static members -----------------------------------------------------------------------------

def static_type(value: Any, module_types: dict[str, Any] | None) -> tuple[str, Any]:
    """(full type name, TypeRef or None) of the type whose static members `-Static` lists."""
    from pyshell.runtime.types import TypeRef, resolve_type
    if isinstance(value, TypeRef):
        ref = value
    else:
        name = header_type_name(value).split("#", 1)[0]
        ref = resolve_type(name, module_types)
        if ref is None:
            return name, None
    full = static_type_name(ref)
    return full, ref


def static_members(full_name: str, ref: Any) -> list[Member]:
    if ref is None:
        return []
    target = ref.target
    if isinstance(target, type) and issubclass(target, PSEnum):
        return [Member(name, _kind("Property"), f"static {full_name} {name} {{get;}}") for name in target.__members__]
    table = STATIC_DEFINITIONS.get(full_name, {})
    out = []
    for key, value in ref.statics.items():
        entry = table.get(key) or _static_fallback(key, value)
        if entry is not None:
            name, kind, definition = entry
            out.append(Member(name, _kind(kind), definition))
    return out


def _static_fallback(key: str, value: Any) -> tuple[str, str, str] | None:
    """A static member the table above does not know yet: a value is described from the value
    itself; a method, whose signature is unknown, is left out rather than guessed."""
    if callable(value):
        definition = getattr(value, "ps_definition", None)     # a script class's static method
        return None if definition is None else (value.ps_name, "Method", definition)
    name = key[:1].upper() + key[1:]
    return name, "Property", f"static {display_type(value)} {name} {{get;}}"


def sort_members(members: list[Member]) -> list[Member]:
    """Get-Member's order: by member type name, then by member name, both ignoring case."""
    return sorted(members, key=lambda m: (m.member_type.name.lower(), m.name.lower()))


def member_definition(type_name: str, member: Member) -> PSObject:
    """The MemberDefinition object Get-Member writes."""
    return PSObject([("TypeName", type_name), ("Name", member.name), ("MemberType", member.member_type),
                     ("Definition", member.definition)],
                    type_names=[MEMBER_DEFINITION, "System.Object"], string_form=member.definition)

