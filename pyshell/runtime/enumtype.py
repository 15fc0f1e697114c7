"""[enum] (System.Enum): its static methods on enum types, GetNames, GetValues, GetName, Parse,
IsDefined and ToObject, and its test (`$x -is [enum]`). Registered the first time a script
names [enum] (types.py)."""
from __future__ import annotations

from pyshell.runtime.conversion import PSConversionError, convert_to, to_bool, to_int, to_string
from pyshell.runtime.enumparse import dotnet_enum_parse, members_of
from pyshell.runtime.values import PSEnum, enum_members

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

ENUM = "System.Enum"


def _enum_class(value: Any) -> type:
    if isinstance(value, str):          # a Type parameter takes a type's name: GetNames("System.DayOfWeek")
        from pyshell.runtime.typetype import TypeType
        try:
            value = TypeType.ps_convert(value)
        except PSConversionError:
            raise PSConversionError(value, "System.Type") from None
    target = getattr(value, "target", None)
    if isinstance(target, type) and issubclass(target, PSEnum):
        return target
    if isinstance(value, PSEnum):
        return type(value)
    raise PSConversionError(value, "System.Type", "Type provided must be an Enum.")


def _get_names(enum_type: Any) -> list[str]:
    return [name for name, _ in members_of(_enum_class(enum_type))]


def _get_values(enum_type: Any) -> list:
    cls = _enum_class(enum_type)
    return [cls.__members__[name] for name, _ in members_of(cls)]


def _members(cls: type) -> list:
    """The enumerators in the order .NET lists them: by value."""
    return sorted(enum_members(cls), key=lambda m: m.value)


def _get_name(enum_type: Any, value: Any) -> str | None:
    cls = _enum_class(enum_type)
    number = value.value if isinstance(value, PSEnum) else to_int(value)
    for member in _members(cls):
        if member.value == number:
            return member.name
    return None


def _parse(enum_type: Any, text: Any, ignore_case: Any = False) -> Any:
    """.NET's Enum.Parse: no unique beginnings here, unlike PowerShell's own conversion."""
    cls = _enum_class(enum_type)
    name = to_string(text)
    if not name.strip():
        raise ValueError("Must specify valid information for parsing in the string.")
    number = dotnet_enum_parse(name, members_of(cls), cls.ps_type_name(), to_bool(ignore_case))
    if number is None:
        raise ValueError(f"Requested value '{name.strip()}' was not found.")
    return convert_to(number, cls)


def _is_defined(enum_type: Any, value: Any) -> bool:
    cls = _enum_class(enum_type)
    if isinstance(value, str):
        return value in cls.__members__
    number = value.value if isinstance(value, PSEnum) else to_int(value)
    return any(m.value == number for m in enum_members(cls))


def _to_object(enum_type: Any, value: Any) -> Any:
    return convert_to(value.value if isinstance(value, PSEnum) else to_int(value), _enum_class(enum_type))


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.types import TypeRef

    class EnumType:
        ps_type_name = ENUM

        @staticmethod
        def ps_convert(value: Any) -> Any:
            if isinstance(value, PSEnum):
                return value
            raise PSConversionError(value, ENUM)

    statics = {"getnames": _get_names, "getvalues": _get_values, "getname": _get_name, "parse": _parse,
               "isdefined": _is_defined, "toobject": _to_object}
    add(("enum", ENUM), TypeRef("enum", EnumType, statics, lambda value: isinstance(value, PSEnum)))
