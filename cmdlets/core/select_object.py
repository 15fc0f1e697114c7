"""Select-Object: pick properties of objects, or pick objects out of the stream by position."""
from __future__ import annotations

from collections import deque
from cmdlets.core.property_expressions import (NAME, EXPRESSION, PropertySpec, base_type_name, compare_values,
                                               evaluate, is_custom_object, parse_property_specs, read_property,
                                               resolve_names)
from pyshell.commands.cmdlet import Cmdlet
from pyshell.runtime.operators import has_wildcards
from pyshell.commands.parameters import Example, Parameter
from pyshell.commands.validators import validate_range
from pyshell.errors import ErrorCategory, ErrorRecord
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.flow import StopUpstream
from pyshell.runtime.operators import wildcard_match
from pyshell.runtime.values import PSHashtable, AUTOMATION_NULL, PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

DEFAULT_SET = "DefaultParameter"
SKIP_LAST_SET = "SkipLastParameter"
INDEX_SET = "IndexParameter"
SKIP_INDEX_SET = "SkipIndexParameter"
AT_LEAST_ZERO = validate_range(0)


class _Window:
    """Which objects -First, -Last, -Skip and -SkipLast let through, and when. Objects that can be
    decided at once stream; the rest wait in a queue until the input ends."""

    def __init__(self, first: int, last: int, skip: int, skip_last: int, first_or_last: bool):
        self.first, self.last, self.skip, self.skip_last = first, last, skip, skip_last
        self.first_or_last = first_or_last
        self.queue: deque = deque()
        self.streamed = 0

    @property
    def satisfied(self) -> bool:
        """-First has all it asked for and nothing waits for the end of the input."""
        return self.first_or_last and self.last == 0 and self.first != 0 and self.streamed >= self.first

    def push(self, obj: Any) -> list[Any]:
        """Take one input object; return the objects that can be written now."""
        q = self.queue
        if self.last > 0 and ((self.first == 0 and len(q) >= self.last + self.skip) or
                              (self.first != 0 and len(q) >= self.last)):
            q.popleft()
        q.append(obj)
        if self.skip == 0:
            if self.skip_last > 0:
                return [q.popleft()] if len(q) > self.skip_last else []
            if self.streamed < self.first or not self.first_or_last:
                self.streamed += 1
                return [q.popleft()]
            if self.last == 0:
                q.popleft()
        elif self.last == 0 or self.first != 0:
            q.popleft()
            self.skip -= 1
        return []

    def rest(self) -> list[Any]:
        """What is written when the input ends."""
        q = self.queue
        if self.first != 0:
            out = list(q)
        else:
            out = [q.popleft() for _ in range(max(len(q) - self.skip, 0))]
        q.clear()
        return out


class SelectObject(Cmdlet):
    """Selects objects or object properties."""

    verb, noun = "Select", "Object"
    default_set = DEFAULT_SET
    implementing_type = "Microsoft.PowerShell.Commands.SelectObjectCommand"
    output_types = ("System.Management.Automation.PSObject",)
    description = (
        "Select-Object does two jobs. With -Property it makes, for each input object, a new object that has only the "
        "properties named (wildcards allowed) and any calculated properties given as hashtables, "
        "@{Name=...; Expression=...}; the new objects' type name is 'Selected.' and the original type. With "
        "-ExpandProperty it writes the value of one property instead, one object per element when the value is a "
        "collection. With -First, -Last, -Skip, -SkipLast or -Index it picks input objects by position; once -First "
        "has what it asked for, the commands before it in the pipeline are stopped. -Unique drops objects equal to one "
        "already written.")

    input_object = Parameter(PSObject, pipeline=True, help="The object to select from. Usually it arrives through "
                                                           "the pipeline.")
    property = Parameter(ListOf(object), position=0, sets=(DEFAULT_SET, SKIP_LAST_SET),
                         help="The properties to keep: names (wildcards allowed), script blocks, or hashtables with "
                              "Name (or Label) and Expression keys for calculated properties.")
    exclude_property = Parameter(ListOf(str), sets=(DEFAULT_SET, SKIP_LAST_SET),
                                 help="Properties to leave out (wildcards allowed). Used together with -Property, as in "
                                      "Windows PowerShell 5.1.")
    expand_property = Parameter(str, sets=(DEFAULT_SET, SKIP_LAST_SET),
                                help="A property whose value is written instead of the object; a collection is written "
                                     "element by element. Properties named by -Property are added to each result.")
    unique = Parameter(SwitchParameter, help="Writes each distinct result once (compared case-sensitively). The "
                                             "results are written when the input ends.")
    last = Parameter(int, sets=(DEFAULT_SET,), validators=(AT_LEAST_ZERO,),
                     help="How many objects to take from the end of the input.")
    first = Parameter(int, sets=(DEFAULT_SET,), validators=(AT_LEAST_ZERO,),
                      help="How many objects to take from the start of the input. The upstream commands are stopped "
                           "once they have been received.")
    skip = Parameter(int, sets=(DEFAULT_SET, SKIP_LAST_SET), validators=(AT_LEAST_ZERO,),
                     help="How many objects to pass over first; counted from the end when -Last is used.")
    skip_last = Parameter(int, sets=(SKIP_LAST_SET,), validators=(AT_LEAST_ZERO,),
                          help="How many objects to leave out at the end of the input.")
    wait = Parameter(SwitchParameter, sets=(DEFAULT_SET, INDEX_SET),
                     help="Lets the upstream commands run to the end even when -First or -Index has all it needs.")
    skip_index = Parameter(ListOf(int), sets=(SKIP_INDEX_SET,), validators=(AT_LEAST_ZERO,),
                           help="Leaves out the objects at these positions (counting from 0); a later "
                                "PowerShell addition.")
    case_insensitive = Parameter(SwitchParameter, help="With -Unique, compares without regard to case (a later "
                                                       "PowerShell addition; 5.1 compares case-sensitively).")
    index = Parameter(ListOf(int), sets=(INDEX_SET,), validators=(AT_LEAST_ZERO,),
                      help="The positions (counting from 0) of the objects to take.")

    examples = (
        Example('Get-CsAdminRole -Identity "CsVoiceAdministrator" | Select-Object -ExpandProperty Cmdlets',
                "Writes the name of each cmdlet the CsVoiceAdministrator role may run, one per line."),
        Example("Get-CsAdminRole | Select-Object Identity, IsStandardRole -First 3",
                "Shows two properties of the first three RBAC roles.",
                "\nIdentity             IsStandardRole\n--------             --------------\n"
                "CsAdministrator                True\nCsUserAdministrator            True\n"
                "CsVoiceAdministrator           True\n\n\n"),
        Example('Get-CsXmppAllowedPartner | Select-Object Identity, @{Name="Domains"; Expression={$_.AdditionalDomains.Count + 1}}',
                "A calculated property: how many domains each XMPP partner has."),
        Example("1..10 | Select-Object -Skip 2 -First 3", "Passes over two numbers, then takes three.", "3\n4\n5\n"),
        Example("1..10 | Select-Object -Last 2", "Takes the last two numbers.", "9\n10\n"),
        Example('"a", "b", "a", "c" | Select-Object -Unique', "Drops the repeated string.", "a\nb\nc\n"),
    )

    def begin(self) -> None:
        properties = self.property
        if not properties and self.exclude_property is not None and not self.expand_property:
            properties = ["*"]      # -ExcludeProperty alone means every property but those
        self._specs = parse_property_specs(self, properties, (EXPRESSION, NAME)) if properties else []
        self._skip_indexes = set(self.skip_index) if self.skip_index is not None else None
        self._expand = None
        if self.expand_property:
            self._expand = parse_property_specs(self, [self.expand_property], (EXPRESSION, NAME))[0]
        self._exclude = list(self.exclude_property) if self.exclude_property is not None else None
        self._uniques: list[tuple[Any, list[tuple[str, Any]]]] | None = [] if self.unique else None
        first_or_last = self.is_bound(SelectObject.first) or self.is_bound(SelectObject.last)
        self._window = _Window(self.first or 0, self.last or 0, self.skip or 0, self.skip_last or 0, first_or_last)
        self._indexes = sorted(set(self.index)) if self.index is not None else None
        self._next_index = 0
        self._count = 0

    # -- the stream --------------------------------------------------------------------------------
    def process(self) -> None:
        obj = self.input_object
        if obj is None or not self.is_bound(SelectObject.input_object):
            return
        if self._skip_indexes is not None:
            if self._count not in self._skip_indexes:
                self.select(obj)
            self._count += 1
            return
        if self._indexes is None:
            for ready in self._window.push(obj):
                self.select(ready)
            if self._window.satisfied and not self.wait:
                self.stop_upstream()
            return
        if self._next_index < len(self._indexes) and self._indexes[self._next_index] == self._count:
            self.select(obj)
            self._next_index += 1
        self._count += 1
        if self._next_index >= len(self._indexes) and not self.wait:
            self.stop_upstream()

    def stop_upstream(self) -> None:
        raise StopUpstream(owner=self.runtime)

    def end(self) -> None:
        if self.parameter_set_name == DEFAULT_SET and self._indexes is None:
            for obj in self._window.rest():
                self.select(obj)
        if self._uniques is not None:
            for obj, _ in self._uniques:
                self.write_object(obj)
            self._uniques = []

    # -- one object ---------------------------------------------------------------------------------
    def select(self, obj: Any) -> None:
        if not self._specs and self._expand is None:
            self.emit(obj, [])
            return
        notes: list[tuple[str, Any]] = []
        for spec in self._specs:
            self.add_values(spec, obj, notes)
        if self._expand is None:
            result = PSObject(type_names=["System.Management.Automation.PSCustomObject", "System.Object"])
            for name, value in notes:
                if result.has(name):
                    self.property_exists(name, obj, "AlreadyExistingUserSpecifiedPropertyNoExpand")
                else:
                    result.add(name, value)
            self.emit(result, notes)
            return
        self.expand(obj, notes)

    def excluded(self, name: str) -> bool:
        return self._exclude is not None and any(wildcard_match(p, name) for p in self._exclude)

    def add_values(self, spec: PropertySpec, obj: Any, notes: list[tuple[str, Any]]) -> None:
        """The (name, value) pairs one -Property entry gives for `obj`."""
        if spec.is_script:
            # A failing expression gives $null, as in PowerShell.
            results = [(r.name, r.value) for r in evaluate(self.context, spec, obj)]
        else:
            results = [(name, read_property(obj, name, entries=True)[1])
                       for name in resolve_names(obj, str(spec.expression), entries=True) if not self.excluded(name)]
        if not results:
            if not spec.is_script and has_wildcards(str(spec.expression)):
                return      # a wildcard that matches nothing (or only excluded names) adds nothing
            # A property the object lacks still becomes a (null) property of the result.
            results.append((spec.text(), None))
        elif spec.name and len(results) > 1:
            self.write_error(self.error_record("Cannot rename multiple results.", "RenamingMultipleResults",
                                               ErrorCategory.InvalidOperation, target=obj,
                                               exception_type="InvalidOperationException"))
            return
        for name, value in results:
            if self.excluded(name):
                continue
            if spec.name is None and name == "":
                self.throw_terminating(self.error_record(
                    "A property is an empty script block and does not provide a name.", "EmptyScriptBlockAndNoName",
                    ErrorCategory.InvalidArgument, exception_type="PSArgumentException"))
            notes.append((spec.name if spec.name is not None else name, value))

    def expand(self, obj: Any, notes: list[tuple[str, Any]]) -> None:
        spec = self._expand
        assert spec is not None
        if isinstance(obj, PSHashtable) and not spec.is_script and str(spec.expression) in obj:
            # A hashtable entry comes before the hashtable's own members (later PowerShell versions).
            self.expand_value(obj, obj[str(spec.expression)], notes)
            return
        results = evaluate(self.context, spec, obj)
        results = [r for r in results if r.found]
        if not results:
            self.write_error(self.error_record(f'Property "{self.expand_property}" cannot be found.',
                                               "ExpandPropertyNotFound", ErrorCategory.InvalidArgument, target=obj,
                                               exception_type="PSArgumentException"))
            return
        if len(results) > 1:
            self.write_error(self.error_record("Multiple properties cannot be expanded.", "MutlipleExpandProperties",
                                               ErrorCategory.InvalidArgument, target=obj,
                                               exception_type="PSArgumentException"))
            return
        result = results[0]
        if result.error is not None:
            record: ErrorRecord = result.error.record
            self.write_error(self.error_record(record.message, "PropertyEvaluationExpand",
                                               ErrorCategory.InvalidResult, target=obj,
                                               exception_type=record.exception_type))
            return
        self.expand_value(obj, result.value, notes)

    def expand_value(self, obj: Any, value: Any, notes: list[tuple[str, Any]]) -> None:
        if value is None or value is AUTOMATION_NULL:
            return
        for item in (value if isinstance(value, (list, tuple)) else [value]):
            if item is None:
                continue
            if notes and isinstance(item, PSObject):
                # The notes go on this copy only; the object the property holds is left as it was.
                item = item.copy()
                for name, note in notes:
                    if item.has(name):
                        self.property_exists(name, obj, "AlreadyExistingUserSpecifiedPropertyExpand")
                    else:
                        item.add(name, note)
            self.emit(item, notes)

    def property_exists(self, name: str, obj: Any, error_id: str) -> None:
        self.write_error(self.error_record(f'The property cannot be processed because the property "{name}" already '
                                           "exists.", error_id, ErrorCategory.InvalidOperation, target=obj,
                                           exception_type="PSArgumentException"))

    # -- writing -----------------------------------------------------------------------------------
    def emit(self, obj: Any, notes: list[tuple[str, Any]]) -> None:
        if self._uniques is None:
            self.mark_selected(obj)
            self.write_object(obj)
            return
        for seen, seen_notes in self._uniques:
            if self.same(obj, notes, seen, seen_notes, not self.case_insensitive):
                return
        self.mark_selected(obj)
        self._uniques.append((obj, notes))

    def mark_selected(self, obj: Any) -> None:
        """A custom object gets the type name `Selected.<type of the input object>` in front, as in
        PowerShell (which names the type of the object currently in -InputObject)."""
        if is_custom_object(obj):
            obj.type_names.insert(0, "Selected." + base_type_name(self.input_object))

    @staticmethod
    def same(obj: Any, notes: list[tuple[str, Any]], other: Any, other_notes: list[tuple[str, Any]],
             case_sensitive: bool = True) -> bool:
        """-Unique's test: equal underlying objects with the same selected values. Custom objects have no
        value of their own to compare, so only their selected values decide."""
        a = "" if is_custom_object(obj) else obj
        b = "" if is_custom_object(other) else other
        if compare_values(a, b, case_sensitive=case_sensitive) != 0 or len(notes) != len(other_notes):
            return False
        theirs = {name.lower(): value for name, value in other_notes}
        for name, value in notes:
            if name.lower() not in theirs or compare_values(theirs[name.lower()], value, case_sensitive) != 0:
                return False
        return True
