"""`$x.psobject`: a read-only view of a value's PowerShell properties and type names, as scripts
(and PowerShell's own tests) use it — `$x.psobject.Properties.Item("Name")`, `.TypeNames`."""
from __future__ import annotations

from pyshell.runtime.conversion import to_string
from pyshell.runtime.typenames import type_name_of, type_names_of
from pyshell.runtime.values import PSHashtable, PSObject

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


def property_info(name: str, value: Any) -> PSObject:
    value_type = type_name_of(value) or "System.Object"
    return PSObject([("Value", value), ("MemberType", "NoteProperty"), ("IsSettable", True), ("IsGettable", True),
                     ("TypeNameOfValue", value_type), ("Name", name), ("IsInstance", True)],
                    type_names=["System.Management.Automation.PSNoteProperty",
                                "System.Management.Automation.PSPropertyInfo",
                                "System.Management.Automation.PSMemberInfo", "System.Object"],
                    string_form=f"{value_type.rsplit('.', 1)[-1]} {name}={to_string(value)}")


def psobject_view(obj: Any) -> PSObject:
    if isinstance(obj, PSObject):
        props = PropertyCollection(property_info(n, v) for n, v in obj.properties())
    else:
        props = PropertyCollection()
    return PSObject([("Properties", props), ("Members", props), ("TypeNames", type_names_of(obj)),
                     ("BaseObject", obj), ("ImmediateBaseObject", obj)],
                    type_names=["System.Management.Automation.PSObject", "System.Object"],
                    string_form=to_string(obj) if not isinstance(obj, (PSObject, PSHashtable)) else "")
