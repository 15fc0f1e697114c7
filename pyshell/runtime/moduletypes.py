"""The types a module lets scripts name: what a module's `types` table holds, found by name.

A module names two kinds of type there. Conversion targets of its own (an enum, a parameter type
such as an identity) are found by their full name, or by their last part as pyshell has always
allowed. And the .NET classes its objects stand for, which pyshell represents as PSObjects carrying
the class's name among their type names: the module lists those names with `object_types(...)`, and
each is then a type literal as PowerShell's would be, found by its full name in any case
(`[Contoso.Tools.Widget]`), with `-is`, `-isnot`, `-as`, `GetType()` equality and its
display working from the object's type names. Nothing converts to such a type: an object that is one
is kept as it is, and anything else fails with PowerShell's text for a conversion that does not
exist. The engine knows nothing of any module's types beyond what this table says.
"""
from __future__ import annotations

from pyshell.runtime.conversion import PSConversionError, type_display_name
from pyshell.runtime.values import AUTOMATION_NULL, PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class ObjectType:
    """A .NET class a module's objects stand for, known by its full name."""

    __slots__ = ("ps_type_name", "_names")

    def __init__(self, full_name: str):
        self.ps_type_name = full_name
        # the names an object of the type carries: the class's, and a decorated view name of it
        self._names = (full_name, f"{full_name}#")

    def is_instance(self, value: Any) -> bool:
        if not isinstance(value, PSObject):
            return False
        full, decorated = self._names
        return any(name == full or name.startswith(decorated) for name in value.type_names)

    def ps_convert(self, value: Any) -> Any:
        if value is None or value is AUTOMATION_NULL:
            return None             # $null casts to any class as $null
        if self.is_instance(value):
            return value
        raise PSConversionError(value, self.ps_type_name, no_conversion=True)

    def __repr__(self) -> str:
        return f"ObjectType({self.ps_type_name!r})"


def object_types(*full_names: str) -> dict[str, ObjectType]:
    """A module's `types` entries for the classes its objects stand for, keyed by full name."""
    return {name: ObjectType(name) for name in full_names}


def find_module_type(key: str, module_types: Any) -> Any:
    """The TypeRef for the lower-cased name `key` among a module's types, or None."""
    from pyshell.runtime.types import TypeRef, enum_statics
    for name, target in module_types.items():
        full = type_display_name(target).lower()
        if isinstance(target, ObjectType):
            if key == full:
                return TypeRef(target.ps_type_name, target, {}, target.is_instance)
        elif key == name.lower() or key == full or full.endswith("." + key):
            # a target may carry its own TypeRef (a script's class or enum); else one is made here
            return getattr(target, "type_ref", None) or TypeRef(name, target, enum_statics(target))
    return None
