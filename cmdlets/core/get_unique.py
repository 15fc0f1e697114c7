"""Get-Unique: drop each object that equals the one just before it (the input is usually sorted)."""
from __future__ import annotations

from cmdlets.core.property_expressions import compare_values, culture_compare
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.conversion import to_string
from pyshell.runtime.typenames import type_names_of
from pyshell.runtime.values import PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

AS_STRING_SET = "AsString"
ON_TYPE_SET = "UniqueByType"


class GetUnique(Cmdlet):
    """Returns unique items from a sorted list."""

    verb, noun = "Get", "Unique"
    default_set = AS_STRING_SET
    implementing_type = "Microsoft.PowerShell.Commands.GetUniqueCommand"
    description = (
        "Get-Unique writes an input object only when it differs from the object written before it, so a sorted list "
        "comes out with its duplicates removed (an unsorted one only loses repeats that are next to each other). "
        "Objects are compared as they are, strings with regard to case; -AsString compares their text and -OnType "
        "their types.")

    input_object = Parameter(PSObject, pipeline=True, help="The objects to filter. Usually they arrive through the "
                                                           "pipeline.")
    as_string = Parameter(SwitchParameter, sets=(AS_STRING_SET,), help="Compares the objects' text.")
    on_type = Parameter(SwitchParameter, sets=(ON_TYPE_SET,),
                        help="Writes only the first object of each run of objects of the same type.")

    examples = (
        Example('"a", "a", "b", "a" | Get-Unique', "Only the repeat next to its twin is dropped.", "a\nb\na\n"),
        Example('"b", "a", "b", "A" | Sort-Object | Get-Unique', "Sorted first; strings that differ in case are both "
                "kept.", "a\nA\nb\n"),
        Example("1, 2, 'x', 'y', 3 | Get-Unique -OnType", "One object from each run of objects of the same type.",
                "1\nx\n3\n"),
    )

    def begin(self) -> None:
        self._has_last = False
        self._last: Any = None
        self._last_text: str | None = None

    def process(self) -> None:
        if not self.is_bound(GetUnique.input_object):
            return
        obj = self.input_object
        unique = True
        if self._has_last and self._last is not None:
            if self.on_type:
                unique = self.type_of(obj) != self.type_of(self._last)
            elif self.as_string:
                text = to_string(obj)
                if self._last_text is None:
                    self._last_text = to_string(self._last)
                if culture_compare(text, self._last_text, case_sensitive=True) == 0:
                    unique = False
                else:
                    self._last_text = text
            else:
                unique = compare_values(obj, self._last, case_sensitive=True) != 0
        if unique:
            self.write_object(obj)
            self._last = obj
            self._has_last = True

    @staticmethod
    def type_of(obj: Any) -> str:
        names = type_names_of(obj)
        return names[0] if names else ""
