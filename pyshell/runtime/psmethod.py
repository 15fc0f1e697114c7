"""A method named without calling it (`"abc".Substring`): PowerShell gives a PSMethod, which the
console shows as its overload definitions, and which `.Invoke(...)` calls. Learners type it to see
what a method takes. The definitions are the ones Get-Member lists for the value."""
from __future__ import annotations

from pyshell.runtime.values import property_in

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

PSMETHOD = "System.Management.Automation.PSMethod"


class PSMethod:
    """`call(args)` runs the method; `is_instance` is False for a type's static method ([math]::Round)."""
    ps_type_name = PSMETHOD
    __slots__ = ("name", "overloads", "call", "is_instance")

    def __init__(self, name: str, overloads: list[str], call: Callable[[list], Any], is_instance: bool = True):
        self.name = name
        self.overloads = overloads
        self.call = call
        self.is_instance = is_instance

    def ps_to_string(self) -> str:
        return ", ".join(self.overloads)

    def ps_properties(self) -> list[tuple[str, Any]]:
        from pyshell.runtime.psmembers import PSMemberTypes
        return [("MemberType", PSMemberTypes.Method), ("OverloadDefinitions", list(self.overloads)),
                ("TypeNameOfValue", PSMETHOD), ("Value", self), ("Name", self.name), ("IsInstance", self.is_instance)]

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        return [("MemberType", "System.Management.Automation.PSMemberTypes MemberType {get;}"),
                ("OverloadDefinitions", "System.Collections.ObjectModel.Collection[string] OverloadDefinitions {get;}"),
                ("TypeNameOfValue", "string TypeNameOfValue {get;}"),
                ("Value", "System.Object Value {get;set;}"),
                ("Name", "string Name {get;}"),
                ("IsInstance", "bool IsInstance {get;}")]

    def ps_property(self, key: str) -> Any:
        return property_in(self.ps_properties(), key)

    def ps_method_table(self) -> dict[str, tuple[str, str, Callable[..., Any]]]:
        return _METHODS

    def __repr__(self) -> str:
        return f"PSMethod({self.name})"


def _invoke(method: PSMethod, *args: Any) -> Any:
    return method.call(list(args))


_METHODS: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "invoke": ("Invoke", "System.Object Invoke(Params System.Object[] arguments)", _invoke),
}


# Whether values of a Python type have a method of a given name: asked again for every read of a
# missing property, so the answer is kept per type (the method tables are fixed per type).
_HAS_METHOD: dict[tuple[type, str], bool] = {}


def method_reference(obj: Any, name: str) -> PSMethod | None:
    """The method `name` of `obj`, as a value; None when it has none of that name. Asked only when
    a member read found nothing, and cheap for the usual case, a property that is missing or $null."""
    from pyshell.runtime.extended import ExtendedStr
    from pyshell.runtime.values import GROWABLE_LISTS, PSObject
    if obj is None or (isinstance(obj, (list, tuple)) and not isinstance(obj, GROWABLE_LISTS)):
        return None         # an array's missing member reads each element's (member enumeration)
    key = name.lower()
    if isinstance(obj, PSObject):
        if obj.canonical_name(name) is not None:
            return None                 # a property whose value is $null
        return _lookup(obj, key)
    if type(obj) is ExtendedStr:
        return _lookup(obj, key)        # its script methods are its own, not its type's
    known = _HAS_METHOD.get((type(obj), key))
    if known is False:
        return None
    found = _lookup(obj, key)
    _HAS_METHOD[(type(obj), key)] = found is not None
    return found


def _lookup(obj: Any, key: str) -> PSMethod | None:
    from pyshell.runtime.member_catalog import instance_members     # the table Get-Member shows
    from pyshell.runtime.signatures import split_top
    for member in instance_members(obj):
        if member.name.lower() == key and member.member_type.name == "Method":
            from pyshell.runtime.members import call_method
            name = member.name
            return PSMethod(name, split_top(member.definition), lambda args: call_method(obj, name, args))
    return None


def static_method_reference(ctx: Any, ref: Any, key: str) -> PSMethod | None:
    """`[math]::Round`: a type literal's static method as a value, with the overloads Get-Member
    -Static lists; None for one whose declaration pyshell does not know."""
    from pyshell.runtime.member_catalog import static_members
    from pyshell.runtime.declarations import static_type_name
    from pyshell.runtime.signatures import split_top
    fn = ref.statics.get(key)
    if not callable(fn):
        return None
    for member in static_members(static_type_name(ref), ref):
        if member.name.lower() == key and member.member_type.name == "Method":
            takes_context = getattr(fn, "takes_context", False)

            def call(args: list) -> Any:
                return fn(ctx, *args) if takes_context else fn(*args)
            # PowerShell writes each static overload with its "static" keyword
            definitions = [d if d.startswith("static ") else "static " + d for d in split_top(member.definition)]
            return PSMethod(member.name, definitions, call, is_instance=False)
    return None
