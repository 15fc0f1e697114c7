"""Strings and arrays that carry members of their own.

PowerShell's Add-Member wraps whatever it is given in a PSObject, so a string or an array can get
note properties, script members and type names and still be the string or the array it was:
`'abc' | Add-Member -NotePropertyName Tag -NotePropertyValue 1 -PassThru` is 'abc' to -eq, to
Length and to the formatter, and has a Tag besides.

pyshell keeps such a value as a subclass of its Python type (as Import-Clixml keeps a number's
saved type names, cmdlets/core/_clixml_values.py): everything that takes a str or a list takes it
unchanged, and `ps_extension` holds the added members in a PSObject laid out as psmembers.py lays
out a custom object's (note and computed properties in `_values`, the kind of every member and the
methods in `_members`). `ps_type_names` is its PSTypeNames list, which -TypeName puts names in front
of. Member access looks at the extension first (members.py); what it does not hold is the value's
own member. Operations that make a new value (`+`, `-replace`, a cast) give a plain one, as
PowerShell's give an unwrapped object.

Without -PassThru PowerShell keeps the members of a string or an array in a table beside it, so
the same object shows them wherever it goes. The session does the same
(`ExecutionContext.instance_members`: the object's id to the object and its extended copy, which
holds the members); member reads, assignments and script-method calls on a plain string or array
look there once the table exists. The table holds the object, so its id stays its own; it lives as
long as the session (.NET's table lets go of an object nobody else holds).
"""
from __future__ import annotations

from pyshell.runtime.values import ComputedProperty, PSObject, TypedArray

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

NO_EXTENSION = object()


class ExtendedStr(str):
    """A System.String with members of its own (a str subclass cannot have slots; it keeps them in
    its __dict__)."""

    ps_extension: PSObject
    ps_type_names: list[str]


class ExtendedList(list):
    """An Object[] with members of its own."""

    __slots__ = ("ps_extension", "ps_type_names")


class ExtendedTypedArray(TypedArray):
    """A typed array (String[], Int32[] ...) with members of its own."""

    __slots__ = ("ps_extension", "ps_type_names")


EXTENDED_TYPES = (ExtendedStr, ExtendedList, ExtendedTypedArray)


def extensible(value: Any) -> bool:
    """True for the values pyshell can give members of their own by wrapping them."""
    return type(value) in (str, list, TypedArray) or type(value) in EXTENDED_TYPES


def extend(value: Any) -> Any:
    """`value` able to carry members: itself when it already can, else a wrapper that is equal to
    it (an array's wrapper holds the same elements). Call only when `extensible(value)`."""
    if type(value) in EXTENDED_TYPES:
        return value
    from pyshell.runtime.typenames import type_names_of
    names = type_names_of(value)
    made: Any
    if type(value) is str:
        made = ExtendedStr(value)
    elif type(value) is TypedArray:
        made = ExtendedTypedArray(value, value.element, value.element_name)
    else:
        made = ExtendedList(value)
    made.ps_extension = PSObject(type_names=["System.Management.Automation.PSObject"])
    made.ps_extension._members = {}
    made.ps_type_names = names
    return made


def extended_member(value: Any, key: str) -> Any:
    """The added member `key` (lower case) of an extended value: a property's value (computed ones
    are run with $this the value), a member set or property set; NO_EXTENSION when it has none."""
    ext = value.ps_extension
    found = ext._values.get(key, NO_EXTENSION)
    if found is NO_EXTENSION:
        if key == "pstypenames":
            return list(value.ps_type_names)
        entry = ext._members.get(key)
        shown = getattr(entry, "shown_value", None)
        return shown if shown is not None else NO_EXTENSION
    if isinstance(found, ComputedProperty):
        return found.read(value)
    return found


def kept_extension(ctx: Any, value: Any) -> Any:
    """The extended copy holding the members the session keeps for the plain string or array
    `value`, or None. An array's copy is brought up to date with the array's elements first."""
    table = ctx.instance_members
    if table is None:
        return None
    entry = table.get(id(value))
    if entry is None or entry[0] is not value:
        return None
    copy = entry[1]
    if type(copy) is not ExtendedStr and (len(copy) != len(value) or any(a is not b for a, b in zip(copy, value))):
        copy[:] = value
    return copy


def keep_extension(ctx: Any, value: Any) -> Any:
    """The extended copy the session keeps `value`'s members in, made the first time."""
    found = kept_extension(ctx, value)
    if found is not None:
        return found
    if ctx.instance_members is None:
        ctx.instance_members = {}
    made = extend(value)
    ctx.instance_members[id(value)] = (value, made)
    return made


def with_kept_members(ctx: Any, value: Any) -> Any:
    """`value`, or the extended copy holding the members the session keeps for it: what member
    reads look at. Called only when the session's table exists."""
    if type(value) in _PLAIN:
        found = kept_extension(ctx, value)
        if found is not None:
            return found
    return value


_PLAIN = frozenset((str, list, TypedArray))
