"""The growable lists scripts collect results in: System.Collections.ArrayList and
System.Collections.Generic.List[T].

Both are Python lists, so pipelines, foreach, indexing and counting take them as they take arrays;
what sets them apart is their type name and their methods (Add, Remove, Insert ...), which the
tables here list for call_method and Get-Member. As in .NET, they are reference types: `$b = $a`
shares one list, and `+` makes a new Object[] rather than growing the list.
"""
from __future__ import annotations

from pyshell.runtime.conversion import PSConversionError, convert_to, to_int, type_display_name
from pyshell.runtime.values import ARRAY_LIST, AUTOMATION_NULL, ArrayList, GenericList, TypedArray, generic_list_name

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable


# --- conversion ------------------------------------------------------------------------------------

def to_array_list(value: Any) -> Any:
    """[System.Collections.ArrayList]$value: a copy of an array or list (its ICollection
    constructor); $null stays $null. A single value has no such conversion: PowerShell ignores
    the constructor that takes a capacity, so [System.Collections.ArrayList]5 fails."""
    if value is None or value is AUTOMATION_NULL:
        return None
    if isinstance(value, (list, tuple)):
        return ArrayList(value)
    raise PSConversionError(value, ARRAY_LIST)


def to_generic_list(value: Any, element: Any) -> Any:
    """[System.Collections.Generic.List[T]]$value: each item of an array converted to T, or a
    single value that converts to T as the only item; $null stays $null."""
    if value is None or value is AUTOMATION_NULL:
        return None
    name = type_display_name(element)
    items = value if isinstance(value, (list, tuple)) else [value]
    try:
        return GenericList([convert_to(v, element) for v in items], element, name)
    except PSConversionError:
        from pyshell.runtime.typeinfo import type_text
        raise PSConversionError(value, type_text(generic_list_name(name))) from None


# --- methods ---------------------------------------------------------------------------------------

def _equals(a: Any, b: Any) -> bool:
    from pyshell.runtime.members import dotnet_equals
    return dotnet_equals(a, b)


def _null_argument(parameter: str) -> Exception:
    from pyshell.runtime.operators import PSOperatorError
    return PSOperatorError(f"Value cannot be null.\nParameter name: {parameter}", "ArgumentNullException",
                           inner="ArgumentNullException")


def _index(items: list, value: Any) -> int:
    for i, item in enumerate(items):
        if _equals(item, value):
            return i
    return -1


def _position(items: list, index: Any, *, inclusive: bool = False) -> int:
    """An index argument, checked as .NET checks it (IndexError is the ArgumentOutOfRangeException)."""
    i = to_int(index)
    if i < 0 or i > len(items) or (i == len(items) and not inclusive):
        raise IndexError("Index was out of range. Must be non-negative and less than the size of the "
                         "collection.\nParameter name: index")
    return i


def _incoming(items: list, value: Any) -> Any:
    return convert_to(value, items.element) if isinstance(items, GenericList) else value


def _add(items: list, value: Any) -> Any:
    items.append(_incoming(items, value))
    return len(items) - 1 if isinstance(items, ArrayList) else AUTOMATION_NULL


def _add_range(items: list, values: Any) -> Any:
    if values is None:
        raise _null_argument("c")
    for v in values if isinstance(values, (list, tuple)) else [values]:
        items.append(_incoming(items, v))
    return AUTOMATION_NULL


def _insert(items: list, index: Any, value: Any) -> Any:
    items.insert(_position(items, index, inclusive=True), _incoming(items, value))
    return AUTOMATION_NULL


def _remove(items: list, value: Any) -> Any:
    i = _index(items, value)
    if i >= 0:
        del items[i]
    if isinstance(items, GenericList):
        return i >= 0
    return AUTOMATION_NULL


def _remove_at(items: list, index: Any) -> Any:
    del items[_position(items, index)]
    return AUTOMATION_NULL


def _clear(items: list) -> Any:
    items.clear()
    return AUTOMATION_NULL


def _reverse(items: list) -> Any:
    items.reverse()
    return AUTOMATION_NULL


def _sort(items: list) -> Any:
    """Sort in place by .NET's default comparer: numbers by value, text in culture order."""
    import functools
    from pyshell.runtime.operators import PSOperatorError, ps_compare
    try:
        items.sort(key=functools.cmp_to_key(lambda a, b: ps_compare(a, b, True)))
    except PSOperatorError as exc:
        raise ValueError("Failed to compare two elements in the array.") from exc
    return AUTOMATION_NULL


def _to_array(items: list) -> Any:
    if isinstance(items, GenericList) and items.element is not object:
        return TypedArray(items, items.element, items.element_name)
    return list(items)


def _clone(items: list) -> Any:
    return items.__class__(items) if isinstance(items, ArrayList) else \
        GenericList(items, items.element, items.element_name)


_COMMON: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "addrange": ("AddRange", "void AddRange({items})", _add_range),
    "clear": ("Clear", "void Clear()", _clear),
    "contains": ("Contains", "bool Contains({item} item)", lambda items, v: _index(items, v) >= 0),
    "indexof": ("IndexOf", "int IndexOf({item} item)", _index),
    "insert": ("Insert", "void Insert(int index, {item} item)", _insert),
    "removeat": ("RemoveAt", "void RemoveAt(int index)", _remove_at),
    "reverse": ("Reverse", "void Reverse()", _reverse),
    "sort": ("Sort", "void Sort()", _sort),
    "toarray": ("ToArray", "{item}[] ToArray()", _to_array),
}

# lower-case name -> (name as .NET spells it, definition as Get-Member shows it, implementation)
ARRAY_LIST_METHODS: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "add": ("Add", "int Add(System.Object value)", _add),
    "clone": ("Clone", "System.Object Clone()", _clone),
    "remove": ("Remove", "void Remove(System.Object obj)", _remove),
    **{k: (n, d.format(item="System.Object", items="System.Collections.ICollection c"), f)
       for k, (n, d, f) in _COMMON.items()},
}


def generic_list_methods(element_name: str) -> dict[str, tuple[str, str, Callable[..., Any]]]:
    from pyshell.runtime.typeinfo import display_name
    item = display_name(element_name)       # as Get-Member writes a type: string, int, System.Object
    return {
        "add": ("Add", f"void Add({item} item)", _add),
        "remove": ("Remove", f"bool Remove({item} item)", _remove),
        **{k: (n, d.format(item=item, items=f"System.Collections.Generic.IEnumerable[{item}] collection"), f)
           for k, (n, d, f) in _COMMON.items()},
    }


def methods_of(items: list) -> dict[str, tuple[str, str, Callable[..., Any]]]:
    if type(items) is not GenericList and hasattr(type(items), "ps_type_name") and \
            items.ps_type_name.startswith("System.Collections.ObjectModel."):
        from pyshell.runtime.membertypes import collection_methods
        return collection_methods(items)
    if isinstance(items, GenericList):
        return generic_list_methods(items.element_name)
    return ARRAY_LIST_METHODS


# --- new arrays ------------------------------------------------------------------------------------

def default_value(element: Any, element_name: str) -> Any:
    """What a new array of `element` (a conversion target) holds in each place: $null for a
    reference type, and a value type's own zero (0, $false, [char]0 ...)."""
    from pyshell.runtime.typeinfo import is_array_of_value_type
    if not is_array_of_value_type(TypedArray((), element, element_name)):
        return None
    low = element_name.lower()
    if low == "system.char":
        from pyshell.runtime.types import PSChar
        return PSChar("\0")
    if low == "system.decimal":
        import decimal
        return decimal.Decimal(0)
    if low == "system.datetime":
        import datetime
        return datetime.datetime(1, 1, 1)
    if low == "system.timespan":
        import datetime
        return datetime.timedelta(0)
    if isinstance(element, type) and hasattr(element, "__members__"):      # an enum: the member that is 0
        return next((m for m in element if m.value == 0), next(iter(element), None))
    return convert_to(None, element)


def new_array(target: Any, length: Any) -> TypedArray:
    """[T[]]::new(length) and New-Object 'T[]' length: `length` default values of T (`target` is
    the array's ListOf). A negative length is .NET's OverflowException."""
    from pyshell.runtime import arith
    n = to_int(length)
    if n < 0:
        raise OverflowError("negative array length")
    arith.check_size(n)
    return TypedArray([default_value(target.item, target.item_name)] * n, target.item, target.item_name)


# --- [array]'s static methods ----------------------------------------------------------------------

def _last_index(items: list, value: Any) -> int:
    for i in range(len(items) - 1, -1, -1):
        if _equals(items[i], value):
            return i
    return -1


def _array_argument(value: Any) -> list:
    if value is None:
        raise _null_argument("array")
    if not isinstance(value, list):
        raise ValueError("Object must be an array.")
    return value


ARRAY_STATICS: dict[str, Callable[..., Any]] = {
    "sort": lambda array: _sort(_array_argument(array)),
    "reverse": lambda array: _reverse(_array_argument(array)),
    "indexof": lambda array, value: _index(_array_argument(array), value),
    "lastindexof": lambda array, value: _last_index(_array_argument(array), value),
}
