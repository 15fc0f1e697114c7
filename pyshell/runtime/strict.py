"""Set-StrictMode's checks.

A scope remembers the strict-mode version set in it (`Scope.strict`: None when Set-StrictMode was
never run there, 0 for -Off); the version in force is the one of the nearest scope that has one, so
a setting holds for the scope where it was made and the scopes it starts, and a function can turn
it off for itself alone.

The engine asks only on its miss paths (a variable not found, a member that read as nothing, an
index past the end), and only after one attribute test, `ctx.strict_on`, which stays False until
Set-StrictMode is first run with a version in the session. So a session that never uses strict
mode pays nothing.

What each version adds (Windows PowerShell 5.1):
  1  reading a variable that was never set is an error, except inside an expandable string;
  2  the same inside strings too; reading a property an object does not have; calling a command
     as if it were a method (`f(1,2)`); an index other than 0 or -1 into a single value;
  3  (and Latest) an index outside an array's bounds.
"""
from __future__ import annotations

from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.context import runtime_error

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

LATEST = 3


def version(ctx: Any) -> int:
    """The strict-mode version in force in the current scope (0: off)."""
    s = ctx.scope
    while s is not None:
        v = s.strict
        if v is not None:
            return v
        s = s.parent
    return 0


def set_version(ctx: Any, number: int) -> None:
    """Set-StrictMode in the current scope: `number` 0 turns it off there."""
    ctx.scope.strict = number
    if number:
        ctx.strict_on = True


# Automatic variables PowerShell always has but pyshell does not keep in a scope (yet): reading one
# gives $null, never a strict-mode error.
_ENGINE_VARIABLES = frozenset({"foreach", "switch", "pshome", "shellid", "executioncontext", "psculture",
                               "psuiculture", "nestedpromptlevel", "psdefaultparametervalues", "stacktrace"})


def undefined_variable(ctx: Any, shown: str, extent: Any, in_string: bool) -> None:
    """Raise VariableIsUndefined if strict mode forbids reading the unset variable `shown` (as
    written, with any scope prefix) here; return if it allows it (the value is then $null)."""
    if shown.rpartition(":")[2].lower() in _ENGINE_VARIABLES:
        return
    v = version(ctx)
    if v >= 2 or (v == 1 and not in_string):
        raise runtime_error(f"The variable '${shown}' cannot be retrieved because it has not been set.",
                            "VariableIsUndefined", extent, ErrorCategory.InvalidOperation, "RuntimeException",
                            shown)


def missing_property(ctx: Any, obj: Any, name: str, extent: Any) -> None:
    """Raise PropertyNotFoundStrict if strict mode (2 or later) is on and `obj` has no property
    `name` (a read that gave $null may still be a property whose value is $null)."""
    if version(ctx) >= 2 and not member_exists(obj, name.lower()):
        raise property_not_found(name, extent)


def property_not_found(name: str, extent: Any) -> PSError:
    return runtime_error(f"The property '{name}' cannot be found on this object. Verify that the property exists.",
                         "PropertyNotFoundStrict", extent, ErrorCategory.NotSpecified, "PropertyNotFoundException")


def method_call_syntax(ctx: Any, extent: Any) -> None:
    """`f(1,2)`: a command called as if it were a method, an error from version 2."""
    if version(ctx) >= 2:
        raise runtime_error("The function or command was called as if it were a method. Parameters should be "
                            "separated by spaces. For information about parameters, see the about_Parameters "
                            "Help topic.", "StrictModeFunctionCallWithParens", extent, ErrorCategory.InvalidOperation)


def index_read_nothing(ctx: Any, obj: Any, index: Any, extent: Any) -> None:
    """`obj[index]` gave $null: raise if that is an index past either end of an array or string
    (nothing outside strict mode, an error from version 3), or an index other than 0 or -1 into a
    single value that has no indexer (an error from version 2)."""
    from pyshell.runtime.values import NetCollection, PSHashtable, PSObject
    if isinstance(obj, (PSHashtable, PSObject)) or getattr(type(obj), "ps_index", None) is not None:
        return
    if isinstance(obj, NetCollection) or not isinstance(obj, (list, tuple, str)):
        if version(ctx) >= 2:
            from pyshell.runtime.typenames import type_name_of
            raise runtime_error(f"Unable to index into an object of type {type_name_of(obj)}.", "CannotIndex",
                                extent, ErrorCategory.InvalidOperation)
        return
    if not isinstance(index, int) or isinstance(index, bool) or -len(obj) <= index < len(obj):
        return
    if version(ctx) >= 3:
        error = runtime_error("Index was outside the bounds of the array.", "System.IndexOutOfRangeException",
                              extent, ErrorCategory.OperationStopped, "IndexOutOfRangeException")
        raise error


# .NET properties of the collections pyshell keeps as Python lists and dictionaries.
_LIST_PROPERTIES = frozenset({"count", "length", "longlength", "rank", "issynchronized", "syncroot",
                              "isfixedsize", "isreadonly", "capacity"})
_DICT_PROPERTIES = frozenset({"count", "keys", "values", "issynchronized", "syncroot", "isfixedsize",
                              "isreadonly", "comparer"})


def member_exists(obj: Any, key: str) -> bool:
    """Whether `obj` has a property `key` (lower-cased), as strict mode decides. The Count and
    Length every single object answers with outside strict mode are not real properties, so they
    count as missing here, as in Windows PowerShell."""
    from pyshell.runtime.members import NOT_A_MEMBER
    from pyshell.runtime.values import HASHTABLE_CLASSES, NetCollection, PSEnum, PSHashtable, PSObject
    if obj is None:
        return False
    if key == "psobject":
        return True
    if isinstance(obj, PSObject):
        return key in obj._values or key == "pstypenames"
    if isinstance(obj, PSHashtable):
        if type(obj) not in HASHTABLE_CLASSES:
            return True                 # a Dictionary[K,V] answers for its own members
        if key in obj or key in _DICT_PROPERTIES:
            return True
        # a case-sensitive table ([hashtable] of another dictionary): `key` is lower-cased here
        return type(obj) is not PSHashtable and any(isinstance(k, str) and k.lower() == key for k in obj.keys())
    if isinstance(obj, (list, tuple)):
        if isinstance(obj, NetCollection):
            if obj.ps_property(key) is not NOT_A_MEMBER:
                return True
        elif key in _LIST_PROPERTIES:
            return True
        # member enumeration: some item must have it
        return any(member_exists(item, key) for item in obj if item is not None)
    if isinstance(obj, str):
        return key in ("length", "chars")
    if isinstance(obj, PSEnum):
        return key == "value__"
    own = getattr(type(obj), "ps_property", None)
    if own is not None and own(obj, key) is not NOT_A_MEMBER:
        return True
    return False        # asked only after the read gave $null, or for the Count/Length of a single value
