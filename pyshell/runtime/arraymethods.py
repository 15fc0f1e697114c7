"""The System.Array instance methods scripts call on an array beyond IList's: Clone, CopyTo,
GetValue, SetValue, GetLength and the bounds (pyshell's arrays have one dimension, from 0)."""
from __future__ import annotations

from pyshell.runtime.conversion import convert_to, to_int
from pyshell.runtime.values import TypedArray

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

_OUT_OF_RANGE = "Index was outside the bounds of the array."


def _clone(items: list) -> list:
    """A shallow copy of the same array type: a String[] stays a String[]."""
    if isinstance(items, TypedArray):
        return TypedArray(items, items.element, items.element_name)
    return list(items)


def _dimension(items: list, dimension: Any) -> int:
    if to_int(dimension) != 0:
        raise IndexError("Index was outside the bounds of the array.")
    return len(items)


def _get_value(items: list, index: Any) -> Any:
    i = to_int(index)
    if not 0 <= i < len(items):
        raise IndexError(_OUT_OF_RANGE)
    return items[i]


def _set_value(items: list, value: Any, index: Any) -> None:
    i = to_int(index)
    if not 0 <= i < len(items):
        raise IndexError(_OUT_OF_RANGE)
    items[i] = convert_to(value, items.element) if isinstance(items, TypedArray) else value


def _copy_to(items: list, target: Any, index: Any) -> None:
    """CopyTo(array, index): the items into `target` from position `index` on."""
    start = to_int(index)
    if not isinstance(target, list):
        raise ValueError("Object reference not set to an instance of an object.")
    if start < 0 or start + len(items) > len(target):
        raise ValueError("Destination array was not long enough. Check destIndex and length, and the array's "
                         "lower bounds.")
    for offset, item in enumerate(items):
        target[start + offset] = convert_to(item, target.element) if isinstance(target, TypedArray) else item


# lower-case name -> (name as .NET spells it, definition as Get-Member shows it, implementation)
ARRAY_METHODS: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "clone": ("Clone", "System.Object Clone(), System.Object ICloneable.Clone()", _clone),
    "copyto": ("CopyTo", "void CopyTo(array array, int index), void CopyTo(array array, long index), "
                         "void ICollection.CopyTo(array array, int index)", _copy_to),
    "getlength": ("GetLength", "int GetLength(int dimension)", _dimension),
    "getlowerbound": ("GetLowerBound", "int GetLowerBound(int dimension)", lambda items, d: _dimension(items, d) * 0),
    "getupperbound": ("GetUpperBound", "int GetUpperBound(int dimension)",
                      lambda items, d: _dimension(items, d) - 1),
    "getvalue": ("GetValue", "System.Object GetValue(int index)", _get_value),
    "setvalue": ("SetValue", "void SetValue(System.Object value, int index)", _set_value),
    "item": ("Item", "System.Object IList.Item(int index) {get;set;}", _get_value),
}
