"""A method's declaration read as .NET overloads, to word a failed argument conversion as
PowerShell does.

PowerShell picks an overload, converts every argument to its parameter's type, and only then calls
the method; an argument that does not convert is reported by the parameter's name:

    Cannot convert argument "startIndex", with value: "x", for "Substring" to type "System.Int32": ...

(MethodArgumentConversionInvalidCastArgument, a MethodException). pyshell's method bodies convert
as they go, so when one fails this module replays PowerShell's step from the declaration that
Get-Member shows (declarations.py and the types' own method tables): it is asked only after a call
has failed, and costs a successful call nothing.
"""
from __future__ import annotations

import functools

from pyshell.structs import dataclass
from pyshell.runtime.conversion import PSConversionError, to_string
from pyshell.runtime.typenames import type_name_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


@dataclass(frozen=True)
class Parameter:
    type_text: str
    name: str
    params: bool = False        # `Params T[] name`: the remaining arguments, each a T


@dataclass(frozen=True)
class Overload:
    name: str
    parameters: tuple[Parameter, ...]

    def takes(self, count: int) -> bool:
        n = len(self.parameters)
        if self.parameters and self.parameters[-1].params:
            return count >= n - 1
        return count == n


@dataclass(frozen=True)
class ArgumentFailure:
    """The argument PowerShell would stop at: its parameter and position, the value, the type and
    the inner error."""
    parameter: str
    index: int
    value: Any
    type_name: str
    error: PSConversionError

    error_id = "MethodArgumentConversionInvalidCastArgument"

    def message(self, method: str, by_position: bool = False) -> str:
        """The MethodException's text. A call through the adapter (ForEach-Object -MemberName)
        names the argument by its position instead of its parameter, as PowerShell's does."""
        shown = str(self.index) if by_position else self.parameter
        return (f'Cannot convert argument "{shown}", with value: "{_shown(self.value)}", for '
                f'"{method}" to type "{self.type_name}": "{self.error.message}"')


@dataclass(frozen=True)
class NoOverload:
    """No overload with as many parameters can take arguments of these types at all (an array for
    a number): PowerShell finds no method to call."""
    count: int

    error_id = "MethodCountCouldNotFindBest"

    def message(self, method: str, by_position: bool = False) -> str:
        return f'Cannot find an overload for "{method}" and the argument count: "{self.count}".'


def split_top(text: str, sep: str = ",") -> list[str]:
    """`text` cut at each `sep` outside parentheses and brackets."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _parameter(text: str) -> Parameter | None:
    words = text.split()
    params = bool(words) and words[0] == "Params"
    if params:
        words = words[1:]
    if len(words) < 2:
        return None
    return Parameter(" ".join(words[:-1]), words[-1], params)


@functools.lru_cache(maxsize=512)
def parse_overloads(definition: str) -> tuple[Overload, ...]:
    """`static double Round(double a), static double Round(double value, int digits)` as overloads.
    Text that does not read as a declaration gives none."""
    out = []
    for part in split_top(definition):
        head, paren, rest = part.partition("(")
        if not paren or ")" not in rest:
            continue
        inside = rest[:rest.rindex(")")]
        name = head.split()[-1] if head.split() else ""
        parameters = [_parameter(p) for p in split_top(inside)]
        if not name or any(p is None for p in parameters):
            continue
        out.append(Overload(name.rsplit(".", 1)[-1], tuple(parameters)))  # type: ignore[arg-type]
    return tuple(out)


def _shown(value: Any) -> str:
    """An argument as .NET's ToString() gives it in the message (an array by its type's name)."""
    if isinstance(value, (list, tuple)):
        return type_name_of(value)
    return to_string(value)


_UNKNOWN = object()


@functools.lru_cache(maxsize=256)
def _target(type_text: str) -> Any:
    """The TypeRef a parameter's type names, or _UNKNOWN for one pyshell cannot convert to."""
    from pyshell.runtime.types import resolve_type
    try:
        ref = resolve_type(type_text)
    except Exception:       # a declaration's type pyshell has no literal for
        ref = None
    return _UNKNOWN if ref is None else ref


def _scalar_only(ref: Any) -> bool:
    """A parameter type no array converts to as a method argument (a number, a character)."""
    return ref.full_name in ("System.Int32", "System.Int64", "System.Double", "System.Char", "System.Decimal")


def _rank(value: Any, ref: Any) -> int | None:
    """How well an argument's type fits a parameter's (higher is better), or None when it cannot
    fit at all; PowerShell's conversion ranks, coarsely: identity, numeric, parsed text, any."""
    if ref is _UNKNOWN:
        return 1
    full = ref.full_name
    if full == "System.Object":
        return 3
    if isinstance(value, (list, tuple)) and _scalar_only(ref):
        return None
    if value is not None and type_name_of(value) == full:
        return 4
    if isinstance(value, (int, float)) and _scalar_only(ref):
        return 3
    if isinstance(value, str) and _scalar_only(ref):
        return 2
    return 1


def _slots(overload: Overload, args: list[Any]) -> list[tuple[str, str]]:
    """(parameter name, type) each argument goes to; the arguments past a `Params T[]` parameter
    each go to a T (one array in its place goes to the T[] as a whole)."""
    params = overload.parameters
    out = []
    for i, value in enumerate(args):
        p = params[min(i, len(params) - 1)]
        type_text = p.type_text
        if p.params and type_text.endswith("[]") and not (
                len(args) == len(params) and isinstance(value, (list, tuple))):
            type_text = type_text[:-2]
        out.append((p.name, type_text))
    return out


def _first_failure(slots: list[tuple[str, str]], args: list[Any]) -> Any:
    """The first argument that does not convert to its parameter (an ArgumentFailure); None when
    all do; _UNKNOWN when a parameter's type is one pyshell cannot judge."""
    for index, ((name, type_text), value) in enumerate(zip(slots, args)):
        ref = _target(type_text)
        if ref is _UNKNOWN:
            return _UNKNOWN
        try:
            ref.convert(value)
        except PSConversionError as exc:
            return ArgumentFailure(name, index, value, ref.full_name, exc)
        except Exception:       # a conversion that fails in another way is the method's own affair
            return _UNKNOWN
    return None


def argument_failure(definition: str | None, args: list[Any]) -> ArgumentFailure | NoOverload | None:
    """The argument conversion PowerShell would have failed at before calling the method declared
    by `definition` with `args` (or NoOverload when no overload can take them), or None when the
    arguments convert (the failure was the method's own) or the declaration cannot tell."""
    if not definition:
        return None
    overloads = parse_overloads(definition)
    # One method with as many parameters as arguments is called without weighing the arguments'
    # types, so its conversions are tried whatever they are.
    only = len(overloads) == 1 and len(overloads[0].parameters) == len(args)
    best: tuple[int, Any] | None = None
    unfit = False
    for overload in overloads:
        if not overload.takes(len(args)):
            continue
        slots = _slots(overload, args)
        ranks = [_rank(v, _target(type_text)) for (_, type_text), v in zip(slots, args)]
        if any(r is None for r in ranks) and not only:
            unfit = True
            continue
        outcome = _first_failure(slots, args)
        if outcome is None:
            return None             # some overload takes these arguments as they are
        score = sum(r or 0 for r in ranks)
        if best is None or score > best[0]:
            best = (score, outcome)
    if best is None:
        return NoOverload(len(args)) if unfit else None
    return None if best[1] is _UNKNOWN else best[1]


def declaration_of(obj: Any, name: str, static: bool) -> str | None:
    """The declaration of the method `name` a call reaches on `obj` (a TypeRef when `static`)."""
    from pyshell.runtime import declarations as d
    key = name.lower()
    if static:
        from pyshell.runtime.types import TypeRef
        if not isinstance(obj, TypeRef):
            return None
        full = d.static_type_name(obj)
        if key == "new":
            return d.CONSTRUCTOR_DEFINITIONS.get(full)
        entry = d.STATIC_DEFINITIONS.get(full, {}).get(key)
        return entry[2] if entry else None
    if isinstance(obj, str):
        entry = d.STRING_METHOD_DEFINITIONS.get(key)
        return entry[1] if entry else None
    table = getattr(type(obj), "ps_method_table", None)
    if table is not None:
        entry = table(obj).get(key)
        return entry[1] if entry else None
    import datetime
    if isinstance(obj, (datetime.datetime, datetime.timedelta)):
        table = d.DATE_METHOD_DEFINITIONS if isinstance(obj, datetime.datetime) else d.SPAN_METHOD_DEFINITIONS
        entry = table.get(key)
        return entry[1] if entry else None
    from pyshell.runtime.values import GROWABLE_LISTS, PSHashtable
    if isinstance(obj, PSHashtable):
        from pyshell.runtime.members import hashtable_methods
        found = hashtable_methods(obj).get(key)
        return found[2] if found else None
    if isinstance(obj, GROWABLE_LISTS):
        from pyshell.runtime.listtypes import methods_of
        entry = methods_of(obj).get(key)
        return entry[1] if entry else None
    return None
