"""What Get-Member lists for a value: its members, their kinds and their definitions, written the
way Windows PowerShell 5.1 writes them (`int GetHashCode()`, `string b=x`, `string Name {get;set;}`).

Only members that work in pyshell are listed: the properties an object carries, the members
Add-Member gave it, and the allow-listed methods of pyshell/runtime/members.py. The method tables
below carry the .NET signatures of exactly those methods; tests check that the tables and the
allow-list stay in step.
"""
from __future__ import annotations

import datetime as _dt
from pyshell.structs import dataclass
from pyshell.runtime.conversion import to_string
from pyshell.runtime.members import HASHTABLE_METHODS
from pyshell.runtime.psmembers import (NOTE, PSMemberTypes, added_member_kind, instance_methods)
from pyshell.runtime.typenames import type_name_of
from pyshell.runtime.values import (GROWABLE_LISTS, PSCUSTOMOBJECT, ComputedProperty, PSEnum, PSHashtable, PSObject)

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

# System.String: the methods members.STRING_METHODS allows, keyed by their lower-cased names.
STRING_METHOD_DEFINITIONS = {
    "contains": ("Contains", "bool Contains(string value)"),
    "endswith": ("EndsWith", "bool EndsWith(string value)"),
    "equals": ("Equals", "bool Equals(System.Object obj), bool Equals(string value)"),
    "indexof": ("IndexOf", "int IndexOf(string value), int IndexOf(string value, int startIndex)"),
    "insert": ("Insert", "string Insert(int startIndex, string value)"),
    "lastindexof": ("LastIndexOf", "int LastIndexOf(string value)"),
    "padleft": ("PadLeft", "string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)"),
    "padright": ("PadRight", "string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)"),
    "remove": ("Remove", "string Remove(int startIndex, int count), string Remove(int startIndex)"),
    "replace": ("Replace", "string Replace(string oldValue, string newValue)"),
    "split": ("Split", "string[] Split(Params char[] separator)"),
    "startswith": ("StartsWith", "bool StartsWith(string value)"),
    "substring": ("Substring", "string Substring(int startIndex), string Substring(int startIndex, int length)"),
    "tochararray": ("ToCharArray", "char[] ToCharArray()"),
    "tolower": ("ToLower", "string ToLower()"),
    "tolowerinvariant": ("ToLowerInvariant", "string ToLowerInvariant()"),
    "toupper": ("ToUpper", "string ToUpper()"),
    "toupperinvariant": ("ToUpperInvariant", "string ToUpperInvariant()"),
    "trim": ("Trim", "string Trim(Params char[] trimChars), string Trim()"),
    "trimend": ("TrimEnd", "string TrimEnd(Params char[] trimChars)"),
    "trimstart": ("TrimStart", "string TrimStart(Params char[] trimChars)"),
}

_HASHTABLE_MEMBERS = tuple((name, kind, definition) for name, kind, definition, _ in HASHTABLE_METHODS.values()) + (
    ("Count", "Property", "int Count {get;}"),
    ("Keys", "Property", "System.Collections.ICollection Keys {get;}"),
    ("Values", "Property", "System.Collections.ICollection Values {get;}"),
)

_ARRAY_MEMBERS = (
    ("Contains", "Method", "bool IList.Contains(System.Object value)"),
    ("IndexOf", "Method", "int IList.IndexOf(System.Object value)"),
    ("Count", "AliasProperty", "Count = Length"),
    ("Length", "Property", "int Length {get;}"),
    ("Rank", "Property", "int Rank {get;}"),
)

# Static members of the types scripts can name, keyed by the type's full name and the lower-cased
# member name (types.BUILTIN_TYPES lists which ones work).
STATIC_DEFINITIONS: dict[str, dict[str, tuple[str, str, str]]] = {
    "System.Int32": {
        "maxvalue": ("MaxValue", "Property", "static int MaxValue {get;}"),
        "minvalue": ("MinValue", "Property", "static int MinValue {get;}"),
        "parse": ("Parse", "Method", "static int Parse(string s)"),
    },
    "System.Double": {
        "nan": ("NaN", "Property", "static double NaN {get;}"),
        "negativeinfinity": ("NegativeInfinity", "Property", "static double NegativeInfinity {get;}"),
        "positiveinfinity": ("PositiveInfinity", "Property", "static double PositiveInfinity {get;}"),
        "parse": ("Parse", "Method", "static double Parse(string s)"),
    },
    "System.DateTime": {
        "daysinmonth": ("DaysInMonth", "Method", "static int DaysInMonth(int year, int month)"),
        "isleapyear": ("IsLeapYear", "Method", "static bool IsLeapYear(int year)"),
        "maxvalue": ("MaxValue", "Property", "static datetime MaxValue {get;}"),
        "minvalue": ("MinValue", "Property", "static datetime MinValue {get;}"),
        "now": ("Now", "Property", "static datetime Now {get;}"),
        "parse": ("Parse", "Method", "static datetime Parse(string s)"),
        "today": ("Today", "Property", "static datetime Today {get;}"),
        "utcnow": ("UtcNow", "Property", "static datetime UtcNow {get;}"),
    },
    "System.TimeSpan": {
        "fromdays": ("FromDays", "Method", "static timespan FromDays(double value)"),
        "fromhours": ("FromHours", "Method", "static timespan FromHours(double value)"),
        "frommilliseconds": ("FromMilliseconds", "Method", "static timespan FromMilliseconds(double value)"),
        "fromminutes": ("FromMinutes", "Method", "static timespan FromMinutes(double value)"),
        "fromseconds": ("FromSeconds", "Method", "static timespan FromSeconds(double value)"),
        "parse": ("Parse", "Method", "static timespan Parse(string s)"),
        "zero": ("Zero", "Property", "static timespan Zero {get;}"),
    },
    "System.Int64": {
        "maxvalue": ("MaxValue", "Property", "static long MaxValue {get;}"),
        "minvalue": ("MinValue", "Property", "static long MinValue {get;}"),
    },
    "System.String": {
        "concat": ("Concat", "Method", "static string Concat(Params System.Object[] args)"),
        "empty": ("Empty", "Property", "static string Empty {get;}"),
        "format": ("Format", "Method", "static string Format(string format, Params System.Object[] args)"),
        "isnullorempty": ("IsNullOrEmpty", "Method", "static bool IsNullOrEmpty(string value)"),
        "isnullorwhitespace": ("IsNullOrWhiteSpace", "Method", "static bool IsNullOrWhiteSpace(string value)"),
        "join": ("Join", "Method", "static string Join(string separator, Params System.Object[] values)"),
    },
    "System.Math": {
        "abs": ("Abs", "Method", "static double Abs(double value)"),
        "ceiling": ("Ceiling", "Method", "static double Ceiling(double a)"),
        "e": ("E", "Property", "static double E {get;}"),
        "floor": ("Floor", "Method", "static double Floor(double d)"),
        "max": ("Max", "Method", "static double Max(double val1, double val2)"),
        "min": ("Min", "Method", "static double Min(double val1, double val2)"),
        "pi": ("PI", "Property", "static double PI {get;}"),
        "pow": ("Pow", "Method", "static double Pow(double x, double y)"),
        "round": ("Round", "Method", "static double Round(double a), static double Round(double value, int digits)"),
        "sqrt": ("Sqrt", "Method", "static double Sqrt(double d)"),
        "truncate": ("Truncate", "Method", "static double Truncate(double d)"),
    },
    "System.Text.RegularExpressions.Regex": {
        "escape": ("Escape", "Method", "static string Escape(string str)"),
        "ismatch": ("IsMatch", "Method", "static bool IsMatch(string input, string pattern)"),
        "match": ("Match", "Method",
                  "static System.Text.RegularExpressions.Match Match(string input, string pattern)"),
        "matches": ("Matches", "Method",
                    "static System.Text.RegularExpressions.MatchCollection Matches(string input, string pattern)"),
        "replace": ("Replace", "Method", "static string Replace(string input, string pattern, string replacement)"),
        "split": ("Split", "Method", "static string[] Split(string input, string pattern)"),
        "unescape": ("Unescape", "Method", "static string Unescape(string str)"),
    },
}

# Type literals whose TypeRef does not carry the .NET name (they convert to another target).
_STATIC_TYPE_NAMES = {"math": "System.Math", "regex": "System.Text.RegularExpressions.Regex"}

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
    return type_name_of(value) or "System.Object"


def instance_members(value: Any, force: bool = False) -> list[Member]:
    """Every member of `value` that works in pyshell (unsorted)."""
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
        out.extend(Member(n, _kind(k), d) for n, k, d in _HASHTABLE_MEMBERS)
    elif isinstance(value, GROWABLE_LISTS):
        from pyshell.runtime.listtypes import methods_of
        out.extend(Member(n, _kind("Method"), d) for n, d, _ in methods_of(value).values())
        out.append(Member("Count", _kind("Property"), "int Count {get;}"))
    elif isinstance(value, (list, tuple)):
        out.extend(Member(n, _kind(k), d) for n, k, d in _ARRAY_MEMBERS)
    elif isinstance(value, PSEnum):
        out.append(Member("value__", _kind("Property"), "int value__ {get;set;}"))
    elif isinstance(value, (_dt.datetime, _dt.timedelta)):
        from pyshell.format.fields import property_items
        out.extend(Member(n, _kind("Property"), f"{display_type(v)} {n} {{get;}}") for n, v in property_items(value))
    elif hasattr(type(value), "ps_properties"):         # a value that lists its own ($switch)
        out.extend(Member(n, _kind("Property"), f"{display_type(v)} {n} {{get;}}")
                   for n, v in value.ps_properties())
        out.extend(Member(n, _kind("Method"), d) for n, d in getattr(value, "ps_method_definitions", ()))
    return out


def _object_members(obj: PSObject, force: bool = False) -> list[Member]:
    custom = obj.type_names[:1] == [PSCUSTOMOBJECT]
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
    full = _STATIC_TYPE_NAMES.get(ref.name.lower(), ref.full_name)
    return full, ref


def static_members(full_name: str, ref: Any) -> list[Member]:
    if ref is None:
        return []
    target = ref.target
    if isinstance(target, type) and issubclass(target, PSEnum):
        return [Member(m.name, _kind("Property"), f"static {full_name} {m.name} {{get;}}") for m in target]
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
        return None
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

