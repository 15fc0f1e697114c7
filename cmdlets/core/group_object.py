"""Group-Object: put objects with equal property values into groups (GroupInfo objects)."""
from __future__ import annotations

from cmdlets.core.property_expressions import (EXPRESSION, MISSING_VALUE, compare_keys, culture_key,
                                               culture_parameter, order_values, parse_property_specs)
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.format.views import Column, View
from pyshell.runtime.conversion import ListOf, to_string
from pyshell.runtime.membertypes import ObjectModelCollection
from pyshell.runtime.types import PSObjectType
from pyshell.runtime.values import ArrayList, PSEnum, PSHashtable, PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

GROUP_INFO = "Microsoft.PowerShell.Commands.GroupInfo"
GROUP_INFO_NO_ELEMENT = "Microsoft.PowerShell.Commands.GroupInfoNoElement"
PSOBJECT = "System.Management.Automation.PSObject"

# PowerShell's own display of groups: a table of Count (5 wide, right-aligned), Name (25 wide) and
# Group, and a list of Name, Count, Group and Values.
VIEWS = (
    View(GROUP_INFO_NO_ELEMENT, "table", name=GROUP_INFO_NO_ELEMENT,
         columns=(Column("Count", width=5, alignment="Right"), Column("Name", width=25))),
    View(GROUP_INFO_NO_ELEMENT, "list", name=GROUP_INFO_NO_ELEMENT, properties=("Name", "Count", "Values")),
    View(GROUP_INFO, "table", name=GROUP_INFO,
         columns=(Column("Count", width=5, alignment="Right"), Column("Name", width=25), Column("Group"))),
    View(GROUP_INFO, "list", name=GROUP_INFO, properties=("Name", "Count", "Group", "Values")),
)


def group_name(values: list[Any]) -> str:
    """A group's Name: its values joined by ", ", a collection shown as {a, b}, $null left out."""
    parts = []
    for value in values:
        if value is None or value is MISSING_VALUE:
            continue
        if isinstance(value, (list, tuple)):
            parts.append("{" + ", ".join(to_string(v) for v in value) + "}")
        else:
            parts.append(to_string(value))
    return ", ".join(parts)


def _fast_key(value: Any, case_sensitive: bool) -> tuple[str, Any]:
    """(kind, key): two values of the same kind are grouped together exactly when their keys are equal."""
    if value is MISSING_VALUE:
        return "missing", None
    if value is None:
        return "null", None
    if isinstance(value, bool):
        return "bool", value
    if isinstance(value, (int, float)):
        return "number", float(value)
    if isinstance(value, PSEnum):
        return "enum:" + type(value).ps_type_name(), value.value
    if isinstance(value, (str, PSObject, PSHashtable, list, tuple)):
        # Strings, and everything compared by its text.
        key = culture_key(to_string(value))
        return "text", (key if case_sensitive else key[:2])
    return "other:" + type(value).__name__, to_string(value)


class _Group:
    __slots__ = ("values", "items", "count", "order")

    def __init__(self, values: list[Any], order: int):
        self.values = values
        self.items: list[Any] = []
        self.count = 0
        self.order = order


class GroupObject(Cmdlet):
    """Groups objects that contain the same value for specified properties."""

    verb, noun = "Group", "Object"
    implementing_type = "Microsoft.PowerShell.Commands.GroupObjectCommand"
    output_types = ("System.Collections.Hashtable", GROUP_INFO)
    description = (
        "Group-Object puts the input objects into groups, one group per distinct value of the properties named with "
        "-Property (or of the objects themselves when none is named), in the order the values first appear. Each "
        "group is a GroupInfo object: Count, Name (the value as text), Group (the objects) and Values (the "
        "property values). With -AsHashTable the groups come back as one hashtable from value to objects. Strings "
        "are compared without regard to case unless -CaseSensitive is used.")

    input_object = Parameter(PSObject, pipeline=True, help="The objects to group. Usually they arrive through the "
                                                           "pipeline.")
    property = Parameter(ListOf(object), position=0,
                         help="The properties to group by: names, script blocks, or hashtables with an Expression "
                              "key. Wildcards are not allowed.")
    no_element = Parameter(SwitchParameter, help="Leaves the objects out of the groups (the Group property is empty).")
    as_hash_table = Parameter(SwitchParameter, name="AsHashTable", aliases=("AHT",),
                              help="Writes one hashtable: each key is a grouping value, each value the objects that "
                                   "have it.")
    as_string = Parameter(SwitchParameter, help="With -AsHashTable, makes the keys strings (the groups' names).")
    culture = culture_parameter()
    case_sensitive = Parameter(SwitchParameter, help="Groups strings that differ only in case separately.")

    examples = (
        Example('"a", "b", "a", "A" | Group-Object', "Counts each string, ignoring case.",
                "\nCount Name                      Group                                          \n"
                "----- ----                      -----                                          \n"
                "    3 a                         {a, a, A}                                      \n"
                "    1 b                         {b}                                            \n\n\n"),
        Example("Get-CsXmppAllowedPartner | Group-Object PartnerType -NoElement",
                "How many XMPP partners there are of each partner type."),
        Example("$byType = Get-CsXmppAllowedPartner | Group-Object PartnerType -AsHashTable -AsString; $byType['Federated'].Count",
                "A hashtable from partner type to partners, then the number of federated partners."),
        Example("1..6 | Group-Object { $_ % 2 } | ForEach-Object { \"$($_.Name): $($_.Group -join ',')\" }",
                "Groups numbers by a calculated value.", "1: 1,3,5\n0: 2,4,6\n"),
    )

    def begin(self) -> None:
        self._groups: list[_Group] = []
        self._by_key: dict[tuple, _Group] = {}
        self._by_kinds: dict[tuple, list[_Group]] = {}
        self._specs: list | None = None
        self._cs = bool(self.case_sensitive)

    def process(self) -> None:
        obj = self.input_object
        if obj is None or not self.is_bound(GroupObject.input_object):
            return
        if self._specs is None:
            self._specs = (parse_property_specs(self, self.property, (EXPRESSION,), allow_wildcards=False)
                           if self.property else [])
            self._ascending = [True] * max(len(self._specs), 1)
        values = order_values(self, self._specs, obj)
        keys = [_fast_key(v, self._cs) for v in values]
        kinds = tuple(kind for kind, _ in keys)
        exact = (kinds, tuple(k for _, k in keys))
        group = self._by_key.get(exact) or self.find_across_kinds(kinds, values)
        if group is None:
            group = _Group(values, len(self._groups))
            self._groups.append(group)
            self._by_key[exact] = group
            self._by_kinds.setdefault(kinds, []).append(group)
        group.count += 1
        if not self.no_element:
            group.items.append(obj)

    def find_across_kinds(self, kinds: tuple, values: list[Any]) -> _Group | None:
        """Values of different kinds may still compare equal (1 and "1"): the earliest such group."""
        best: _Group | None = None
        for other_kinds, groups in self._by_kinds.items():
            if other_kinds == kinds:
                continue
            for candidate in groups:
                if best is not None and candidate.order > best.order:
                    break
                if compare_keys(candidate.values, values, self._ascending, self._cs) == 0:
                    best = candidate
                    break
        return best

    def end(self) -> None:
        if not self._groups:
            return
        if not self.as_hash_table:
            if self.as_string:
                self.throw_terminating(self.error_record(
                    "The command cannot be run because the AsString parameter requires that you specify the "
                    "AsHashtable parameter.", "ArgumentException", ErrorCategory.InvalidArgument, target=True,
                    exception_type="ArgumentException"))
            for group in self._groups:
                self.write_object(self.group_info(group))
            return
        table = PSHashtable()
        for group in self._groups:
            if self.as_string:
                key: Any = group_name(group.values)
            elif len(group.values) == 1:
                key = group.values[0]
            else:
                self.throw_terminating(self.error_record(
                    "The command cannot be run because using the AsHashTable parameter with more than one property "
                    "requires adding the AsString parameter.", "ArgumentException", ErrorCategory.InvalidArgument,
                    target=self.property, exception_type="ArgumentException"))
            if key is MISSING_VALUE or key is None or not table.add(key, _members(group)):
                message = ("The objects grouped by this property cannot be expanded because there is a key "
                           "duplication. Provide a valid value for the property, and then try again.")
                self.write_error(self.error_record(message, message, ErrorCategory.InvalidArgument,
                                                   exception_type="Exception"))
                return
        self.write_object(table)

    def group_info(self, group: _Group) -> PSObject:
        values = [None if v is MISSING_VALUE else v for v in group.values]
        type_names = ([GROUP_INFO_NO_ELEMENT, GROUP_INFO, "System.Object"] if self.no_element
                      else [GROUP_INFO, "System.Object"])
        # Values is an ArrayList, as GroupInfo.Values is in PowerShell
        return PSObject([("Values", ArrayList(values)), ("Count", group.count), ("Group", _members(group)),
                         ("Name", group_name(group.values))], type_names=type_names, string_form=type_names[0])


def _members(group: _Group) -> ObjectModelCollection:
    """A group's objects as PowerShell keeps them, in a Collection[PSObject] (GroupInfo.Group, and the
    values of -AsHashTable's table)."""
    return ObjectModelCollection(group.items, PSObjectType, PSOBJECT)
