"""PowerShell's operators over pyshell values.

Comparison operators follow PowerShell: case-insensitive unless the `c` form is used; the right
operand is converted to the type of the left one; with a collection on the left they return the
elements that satisfy the comparison. `COMPARISONS` is the one table both the language and
Where-Object's switch parameters are built from.
"""
from __future__ import annotations

import functools
import re
from pyshell.runtime import wildcards as _wildcards
from pyshell.runtime.conversion import PSConversionError, to_enum, to_number, to_string
from pyshell.runtime.stdvalues import is_datetime, is_decimal
from pyshell.runtime.values import AUTOMATION_NULL, PSEnum, PSHashtable, PSObject, SwitchParameter, TypedArray

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable


class PSOperatorError(Exception):
    """An operator failed at run time; the compiler turns it into an ErrorRecord at the node's extent."""

    def __init__(self, message: str, error_id: str = "RuntimeException", category: str = "InvalidOperation",
                 inner: str = ""):
        super().__init__(message)
        self.message = message
        self.error_id = error_id
        self.category = category
        self.inner = inner          # the .NET exception a catch may name (DivideByZeroException)
        self.target: Any = None     # the error's TargetObject (-f: the format string)


# --- wildcards ---------------------------------------------------------------------------------
# One implementation for the whole project: pyshell/runtime/wildcards.py.

def wildcard_regex(pattern: str, case_sensitive: bool = False, strict: bool = False) -> re.Pattern:
    return _wildcards.wildcard_regex(pattern, case_sensitive, strict)


def wildcard_match(pattern: str, text: str, case_sensitive: bool = False, strict: bool = False) -> bool:
    """For commands that take wildcard names: a malformed bracket is taken literally (strict=False),
    so such a name finds nothing instead of failing. -like is strict, as PowerShell's is."""
    return _wildcards.wildcard_match(pattern, text, case_sensitive, strict)


has_wildcards = _wildcards.has_wildcards


@functools.lru_cache(maxsize=4096)
def compile_regex(pattern: str, case_sensitive: bool = False) -> re.Pattern:
    try:
        return re.compile(_dotnet_to_python_regex(pattern), 0 if case_sensitive else re.IGNORECASE)
    except re.error as exc:
        error = PSOperatorError(f'The regular expression pattern {pattern} is not valid.',
                                "InvalidRegularExpression", "InvalidOperation")
        error.target = pattern
        raise error from exc


def _dotnet_to_python_regex(pattern: str) -> str:
    # .NET named groups (?<name>...) and backreferences \k<name> spelt Python's way.
    pattern = re.sub(r"\(\?<([A-Za-z_][A-Za-z0-9_]*)>", r"(?P<\1>", pattern)
    pattern = re.sub(r"\\k<([A-Za-z_][A-Za-z0-9_]*)>", r"(?P=\1)", pattern)
    return pattern


def explicit_capture(pattern: str) -> str:
    """.NET's RegexOptions.ExplicitCapture: only named groups capture, so each plain `(` becomes
    `(?:` (not an escaped one, nor one inside a character class)."""
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                out.append("[]")
                i += 2
                continue
        elif ch == "(" and pattern[i + 1:i + 2] != "?":
            out.append("(?:")
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# --- equality and ordering ------------------------------------------------------------------------

def _is_number(v: Any) -> bool:
    return (isinstance(v, (int, float)) and not isinstance(v, bool)) or is_decimal(v)


def _same_kind(left: Any, right: Any) -> tuple[Any, Any]:
    """Two numbers ready to compare: a Decimal against a Double compares as Decimals, the Double
    converted as .NET converts it (15 significant digits), so 0.1d -eq 0.1; a NaN or an infinity,
    which no Decimal holds, compares as Doubles."""
    if type(left) is type(right) or is_decimal(left) == is_decimal(right):
        return left, right
    other = right if is_decimal(left) else left
    if not isinstance(other, float):
        return left, right
    if other != other or other in (float("inf"), float("-inf")):
        return float(left), float(right)
    import decimal
    converted = decimal.Decimal(format(other, ".15g"))
    return (left, converted) if is_decimal(left) else (converted, right)


def _decimal_text(left: Any, right: Any) -> Any:
    """Text on the right of a Decimal is read as a Decimal ('0.1' exactly), else as a number."""
    if is_decimal(left) and isinstance(right, str) and getattr(type(right), "ps_type_name", "") != "System.Char":
        from pyshell.runtime.types import DecimalType
        try:
            return DecimalType.ps_convert(right)
        except PSConversionError:
            pass
    return to_number(right)


def ps_equals(left: Any, right: Any, case_sensitive: bool = False) -> bool:
    """`left -eq right` for a scalar left operand."""
    if left is AUTOMATION_NULL:
        left = None
    if right is AUTOMATION_NULL:
        right = None
    if left is None or right is None:
        return left is None and right is None
    kind = type(left)
    if (kind is int or kind is float) and (type(right) is int or type(right) is float):
        return left == right            # plain Int32/Double on both sides: no Decimal, [char] or text to read
    if isinstance(left, str):
        if type(left) is not str and _is_number(right) and getattr(type(left), "ps_type_name", "") == "System.Char":
            # a [char] on the left: the number becomes a character, so [char]'a' -eq 97
            return isinstance(right, int) and ord(left) == right
        r = right if isinstance(right, str) else to_string(right)
        return left == r if case_sensitive else (left == r or left.lower() == r.lower())
    if isinstance(left, bool):
        if isinstance(right, bool):
            return left == right
        if isinstance(right, str):
            return left == (len(right) > 0)
        if _is_number(right):
            return left == bool(right)
        return isinstance(right, SwitchParameter) and left == right.is_present
    if isinstance(left, PSEnum):        # before the numbers: Where-Object's commonest test, on a Lync enum
        try:
            return left is to_enum(right, type(left))
        except PSConversionError:
            return False
    if _is_number(left):
        if _is_number(right) or isinstance(right, bool):
            a, b = _same_kind(left, right)
            return a == b
        try:
            number = _decimal_text(left, right)
        except PSConversionError:
            return False
        if type(left) is not float and isinstance(left, float) and isinstance(right, str):
            from pyshell.runtime.numerics import to_single      # text read as a Single, as the left is one
            number = to_single(float(number))
        a, b = _same_kind(left, number)
        return a == b
    if isinstance(left, PSObject):
        if isinstance(right, str) and left.equals_by_string:
            r = to_string(left)
            return r == right if case_sensitive else r.lower() == right.lower()
        if left is right:
            return True
        if left.__class__ is not PSObject:
            own = getattr(left.__class__, "ps_equals", None)
            if own is not None:         # an object of a script's class with its own Equals
                return own(left, right)
        names = left.type_names
        if names and names[0] == "System.RuntimeType" and left.get("FullName") is not None:
            from pyshell.runtime.typeinfo import is_same_type
            return is_same_type(left.get("FullName"), right)     # "x".GetType() -eq [string]
        return False
    if isinstance(left, (list, tuple)):
        return left is right
    own = getattr(type(left), "ps_equals", None)
    if own is not None:             # a value that knows its own equality (a switch, a type literal)
        return own(left, right)
    try:
        return left == right
    except Exception:  # noqa: BLE001 - foreign values compare unequal
        return False


def culture_key(text: str) -> tuple:
    """A sort key close to the invariant culture's case-sensitive order: letters compare
    alphabetically first, and only then does lower case come before upper case ("a" < "A" < "b")."""
    return (text.lower(), tuple(c.isupper() for c in text))


def ps_compare(left: Any, right: Any, case_sensitive: bool = False) -> int:
    """Ordering for -lt/-gt and sorting: negative, zero or positive. Raises PSOperatorError."""
    if left is None and right is None:
        return 0
    if left is None:
        return -1
    if right is None:
        return 1
    kind = type(left)
    if (kind is int or kind is float) and (type(right) is int or type(right) is float):
        return (left > right) - (left < right)      # plain numbers both sides, as sorting meets them most
    if isinstance(left, str):
        r = right if isinstance(right, str) else to_string(right)
        a, b = (culture_key(left), culture_key(r)) if case_sensitive else (left.lower(), r.lower())
        return (a > b) - (a < b)
    if isinstance(left, PSEnum):
        try:
            r = to_enum(right, type(left))
        except PSConversionError as exc:
            raise PSOperatorError(exc.message, "ComparisonFailure") from exc
        return (left.value > r.value) - (left.value < r.value)
    if _is_number(left) or isinstance(left, bool):
        try:
            r = _decimal_text(left, right)
        except PSConversionError as exc:
            raise PSOperatorError(
                f'Could not compare "{to_string(left)}" to "{to_string(right)}". Error: "{exc.message}"',
                "ComparisonFailure") from exc
        try:
            a, b = _same_kind(left, r)
            return (a > b) - (a < b)
        except ArithmeticError:         # a Decimal against a NaN Double: compared as Doubles
            a, b = float(left), float(r)
            return (a > b) - (a < b)
    if is_datetime(left):
        # A string on the right becomes a DateTime, as in $_.LastUpdateCreation -lt "8/11/2010 8:00 PM".
        from pyshell.runtime.datetimes import DateTimeType, to_universal
        try:
            r = DateTimeType.ps_convert(right)
        except PSConversionError as exc:
            raise PSOperatorError(
                f'Could not compare "{to_string(left)}" to "{to_string(right)}". Error: "{exc.message}"',
                "ComparisonFailure") from exc
        a, b = (to_universal(left), to_universal(r)) if (left.tzinfo is None) != (r.tzinfo is None) else (left, r)
        return (a > b) - (a < b)
    try:
        return (left > right) - (left < right)
    except ArithmeticError:             # a Decimal against a NaN Double: compared as Doubles
        a, b = float(left), float(right)
        return (a > b) - (a < b)
    except TypeError:
        a, b = to_string(left), to_string(right)
        return (a.lower() > b.lower()) - (a.lower() < b.lower())


# --- the comparison table -------------------------------------------------------------------------

def _like(left: Any, right: Any, cs: bool) -> bool:
    try:
        return _wildcards.wildcard_match(to_string(right), to_string(left), cs, strict=True)
    except _wildcards.WildcardPatternError as exc:
        raise PSOperatorError(str(exc), "RuntimeException", "InvalidArgument",
                              inner="WildcardPatternException") from None


def _contains(left: Any, right: Any, cs: bool) -> bool:
    items = left if isinstance(left, (list, tuple)) else [left]
    return any(ps_equals(item, right, cs) for item in items)


def _in(left: Any, right: Any, cs: bool) -> bool:
    return _contains(right, left, cs)


COMPARISONS: dict[str, tuple[Callable[[Any, Any, bool], bool], bool]] = {
    # name: (scalar predicate(left, right, case_sensitive), filters collections on the left)
    "eq": (ps_equals, True),
    "ne": (lambda l, r, cs: not ps_equals(l, r, cs), True),
    "gt": (lambda l, r, cs: ps_compare(l, r, cs) > 0, True),
    "ge": (lambda l, r, cs: ps_compare(l, r, cs) >= 0, True),
    "lt": (lambda l, r, cs: ps_compare(l, r, cs) < 0, True),
    "le": (lambda l, r, cs: ps_compare(l, r, cs) <= 0, True),
    "like": (_like, True),
    "notlike": (lambda l, r, cs: not _like(l, r, cs), True),
    "contains": (_contains, False),
    "notcontains": (lambda l, r, cs: not _contains(l, r, cs), False),
    "in": (_in, False),
    "notin": (lambda l, r, cs: not _in(l, r, cs), False),
}


def compare(op: str, left: Any, right: Any, case_sensitive: bool = False) -> Any:
    """Apply a comparison operator (`eq`, `like`, ... without the `c` prefix)."""
    pred, filters = COMPARISONS[op]
    if filters and isinstance(left, (list, tuple)):
        return [item for item in left if pred(item, right, case_sensitive)]
    return pred(left, right, case_sensitive)


def match(left: Any, pattern: Any, case_sensitive: bool = False, negate: bool = False) -> tuple[Any, Any]:
    """`-match`: returns (result, matches) where matches is the new $Matches hashtable or None."""
    rx = compile_regex(to_string(pattern), case_sensitive)
    if isinstance(left, (list, tuple)):
        kept = [item for item in left if (rx.search(to_string(item)) is None) == negate]
        return kept, None
    m = rx.search(to_string(left))
    if m is None:
        return negate, None
    return (not negate), match_table(m)


def dotnet_groups(rx: re.Pattern) -> list[tuple[int | str, int]]:
    """The groups of a pattern (not the whole match) as .NET numbers them, each as (its .NET number,
    or its name for a named group; its Python index): the unnamed groups first, numbered from 1 in
    order, then the named ones, which Python numbers among the others."""
    return _dotnet_groups(rx.pattern, rx.flags)


@functools.lru_cache(maxsize=1024)
def _dotnet_groups(pattern: str, flags: int) -> list[tuple[int | str, int]]:
    rx = re.compile(pattern, flags)
    names = {number: name for name, number in rx.groupindex.items()}
    unnamed = [i for i in range(1, rx.groups + 1) if i not in names]
    return [(n, i) for n, i in enumerate(unnamed, 1)] + \
           [(names[i], i) for i in range(1, rx.groups + 1) if i in names]


def match_table(m: re.Match) -> PSHashtable:
    table = PSHashtable()
    for key, index in reversed(dotnet_groups(m.re)):
        value = m.group(index)
        if value is not None:
            table[key] = value
    table[0] = m.group(0)
    return table


def _dotnet_group(m: re.Match, number: int) -> int:
    """The Python index of the group .NET numbers `number` (IndexError when there is none)."""
    if number == 0:
        return 0
    groups = dotnet_groups(m.re)
    if number > len(groups):
        raise IndexError(number)
    key, index = groups[number - 1]
    return index


def replace(left: Any, right: Any, case_sensitive: bool = False) -> Any:
    items = right if isinstance(right, (list, tuple)) else [right]
    if len(items) > 2:
        raise PSOperatorError("The -replace operator allows only two elements to follow it, not "
                              f"{len(items)}.", "BadReplaceArgument")
    pattern = to_string(items[0]) if items else ""
    replacement = to_string(items[1]) if len(items) > 1 else ""
    rx = compile_regex(pattern, case_sensitive)
    repl = _dotnet_replacement(replacement)
    if isinstance(left, (list, tuple)):
        return [rx.sub(_bounded(repl, x, replacement), x) for x in map(to_string, left)]
    text = to_string(left)
    return rx.sub(_bounded(repl, text, replacement), text)


def _bounded(repl: Callable[[re.Match], str], text: str, replacement: str) -> Callable[[re.Match], str]:
    """The replacement for one -replace, made to stop (out of memory, as .NET would) once its
    replacements add up to more text than one operation may build. When even a match at every
    position could not get there (no `$` substitutions to copy matched text), it is left as it is."""
    from pyshell.runtime import arith
    if "$" not in replacement and len(text) + (len(text) + 1) * len(replacement) <= arith.MAX_REPEAT:
        return repl
    total = 0

    def bounded(m: re.Match) -> str:
        nonlocal total
        text = repl(m)
        total += len(text)
        arith.check_size(total)
        return text
    return bounded


def _dotnet_replacement(text: str) -> Callable[[re.Match], str]:
    """.NET substitutions: $1, ${name}, $0, $$, $&."""
    tokens = re.split(r"(\$\$|\$&|\$\{[A-Za-z_0-9]+\}|\$\d+)", text)

    def repl(m: re.Match) -> str:
        out = []
        for t in tokens:
            if t == "$$":
                out.append("$")
            elif t == "$&":
                out.append(m.group(0))
            elif t.startswith("${"):
                name = t[2:-1]
                try:
                    out.append(m.group(_dotnet_group(m, int(name)) if name.isdigit() else name) or "")
                except (IndexError, error_types()):
                    out.append(t)
            elif t.startswith("$") and t[1:].isdigit():
                try:
                    out.append(m.group(_dotnet_group(m, int(t[1:]))) or "")
                except IndexError:
                    out.append(t)
            else:
                out.append(t)
        return "".join(out)
    return repl


def error_types() -> type:
    return re.error


_SPLIT_OPTIONS = {"simplematch", "regexmatch", "cultureinvariant", "ignorepatternwhitespace", "multiline",
                  "singleline", "ignorecase", "explicitcapture", "none"}


def split(left: Any, right: Any, case_sensitive: bool = False, predicate: Callable[[str], bool] | None = None) -> list:
    """`-split`: `<delimiter>[, <max-substrings>[, "<options>"]]`, or a predicate per character
    (the script-block form, which the compiler turns into `predicate`)."""
    items = list(right) if isinstance(right, (list, tuple)) else [right]
    # A negative limit means no limit, as in Windows PowerShell 5.1 (PowerShell 7 splits from the right).
    limit = int(to_number(items[1])) if len(items) > 1 else 0
    options = {o.strip().lower() for o in to_string(items[2]).split(",")} - {""} \
        if len(items) > 2 and items[2] is not None else set()
    unknown = options - _SPLIT_OPTIONS
    if unknown:
        raise PSOperatorError(f'Cannot convert value "{to_string(items[2])}" to type '
                              '"System.Management.Automation.SplitOptions".', "InvalidCastFromStringToInteger")
    options.discard("none")
    if options and predicate is not None:
        raise PSOperatorError("Options are not allowed on the -split operator with a predicate.",
                              "InvalidSplitOptionWithPredicate", "ParserError")
    if "simplematch" in options and options - {"simplematch", "ignorecase"}:
        # SimpleMatch takes only IgnoreCase beside it (PowerShell 7 also lets Singleline and Multiline
        # be given together, which 5.1 refused: an error only, so pyshell allows that too).
        raise PSOperatorError("The combination of options with the -split operator is not valid.",
                              "InvalidSplitOptionCombination", "ParserError")
    out: list = []
    sources = left if isinstance(left, (list, tuple)) else [left]
    if predicate is not None:
        for s in sources:
            out.extend(_split_by(to_string(s), predicate, limit))
        return _strings(out)
    pattern = to_string(items[0]) if items else " "
    if "simplematch" in options:
        pattern = re.escape(pattern)
    flags_cs = case_sensitive and "ignorecase" not in options
    rx = compile_regex(pattern, flags_cs)
    if options & {"multiline", "singleline", "ignorepatternwhitespace", "explicitcapture"}:
        flags = rx.flags
        flags |= re.MULTILINE if "multiline" in options else 0
        flags |= re.DOTALL if "singleline" in options else 0
        flags |= re.VERBOSE if "ignorepatternwhitespace" in options else 0
        source = explicit_capture(rx.pattern) if "explicitcapture" in options else rx.pattern
        rx = re.compile(source, flags)
    for s in sources:
        s = to_string(s)
        parts = rx.split(s, maxsplit=limit - 1 if limit > 0 else 0)
        if rx.groups:
            parts = [p for p in parts if p is not None]
        out.extend(parts)
    return _strings(out)


def _strings(items: list) -> list:
    """-split's result: a String[], as .NET's Regex.Split gives."""
    return TypedArray(items, str, "System.String")


def _split_by(text: str, predicate: Callable[[str], bool], limit: int) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    for i, ch in enumerate(text):
        if limit > 0 and len(parts) == limit - 1:
            current.append(text[i:])
            break
        if predicate(ch):
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def split_whitespace(value: Any) -> list[str]:
    """Unary `-split`: on runs of white space, ignoring white space at either end."""
    out: list[str] = []
    for s in (value if isinstance(value, (list, tuple)) else [value]):
        out.extend(to_string(s).split())
    return _strings(out)


def join(left: Any, right: Any) -> str:
    items = left if isinstance(left, (list, tuple)) else [left]
    return joined(to_string(right), [to_string(x) for x in items])


def joined(separator: str, parts: list[str]) -> str:
    """`separator.join(parts)`, refused (out of memory) when the result would be too long."""
    from pyshell.runtime import arith
    arith.check_size(sum(map(len, parts)) + len(separator) * max(len(parts) - 1, 0))
    return separator.join(parts)
