"""System.Collections.Generic.Dictionary[K,V]: a dictionary whose keys and values are converted to K
and V as they go in, and whose keys compare as .NET's default comparer compares them (text is
case-sensitive, unlike a hashtable's keys) or as the [StringComparer] it was made with.

It is a PSHashtable underneath, so what PowerShell does with any IDictionary it does with this one:
a pipeline passes it on whole instead of unrolling it, `$d[key]` reads a key ($null when it is
missing, as PowerShell reads a generic dictionary through TryGetValue), and the formatter lists its
entries, here KeyValuePair objects with Key and Value. Its methods are one table, as for the other
collection types (collectiontypes.py). Imported the first time a script names the type.
"""
from __future__ import annotations

import functools

from pyshell.runtime.collectiontypes import StringComparer, hash_key, null_argument
from pyshell.runtime.conversion import PSConversionError, convert_to, to_string, type_display_name
from pyshell.runtime.dictviews import keys_of, values_of
from pyshell.runtime.values import AUTOMATION_NULL, NOT_A_MEMBER, PSHashtable, PSObject, generic_type_name

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    Table = dict[str, tuple[str, str, Callable[..., Any]]]

DICTIONARY = "System.Collections.Generic.Dictionary`2"
KEY_VALUE_PAIR = "System.Collections.Generic.KeyValuePair`2"
_MISSING = object()


class GenericDictionary(PSHashtable):
    """One Dictionary[K,V]: `key_type` and `value_type` are conversion targets, `key_name` and
    `value_name` their .NET full names; `comparer` is the [StringComparer] it was made with, if any."""

    __slots__ = ("key_type", "value_type", "key_name", "value_name", "comparer")

    def __init__(self, key_type: Any, value_type: Any, key_name: str, value_name: str,
                 comparer: StringComparer | None = None):
        super().__init__()
        self.key_type = key_type
        self.value_type = value_type
        self.key_name = key_name
        self.value_name = value_name
        self.comparer = comparer

    @property
    def ps_type_name(self) -> str:
        return generic_type_name(DICTIONARY, [self.key_name, self.value_name])

    # -- keys: converted to K, then compared as .NET compares them ------------------------------
    def incoming_key(self, key: Any) -> Any:
        if key is None or key is AUTOMATION_NULL:
            raise null_argument("key")
        return convert_to(key, self.key_type)

    def _norm(self, key: Any) -> Any:      # type: ignore[override]
        return hash_key(self.incoming_key(key), self.comparer is not None and self.comparer.ignore_case)

    def __setitem__(self, key: Any, value: Any) -> None:
        key = self.incoming_key(key)
        value = convert_to(value, self.value_type)
        norm = self._norm(key)
        old = self._data.get(norm)
        self._data[norm] = (old[0] if old else key, value)     # a new value keeps the key it had
        self._version += 1

    def __contains__(self, key: Any) -> bool:
        try:
            return self._norm(key) in self._data
        except PSConversionError:
            return False

    def add(self, key: Any, value: Any) -> bool:
        key = self.incoming_key(key)
        value = convert_to(value, self.value_type)
        norm = self._norm(key)
        if norm in self._data:
            return False
        self._data[norm] = (key, value)
        self._version += 1
        return True

    def remove(self, key: Any) -> bool:     # type: ignore[override]
        if self._data.pop(self._norm(key), _MISSING) is _MISSING:
            return False
        self._version += 1
        return True

    def copy(self) -> "GenericDictionary":
        clone = GenericDictionary(self.key_type, self.value_type, self.key_name, self.value_name, self.comparer)
        clone._data = dict(self._data)
        return clone

    def entry_objects(self) -> list[Any]:
        name = generic_type_name(KEY_VALUE_PAIR, [self.key_name, self.value_name])
        return [key_value_pair(name, k, v) for k, v in self._data.values()]

    # -- members ---------------------------------------------------------------------------------
    def member_value(self, name: str) -> Any:
        """`$d.name`: the value of the key `name` when K is String and there is one (PowerShell
        looks keys up by member name only in a dictionary keyed by text), else the property."""
        if self.key_name == "System.String" and name in self:
            return self[name]
        found = self.ps_property(name.lower())
        return None if found is NOT_A_MEMBER else found

    def ps_property(self, key: str) -> Any:
        if key == "count":
            return len(self)
        if key == "keys":
            return keys_of(self)
        if key == "values":
            return values_of(self)
        if key == "comparer" and self.comparer is not None:
            return self.comparer
        return NOT_A_MEMBER

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        from pyshell.runtime.typeinfo import display_name
        arguments = f"[{display_name(self.key_name)},{display_name(self.value_name)}]"
        return [("Count", "int Count {get;}"),
                ("Keys", f"System.Collections.Generic.Dictionary`2+KeyCollection{arguments} Keys {{get;}}"),
                ("Values", f"System.Collections.Generic.Dictionary`2+ValueCollection{arguments} Values {{get;}}")]

    def ps_method_table(self) -> Table:
        return _methods(self.key_name, self.value_name)

    def __repr__(self) -> str:
        return f"Dictionary[{self.key_name},{self.value_name}]({self.items()!r})"


def key_value_pair(type_name: str, key: Any, value: Any) -> PSObject:
    """One entry as a Dictionary enumerates it; .NET writes it as `[key, value]`."""
    text = f"[{'' if key is None else to_string(key)}, {'' if value is None else to_string(value)}]"
    return PSObject([("Key", key), ("Value", value)], type_names=[type_name, "System.ValueType", "System.Object"],
                    string_form=text)


def _add(d: GenericDictionary, key: Any, value: Any) -> Any:
    if not d.add(key, value):
        raise ValueError("An item with the same key has already been added.")
    return AUTOMATION_NULL


def _clear(d: GenericDictionary) -> Any:
    d.clear()
    return AUTOMATION_NULL


def _contains_key(d: GenericDictionary, key: Any) -> bool:
    return d._norm(key) in d._data


def _contains_value(d: GenericDictionary, value: Any) -> bool:
    from pyshell.runtime.members import dotnet_equals
    wanted = convert_to(value, d.value_type)
    return any(v is wanted or (v is not None and dotnet_equals(v, wanted)) for v in d.values())


def _item(d: GenericDictionary, key: Any) -> Any:
    entry = d._data.get(d._norm(key))
    if entry is None:
        from pyshell.runtime.operators import PSOperatorError
        raise PSOperatorError("The given key was not present in the dictionary.", "KeyNotFoundException",
                              inner="KeyNotFoundException")
    return entry[1]


@functools.lru_cache(maxsize=None)
def _methods(key_name: str, value_name: str) -> Table:
    from pyshell.runtime.typeinfo import display_name
    k, v = display_name(key_name), display_name(value_name)
    pair = f"System.Collections.Generic.KeyValuePair[{k},{v}]"
    return {
        "add": ("Add", f"void Add({k} key, {v} value)", _add),
        "clear": ("Clear", "void Clear()", _clear),
        "containskey": ("ContainsKey", f"bool ContainsKey({k} key)", _contains_key),
        "containsvalue": ("ContainsValue", f"bool ContainsValue({v} value)", _contains_value),
        "remove": ("Remove", f"bool Remove({k} key)", lambda d, key: d.remove(key)),
        # An enumerator in .NET; here the pairs it would give, which pipelines and foreach take
        # as they would take the enumerator.
        "getenumerator": ("GetEnumerator", f"System.Collections.Generic.Dictionary`2+Enumerator[{k},{v}] "
                                           "GetEnumerator()", lambda d: tuple(d.entry_objects())),
        # A parameterized property, read as a method: unlike `$d[key]`, a missing key is an error.
        "item": ("Item", f"{v} Item({k} key) {{get;set;}}", _item),
    }


class DictionaryType:
    """[System.Collections.Generic.Dictionary[K,V]] for one K and V (conversion targets)."""

    def __init__(self, key_type: Any, value_type: Any):
        self.key_type = key_type
        self.value_type = value_type
        self.key_name = type_display_name(key_type)
        self.value_name = type_display_name(value_type)
        self.ps_type_name = generic_type_name(DICTIONARY, [self.key_name, self.value_name])

    def empty(self, comparer: StringComparer | None = None) -> GenericDictionary:
        return GenericDictionary(self.key_type, self.value_type, self.key_name, self.value_name, comparer)

    def new(self, *args: Any) -> GenericDictionary:
        """(), (int capacity), (a comparer), (int capacity, a comparer), and a copy of another
        Dictionary[K,V], with or without a comparer. TypeError: no such overload."""
        from pyshell.runtime.conversion import to_int
        comparer = None
        if args and isinstance(args[-1], StringComparer):
            comparer, args = args[-1], args[:-1]
        if len(args) > 1:
            raise TypeError("no such constructor")
        made = self.empty(comparer)
        if args:
            source = args[0]
            if self.is_instance(source):
                for key, value in source.items():
                    made.add(key, value)
            elif source is None:
                raise null_argument("dictionary")
            else:
                if to_int(source) < 0:
                    raise IndexError("Non-negative number required.\nParameter name: capacity")
        return made

    def ps_convert(self, value: Any) -> Any:
        if value is None or value is AUTOMATION_NULL:
            return None
        if self.is_instance(value):
            return value
        from pyshell.runtime.typeinfo import type_text
        raise PSConversionError(value, type_text(self.ps_type_name))

    def is_instance(self, value: Any) -> bool:
        return (isinstance(value, GenericDictionary) and value.key_name == self.key_name
                and value.value_name == self.value_name)
