"""What the formatting cmdlets (and ConvertTo-Html) accept as -Property and -GroupBy: property names
(with wildcards), script blocks, and hashtables describing a calculated property.

A hashtable's keys may be abbreviated (`e`, `l`, `n`, `w`, `a`, `f`), and which keys are allowed
depends on the command: Format-Table takes Expression, Label (or Name), Width, Alignment and
FormatString; Format-List and -GroupBy take Expression, Label and FormatString; Format-Wide takes
Expression and FormatString. A wrong key or value stops the command with PowerShell's error ids
(DictionaryKeyIllegal, DictionaryKeyMandatoryEntry, WidthOutOfRange, AlignmentIllegalValue, ...).
"""
from __future__ import annotations

from pyshell.structs import dataclass
from pyshell.errors import ErrorCategory, PSError
from pyshell.format.failures import ExpressionFailed
from pyshell.format.views import Column
from pyshell.runtime.conversion import to_string
from pyshell.runtime.scriptblock import ScriptBlock
from pyshell.runtime.typenames import type_name_of
from pyshell.runtime.values import PSHashtable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

EXPRESSION, FORMAT_STRING, LABEL, WIDTH, ALIGNMENT = "expression", "formatString", "label", "width", "alignment"
DEPTH = "depth"

# The keys each kind of parameter accepts: (key, secondary names, allowed .NET types).
_STRING = "System.String"
_KEYS: dict[str, list[tuple[str, tuple[str, ...], tuple[str, ...]]]] = {
    "table": [(EXPRESSION, (), (_STRING, ScriptBlock.ps_type_name)), (FORMAT_STRING, (), (_STRING,)),
              (WIDTH, (), ("System.Int32",)), (ALIGNMENT, (), (_STRING,)), (LABEL, ("name",), (_STRING,))],
    "list": [(EXPRESSION, (), (_STRING, ScriptBlock.ps_type_name)), (FORMAT_STRING, (), (_STRING,)),
             (LABEL, ("name",), (_STRING,))],
    "custom": [(EXPRESSION, (), (_STRING, ScriptBlock.ps_type_name)), (DEPTH, (), ("System.Int32",))],
    "wide": [(EXPRESSION, (), (_STRING, ScriptBlock.ps_type_name)), (FORMAT_STRING, (), (_STRING,))],
    "groupby": [(EXPRESSION, (), (_STRING, ScriptBlock.ps_type_name)), (FORMAT_STRING, (), (_STRING,)),
                (LABEL, ("name",), (_STRING,))],
    # ConvertTo-Html: Label, Alignment and Width are plain strings copied into the HTML.
    "html": [(EXPRESSION, (), (_STRING, ScriptBlock.ps_type_name)), (LABEL, (), (_STRING,)),
             (ALIGNMENT, (), (_STRING,)), (WIDTH, (), (_STRING,))],
}
_ALIGNMENTS = ("left", "center", "right")


@dataclass
class PropertySpec:
    """One parsed -Property (or -GroupBy) item."""
    expression: str | ScriptBlock
    label: str | None = None
    width: int | None = None
    alignment: str | None = None
    format_string: str | None = None
    html_width: str | None = None
    depth: int | None = None


def _matches(key: str, name: str) -> bool:
    return len(key) <= len(name) and name[:len(key)].lower() == key.lower()


class PropertyParser:
    """Parses -Property / -GroupBy values for one command; errors are raised as the command's own."""

    def __init__(self, cmdlet: Any, kind: str):
        self.cmdlet = cmdlet
        self.kind = kind
        self.entries = _KEYS[kind]

    def fail(self, error_id: str, message: str) -> None:
        self.cmdlet.throw_terminating(self.cmdlet.error_record(message, error_id, ErrorCategory.InvalidArgument,
                                                               exception_type="NotSupportedException"))

    def parse(self, values: Any) -> list[PropertySpec]:
        items = values if isinstance(values, (list, tuple)) else [values]
        return [self.parse_one(v) for v in items]

    def parse_one(self, value: Any) -> PropertySpec:
        if isinstance(value, PSHashtable):
            return self._from_hashtable(value)
        if isinstance(value, ScriptBlock):
            return PropertySpec(value)
        if isinstance(value, str):
            if not value:
                self.fail("ExpressionEmptyString2", "An empty string value is not allowed.")
            return PropertySpec(value)
        allowed = "{System.String, System.Management.Automation.ScriptBlock}"
        if value is None:
            self.fail("DictionaryKeyUnknownType",
                      f"The value of a parameter was null; one of the following types was expected: {allowed}.")
        self.fail("DictionaryKeyUnknownType", f"Cannot convert {type_name_of(value)} to one of the following "
                                              f"types {allowed}.")
        raise AssertionError("unreachable")

    def _entry(self, key: str) -> str:
        found = None
        for name, secondary, _ in self.entries:
            if any(_matches(key, n) for n in (name, *secondary)):
                if found is not None:
                    self.fail("DictionaryKeyAmbiguous", f"The {key} key is ambiguous; {found} and {name} conflict.")
                found = name
        if found is None:
            self.fail("DictionaryKeyIllegal", f"The {key} key is not valid.")
        return found  # type: ignore[return-value]

    def _from_hashtable(self, table: PSHashtable) -> PropertySpec:
        values: dict[str, Any] = {}
        for key, value in table.items():
            if key is None:
                self.fail("DictionaryKeyNull", "The value of a key cannot be null.")
            if not isinstance(key, str):
                self.fail("DictionaryKeyNonString",
                          f"The {type_name_of(key).rsplit('.', 1)[-1]} key type is not valid. The key must be a string.")
            name = self._entry(key)
            if name in values:
                self.fail("DictionaryKeyDuplicate", f'The duplicated key "{key}" conflicts with "{name}".')
            allowed = next(types for n, _, types in self.entries if n == name)
            if value is None:
                self.fail("DictionaryKeyMissingValue", f"The {key} key has no value.")
            if type_name_of(value) not in allowed:
                if len(allowed) > 1:
                    self.fail("DictionaryKeyIllegalValue1", f'The "{key}" key has a type, {type_name_of(value)}, that '
                                                            f'is not valid; expected types are {{{", ".join(allowed)}}}.')
                self.fail("DictionaryKeyIllegalValue2", f'The "{key}" key has a type, {type_name_of(value)}, that is '
                                                        f"not valid; expected type is {allowed[0]}.")
            values[name] = value
        if EXPRESSION not in values:
            self.fail("DictionaryKeyMandatoryEntry", f"A mandatory entry for {EXPRESSION} is missing.")
        expression = values[EXPRESSION]
        if isinstance(expression, str) and not expression:
            self.fail("ExpressionEmptyString1", f'The "{EXPRESSION}" key cannot have an empty string value.')
        spec = PropertySpec(expression, label=values.get(LABEL))
        if FORMAT_STRING in values:
            if not values[FORMAT_STRING]:
                self.fail("FormatStringEmpty", f'Cannot have an empty formatting string for key "{FORMAT_STRING}".')
            spec.format_string = values[FORMAT_STRING]
        if DEPTH in values:
            spec.depth = values[DEPTH]
        if self.kind == "html":
            spec.alignment = values.get(ALIGNMENT)
            spec.html_width = values.get(WIDTH)
            return spec
        if WIDTH in values:
            if values[WIDTH] <= 0:
                self.fail("WidthOutOfRange", f'The value "{values[WIDTH]}" for key "{WIDTH}" should be greater than 0.')
            spec.width = values[WIDTH]
        if ALIGNMENT in values:
            text = values[ALIGNMENT]
            match = next((a for a in _ALIGNMENTS if text and _matches(text, a)), None)
            if match is None:
                self.fail("AlignmentIllegalValue", f'The value "{text}" for key "{ALIGNMENT}" is not valid; valid '
                                                   f"values are {{{', '.join(_ALIGNMENTS)}}}.")
            spec.alignment = match.capitalize()  # type: ignore[union-attr]
        return spec


def script_source(cmdlet: Any, block: ScriptBlock, report: bool = False) -> Callable[[Any], Any]:
    """A script block as a calculated property: run with $_ set to the object, its errors swallowed
    (a failing expression leaves its cell empty, as in PowerShell). With `report`, a failure is
    raised as ExpressionFailed for the formatter (-DisplayError, -ShowError)."""
    def evaluate(obj: Any) -> Any:
        ctx = cmdlet.context
        ctx.try_depth += 1
        try:
            out = cmdlet.run_script_block(block, dollar_under=obj)
        except PSError as exc:
            if report:
                raise ExpressionFailed(exc.record) from None
            return None
        finally:
            ctx.try_depth -= 1
        if not out:
            return None
        return out[0] if len(out) == 1 else out
    evaluate.expression_text = to_string(block)     # type: ignore[attr-defined]
    return evaluate


def to_column(cmdlet: Any, spec: PropertySpec) -> Column:
    """A parsed -Property item as a formatter column."""
    if isinstance(spec.expression, ScriptBlock):
        label = spec.label if spec.label is not None else to_string(spec.expression)
        return Column(label, script_source(cmdlet, spec.expression, report=True), spec.width, spec.alignment,
                      spec.format_string, spec.depth)
    return Column(spec.label, spec.expression, spec.width, spec.alignment, spec.format_string, spec.depth)


def columns(cmdlet: Any, values: Any, kind: str) -> list[Column] | None:
    if values is None:
        return None
    parsed = PropertyParser(cmdlet, kind).parse(values)
    return [to_column(cmdlet, spec) for spec in parsed]


def group_by(cmdlet: Any, value: Any) -> tuple[Any, str | None]:
    """-GroupBy as (the formatter's grouping source, its header label)."""
    if value is None:
        return None, None
    spec = PropertyParser(cmdlet, "groupby").parse_one(value)
    if isinstance(spec.expression, ScriptBlock):
        source: Any = script_source(cmdlet, spec.expression)
        label = spec.label if spec.label is not None else to_string(spec.expression)
    else:
        source = spec.expression
        label = spec.label
    if spec.format_string:
        from pyshell.format.fields import format_with, lookup
        inner, fmt = source, spec.format_string

        def formatted(obj: Any) -> Any:
            found, val, _ = lookup(obj, inner)
            return format_with(val, fmt) if found else None
        source = formatted
        if label is None and isinstance(inner, str):
            label = inner
    return source, label
