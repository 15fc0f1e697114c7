"""Sort-Object: sort objects by property values, calculated values or the objects themselves."""
from __future__ import annotations

import functools
from cmdlets.core.property_expressions import (ASCENDING, DESCENDING, EXPRESSION, compare_keys,
                                               culture_parameter, expand_wildcards, order_values,
                                               parse_property_specs)
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.commands.validators import validate_range
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

DEFAULT_SET, TOP_SET, BOTTOM_SET = "Default", "Top", "Bottom"
AT_LEAST_ONE = validate_range(1)


class SortObject(Cmdlet):
    """Sorts objects by property values."""

    verb, noun = "Sort", "Object"
    default_set = DEFAULT_SET
    implementing_type = "Microsoft.PowerShell.Commands.SortObjectCommand"
    description = (
        "Sort-Object collects its input and writes it back in order: by the properties named with -Property "
        "(wildcards allowed), by calculated values given as script blocks, or by the objects themselves when no "
        "property is named. A hashtable such as @{Expression='Name'; Descending=$true} sorts one key in its own "
        "direction. Strings compare without regard to case unless -CaseSensitive is used; objects that lack a "
        "property come after all the others. Objects that compare equal keep their input order. -Top, -Bottom and "
        "-Stable come from PowerShell 6 and later (Windows PowerShell 5.1 does not have them); pyshell offers them "
        "too.")

    input_object = Parameter(PSObject, pipeline=True, help="The objects to sort. Usually they arrive through the pipeline.")
    property = Parameter(ListOf(object), position=0,
                         help="The sort keys: property names (wildcards allowed), script blocks, or hashtables with an "
                              "Expression key and, optionally, Ascending or Descending.")
    descending = Parameter(SwitchParameter, help="Sorts from the largest value to the smallest; a hashtable's "
                                                 "Ascending or Descending key overrides it for its own key.")
    unique = Parameter(SwitchParameter, help="Writes only the first of the objects whose sort keys are equal.")
    culture = culture_parameter()
    case_sensitive = Parameter(SwitchParameter, help="Compares strings with regard to case; lower case sorts first.")
    stable = Parameter(SwitchParameter, sets=(DEFAULT_SET,),
                       help="Keeps objects whose sort keys are equal in their input order. pyshell always sorts "
                            "this way; the switch comes from PowerShell 6 and later, and is accepted for scripts "
                            "written for them. It cannot be used with -Top or -Bottom.")
    top = Parameter(int, mandatory=True, sets=(TOP_SET,), validators=(AT_LEAST_ONE,),
                    help="Writes only the first N objects of the sorted result (after -Unique). From PowerShell 6 "
                         "and later; Windows PowerShell 5.1 does not have it.")
    bottom = Parameter(int, mandatory=True, sets=(BOTTOM_SET,), validators=(AT_LEAST_ONE,),
                       help="Writes only the last N objects of the sorted result (after -Unique), still in sorted "
                            "order. From PowerShell 6 and later; Windows PowerShell 5.1 does not have it.")

    examples = (
        Example("3, 1, 2 | Sort-Object", "Sorts numbers.", "1\n2\n3\n"),
        Example('"b", "A", "c" | Sort-Object -Descending', "Sorts strings from z to a, ignoring case.", "c\nb\nA\n"),
        Example("Get-CsAdminRole | Sort-Object Identity | Select-Object -ExpandProperty Identity -First 3",
                "The names of the first three RBAC roles in alphabetical order.",
                "CsAdministrator\nCsArchivingAdministrator\nCsHelpDesk\n"),
        Example('Get-CsXmppAllowedPartner | Sort-Object @{Expression="PartnerType"; Descending=$true}, Identity',
                "Sorts the XMPP partners by type, highest first, and by identity within each type."),
        Example("1..6 | Sort-Object { $_ % 3 }", "Sorts by a calculated value; equal keys keep their order.",
                "3\n6\n1\n4\n2\n5\n"),
        Example("5, 3, 9, 1 | Sort-Object -Top 2", "The two smallest numbers (-Top is from PowerShell 6 and later).",
                "1\n3\n"),
        Example("5, 3, 9, 1 | Sort-Object -Bottom 2", "The two largest numbers, in ascending order (-Bottom is from "
                "PowerShell 6 and later).", "5\n9\n"),
    )

    def begin(self) -> None:
        self._inputs: list[Any] = []
        self._specs = (parse_property_specs(self, self.property, (EXPRESSION, ASCENDING, DESCENDING))
                       if self.property else [])

    def process(self) -> None:
        if self.input_object is not None and self.is_bound(SortObject.input_object):
            self._inputs.append(self.input_object)

    def end(self) -> None:
        inputs, self._inputs = self._inputs, []
        if not inputs:
            return
        specs = expand_wildcards(self._specs, inputs)
        rows = [(order_values(self, specs, obj), obj) for obj in inputs]
        width = max(len(values) for values, _ in rows)
        ascending = []
        for k in range(width):
            entries = specs[k].entries if k < len(specs) else {}
            asc, desc = entries.get("ascending"), entries.get("descending")
            if asc is not None and desc is not None and asc == desc:
                asc = desc = None        # contradictory keys are ignored
            if asc is not None:
                ascending.append(bool(asc))
            elif desc is not None:
                ascending.append(not desc)
            else:
                ascending.append(not self.descending)
        cs = bool(self.case_sensitive)
        key = functools.cmp_to_key(lambda a, b: compare_keys(a[0], b[0], ascending, cs))
        rows.sort(key=key)            # Python's sort is stable: equal keys keep their input order
        last: list[Any] | None = None
        out = []
        for values, obj in rows:
            if self.unique and last is not None and compare_keys(last, values, ascending, cs) == 0:
                continue
            last = values
            out.append(obj)
        if self.is_bound(SortObject.top):
            out = out[:self.top]
        elif self.is_bound(SortObject.bottom):
            out = out[max(len(out) - self.bottom, 0):]
        for obj in out:
            self.write_object(obj)
