"""Sort-Object: sort objects by property values, calculated values or the objects themselves."""
from __future__ import annotations

import functools
from typing import Any

from cmdlets.core.property_expressions import (ASCENDING, DESCENDING, EXPRESSION, compare_keys, expand_wildcards,
                                               order_values, parse_property_specs)
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import PSObject, SwitchParameter


class SortObject(Cmdlet):
    """Sorts objects by property values."""

    verb, noun = "Sort", "Object"
    implementing_type = "Microsoft.PowerShell.Commands.SortObjectCommand"
    description = (
        "Sort-Object collects its input and writes it back in order: by the properties named with -Property "
        "(wildcards allowed), by calculated values given as script blocks, or by the objects themselves when no "
        "property is named. A hashtable such as @{Expression='Name'; Descending=$true} sorts one key in its own "
        "direction. Strings compare without regard to case unless -CaseSensitive is used; objects that lack a "
        "property come after all the others. Objects that compare equal keep their input order.")

    input_object = Parameter(PSObject, pipeline=True, help="The objects to sort. Usually they arrive through the pipeline.")
    property = Parameter(ListOf(object), position=0,
                         help="The sort keys: property names (wildcards allowed), script blocks, or hashtables with an "
                              "Expression key and, optionally, Ascending or Descending.")
    descending = Parameter(SwitchParameter, help="Sorts from the largest value to the smallest; a hashtable's "
                                                 "Ascending or Descending key overrides it for its own key.")
    unique = Parameter(SwitchParameter, help="Writes only the first of the objects whose sort keys are equal.")
    case_sensitive = Parameter(SwitchParameter, help="Compares strings with regard to case; lower case sorts first.")

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
        for values, obj in rows:
            if self.unique and last is not None and compare_keys(last, values, ascending, cs) == 0:
                continue
            last = values
            self.write_object(obj)
