"""Compare-Object: compare two sets of objects and report which side each difference is on."""
from __future__ import annotations

from cmdlets.core.property_expressions import (EXPRESSION, MISSING_VALUE, compare_keys, culture_parameter,
                                               order_values, parse_property_specs)
from pyshell.commands.cmdlet import Cmdlet
from pyshell.runtime.extended import extend, extensible
from pyshell.runtime.psmembers import add_note_property
from pyshell.commands.parameters import Example, Parameter
from pyshell.commands.validators import validate_range
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import AUTOMATION_NULL, PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

INT32_MAX = 2 ** 31 - 1
SIDE_INDICATOR = "SideIndicator"
EQUAL, REFERENCE_ONLY, DIFFERENCE_ONLY = "==", "<=", "=>"


class ObjectArray:
    """The type of -ReferenceObject and -DifferenceObject (PSObject[]): one value becomes a one-element
    array; $null is kept as it is, so the command can report it."""

    ps_type_name = "System.Management.Automation.PSObject[]"

    @staticmethod
    def ps_convert(value: Any) -> Any:
        if value is None or value is AUTOMATION_NULL:
            return None
        return list(value) if isinstance(value, (list, tuple)) else [value]


class _Entry:
    __slots__ = ("obj", "values")

    def __init__(self, obj: Any, values: list[Any]):
        self.obj = obj
        self.values = values


class CompareObject(Cmdlet):
    """Compares two sets of objects."""

    verb, noun = "Compare", "Object"
    implementing_type = "Microsoft.PowerShell.Commands.CompareObjectCommand"
    description = (
        "Compare-Object compares a reference set of objects with a difference set and writes one result for each "
        "object found in only one of them: an object with the InputObject (or the properties named with "
        "-Property) and a SideIndicator, '<=' for objects only in the reference set and '=>' for objects only in "
        "the difference set. -IncludeEqual also writes the objects found in both ('=='), and -ExcludeDifferent "
        "together with -IncludeEqual writes only those. Objects compare by the named properties, or as themselves; "
        "strings ignore case unless -CaseSensitive is used. Matches are looked for within -SyncWindow objects "
        "either side.")

    reference_object = Parameter(ObjectArray, position=0, mandatory=True, allow_empty_collection=True,
                                 help="The objects used as the reference.")
    difference_object = Parameter(ObjectArray, position=1, mandatory=True, pipeline=True,
                                  allow_empty_collection=True,
                                  help="The objects compared with the reference. They can come through the pipeline.")
    sync_window = Parameter(int, default=INT32_MAX, validators=(validate_range(0),),
                            help="How many objects away a matching object may be found; by default, anywhere.")
    property = Parameter(ListOf(object), help="The properties to compare: names, script blocks, or hashtables with an "
                                              "Expression key.")
    exclude_different = Parameter(SwitchParameter, help="Leaves out the objects found in only one set; use it with "
                                                        "-IncludeEqual to write only the objects found in both.")
    include_equal = Parameter(SwitchParameter, help="Also writes the objects found in both sets, marked '=='.")
    pass_thru = Parameter(SwitchParameter, help="Writes the compared objects themselves, each with a SideIndicator "
                                                "property added, instead of new result objects.")
    culture = culture_parameter()
    case_sensitive = Parameter(SwitchParameter, help="Compares strings with regard to case.")

    examples = (
        Example('Compare-Object -ReferenceObject "a", "b", "c" -DifferenceObject "b", "c", "d"',
                "Shows which letters are only in one of the two lists.",
                "\nInputObject SideIndicator\n----------- -------------\nd           =>           \n"
                "a           <=           \n\n\n"),
        Example("Compare-Object (1..3) (2..4) -IncludeEqual | ForEach-Object { \"$($_.InputObject) $($_.SideIndicator)\" }",
                "Marks the numbers found in both lists with ==.", "2 ==\n3 ==\n4 =>\n1 <=\n"),
        Example("$admins = Get-CsAdminRole -Identity CsAdministrator; $help = Get-CsAdminRole -Identity CsHelpDesk; "
                "Compare-Object $admins.Cmdlets $help.Cmdlets | Measure-Object | ForEach-Object Count",
                "Counts the cmdlets that only one of two RBAC roles may run."),
    )

    def begin(self) -> None:
        for param, value in (("ReferenceObject", self.reference_object),
                             ("DifferenceObject", self.difference_object)):
            if param in self.bound_parameters and value is None:
                self.null_argument(param)
        self._include_equal = bool(self.include_equal)
        self._cs = bool(self.case_sensitive)
        self._specs = (parse_property_specs(self, self.property, (EXPRESSION,), allow_wildcards=False)
                       if self.property else [])
        self._references: list[_Entry] | None = None
        self._next_reference = 0
        self._reference_backlog: list[_Entry] = []
        self._difference_backlog: list[_Entry] = []
        self._ascending: list[bool] = []

    def null_argument(self, param: str) -> None:
        self.throw_terminating(self.error_record(
            f"Cannot bind argument to parameter '{param}' because it is null.",
            "ParameterArgumentValidationErrorNullNotAllowed", ErrorCategory.InvalidData,
            exception_type="ParameterBindingValidationException"))

    def entries(self, objects: list[Any]) -> list[_Entry]:
        return [_Entry(obj, order_values(self, self._specs, obj)) for obj in objects
                if obj is not None and obj is not AUTOMATION_NULL]

    def same(self, a: _Entry, b: _Entry) -> bool:
        return compare_keys(a.values, b.values, self._ascending, self._cs) == 0

    def process(self) -> None:
        references = self.reference_object or []
        differences = self.difference_object
        if differences is None:
            if self.is_bound(CompareObject.difference_object):
                self.write_error(self.error_record(
                    "Cannot bind argument to parameter 'DifferenceObject' because it is null.",
                    "ParameterArgumentValidationErrorNullNotAllowed", ErrorCategory.InvalidData,
                    exception_type="ParameterBindingValidationException"))
            return
        if not references:
            for entry in self.entries(differences):
                self.emit(entry, DIFFERENCE_ONLY)
            return
        if self._references is None:
            self._references = self.entries(references)
            width = max((len(e.values) for e in self._references), default=1)
            self._ascending = [True] * width
        if not differences:
            self.step(None)
            return
        for entry in self.entries(differences):
            self.step(entry)

    def step(self, difference: _Entry | None) -> None:
        """Take the next reference object and one difference object, and match each against the other
        side's backlog of unmatched objects."""
        assert self._references is not None
        reference = None
        if self._next_reference < len(self._references):
            reference = self._references[self._next_reference]
            self._next_reference += 1
        if reference is not None and difference is not None and self.same(reference, difference):
            self.emit(reference, EQUAL)
            return
        match = self.take_match(difference, self._reference_backlog)
        if match is not None:
            self.emit(match, EQUAL)
            difference = None
        if self.take_match(reference, self._difference_backlog) is not None:
            self.emit(reference, EQUAL)
            reference = None
        window = self.sync_window
        if difference is not None:
            if window > 0:
                while len(self._difference_backlog) >= window:
                    self.emit(self._difference_backlog.pop(0), DIFFERENCE_ONLY)
                self._difference_backlog.append(difference)
            else:
                self.emit(difference, DIFFERENCE_ONLY)
        if reference is not None:
            if window > 0:
                while len(self._reference_backlog) >= window:
                    self.emit(self._reference_backlog.pop(0), REFERENCE_ONLY)
                self._reference_backlog.append(reference)
            else:
                self.emit(reference, REFERENCE_ONLY)

    def take_match(self, entry: _Entry | None, backlog: list[_Entry]) -> _Entry | None:
        if entry is None:
            return None
        for i, candidate in enumerate(backlog):
            if self.same(entry, candidate):
                return backlog.pop(i)
        return None

    def end(self) -> None:
        if self._references is not None:
            while self._next_reference < len(self._references):
                self.step(None)
        for entry in self._difference_backlog:
            self.emit(entry, DIFFERENCE_ONLY)
        self._difference_backlog = []
        for entry in self._reference_backlog:
            self.emit(entry, REFERENCE_ONLY)
        self._reference_backlog = []

    # -- output --------------------------------------------------------------------------------------
    def emit(self, entry: _Entry, side: str) -> None:
        if side == EQUAL and not self._include_equal:
            return
        if side != EQUAL and self.exclude_different:
            return
        if self.pass_thru:
            result = entry.obj
            if isinstance(result, PSObject):
                result.remove(SIDE_INDICATOR)
                result.add(SIDE_INDICATOR, side)
            elif extensible(result):
                # a string or an array carries the note as PowerShell's PSObject wrapper would
                result = extend(result)
                add_note_property(result.ps_extension, SIDE_INDICATOR, side)
            self.write_object(result)
            return
        result = PSObject()
        if not self._specs:
            result.add("InputObject", entry.obj)
        else:
            for spec, value in zip(self._specs, entry.values):
                name = spec.text()
                if not result.has(name):
                    result.add(name, None if value is MISSING_VALUE else value)
        result.add(SIDE_INDICATOR, side)
        self.write_object(result)
