"""[type] / [System.Type]: the type of type objects. `[type]"int"` looks a name up as a type literal
would (the engine's own types; a module's are reached through their literals), and `-is [type]`
holds for a type literal's value and for what GetType() gives."""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

SYSTEM_TYPE = "System.Type"


def is_type_object(value: Any) -> bool:
    from pyshell.runtime.types import TypeRef
    from pyshell.runtime.values import PSObject
    if isinstance(value, TypeRef):
        return True
    return isinstance(value, PSObject) and value.type_names[:1] == ["System.RuntimeType"]


class TypeType:
    ps_type_name = SYSTEM_TYPE

    @staticmethod
    def ps_convert(value: Any) -> Any:
        if value is None or is_type_object(value):
            return value
        from pyshell.runtime.conversion import PSConversionError
        if isinstance(value, str):
            from pyshell.runtime.types import resolve_type
            ref = resolve_type(value.strip().strip("[]"))
            if ref is not None:
                return ref
        raise PSConversionError(value, SYSTEM_TYPE)


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.types import TypeRef
    add(("type", SYSTEM_TYPE), TypeRef("type", TypeType, {}, is_type_object))
