"""Members a script adds to an object with Add-Member: NoteProperty, ScriptProperty, AliasProperty
and ScriptMethod, and the PSMemberTypes enum that names every kind of member.

A note property is a plain value in the PSObject. A script or alias property is a
ComputedProperty kept in the object's `_values`, so it keeps its place among the properties and
everything that lists properties (the formatter, Select-Object, ConvertTo-Json) sees its value.
A script method lives only in the object's `_members` table, where member access finds it.
`_members` also records the kind of every added member, which is what Get-Member reports.
"""
from __future__ import annotations

from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.runtime.conversion import PSConversionError, to_string
from pyshell.runtime.values import ComputedProperty, InstanceMethod, PSObject, enum_type, flags_text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterable

# System.Management.Automation.PSMemberTypes: a flags enum; the last three are unions.
PSMemberTypes = enum_type("System.Management.Automation.PSMemberTypes", {
    "AliasProperty": 1, "CodeProperty": 2, "Property": 4, "NoteProperty": 8, "ScriptProperty": 16,
    "Properties": 31, "PropertySet": 32, "Method": 64, "CodeMethod": 128, "ScriptMethod": 256,
    "Methods": 448, "ParameterizedProperty": 512, "MemberSet": 1024, "Event": 2048, "Dynamic": 4096,
    "All": 8191,
}, flags=True)

NOTE = "NoteProperty"      # the `_members` entry of a note property


class MemberTypeSet:
    """A parameter type for PSMemberTypes values: one name, several ("Property, Method"), a list of
    names, a number or an enum member. The bound value is the integer mask."""

    ps_type_name = "System.Management.Automation.PSMemberTypes"

    @staticmethod
    def ps_convert(value: Any) -> int:
        return member_type_mask(value)


def member_type_mask(value: Any) -> int:
    from pyshell.runtime.enumparse import flags_mask, members_of
    return flags_mask(value, members_of(PSMemberTypes), MemberTypeSet.ps_type_name)


def member_types_text(mask: int) -> str:
    """A PSMemberTypes value as .NET writes a flags value: its own name when it has one, else
    the named parts it is made of, largest first taken, listed smallest first."""
    return flags_text(PSMemberTypes(mask))


def single_member_type(mask: int) -> Any:
    """The PSMemberTypes member for a one-bit mask, or None when the mask names several kinds."""
    if mask <= 0 or mask & (mask - 1):
        return None
    for m in PSMemberTypes:
        if m.value == mask:
            return m
    return None


# --- running a member's script ----------------------------------------------------------------

def run_member_script(ctx: Any, block: Any, this: Any, args: Iterable[Any] = ()) -> Any:
    """Run a script property's or script method's block in a new scope with $this set; return its
    output as one value (nothing, one object, or an array)."""
    out: list = []
    parent = ctx.push_scope()
    try:
        ctx.scope.vars["this"] = this
        block.invoke(ctx, out.append, args=list(args), new_scope=False)
    finally:
        ctx.pop_scope(parent)
    if not out:
        return None
    return out[0] if len(out) == 1 else out


def _member_error(message: str, error_id: str, exception_type: str) -> PSError:
    return PSError(ErrorRecord(message=message, error_id=error_id, category=ErrorCategory.NotSpecified,
                               exception_type=exception_type))


class ScriptPropertyValue(ComputedProperty):
    """A ScriptProperty: a getter block and, optionally, a setter block (which gets the new
    value as $args[0]). Both see the object as $this."""

    __slots__ = ("name", "getter", "setter", "ctx")
    member_type = "ScriptProperty"

    def __init__(self, name: str, getter: Any, setter: Any, ctx: Any):
        self.name, self.getter, self.setter, self.ctx = name, getter, setter, ctx

    def read(self, owner: PSObject) -> Any:
        if self.getter is None:
            raise _member_error(f'Get accessor for property "{self.name}" is unavailable.',
                                "GetWithoutGetterFromScriptPropertyValue", "GetValueInvocationException")
        try:
            return run_member_script(self.ctx, self.getter, owner)
        except PSError as exc:
            raise _member_error(f'Exception getting "{self.name}": "{exc.record.message}"',
                                "ScriptGetValueRuntimeException", "GetValueInvocationException") from None

    def write(self, owner: PSObject, value: Any) -> None:
        if self.setter is None:
            raise _member_error(f'Set accessor for property "{self.name}" is unavailable.',
                                "SetWithoutSetterFromScriptProperty", "SetValueInvocationException")
        try:
            run_member_script(self.ctx, self.setter, owner, [value])
        except PSError as exc:
            raise _member_error(f'Exception setting "{self.name}": "{exc.record.message}"',
                                "ScriptSetValueRuntimeException", "SetValueInvocationException") from None

    def definition(self) -> str:
        parts = ""
        if self.getter is not None:
            parts += f"get={to_string(self.getter)};"
        if self.setter is not None:
            parts += f"set={to_string(self.setter)};"
        return f"System.Object {self.name} {{{parts}}}"


class AliasPropertyValue(ComputedProperty):
    """An AliasProperty: another name for a member of the same object, optionally converting the
    value it reads to a type."""

    __slots__ = ("name", "target", "conversion")
    member_type = "AliasProperty"

    def __init__(self, name: str, target: str, conversion: Any = None):
        self.name, self.target, self.conversion = name, target, conversion

    def read(self, owner: PSObject) -> Any:
        from pyshell.runtime.members import get_member
        value = get_member(owner, self.target)
        if self.conversion is not None:
            try:
                return self.conversion.convert(value)
            except PSConversionError as exc:
                raise _member_error(f'Exception getting "{self.name}": "{exc.message}"',
                                    "CatchFromBaseGetValueInvocationException",
                                    "GetValueInvocationException") from None
        return value

    def write(self, owner: PSObject, value: Any) -> None:
        from pyshell.runtime.members import set_member
        if self.conversion is not None:
            value = self.conversion.convert(value)
        if not set_member(owner, self.target, value):
            raise _member_error(f'"{self.name}" is a ReadOnly property.', "ReadOnlyProperty",
                                "SetValueInvocationException")

    def definition(self) -> str:
        cast = f"({self.conversion.full_name})" if self.conversion is not None else ""
        return f"{self.name} = {cast}{self.target}"


class ScriptMethodMember(InstanceMethod):
    """A ScriptMethod: a block run with $this set to the object and the call's arguments in $args
    (or bound to its param() block)."""

    __slots__ = ("name", "script", "ctx")
    member_type = "ScriptMethod"

    def __init__(self, name: str, script: Any, ctx: Any):
        self.name, self.script, self.ctx = name, script, ctx

    def invoke(self, owner: Any, args: list[Any]) -> Any:
        try:
            return run_member_script(self.ctx, self.script, owner, args)
        except PSError as exc:
            raise _member_error(f'Exception calling "{self.name}" with "{len(args)}" argument(s): '
                                f'"{exc.record.message}"', "ScriptMethodRuntimeException",
                                "MethodInvocationException") from None

    def definition(self) -> str:
        return f"System.Object {self.name}();"


# --- adding members -------------------------------------------------------------------------

def has_member(obj: PSObject, name: str) -> bool:
    key = name.lower()
    return key in obj._values or (obj._members is not None and key in obj._members)


def remove_member(obj: PSObject, name: str) -> None:
    obj.remove(name)


def _record(obj: PSObject, key: str, entry: Any) -> None:
    if obj._members is None:
        obj._members = {}
    obj._members[key] = entry


def add_note_property(obj: PSObject, name: str, value: Any) -> None:
    key = name.lower()
    _record(obj, key, NOTE)
    obj._names[key] = name
    obj._values[key] = value


def add_computed_property(obj: PSObject, prop: ComputedProperty) -> None:
    name = prop.name  # type: ignore[attr-defined]
    key = name.lower()
    _record(obj, key, prop.member_type)
    obj._names[key] = name
    obj._values[key] = prop


def add_script_method(obj: PSObject, method: ScriptMethodMember) -> None:
    _record(obj, method.name.lower(), method)


def added_member_kind(obj: PSObject, key: str) -> str | None:
    """The member type Add-Member gave `key` on this object, or None for a member it was built with."""
    if obj._members is None:
        return None
    entry = obj._members.get(key)
    if entry is None:
        return None
    if isinstance(entry, str):
        return entry
    return entry.member_type


def script_methods(obj: PSObject) -> list[ScriptMethodMember]:
    if obj._members is None:
        return []
    return [m for m in obj._members.values() if isinstance(m, ScriptMethodMember)]


def instance_methods(obj: PSObject) -> list[InstanceMethod]:
    """Every method the object carries itself: Add-Member's ScriptMethods and the built-in methods
    of objects such as $PSCmdlet (member_type "Method")."""
    if obj._members is None:
        return []
    return [m for m in obj._members.values() if isinstance(m, InstanceMethod)]


class SetMember:
    """A MemberSet or a PropertySet added with Add-Member. It is no property (the formatter and
    Select-Object do not see it); reading it by name gives `shown_value`: for a member set an
    object whose properties are the set's members, for a property set an object that describes
    it (ReferencedPropertyNames and the rest, as PSPropertySet's properties)."""

    __slots__ = ("name", "member_type", "shown_value", "parts")

    def __init__(self, name: str, member_type: str, shown_value: PSObject, parts: list[str]):
        self.name, self.member_type, self.shown_value, self.parts = name, member_type, shown_value, parts

    def definition(self) -> str:
        """PSMemberSet.ToString() and PSPropertySet.ToString(): the name, then its parts in braces."""
        return f"{self.name} {{{', '.join(self.parts)}}}"


_MEMBER_INFO = "System.Management.Automation.PSMemberInfo"


def member_set(name: str, notes: list[tuple[str, Any]]) -> SetMember:
    shown = PSObject(notes, type_names=["System.Management.Automation.PSMemberSet", _MEMBER_INFO, "System.Object"],
                     string_form=f"{name} {{{', '.join(n for n, _ in notes)}}}")
    return SetMember(name, "MemberSet", shown, [n for n, _ in notes])


def property_set(name: str, referenced: list[str]) -> SetMember:
    from pyshell.runtime.values import TypedArray
    text = f"{name} {{{', '.join(referenced)}}}"
    shown = PSObject([("ReferencedPropertyNames", TypedArray(referenced, str, "System.String")),
                      ("MemberType", PSMemberTypes["PropertySet"]), ("Value", None),
                      ("TypeNameOfValue", "System.Management.Automation.PSPropertySet"), ("Name", name),
                      ("IsInstance", True)],
                     type_names=["System.Management.Automation.PSPropertySet", _MEMBER_INFO, "System.Object"],
                     string_form=text)
    shown._values["value"] = shown
    return SetMember(name, "PropertySet", shown, list(referenced))


def add_set_member(obj: PSObject, member: SetMember) -> None:
    _record(obj, member.name.lower(), member)


def set_members(obj: PSObject) -> list[SetMember]:
    if obj._members is None:
        return []
    return [m for m in obj._members.values() if isinstance(m, SetMember)]
