"""`$x.psobject`: a read-only view of a value's PowerShell properties and type names, as scripts
(and PowerShell's own tests) use it — `$x.psobject.Properties.Item("Name")`, `.TypeNames`."""
from __future__ import annotations

from pyshell.runtime.conversion import to_string
from pyshell.runtime.typenames import type_name_of, type_names_of
from pyshell.runtime.values import ComputedProperty, PSHashtable, PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class PropertyCollection(list):
    """The Properties of a psobject view: a list of property descriptions with an Item(name) lookup."""

    ps_type_name = "System.Management.Automation.PSMemberInfoIntegratingCollection`1"

    def item(self, name: Any) -> Any:
        key = to_string(name).lower()
        for prop in self:
            if to_string(prop.get("Name")).lower() == key:
                return prop
        return None

    ps_index = item             # $x.psobject.Properties['Name']


def property_info(name: str, value: Any, member_type: str = "NoteProperty", definition: str = "") -> PSObject:
    """A PSPropertyInfo: a note property (what New-Object PSNoteProperty makes), or a property of
    another kind (Property, ScriptProperty, ...) shown, as .NET shows those, by its definition."""
    value_type = type_name_of(value) or "System.Object"
    shown = definition if member_type != "NoteProperty" and definition else \
        f"{value_type.rsplit('.', 1)[-1]} {name}={to_string(value)}"
    settable = member_type == "NoteProperty" or "set;" in definition or "set=" in definition
    kind = "PS" + ("Property" if member_type == "Property" else member_type)
    return PSObject([("MemberType", member_type), ("IsSettable", settable), ("IsGettable", True), ("Value", value),
                     ("TypeNameOfValue", value_type), ("Name", name), ("IsInstance", True)],
                    type_names=["System.Management.Automation." + kind,
                                "System.Management.Automation.PSPropertyInfo",
                                "System.Management.Automation.PSMemberInfo", "System.Object"],
                    string_form=shown)


class _LinkedValue(ComputedProperty):
    """The Value of a property info that describes a property of an object: read from that
    property, and written to it (`$o.psobject.Properties['Name'].Value = 'x'` sets $o.Name)."""

    __slots__ = ("source", "name")
    member_type = "Property"

    def __init__(self, source: Any, name: str):
        self.source, self.name = source, name

    def read(self, owner: PSObject) -> Any:
        from pyshell.runtime.members import get_member
        return get_member(self.source, self.name)

    def write(self, owner: PSObject, value: Any) -> None:
        from pyshell.runtime.members import set_member
        from pyshell.runtime.psmembers import _member_error
        if not set_member(self.source, self.name, value):
            raise _member_error(f'"{self.name}" is a ReadOnly property.', "ReadOnlyProperty",
                                "SetValueInvocationException")

    def definition(self) -> str:
        return "System.Object Value {get;set;}"


def _properties(obj: Any) -> PropertyCollection:
    """The value's properties in the order PowerShell keeps them, each of the kind Get-Member names."""
    from pyshell.runtime.member_catalog import instance_members
    from pyshell.runtime.members import get_member
    if obj is None:
        return PropertyCollection()
    out = PropertyCollection()
    for member in instance_members(obj):
        kind = member.member_type.name
        if kind.endswith("Property") and kind != "ParameterizedProperty":
            info = property_info(member.name, get_member(obj, member.name), kind, member.definition)
            info._values["value"] = _LinkedValue(obj, member.name)
            info._members = {}
            out.append(info)
    return out


def psobject_view(obj: Any) -> PSObject:
    props = _properties(obj)
    if isinstance(obj, PSObject):
        from pyshell.runtime.membertypes import live_type_names
        names: Any = live_type_names(obj)       # the object's own list: .TypeNames.Insert(0, ...) sticks
    else:
        names = type_names_of(obj)
    return PSObject([("Properties", props), ("Members", props), ("TypeNames", names),
                     ("BaseObject", obj), ("ImmediateBaseObject", obj)],
                    type_names=["System.Management.Automation.PSObject", "System.Object"],
                    string_form=to_string(obj) if not isinstance(obj, (PSObject, PSHashtable)) else "")
