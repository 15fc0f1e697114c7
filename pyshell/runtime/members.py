"""Member access on values: PowerShell-visible properties and an allow-list of methods.

Nothing here reaches a Python attribute: a name is looked up in the object's PowerShell
properties or in the tables below, and an unknown name is simply an absent member.
"""
from __future__ import annotations

from decimal import Decimal

from pyshell.runtime.conversion import convert_to, to_int, to_string
from pyshell.runtime.dictviews import keys_of, values_of
from pyshell.runtime.extended import EXTENDED_TYPES, NO_EXTENSION, ExtendedStr
from pyshell.runtime.extended import extended_member as _extended_member
from pyshell.runtime.stdvalues import is_date_or_span
from pyshell.runtime.typenames import Int64, type_name_of, type_names_of
from pyshell.runtime.values import (AUTOMATION_NULL, GROWABLE_LISTS, ArrayList, HASHTABLE_CLASSES, NOT_A_MEMBER,
                                    CaseSensitiveHashtable, ComputedProperty, InstanceMethod, NetCollection, PSEnum,
                                    PSHashtable, PSObject, TypedArray, dictionary_entry)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

NO_MEMBER = object()


def _returned(definition: str, value: Any) -> Any:
    """What a method call gives: a void method (its definition says so) gives nothing at all, not
    $null, so `$h.Clear()` in a function adds nothing to its output."""
    return AUTOMATION_NULL if value is None and definition.startswith("void ") else value


def get_member(obj: Any, name: str) -> Any:
    """`$obj.name`. Returns None when there is no such member (PowerShell's non-strict mode)."""
    key = name.lower()
    if key == "psobject" and obj is not None:
        from pyshell.runtime.psobject_view import psobject_view
        return psobject_view(obj)
    if isinstance(obj, PSObject):
        v = obj._values.get(key, NO_MEMBER)
        if v is not NO_MEMBER:
            if obj._members is not None and isinstance(v, ComputedProperty):
                return v.read(obj)
            return v
        if obj._members is not None:
            shown = getattr(obj._members.get(key), "shown_value", None)
            if shown is not None:               # an added member set or property set
                return shown
        return _common_property(obj, key)
    if isinstance(obj, PSHashtable):
        kind = type(obj)
        if kind is not PSHashtable and kind is not CaseSensitiveHashtable:
            return obj.member_value(name)       # a Dictionary[K,V] (dictionarytypes.py)
        if name in obj:
            return obj[name]
        if key == "count":
            return len(obj)
        if key == "keys":
            return keys_of(obj)                 # a KeyCollection (dictviews.py)
        if key == "values":
            return values_of(obj)
        if key == "isreadonly" or (not obj.ordered and key in ("isfixedsize", "issynchronized")):
            return False
        if key == "syncroot" and not obj.ordered:
            return obj
        if key == "pstypenames":
            return type_names_of(obj)
        return None
    if isinstance(obj, (list, tuple)):
        if type(obj) is not list and type(obj) in EXTENDED_TYPES:
            found = _extended_member(obj, key)
            if found is not NO_EXTENSION:
                return found
        if isinstance(obj, NetCollection):      # a Queue, Stack or HashSet: its own properties first
            found = obj.ps_property(key)
            if found is not NOT_A_MEMBER:
                return found
        elif key in ("count", "length"):
            return len(obj)
        elif key == "rank":
            return 1
        elif not isinstance(obj, GROWABLE_LISTS) and key in _ARRAY_PROPERTIES:
            return _ARRAY_PROPERTIES[key](obj)   # System.Array's own: LongLength, IsFixedSize ...
        elif isinstance(obj, ArrayList) and key in _ARRAY_LIST_PROPERTIES:
            return _ARRAY_LIST_PROPERTIES[key](obj)
        if key == "pstypenames":                # every object's, not its elements'
            return type_names_of(obj)
        return _member_of_items(obj, name)
    if isinstance(obj, str):
        if type(obj) is ExtendedStr:
            found = _extended_member(obj, key)
            if found is not NO_EXTENSION:
                return found
        if key == "length":
            return len(obj)
        if key == "count":
            return 1        # a string is one object (PowerShell 3 and later), whatever its length
        if key == "pstypenames":
            return type_names_of(obj)
        return None
    if isinstance(obj, PSEnum):
        if key == "value__":
            return obj.value
        if key == "pstypenames":
            return type_names_of(obj)
        return None
    if is_date_or_span(obj):
        from pyshell.runtime.datetimes import get_member as date_member
        found = date_member(obj, key)
        if found is not None:
            return found
    own = getattr(type(obj), "ps_property", None)
    if own is not None:                         # a value that answers for its properties ($switch.IsPresent)
        found = own(obj, key)
        if found is not NOT_A_MEMBER:
            return found
    if key in ("count", "length"):
        return 0 if obj is None else 1
    info = getattr(obj, "type_info", None)
    if info is not None and getattr(type(obj), "ps_type_name", "") == "System.RuntimeType":
        return get_member(info(), name)         # a type literal: [string].FullName
    if key == "pstypenames" and obj is not None:
        return type_names_of(obj)
    return None


# System.Array's properties besides Length, Count and Rank.
_ARRAY_PROPERTIES: dict[str, Callable[[Any], Any]] = {
    "longlength": lambda a: Int64(len(a)), "isfixedsize": lambda a: True, "isreadonly": lambda a: False,
    "issynchronized": lambda a: False, "syncroot": lambda a: a,
}


# An ArrayList's own (a List[T] shows only Count and Capacity; both answer these through interfaces).
_ARRAY_LIST_PROPERTIES: dict[str, Callable[[Any], Any]] = {
    "isfixedsize": lambda a: False, "isreadonly": lambda a: False, "issynchronized": lambda a: False,
    "syncroot": lambda a: a,
}


def _member_of_items(items: list | tuple, name: str) -> Any:
    """Member enumeration: `name` read from each item of a collection, the results in one list."""
    found = (get_member(item, name) for item in items if item is not None)
    return _gathered((v for v in found if v is not None), None)


def _gathered(results: Any, empty: Any) -> Any:
    """The results of member enumeration as a pipeline gathers them: a collection's items one by one,
    then one value alone or an array of them (`empty` when there are none)."""
    values: list[Any] = []
    for v in results:
        if isinstance(v, (list, tuple)):
            values.extend(v)
        else:
            values.append(v)
    if not values:
        return empty
    return values[0] if len(values) == 1 else values


def _common_property(obj: PSObject, key: str) -> Any:
    if key == "pstypenames":
        from pyshell.runtime.membertypes import live_type_names
        return live_type_names(obj)
    if key in ("count", "length"):
        return 1        # every single object counts as one (PowerShell 3 and later)
    return None


def set_member(obj: Any, name: str, value: Any) -> bool:
    """`$obj.name = value`; False when the member cannot be set."""
    if isinstance(obj, PSObject):
        canonical = obj.canonical_name(name)
        if canonical is None:
            return False
        current = obj._values.get(canonical.lower())
        if isinstance(current, ComputedProperty):
            current.write(obj, value)
            return True
        if isinstance(current, PSEnum):
            value = convert_to(value, type(current))
        obj.set(canonical, value)
        return True
    if isinstance(obj, PSHashtable):
        if type(obj) not in HASHTABLE_CLASSES and obj.key_name != "System.String":
            return False                # a Dictionary takes keys by member name only when they are text
        obj[name] = value
        return True
    if type(obj) in EXTENDED_TYPES:
        ext = obj.ps_extension
        key = name.lower()
        if key in ext._values:
            current = ext._values[key]
            if isinstance(current, ComputedProperty):
                current.write(obj, value)
            else:
                ext._values[key] = value
            return True
    own = getattr(type(obj), "ps_set_property", None)
    if own is not None:                         # a value that sets its own ($sb.Length = 0)
        return own(obj, name.lower(), value)
    return False


# --- methods -----------------------------------------------------------------------------------

def _str_split(s: str, *args: Any) -> list[str]:
    """String.Split: on each of the separator characters (white space when none are given); a
    StringSplitOptions of RemoveEmptyEntries as the last argument drops the empty pieces."""
    remove_empty = False
    if len(args) > 1 and isinstance(args[-1], PSEnum) and args[-1].ps_type_name() == "System.StringSplitOptions":
        remove_empty = args[-1].name == "RemoveEmptyEntries"
        args = args[:-1]
    if not args or args[0] is None:
        chars = " \t\n\r\f\v"
    else:
        seps = args[0]
        chars = to_string(seps) if not isinstance(seps, (list, tuple)) else "".join(to_string(x) for x in seps)
    out = [s]
    for ch in chars:
        out = [piece for part in out for piece in part.split(ch)]
    if remove_empty:
        out = [piece for piece in out if piece]
    return TypedArray(out, str, "System.String")


def _char_array(s: str) -> list:
    from pyshell.runtime.types import CharType, PSChar
    return TypedArray([PSChar(c) for c in s], CharType, "System.Char")


def _argument_error(message: str, parameter: str) -> str:
    """An ArgumentException's Message as .NET Framework builds it: the text, then the parameter's name."""
    return f"{message}\r\nParameter name: {parameter}"


def _substring(s: str, start: Any, length: Any = None) -> str:
    i = to_int(start)
    if i < 0:
        raise IndexError(_argument_error("StartIndex cannot be less than zero.", "startIndex"))
    if i > len(s):
        raise IndexError(_argument_error("startIndex cannot be larger than length of string.", "startIndex"))
    if length is None:
        return s[i:]
    n = to_int(length)
    if n < 0:
        raise IndexError(_argument_error("Length cannot be less than zero.", "length"))
    if i + n > len(s):
        raise IndexError(_argument_error("Index and length must refer to a location within the string.", "length"))
    return s[i:i + n]


def _string_compare_to(text: str, other: Any) -> int:
    """String.CompareTo: the current culture's case-sensitive order, -1, 0 or 1; null sorts first."""
    if other is None:
        return 1
    from pyshell.runtime.operators import culture_key
    a, b = culture_key(text), culture_key(to_string(other))
    return (a > b) - (a < b)


def _insert(s: str, start: Any, value: Any) -> str:
    i = to_int(start)
    if not 0 <= i <= len(s):
        raise IndexError(_argument_error("Specified argument was out of the range of valid values.", "startIndex"))
    return s[:i] + to_string(value) + s[i:]


def _remove(s: str, start: Any, count: Any = None) -> str:
    i = to_int(start)
    if i < 0:
        raise IndexError(_argument_error("StartIndex cannot be less than zero.", "startIndex"))
    if count is None:
        if i >= len(s):
            raise IndexError(_argument_error("startIndex must be less than length of string.", "startIndex"))
        return s[:i]
    n = to_int(count)
    if n < 0:
        raise IndexError(_argument_error("Count cannot be less than zero.", "count"))
    if i + n > len(s):
        raise IndexError(_argument_error("Index and count must refer to a location within the string.", "count"))
    return s[:i] + s[i + n:]


def _str_replace(s: str, old: str, new: str) -> str:
    """String.Replace: an empty old value is an ArgumentException; a result too long to build is
    .NET's OutOfMemoryException."""
    from pyshell.runtime import arith
    if not old:
        raise ValueError(_argument_error("String cannot be of zero length.", "oldValue"))
    arith.check_size(len(s) + s.count(old) * (len(new) - len(old)))
    return s.replace(old, new)


def _pad(s: str, width: Any, char: Any, pad: Callable[[int, str], str]) -> str:
    """String.PadLeft/PadRight: a negative width is an ArgumentOutOfRangeException."""
    from pyshell.runtime import arith
    n = to_int(width)
    if n < 0:
        raise IndexError(_argument_error("Non-negative number required.", "totalWidth"))
    arith.check_size(n)
    return pad(n, to_string(char)[:1] or " ")


STRING_METHODS: dict[str, Callable[..., Any]] = {
    "toupper": lambda s: s.upper(),
    "tolower": lambda s: s.lower(),
    "toupperinvariant": lambda s: s.upper(),
    "tolowerinvariant": lambda s: s.lower(),
    "trim": lambda s, chars=None: s.strip(None if chars is None else to_string(chars)),
    "trimstart": lambda s, chars=None: s.lstrip(None if chars is None else to_string(chars)),
    "trimend": lambda s, chars=None: s.rstrip(None if chars is None else to_string(chars)),
    "contains": lambda s, x: to_string(x) in s,
    "startswith": lambda s, x: s.startswith(to_string(x)),
    "endswith": lambda s, x: s.endswith(to_string(x)),
    "replace": lambda s, a, b: _str_replace(s, to_string(a), to_string(b)),
    "split": _str_split,
    "substring": _substring,
    "indexof": lambda s, x, start=0: s.find(to_string(x), to_int(start)),
    "lastindexof": lambda s, x: s.rfind(to_string(x)),
    "padleft": lambda s, n, c=" ": _pad(s, n, c, s.rjust),
    "padright": lambda s, n, c=" ": _pad(s, n, c, s.ljust),
    "insert": _insert,
    "remove": _remove,
    "tochararray": _char_array,
    "equals": lambda s, x: s == to_string(x),
    "compareto": lambda s, x: _string_compare_to(s, x),
}


def _hashtable_add(table: PSHashtable, key: Any, value: Any) -> None:
    if not table.add(key, value):
        raise ValueError(f"Item has already been added. Key in dictionary: '{to_string(key)}'  "
                         f"Key being added: '{to_string(key)}'")


# The Hashtable methods scripts can call: lower-case name -> (name as .NET spells it, member type,
# definition as Get-Member shows it, what it does). Get-Member and ForEach-Object -MemberName read
# their lists from here.
HASHTABLE_METHODS: dict[str, tuple[str, str, str, Callable[..., Any]]] = {
    "add": ("Add", "Method", "void Add(System.Object key, System.Object value)", _hashtable_add),
    "clear": ("Clear", "Method", "void Clear()", lambda t: t.clear()),
    "clone": ("Clone", "Method", "System.Object Clone()", lambda t: t.copy()),
    "contains": ("Contains", "Method", "bool Contains(System.Object key)", lambda t, key: key in t),
    "containskey": ("ContainsKey", "Method", "bool ContainsKey(System.Object key)", lambda t, key: key in t),
    "containsvalue": ("ContainsValue", "Method", "bool ContainsValue(System.Object value)",
                      lambda t, value: any(dotnet_equals(v, value) for v in t.values())),
    # An enumerator in .NET; here the entries it would give, which pipelines and foreach enumerate
    # as they would the enumerator.
    "getenumerator": ("GetEnumerator", "Method", "System.Collections.IDictionaryEnumerator GetEnumerator()",
                      lambda t: tuple(dictionary_entry(k, v) for k, v in t.items())),
    "remove": ("Remove", "Method", "void Remove(System.Object key)", lambda t, key: t.remove(key)),
    "item": ("Item", "ParameterizedProperty", "System.Object Item(System.Object key) {get;set;}",
             lambda t, key: t[key]),
}


# An [ordered] dictionary (System.Collections.Specialized.OrderedDictionary) has Hashtable's methods
# less ContainsKey, ContainsValue and Clone, and positions besides: Insert, RemoveAt, Item[int].
ORDERED_METHODS: dict[str, tuple[str, str, str, Callable[..., Any]]] = {
    **{k: v for k, v in HASHTABLE_METHODS.items() if k not in ("containskey", "containsvalue", "clone", "item")},
    "insert": ("Insert", "Method", "void Insert(int index, System.Object key, System.Object value)",
               lambda t, index, key, value: t.insert_at(to_int(index), key, value)),
    "removeat": ("RemoveAt", "Method", "void RemoveAt(int index)", lambda t, index: t.remove_at(to_int(index))),
    "item": ("Item", "ParameterizedProperty",
             "System.Object Item(int index) {get;set;}, System.Object Item(System.Object key) {get;set;}",
             lambda t, key: t.at(key)[1] if t.positional(key) and t.at(key) is not None else t[key]),
}


def hashtable_methods(table: PSHashtable) -> dict[str, tuple[str, str, str, Callable[..., Any]]]:
    """The methods a script may call on this hashtable or [ordered] dictionary."""
    return ORDERED_METHODS if table.ordered else HASHTABLE_METHODS


def type_info(value: Any) -> PSObject:
    """What `.GetType()` answers: the same kind of type object a type literal gives (typeinfo.py)."""
    from pyshell.runtime.typeinfo import type_object, type_of_value
    if getattr(type(value), "ps_type_name", "") == "System.RuntimeType":
        return type_object("System.RuntimeType")        # [string].GetType()
    return type_of_value(value)


# The IList methods an array has but cannot carry out.
_RESIZING = frozenset(("add", "insert", "remove", "removeat"))


def _clear_array(array: list) -> None:
    """Array's IList.Clear: the length stays, every element becomes its type's default ($null, or 0
    and the like for an array of a value type)."""
    from pyshell.runtime.typeinfo import is_array_of_value_type
    empty = convert_to(None, array.element) if is_array_of_value_type(array) else None
    array[:] = [empty] * len(array)


def call_method(obj: Any, name: str, args: list[Any]) -> Any:
    """`$obj.Name(args)`; raises LookupError when there is no such method."""
    key = name.lower()
    if obj is None:
        raise LookupError("You cannot call a method on a null-valued expression.")
    if isinstance(obj, PSObject) and obj._members is not None:
        own = obj._members.get(key)
        if isinstance(own, InstanceMethod):
            return own.invoke(obj, args)
    elif type(obj) in EXTENDED_TYPES:
        own = obj.ps_extension._members.get(key)
        if isinstance(own, InstanceMethod):
            return own.invoke(obj, args)
    if key != "gettype" and is_date_or_span(obj):
        from pyshell.runtime.datetimes import call_method as date_method
        return date_method(obj, name, args)
    if key == "tostring" and not args:
        from pyshell.runtime.typeinfo import type_full_name, type_text
        if isinstance(obj, (list, tuple)):
            # Object.ToString() of a collection (an array, a list, a queue): its type's name.
            return type_text(type_name_of(obj))
        full = type_full_name(obj)
        return to_string(obj) if full is None else type_text(full)     # a type's ToString() is .NET's
    if key == "gettype" and not args:
        if obj is None:
            raise LookupError("You cannot call a method on a null-valued expression.")
        return type_info(obj)
    if isinstance(obj, (int, float, Decimal)) and not isinstance(obj, bool) and args:
        from pyshell.runtime.numbermethods import _NOT_FOUND, call as number_method
        found = number_method(obj, key, args)     # ToString(format), CompareTo
        if found is not _NOT_FOUND:
            return found
    if isinstance(obj, str):
        fn = STRING_METHODS.get(key)
        if fn is not None:
            return fn(obj, *args)
    table = getattr(type(obj), "ps_method_table", None)
    if table is not None:       # a type with its table of methods (StringBuilder, Queue, Dictionary[K,V] ...)
        method = table(obj).get(key)
        if method is not None:
            return _returned(method[1], method[2](obj, *args))
    elif isinstance(obj, PSHashtable):
        method = hashtable_methods(obj).get(key)
        if method is not None:
            return _returned(method[2], method[3](obj, *args))
    if key == "item" and len(args) == 1 and hasattr(obj, "item") and not isinstance(obj, (str, PSObject)):
        return obj.item(args[0])        # the psobject view's Properties.Item("Name")
    if isinstance(obj, GROWABLE_LISTS):
        if not isinstance(obj, NetCollection):  # (a NetCollection's table, above, holds all its methods)
            from pyshell.runtime.listtypes import methods_of
            method = methods_of(obj).get(key)
            if method is not None:
                return _returned(method[1], method[2](obj, *args))
    elif isinstance(obj, (list, tuple)) and key in _RESIZING:
        # An array cannot grow or shrink: .NET's IList methods that would throw NotSupportedException.
        from pyshell.runtime.operators import PSOperatorError
        raise PSOperatorError("Collection was of a fixed size.", "NotSupportedException", inner="NotSupportedException")
    elif isinstance(obj, list) and key == "clear" and not args:
        _clear_array(obj)
        return None
    if isinstance(obj, (list, tuple)) and not isinstance(obj, NetCollection):
        if isinstance(obj, list) and not isinstance(obj, GROWABLE_LISTS):
            from pyshell.runtime.arraymethods import ARRAY_METHODS
            array_method = ARRAY_METHODS.get(key)
            if array_method is not None:
                return _returned(array_method[1], array_method[2](obj, *args))
        if key == "getenumerator" and not args:
            from pyshell.runtime.enumerators import ArrayEnumerator
            return ArrayEnumerator(obj)
        if key == "contains" and len(args) == 1:
            from pyshell.runtime.operators import ps_equals
            return any(ps_equals(x, args[0], True) for x in obj)
        if key == "indexof" and len(args) == 1:
            from pyshell.runtime.operators import ps_equals
            for i, x in enumerate(obj):
                if ps_equals(x, args[0], True):
                    return i
            return -1
    own = getattr(type(obj), "ps_call", None)
    if own is not None:                         # a value that answers for its methods ($switch.ToBool())
        found = own(obj, key, args)
        if found is not NOT_A_MEMBER:
            return found
    if key == "equals" and len(args) == 1:
        return dotnet_equals(obj, args[0])
    if key == "gethashcode" and not args:
        return dotnet_hash_code(obj)
    if obj is None:
        raise LookupError("You cannot call a method on a null-valued expression.")
    if isinstance(obj, (list, tuple)) and obj:
        return _call_on_items(obj, name, args)
    raise LookupError(f"Method invocation failed because [{type_name_of(obj)}] does not contain a method "
                      f"named '{name}'.")


def _call_on_items(items: list | tuple, name: str, args: list[Any]) -> Any:
    """Member enumeration of a method the collection itself lacks (`@('ab', 'cb').Replace('b', 'x')`):
    called on each item, the results gathered as a pipeline gathers them (void calls give none)."""
    found = (call_method(item, name, args) for item in items if item is not None)
    return _gathered((v for v in found if v is not AUTOMATION_NULL), AUTOMATION_NULL)


def dotnet_equals(a: Any, b: Any) -> bool:
    """Object.Equals as .NET answers it: equal values of the same type, else the same object."""
    if a is b:
        return True
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float, str, PSEnum)):
        return type_name_of(a) == type_name_of(b) and a == b
    from pyshell.runtime.typeinfo import type_full_name
    full = type_full_name(a)            # one Type object per type: [string] and "x".GetType() are it
    return full is not None and type_full_name(b) == full


def dotnet_hash_code(value: Any) -> int:
    """GetHashCode(): what .NET gives for numbers and booleans; a stable 32-bit value otherwise."""
    import struct
    import zlib
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        if -(2 ** 31) <= value < 2 ** 31:
            return value
        low, high = value & 0xFFFFFFFF, (value >> 32) & 0xFFFFFFFF
        n = low ^ high
    elif isinstance(value, float):
        if value == 0.0:
            return 0
        bits = struct.unpack("<q", struct.pack("<d", value))[0]
        n = (bits & 0xFFFFFFFF) ^ ((bits >> 32) & 0xFFFFFFFF)
    elif isinstance(value, PSEnum):
        return int(value.value)
    elif isinstance(value, str):
        n = zlib.crc32(value.encode("utf-16-le"))
    else:
        n = id(value) & 0x7FFFFFFF
    return n - 2 ** 32 if n >= 2 ** 31 else n
