"""[ref] (System.Management.Automation.PSReference): a reference that `$r.Value` reads and writes.

`[ref]$x` refers to the variable itself (the compiler makes it: compile_operators.x_Convert), so a
write through it changes $x in the scope that holds it - what a function's `[ref]` parameter and a
.NET out parameter (`[int]::TryParse("42", [ref]$n)`) rely on. `[ref]` of any other value holds
that value. A variable that does not exist cannot be referred to, as in PowerShell."""
from __future__ import annotations

from pyshell.runtime.scope import MISSING

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

PSREFERENCE = "System.Management.Automation.PSReference"
REF_NAMES = ("ref", PSREFERENCE, "Management.Automation.PSReference")


class PSReference:
    """A reference holding a value of its own."""

    ps_type_name = PSREFERENCE
    __slots__ = ("_value",)

    def __init__(self, value: Any = None):
        self._value = value

    @property
    def value(self) -> Any:
        return self._value

    @value.setter
    def value(self, value: Any) -> None:
        self._value = value

    # -- what PowerShell asks of a value --------------------------------------------------------
    def ps_properties(self) -> list[tuple[str, Any]]:
        return [("Value", self.value)]

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        return [("Value", "System.Object Value {get;set;}")]

    def ps_property(self, key: str) -> Any:
        from pyshell.runtime.values import NOT_A_MEMBER
        return self.value if key == "value" else NOT_A_MEMBER

    def ps_set_property(self, key: str, value: Any) -> bool:
        if key != "value":
            return False
        self.value = value
        return True

    def ps_method_table(self) -> dict[str, tuple[str, str, Callable[..., Any]]]:
        return {}       # the four every object has, and the Value property (Get-Member)

    def ps_to_string(self) -> str:
        return PSREFERENCE


class VariableReference(PSReference):
    """A reference to a variable: the scope that holds it and its key there. A write converts the
    value to the variable's type, as an assignment would, and a read-only variable refuses it."""

    __slots__ = ("scope", "key")

    def __init__(self, scope: Any, key: str):
        super().__init__()
        self.scope, self.key = scope, key

    @property
    def value(self) -> Any:
        v = self.scope.vars.get(self.key, MISSING)
        return None if v is MISSING else v

    @value.setter
    def value(self, value: Any) -> None:
        scope = self.scope
        if scope.constraints:
            constraint = scope.constraints.get(self.key)
            if constraint is not None:
                value = constraint.convert(value)
        scope.vars[self.key] = value


class RefType:
    """The conversion target [ref]: a reference stays itself; any other value is held by a new one."""

    ps_type_name = PSREFERENCE

    @staticmethod
    def ps_convert(value: Any) -> PSReference:
        return value if isinstance(value, PSReference) else PSReference(value)


def variable_reference(ctx: Any, key: str, prefix: str) -> VariableReference | None:
    """A reference to the variable `key` as `$prefix:key` finds it, or None if there is no such
    variable (a plain name is looked for from the current scope outwards)."""
    if prefix in ("global", "script"):
        scope = ctx.target_scope(prefix)
        return VariableReference(scope, key) if key in scope.vars else None
    scope = ctx.scope
    if prefix in ("local", "private"):
        return VariableReference(scope, key) if key in scope.vars else None
    while scope is not None:
        if key in scope.vars:
            return VariableReference(scope, key)
        scope = scope.parent
    return None


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.types import TypeRef
    add(REF_NAMES, TypeRef("ref", RefType, {}, lambda value: isinstance(value, PSReference)))
