"""A cast of a hashtable (or a custom object) to a type with a constructor taking nothing and
settable properties: `[Coordinates]@{X=1; Y=2}`, `[MyClass]@{Name='x'}`. The object is made
empty and each key sets the property of its name; a key the type has no property for, or a value
the property cannot take, fails the whole cast with PowerShell's ObjectCreationError."""
from __future__ import annotations

from pyshell.runtime.conversion import PSConversionError, to_string
from pyshell.runtime.values import PSHashtable, PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable


class CreationError(PSConversionError):
    """A hashtable cast to a type whose properties it does not fit."""

    def __init__(self, value: Any, type_name: str, reason: str):
        super().__init__(value, type_name, reason, "ObjectCreationError")

    @property
    def message(self) -> str:
        return f'Cannot create object of type "{self.type_name}". {self.reason}'


def is_property_bag(value: Any) -> bool:
    """Whether a cast may build an object from `value`'s keys or properties."""
    return isinstance(value, PSHashtable) or (isinstance(value, PSObject) and value.string_form is None
                                              and "System.Management.Automation.PSCustomObject" in value.type_names)


def create_from(value: Any, type_name: str, make: Callable[[], Any], properties: list[tuple[str, str]],
                set_value: Callable[[Any, str, Any], None], hidden: tuple[str, ...] = ()) -> Any:
    """A new object of `type_name` from `make()`, its properties set from `value` (a hashtable or a
    custom object). `properties` lists the settable ones as (name, type's full name);
    `set_value(obj, name, item)` sets one, raising PSConversionError or ValueError when the value
    does not fit. `hidden` names properties that may be set but are not listed in the error."""
    pairs = value.items() if isinstance(value, PSHashtable) else value.properties()
    obj = make()
    names = {name.lower(): name for name in (*(n for n, _ in properties), *hidden)}
    for key, item in pairs:
        text = to_string(key)
        name = names.get(text.lower())
        if name is None:
            available = " , ".join(f"[{n} <{t}>]" for n, t in properties)
            raise CreationError(value, type_name, f"The {text} property was not found for the {type_name} "
                                                  f"object. The available property is: {available}")
        try:
            set_value(obj, name, item)
        except (PSConversionError, ValueError) as exc:
            reason = exc.message if isinstance(exc, PSConversionError) else str(exc)
            raise CreationError(value, type_name, reason) from None
    return obj
