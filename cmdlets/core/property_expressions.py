"""What the object cmdlets (Select-Object, Sort-Object, Group-Object, Measure-Object, Compare-Object)
share: how a property name or a calculated property is read from an object, and how two values are
ordered.

A property argument is a name (wildcards allowed where the command allows them), a script block, or
a hashtable such as `@{Name = "Size"; Expression = {$_.Length / 1KB}}`. Hashtable keys may be
abbreviated (`N`, `E`, `Asc`); each command says which keys it accepts. Mistakes in a hashtable are
terminating errors with PowerShell's ids (DictionaryKeyIllegal, DictionaryKeyMandatoryEntry, ...).

Only an object's PowerShell properties count as properties here: a hashtable's keys do not (as in
Windows PowerShell 5.1, where `@{a=1} | Select-Object a` gives an empty `a`).
"""
from __future__ import annotations

import functools
import unicodedata
from pyshell.structs import dataclass
from pyshell.errors import ErrorCategory, PSError
from pyshell.format.fields import property_items
from pyshell.runtime.conversion import PSConversionError, convert_to, to_bool, to_enum, to_number, to_string
from pyshell.runtime.operators import has_wildcards, wildcard_match
from pyshell.runtime.scriptblock import ScriptBlock
from pyshell.runtime.typenames import type_name_of
from pyshell.runtime.values import AUTOMATION_NULL, PSCUSTOMOBJECT, PSEnum, PSHashtable, PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterable

STRING_TYPE = "System.String"
SCRIPT_BLOCK_TYPE = "System.Management.Automation.ScriptBlock"


# --- properties of a value ------------------------------------------------------------------------

def property_names(obj: Any) -> list[str]:
    """The names of the properties PowerShell shows for `obj`, in order."""
    if isinstance(obj, PSObject):
        return obj.property_names()
    # A string or an array Add-Member gave properties: those first, then its own (extended.py).
    ext = getattr(obj, "ps_extension", None)
    added = ext.property_names() if ext is not None else []
    if isinstance(obj, str):
        return added + ["Length"]
    return added + [name for name, _ in property_items(obj)]


def read_property(obj: Any, name: str, entries: bool = False) -> tuple[bool, Any, str]:
    """(found, value, name as the object spells it) for one property, matched without case.
    With `entries`, a hashtable's entries count as properties and come before its own members
    (Select-Object does so in later PowerShell versions; 5.1's other cmdlets do not)."""
    if entries and isinstance(obj, PSHashtable) and name in obj:
        key = next((k for k in obj.keys() if str(k).lower() == name.lower()), name)
        return True, obj[name], str(key)
    if isinstance(obj, PSObject):
        canonical = obj.canonical_name(name)
        if canonical is None:
            return False, None, name
        return True, obj.get(canonical), canonical
    ext = getattr(obj, "ps_extension", None)
    if ext is not None:
        canonical = ext.canonical_name(name)
        if canonical is not None:
            from pyshell.runtime.extended import extended_member
            return True, extended_member(obj, canonical.lower()), canonical
    if isinstance(obj, str):
        if name.lower() == "length":
            return True, len(obj), "Length"
        return False, None, name
    for prop, value in property_items(obj):
        if prop.lower() == name.lower():
            return True, value, prop
    return False, None, name


def resolve_names(obj: Any, pattern: str, entries: bool = False) -> list[str]:
    """The property names `pattern` stands for on `obj`: every match of a wildcard pattern, or the
    one property a plain name matches (none when it has no such property)."""
    if has_wildcards(pattern):
        seen: set[str] = set()
        out = []
        for name in property_names(obj):
            if wildcard_match(pattern, name) and name.lower() not in seen:
                seen.add(name.lower())
                out.append(name)
        return out
    found, _, canonical = read_property(obj, pattern, entries)
    return [canonical] if found else []


def base_type_name(obj: Any) -> str:
    """The .NET type of the object underneath (what GetType() answers): a custom object is a
    PSCustomObject whatever type names were added to it, and `#Decorated` names are skipped."""
    if isinstance(obj, PSObject):
        if PSCUSTOMOBJECT in obj.type_names:
            return PSCUSTOMOBJECT
        for name in obj.type_names:
            if "#" not in name:
                return name
        return "System.Object"
    return type_name_of(obj) or "System.Object"


def is_custom_object(obj: Any) -> bool:
    return isinstance(obj, PSObject) and PSCUSTOMOBJECT in obj.type_names


# --- calculated properties ------------------------------------------------------------------------

@dataclass(frozen=True)
class Key:
    """One key a command accepts in a property hashtable."""

    name: str                           # the normalized key, lower case: "expression", "name", ...
    types: tuple[str, ...] = ()         # allowed .NET types; () means any value
    mandatory: bool = False
    also: tuple[str, ...] = ()          # other spellings: "label" for "name"


EXPRESSION = Key("expression", (STRING_TYPE, SCRIPT_BLOCK_TYPE), mandatory=True)
NAME = Key("name", (STRING_TYPE,), also=("label",))
ASCENDING = Key("ascending")
DESCENDING = Key("descending")


@dataclass
class PropertySpec:
    """A property argument after checking: `expression` is a name (maybe with wildcards) or a
    ScriptBlock; `entries` holds the other keys of a hashtable, normalized."""

    expression: str | ScriptBlock
    entries: dict[str, Any]
    from_hashtable: bool = False

    @property
    def name(self) -> str | None:
        value = self.entries.get("name")
        return None if value is None else str(value)

    @property
    def is_script(self) -> bool:
        return isinstance(self.expression, ScriptBlock)

    @property
    def has_wildcards(self) -> bool:
        return isinstance(self.expression, str) and has_wildcards(self.expression)

    def text(self) -> str:
        """The expression as PowerShell prints it: the name, or the script block's text."""
        return to_string(self.expression)

    def with_expression(self, name: str) -> "PropertySpec":
        return PropertySpec(name, self.entries, self.from_hashtable)


def _key_matches(given: str, key: Key) -> bool:
    low = given.lower()
    return any(name.startswith(low) if len(low) < len(name) else low == name for name in (key.name, *key.also))


def _type_ok(value: Any, types: tuple[str, ...]) -> bool:
    if not types:
        return True
    name = type_name_of(value)
    return name in types


def parse_property_specs(cmdlet: Any, values: Iterable[Any], keys: tuple[Key, ...] = (EXPRESSION, NAME),
                         allow_wildcards: bool = True) -> list[PropertySpec]:
    """Check a -Property argument (names, script blocks, hashtables) the way PowerShell's parameter
    processor does; a mistake is a terminating error against `cmdlet`."""
    specs = []
    for value in values:
        if isinstance(value, PSHashtable):
            entries: dict[str, Any] = {}
            for raw_key, entry in value.items():
                if raw_key is None:
                    _fail(cmdlet, "DictionaryKeyNull", "The value of a key cannot be null.")
                if not isinstance(raw_key, str):
                    _fail(cmdlet, "DictionaryKeyNonString",
                          f"The {type_name_of(raw_key).rsplit('.', 1)[-1]} key type is not valid. The key must be a string.")
                matches = [k for k in keys if _key_matches(raw_key, k)]
                if not matches:
                    _fail(cmdlet, "DictionaryKeyIllegal", f"The {raw_key} key is not valid.")
                if len(matches) > 1:
                    _fail(cmdlet, "DictionaryKeyAmbiguous",
                          f"The {raw_key} key is ambiguous; {matches[0].name} and {matches[1].name} conflict.")
                key = matches[0]
                if key.name in entries:
                    _fail(cmdlet, "DictionaryKeyDuplicate", f'The duplicated key "{raw_key}" conflicts with "{key.name}".')
                if key.types:
                    if entry is None:
                        _fail(cmdlet, "DictionaryKeyMissingValue", f"The {raw_key} key has no value.")
                    if not _type_ok(entry, key.types):
                        actual = type_name_of(entry)
                        if len(key.types) > 1:
                            _fail(cmdlet, "DictionaryKeyIllegalValue1",
                                  f'The "{raw_key}" key has a type, {actual}, that is not valid; expected types are '
                                  "{" + ", ".join(key.types) + "}.")
                        _fail(cmdlet, "DictionaryKeyIllegalValue2",
                              f'The "{raw_key}" key has a type, {actual}, that is not valid; expected type is '
                              f"{key.types[0]}.")
                else:
                    entry = to_bool(entry)
                entries[key.name] = entry
            for key in keys:
                if key.mandatory and key.name not in entries:
                    _fail(cmdlet, "DictionaryKeyMandatoryEntry", f"A mandatory entry for {key.name} is missing.")
            expression = entries.pop("expression")
            specs.append(_checked(cmdlet, PropertySpec(expression, entries, True), allow_wildcards))
        elif isinstance(value, (str, ScriptBlock)):
            specs.append(_checked(cmdlet, PropertySpec(value, {}, False), allow_wildcards))
        elif value is None:
            _fail(cmdlet, "DictionaryKeyUnknownType", "The value of a parameter was null; one of the following types "
                  f"was expected: {{{STRING_TYPE}, {SCRIPT_BLOCK_TYPE}}}.")
        else:
            _fail(cmdlet, "DictionaryKeyUnknownType", f"Cannot convert {type_name_of(value)} to one of the following "
                  f"types {{{STRING_TYPE}, {SCRIPT_BLOCK_TYPE}}}.")
    return specs


def _checked(cmdlet: Any, spec: PropertySpec, allow_wildcards: bool) -> PropertySpec:
    expr = spec.expression
    if isinstance(expr, str):
        if expr == "":
            if spec.from_hashtable:
                _fail(cmdlet, "ExpressionEmptyString1", 'The "expression" key cannot have an empty string value.')
            _fail(cmdlet, "ExpressionEmptyString2", "An empty string value is not allowed.")
        if not allow_wildcards and has_wildcards(expr):
            if spec.from_hashtable:
                _fail(cmdlet, "ExpressionGlobbing1",
                      f'The "expression" key cannot have wildcard characters in value "{expr}".')
            _fail(cmdlet, "ExpressionGlobbing2", f'Wildcard characters are not allowed in "{expr}".')
    return spec


def _fail(cmdlet: Any, error_id: str, message: str) -> None:
    cmdlet.throw_terminating(cmdlet.error_record(message, error_id, ErrorCategory.InvalidArgument,
                                                 exception_type="NotSupportedException"))


# --- evaluating ------------------------------------------------------------------------------------

MISSING_VALUE = object()   # an order value for a property the object does not have


@dataclass
class Result:
    """The value of one resolved expression for one object."""

    name: str              # the resolved property name, or the script block's text
    value: Any = None
    found: bool = True     # False: a named property the object does not have
    error: PSError | None = None


def run_expression(ctx: Any, block: ScriptBlock, obj: Any) -> tuple[Any, PSError | None]:
    """Run a calculated property's script block for `obj` in a child scope, with $_ set. One output
    is the value, several are an array, none is $null. A terminating error inside is caught and
    returned, as PowerShell's expression evaluator does."""
    out: list[Any] = []
    try:
        block.invoke(ctx, out.append, dollar_under=obj)
    except PSError as exc:
        return None, exc
    if not out:
        return None, None
    return (out[0] if len(out) == 1 else out), None


def evaluate(ctx: Any, spec: PropertySpec, obj: Any) -> list[Result]:
    """The values of a property argument for one object: one per property a wildcard matches, one
    for a script block, and for a plain name one that says whether the property exists."""
    if isinstance(spec.expression, ScriptBlock):
        value, error = run_expression(ctx, spec.expression, obj)
        return [Result(spec.text(), value, True, error)]
    if has_wildcards(spec.expression):
        return [Result(name, read_property(obj, name)[1]) for name in resolve_names(obj, spec.expression)]
    found, value, canonical = read_property(obj, spec.expression)
    return [Result(canonical, value, found)]


def expand_wildcards(specs: list[PropertySpec], objects: list[Any]) -> list[PropertySpec]:
    """Replace each wildcard name by the properties it matches on any of the objects, sorted by name."""
    out: list[PropertySpec] = []
    for spec in specs:
        if not spec.has_wildcards:
            out.append(spec)
            continue
        names: dict[str, str] = {}
        for obj in objects:
            if obj is not None:
                for name in resolve_names(obj, str(spec.expression)):
                    names[name.lower()] = name
        out.extend(spec.with_expression(names[key]) for key in sorted(names, key=str.upper))
    return out


def order_values(cmdlet: Any, specs: list[PropertySpec], obj: Any) -> list[Any]:
    """The values `obj` is ordered by: the object itself without properties; else one value per
    property (MISSING_VALUE for a property it lacks). A failing expression is reported and counts as
    $null."""
    if not specs:
        return [obj]
    values: list[Any] = []
    for spec in specs:
        for result in evaluate(cmdlet.context, spec, obj):
            if not result.found:
                values.append(MISSING_VALUE)
                cmdlet.write_debug(f'"{cmdlet.command_name()}" - "{spec.text()}" cannot be found in "InputObject".')
            elif result.error is not None:
                cmdlet.write_error(cmdlet.error_record(result.error.record.message, "ExpressionEvaluation",
                                                       ErrorCategory.InvalidResult, target=obj,
                                                       exception_type=result.error.record.exception_type))
                values.append(None)
            else:
                values.append(result.value)
    return values


# --- ordering --------------------------------------------------------------------------------------

def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def culture_parameter() -> Any:
    """-Culture of Sort-Object, Group-Object and Compare-Object: a culture's name or LCID (decimal, or
    hexadecimal after 0x). pyshell accepts it and orders strings with its one culture-aware order."""
    from pyshell.commands.parameters import Parameter
    return Parameter(str, help="The culture whose rules compare strings, by name (en-US) or LCID (1033, 0x409). "
                               "pyshell compares with one culture-aware order whatever it names.")


@functools.lru_cache(maxsize=8192)
def culture_key(text: str) -> tuple:
    """Keys that order strings roughly as Windows' culture-aware comparison does: symbols before
    digits before letters, letters without regard to case or accents first, hyphens and apostrophes
    nearly ignored; then accents, then lower case before upper case."""
    primary = []
    for ch in _strip_accents(text):
        if ch in "-'":
            continue
        if ch.isalpha():
            primary.append((2, ch.casefold()))
        elif ch.isdigit():
            primary.append((1, ch))
        else:
            primary.append((0, ch))
    hyphens = text.casefold()
    accents = _strip_accents(text).casefold() != text.casefold()
    case = tuple(0 if c.islower() or not c.isalpha() else 1 for c in text)
    return tuple(primary), (accents, hyphens), case


def culture_compare(a: str, b: str, case_sensitive: bool = False) -> int:
    """Culture-aware string comparison (negative, zero or positive)."""
    if a == b:
        return 0
    ka, kb = culture_key(a), culture_key(b)
    depth = 3 if case_sensitive else 2
    for x, y in zip(ka[:depth], kb[:depth]):
        if x != y:
            return -1 if x < y else 1
    return 0


class _NotComparable(Exception):
    pass


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


_SIGNED = frozenset(("System.SByte", "System.Int16", "System.Int32", "System.Int64", "System.Single", "System.Double",
                     "System.Decimal"))


def _against_null(v: Any) -> int:
    """How a value orders against $null in LanguagePrimitives.Compare: a signed number below zero is
    less than $null (so -2, $null, 0, 1 sort in that order), everything else greater."""
    if not isinstance(v, bool) and type_name_of(v) in _SIGNED:
        try:
            return -1 if v < 0 else 1
        except TypeError:
            return 1
    return 1


def _language_compare(a: Any, b: Any, case_sensitive: bool) -> int:
    """PowerShell's LanguagePrimitives.Compare: the left value's type decides; raises when the two
    cannot be compared that way (the caller then compares their text)."""
    if a is None:
        return 0 if b is None else -_against_null(b)
    if b is None:
        return _against_null(a)
    if isinstance(a, str):
        return culture_compare(a, to_string(b), case_sensitive)
    if _is_number(a):
        try:
            other = to_number(b)
        except PSConversionError:
            raise _NotComparable from None
        return (a > other) - (a < other)
    if isinstance(a, bool):
        other = to_bool(b)
        return (a > other) - (a < other)
    if isinstance(a, PSEnum):
        try:
            other = to_enum(b, type(a))
        except PSConversionError:
            raise _NotComparable from None
        return (a.value > other.value) - (a.value < other.value)
    if isinstance(a, (PSObject, PSHashtable, list, tuple)):
        raise _NotComparable
    try:
        other = convert_to(b, type(a))
        return (a > other) - (a < other)
    except Exception:  # noqa: BLE001 - anything without an order is compared as text
        raise _NotComparable from None


def compare_values(a: Any, b: Any, case_sensitive: bool = False) -> int:
    """Order two values as Sort-Object, Group-Object and Compare-Object do (ascending)."""
    if a is AUTOMATION_NULL:
        a = None
    if b is AUTOMATION_NULL:
        b = None
    if a is None and b is None:
        return 0
    try:
        return _language_compare(a, b, case_sensitive)
    except _NotComparable:
        return culture_compare(to_string(a), to_string(b), case_sensitive)


def compare_keys(a: list[Any], b: list[Any], ascending: list[bool], case_sensitive: bool) -> int:
    """Compare two rows of order values. A missing property sorts after every value, whichever the
    direction; a shorter row counts its absent entries as missing."""
    for k, asc in enumerate(ascending):
        x = a[k] if k < len(a) else MISSING_VALUE
        y = b[k] if k < len(b) else MISSING_VALUE
        if x is MISSING_VALUE or y is MISSING_VALUE:
            if x is MISSING_VALUE and y is MISSING_VALUE:
                continue
            return 1 if x is MISSING_VALUE else -1
        order = compare_values(x, y, case_sensitive)
        if order:
            return order if asc else -order
    return 0
