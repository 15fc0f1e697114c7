"""Measure-Object: count objects and sum, average and find extremes of numbers; count lines, words and
characters of text."""
from __future__ import annotations

import math
from cmdlets.core.property_expressions import compare_values, read_property, resolve_names, run_expression
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.commands.validators import validate_not_null_or_empty
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import PSConversionError, ListOf, to_float, to_string
from pyshell.runtime.operators import has_wildcards
from pyshell.runtime.scriptblock import ScriptBlock
from pyshell.runtime.values import PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

GENERIC_SET = "GenericMeasure"
TEXT_SET = "TextMeasure"
NAMESPACE = "Microsoft.PowerShell.Commands."
THIS_OBJECT = "$_"


def as_double(value: Any) -> float | None:
    """The value as a Double, or None when PowerShell could not convert it ($null counts as 0)."""
    if isinstance(value, (list, tuple, PSObject)):
        return None
    try:
        return to_float(value)
    except PSConversionError:
        return None


class _Stats:
    __slots__ = ("count", "sum", "previous_sum", "variance", "max", "min", "lines", "words", "characters")

    def __init__(self) -> None:
        self.count = 0
        self.sum = 0.0
        self.previous_sum = 0.0
        self.variance = 0.0
        self.max: Any = None
        self.min: Any = None
        self.lines = self.words = self.characters = 0


def _extreme(value: Any, current: Any, smallest: bool) -> Any:
    """Keep the smaller (or larger) of `value` and the extreme so far: numbers compare as numbers,
    anything else (or a mix) as text."""
    a = value if value is None or as_double(value) is None else as_double(value)
    b = current if current is None or as_double(current) is None else as_double(current)
    if a is not None and b is not None and type(a) is not type(b):
        a, b = to_string(a), to_string(b)
    factor = 1 if smallest else -1
    if b is None or compare_values(b, a, case_sensitive=True) * factor > 0:
        return value
    return current


def count_words(text: str) -> int:
    count, in_space = 0, True
    for ch in text:
        if ch.isspace():
            in_space = True
        elif in_space:
            count += 1
            in_space = False
    return count


def count_lines(text: str) -> int:
    if not text:
        return 0
    return text.count("\n") + (0 if text.endswith("\n") else 1)


class MeasureObject(Cmdlet):
    """Calculates the numeric properties of objects, and the characters, words, and lines in string objects."""

    verb, noun = "Measure", "Object"
    default_set = GENERIC_SET
    implementing_type = "Microsoft.PowerShell.Commands.MeasureObjectCommand"
    output_types = (NAMESPACE + "GenericMeasureInfo", NAMESPACE + "TextMeasureInfo",
                    NAMESPACE + "GenericObjectMeasureInfo")
    description = (
        "Measure-Object counts its input objects and, when asked, works out the sum, average, largest and smallest "
        "value, either of the objects themselves or of the properties named with -Property (one result per "
        "property). Largest and smallest also work on text, compared alphabetically. With -Line, -Word or "
        "-Character it counts the lines, words and characters of the text of each object instead.")

    input_object = Parameter(PSObject, pipeline=True, help="The objects to measure. Usually they arrive through the "
                                                           "pipeline.")
    property = Parameter(ListOf(object), position=0, validators=(validate_not_null_or_empty,),
                         help="The properties to measure (wildcards allowed); one result is written per property. "
                              "A script block is measured too: its value for each object (with $_ set), under the "
                              "block's text. Script blocks here come from PowerShell 6 and later; Windows "
                              "PowerShell 5.1 takes names only.")
    sum = Parameter(SwitchParameter, sets=(GENERIC_SET,), help="Adds the values up.")
    average = Parameter(SwitchParameter, sets=(GENERIC_SET,), help="Works out the mean of the values.")
    maximum = Parameter(SwitchParameter, sets=(GENERIC_SET,), help="Finds the largest value.")
    minimum = Parameter(SwitchParameter, sets=(GENERIC_SET,), help="Finds the smallest value.")
    standard_deviation = Parameter(SwitchParameter, sets=(GENERIC_SET,),
                                   help="Works out the sample standard deviation of the values and adds a "
                                        "StandardDeviation property to the result. Windows PowerShell 5.1 does not "
                                        "have this switch (it came with PowerShell 6); pyshell offers it as "
                                        "PowerShell 7 computes it.")
    all_stats = Parameter(SwitchParameter, sets=(GENERIC_SET,),
                          help="All the statistics at once: -Sum, -Average, -Maximum, -Minimum and "
                               "-StandardDeviation. From PowerShell 6 and later; Windows PowerShell 5.1 does not "
                               "have it.")
    line = Parameter(SwitchParameter, sets=(TEXT_SET,), help="Counts the lines of text.")
    word = Parameter(SwitchParameter, sets=(TEXT_SET,), help="Counts the words (runs of characters between white "
                                                             "space).")
    character = Parameter(SwitchParameter, sets=(TEXT_SET,), help="Counts the characters.")
    ignore_white_space = Parameter(SwitchParameter, sets=(TEXT_SET,),
                                   help="Leaves white space out of the character count.")

    examples = (
        Example("Get-CsAdminRole | Measure-Object", "Counts the RBAC roles."),
        Example("1, 2, 3, 4 | Measure-Object -Sum -Average -Maximum -Minimum", "Statistics of four numbers.",
                "\n\nCount    : 4\nAverage  : 2.5\nSum      : 10\nMaximum  : 4\nMinimum  : 1\nProperty : \n\n\n\n"),
        Example('"one two", "three" | Measure-Object -Line -Word -Character', "Counts lines, words and characters.",
                "\nLines Words Characters Property\n----- ----- ---------- --------\n"
                "    2     3         12         \n\n\n"),
        Example("Get-CsXmppAllowedPartner | Measure-Object -Property ConnectionLimit -Maximum",
                "The largest connection limit of any XMPP partner."),
    )

    def begin(self) -> None:
        self._stats: dict[str, tuple[str, _Stats]] = {}
        self._non_numeric = False
        self._records = 0
        self._generic = self.parameter_set_name != TEXT_SET
        self._text = bool(self.line or self.word or self.character)
        every = bool(self.all_stats)
        self._sum, self._average = every or bool(self.sum), every or bool(self.average)
        self._max, self._min = every or bool(self.maximum), every or bool(self.minimum)
        self._deviation = every or bool(self.standard_deviation)
        self._numbers = self._sum or self._average or self._deviation

    def entry(self, name: str) -> _Stats:
        found = self._stats.get(name.lower())
        if found is None:
            found = (name, _Stats())
            self._stats[name.lower()] = found
        return found[1]

    def process(self) -> None:
        obj = self.input_object
        if obj is None or not self.is_bound(MeasureObject.input_object):
            return
        self._records += 1
        if self.property is None:
            self.analyze(THIS_OBJECT, obj)
            return
        counted: set[str] = set()
        for pattern in self.property:
            if isinstance(pattern, ScriptBlock):
                value, error = run_expression(self.context, pattern, obj)
                if error is not None:
                    self.write_error(error.record)
                    continue
                self.analyze(to_string(pattern), value)
                continue
            pattern = to_string(pattern)
            names = resolve_names(obj, pattern)
            if not names:
                if not has_wildcards(pattern):
                    self.entry(pattern)
                continue
            for name in names:
                if name.lower() in counted:
                    continue
                counted.add(name.lower())
                self.analyze(name, read_property(obj, name)[1])

    def analyze(self, name: str, value: Any) -> None:
        stat = self.entry(name)
        stat.count += 1
        if self._text:
            text = to_string(value)
            if self.character:
                stat.characters += len(text) if not self.ignore_white_space else sum(
                    1 for c in text if not c.isspace())
            if self.word:
                stat.words += count_words(text)
            if self.line:
                stat.lines += count_lines(text)
        if self._numbers:
            number = as_double(value)
            if number is None:
                self._non_numeric = True
                self.write_error(self.error_record(f'Input object "{to_string(value)}" is not numeric.',
                                                   "NonNumericInputObject", ErrorCategory.InvalidType, target=value,
                                                   exception_type="PSInvalidOperationException"))
                return
            stat.previous_sum = stat.sum
            stat.sum += number
            if self._deviation and stat.count > 1:
                mean_before = stat.previous_sum / (stat.count - 1)
                stat.variance *= (stat.count - 2.0) / (stat.count - 1)
                stat.variance += (number - mean_before) ** 2 / stat.count
        if self._min:
            stat.min = _extreme(value, stat.min, True)
        if self._max:
            stat.max = _extreme(value, stat.max, False)

    def end(self) -> None:
        if self._records == 0 and self.property is None:
            self.entry(THIS_OBJECT)
        for name, stat in self._stats.values():
            if stat.count == 0 and self.property is not None:
                error_id = "GenericMeasurePropertyNotFound" if self._generic else "TextMeasurePropertyNotFound"
                self.write_error(self.error_record(f'The property "{name}" cannot be found in the input for any '
                                                   "objects.", error_id, ErrorCategory.InvalidArgument,
                                                   exception_type="PSArgumentException"))
                continue
            prop = name if self.property is not None else None
            self.write_object(self.generic_info(stat, prop) if self._generic else self.text_info(stat, prop))

    def generic_info(self, stat: _Stats, prop: str | None) -> PSObject:
        numeric = all(v is None or as_double(v) is not None for v in (stat.min, stat.max))
        total = average = deviation = None
        if not self._non_numeric:
            if self._sum:
                total = stat.sum
            if self._average and stat.count > 0:
                average = stat.sum / stat.count
            if self._deviation:
                deviation = math.sqrt(stat.variance)
        maximum, minimum = stat.max, stat.min
        if numeric:
            maximum = None if maximum is None else as_double(maximum)
            minimum = None if minimum is None else as_double(minimum)
        props: list[tuple[str, Any]] = [("Count", stat.count), ("Average", average), ("Sum", total),
                                        ("Maximum", maximum), ("Minimum", minimum)]
        if self._deviation:
            props.append(("StandardDeviation", deviation))
        props.append(("Property", prop))
        type_name = NAMESPACE + ("GenericMeasureInfo" if numeric else "GenericObjectMeasureInfo")
        return PSObject(props, type_names=[type_name, NAMESPACE + "MeasureInfo", "System.Object"],
                        string_form=type_name)

    def text_info(self, stat: _Stats, prop: str | None) -> PSObject:
        props = [("Lines", stat.lines if self.line else None), ("Words", stat.words if self.word else None),
                 ("Characters", stat.characters if self.character else None), ("Property", prop)]
        type_name = NAMESPACE + "TextMeasureInfo"
        return PSObject(props, type_names=[type_name, NAMESPACE + "MeasureInfo", "System.Object"],
                        string_form=type_name)
