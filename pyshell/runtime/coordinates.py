"""[System.Management.Automation.Host.Coordinates]: the host's pair of X and Y (a cursor or window
position), a value type: `New-Object System.Management.Automation.Host.Coordinates 3, 4`, or
without arguments its zero value 0,0. Its text is "X,Y"; two are equal when both parts are."""
from __future__ import annotations

from pyshell.runtime.values import property_in

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

COORDINATES = "System.Management.Automation.Host.Coordinates"


class Coordinates:
    ps_type_name = COORDINATES
    ps_value_type = True
    __slots__ = ("x", "y")

    def __init__(self, x: int = 0, y: int = 0):
        self.x, self.y = x, y

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Coordinates):
            return (self.x, self.y) == (other.x, other.y)
        return NotImplemented

    def __hash__(self) -> int:
        return self.x ^ self.y      # Coordinates.GetHashCode's idea: the parts combined

    def ps_equals(self, other: Any) -> bool:
        return isinstance(other, Coordinates) and self == other

    def ps_to_string(self) -> str:
        return f"{self.x},{self.y}"

    def ps_properties(self) -> list[tuple[str, Any]]:
        return [("X", self.x), ("Y", self.y)]

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        return [("X", "int X {get;set;}"), ("Y", "int Y {get;set;}")]

    def ps_property(self, key: str) -> Any:
        return property_in(self.ps_properties(), key)

    def ps_set_property(self, key: str, value: Any) -> bool:
        if key not in ("x", "y"):
            return False
        from pyshell.runtime.conversion import convert_to
        setattr(self, key, convert_to(value, int))
        return True

    def ps_method_table(self) -> dict[str, tuple[str, str, Callable[..., Any]]]:
        return _METHODS

    def __repr__(self) -> str:
        return f"Coordinates({self.x},{self.y})"


_METHODS: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "equals": ("Equals", "bool Equals(System.Object obj)", lambda c, other: c.ps_equals(other)),
    "gethashcode": ("GetHashCode", "int GetHashCode()", lambda c: hash(c)),
    "tostring": ("ToString", "string ToString()", lambda c: c.ps_to_string()),
}


def _new(x: Any, y: Any) -> Coordinates:
    """The one constructor .NET declares, Coordinates(int x, int y); no arguments is New-Object's
    zero value (new_object.py), not a constructor."""
    from pyshell.runtime.conversion import convert_to
    return Coordinates(convert_to(x, int), convert_to(y, int))


class CoordinatesType:
    ps_type_name = COORDINATES

    @staticmethod
    def ps_convert(value: Any) -> Any:
        if isinstance(value, Coordinates):
            return value
        if value is None:
            return Coordinates()        # a value type's zero value
        from pyshell.runtime.objectcreation import create_from, is_property_bag
        if is_property_bag(value):      # [Coordinates]@{X=1; Y=2}
            return create_from(value, COORDINATES, Coordinates, [("X", "System.Int32"), ("Y", "System.Int32")],
                               lambda c, name, item: c.ps_set_property(name.lower(), item))
        from pyshell.runtime.conversion import PSConversionError
        raise PSConversionError(value, COORDINATES, no_conversion=True)


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.types import TypeRef
    add((COORDINATES, "Management.Automation.Host.Coordinates"),
        TypeRef(COORDINATES, CoordinatesType, {"new": _new}, lambda value: isinstance(value, Coordinates)))
