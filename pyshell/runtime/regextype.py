"""[regex] / System.Text.RegularExpressions.Regex: a compiled pattern scripts keep and reuse
(`$r = [regex]'a(b)c'; $r.Match($s)`, `[regex]::new('x', 'IgnoreCase')`). Unlike -match it is
case-sensitive unless made with IgnoreCase. The pattern is translated as the operators translate it
(operators.py); replacements use the .NET substitutions -replace knows ($1, ${name}, $$, $&).
The static members ([regex]::Escape, ::Match ...) stay in builtin_statics.py; ::new is added here.
RightToLeft is kept and reported, but matching still goes from left to right."""
from __future__ import annotations

import re

from pyshell.runtime.values import PSObject, property_in

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

REGEX = "System.Text.RegularExpressions.Regex"
_NS = "System.Text.RegularExpressions."

# RegexOptions, by the values .NET gives them (a [Flags] enum).
OPTIONS = {"None": 0, "IgnoreCase": 1, "Multiline": 2, "ExplicitCapture": 4, "Compiled": 8, "Singleline": 16,
           "IgnorePatternWhitespace": 32, "RightToLeft": 64, "ECMAScript": 256, "CultureInvariant": 512}
_MEMBERS = tuple(OPTIONS.items())

# Python's complaint about a pattern, worded as .NET's RegexParser words it.
_DOTNET_ERRORS = {
    "missing ), unterminated subpattern": "Not enough )'s.",
    "unbalanced parenthesis": "Too many )'s.",
    "unterminated character set": "Unterminated [] set.",
    "nothing to repeat": "Quantifier {x,y} following nothing.",
    "multiple repeat": "Nested quantifier.",
    "min repeat greater than max repeat": "Illegal {x,y} with x > y.",
    "bad escape (end of pattern)": "Illegal \\ at end of pattern.",
}


def options_value(value: Any) -> int:
    """RegexOptions from a script: a number, a name, names joined by commas, or a list of them.
    Raises PSConversionError, worded as PowerShell's conversion to an enum."""
    from pyshell.runtime.enumparse import flags_mask
    return flags_mask(value, _MEMBERS, _NS + "RegexOptions")


class RegexOptionsValue:
    """A RegexOptions value: prints as .NET prints a [Flags] enum ("IgnoreCase, Multiline")."""
    ps_type_name = _NS + "RegexOptions"
    __slots__ = ("value",)

    def __init__(self, value: int):
        self.value = value

    def ps_to_string(self) -> str:
        if self.value == 0:
            return "None"
        names = [n for n, v in OPTIONS.items() if v and self.value & v == v]
        rest = self.value & ~sum(OPTIONS[n] for n in names)
        return str(self.value) if rest else ", ".join(names)

    @staticmethod
    def ps_convert(value: Any) -> Any:
        """[RegexOptions]'IgnoreCase, Multiline' (a name, names joined by commas, or a number)."""
        if isinstance(value, RegexOptionsValue):
            return value
        return RegexOptionsValue(options_value(value))

    def ps_equals(self, other: Any) -> bool:
        from pyshell.runtime.conversion import PSConversionError
        try:
            return options_value(other) == self.value
        except PSConversionError:
            return False

    def ps_call(self, key: str, args: list) -> Any:
        from pyshell.runtime.values import NOT_A_MEMBER
        if key == "hasflag" and len(args) == 1:
            flag = options_value(args[0])
            return self.value & flag == flag
        return NOT_A_MEMBER

    def __int__(self) -> int:
        return self.value

    def __repr__(self) -> str:
        return f"RegexOptions({self.ps_to_string()})"


def _translated(pattern: str, options: int) -> tuple[str, int]:
    from pyshell.runtime.operators import _dotnet_to_python_regex, explicit_capture
    text = explicit_capture(pattern) if options & OPTIONS["ExplicitCapture"] else pattern
    flags = 0
    for name, flag in (("IgnoreCase", re.IGNORECASE), ("Multiline", re.MULTILINE), ("Singleline", re.DOTALL),
                       ("IgnorePatternWhitespace", re.VERBOSE)):
        if options & OPTIONS[name]:
            flags |= flag
    return _dotnet_to_python_regex(text), flags


class Regex:
    ps_type_name = REGEX
    __slots__ = ("pattern", "options", "compiled")

    def __init__(self, pattern: str, options: int = 0):
        """Raises ValueError with .NET's message when the pattern does not parse."""
        self.pattern, self.options = pattern, options
        text, flags = _translated(pattern, options)
        try:
            self.compiled = re.compile(text, flags)
        except re.error as exc:
            reason = _DOTNET_ERRORS.get(exc.msg, exc.msg[:1].upper() + exc.msg[1:] + ".")
            raise ValueError(f'parsing "{pattern}" - {reason}') from None

    # -- what scripts call ---------------------------------------------------------------------
    def is_match(self, text: Any, start: Any = 0) -> bool:
        return self.compiled.search(_text(text), _start(start)) is not None

    def match(self, text: Any, start: Any = 0) -> PSObject:
        return match_object(self.compiled.search(_text(text), _start(start)))

    def matches(self, text: Any, start: Any = 0) -> MatchCollection:
        return MatchCollection(match_object(m) for m in self.compiled.finditer(_text(text), _start(start)))

    def replace(self, text: Any, replacement: Any, count: Any = -1) -> str:
        from pyshell.runtime.conversion import to_int, to_string
        from pyshell.runtime.operators import _bounded, _dotnet_replacement
        subject, with_text = _text(text), to_string(replacement)
        limit = to_int(count)
        return self.compiled.sub(_bounded(_dotnet_replacement(with_text), subject, with_text), subject,
                                 count=0 if limit < 0 else limit) if limit != 0 else subject

    def split(self, text: Any, count: Any = 0) -> list[str]:
        from pyshell.runtime.conversion import to_int
        limit = to_int(count)
        return self.compiled.split(_text(text), maxsplit=max(limit - 1, 0) if limit > 1 else 0) \
            if limit != 1 else [_text(text)]

    def group_names(self) -> list[str]:
        """Numbered groups first (0, 1, ...), then the named ones, as .NET numbers them."""
        names = {number: name for name, number in self.compiled.groupindex.items()}
        unnamed = [n for n in range(1, self.compiled.groups + 1) if n not in names]
        return ["0"] + [str(i) for i, _ in enumerate(unnamed, 1)] + \
               [names[n] for n in range(1, self.compiled.groups + 1) if n in names]

    # -- what PowerShell asks of a value --------------------------------------------------------
    def ps_to_string(self) -> str:
        return self.pattern

    def ps_properties(self) -> list[tuple[str, Any]]:
        return [("Options", RegexOptionsValue(self.options)),
                ("RightToLeft", bool(self.options & OPTIONS["RightToLeft"])),
                ("MatchTimeout", _infinite_timeout())]

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        return [("MatchTimeout", "timespan MatchTimeout {get;}"),
                ("Options", f"{_NS}RegexOptions Options {{get;}}"), ("RightToLeft", "bool RightToLeft {get;}")]

    def ps_property(self, key: str) -> Any:
        return property_in(self.ps_properties(), key)

    def ps_method_table(self) -> dict[str, tuple[str, str, Callable[..., Any]]]:
        return _METHODS

    def __repr__(self) -> str:
        return f"Regex({self.pattern!r})"


def _infinite_timeout() -> Any:
    import datetime
    return datetime.timedelta(milliseconds=-1)


def _text(value: Any) -> str:
    from pyshell.runtime.conversion import to_string
    if value is None:
        raise _null_argument("input")
    return to_string(value)


def _null_argument(name: str) -> Exception:
    from pyshell.runtime.operators import PSOperatorError
    return PSOperatorError(f"Value cannot be null.\r\nParameter name: {name}", inner="ArgumentNullException")


def _start(value: Any) -> int:
    from pyshell.runtime.conversion import to_int
    return to_int(value)


_METHODS: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "ismatch": ("IsMatch", "bool IsMatch(string input), bool IsMatch(string input, int startat)", Regex.is_match),
    "match": ("Match", f"{_NS}Match Match(string input), {_NS}Match Match(string input, int startat)",
              Regex.match),
    "matches": ("Matches", f"{_NS}MatchCollection Matches(string input), "
                           f"{_NS}MatchCollection Matches(string input, int startat)", Regex.matches),
    "replace": ("Replace", "string Replace(string input, string replacement), "
                           "string Replace(string input, string replacement, int count)", Regex.replace),
    "split": ("Split", "string[] Split(string input), string[] Split(string input, int count)", Regex.split),
    "getgroupnames": ("GetGroupNames", "string[] GetGroupNames()", Regex.group_names),
    "getgroupnumbers": ("GetGroupNumbers", "int[] GetGroupNumbers()",
                        lambda r: list(range(r.compiled.groups + 1))),
    "tostring": ("ToString", "string ToString()", Regex.ps_to_string),
}


# -- Match, Group, Capture -----------------------------------------------------------------------

class GroupCollection(list):
    """Match.Groups: indexed by number, or by a group's name (`$m.Groups['year']`)."""
    __slots__ = ()

    def ps_index(self, key: Any) -> Any:
        from pyshell.runtime.conversion import to_string
        name = to_string(key)
        for group in self:
            if group.get("Name") == name:
                return group
        return None


class MatchCollection(list):
    """What Matches() gives: the matches, counted, indexed and enumerated as an array of them."""
    __slots__ = ()


def capture_object(value: str, index: int) -> PSObject:
    """A .NET Capture: a matched text and where it starts."""
    return PSObject([("Index", index), ("Length", len(value)), ("Value", value)],
                    type_names=[_NS + "Capture", "System.Object"], string_form=value)


def _group(m: re.Match, number: int, name: str) -> PSObject:
    value = m.group(number)
    success = value is not None
    start = m.start(number) if success else 0
    return PSObject([("Success", success), ("Name", name),
                     ("Captures", [capture_object(value, start)] if success else []), ("Index", start),
                     ("Length", len(value) if success else 0), ("Value", value or "")],
                    type_names=[_NS + "Group", _NS + "Capture", "System.Object"], string_form=value or "")


def group_objects(m: re.Match) -> list[PSObject]:
    """A match's groups as .NET numbers them: the whole match, the unnamed groups by number, then
    the named ones (Python numbers them in the order they open)."""
    names = {number: name for name, number in m.re.groupindex.items()}
    unnamed = [n for n in range(1, m.re.groups + 1) if n not in names]
    named = [n for n in range(1, m.re.groups + 1) if n in names]
    return ([_group(m, 0, "0")] + [_group(m, n, str(i)) for i, n in enumerate(unnamed, 1)]
            + [_group(m, n, names[n]) for n in named])


def match_object(m: re.Match | None) -> PSObject:
    """A .NET Match: its groups (the numbered ones, then the named ones, as .NET orders them, each
    reachable by name), and its own Index, Length and Value. No match gives a failed, empty one."""
    type_names = [_NS + "Match", _NS + "Group", _NS + "Capture", "System.Object"]
    if m is None:
        return PSObject([("Groups", GroupCollection()), ("Success", False), ("Name", "0"), ("Captures", []),
                         ("Index", 0), ("Length", 0), ("Value", "")], type_names=type_names, string_form="")
    groups = GroupCollection(group_objects(m))
    value = m.group(0)
    return PSObject([("Groups", groups), ("Success", True), ("Name", "0"),
                     ("Captures", [capture_object(value, m.start())]), ("Index", m.start()), ("Length", len(value)),
                     ("Value", value)], type_names=type_names, string_form=value)


# -- the type ------------------------------------------------------------------------------------

class RegexType:
    """[regex]: text converts to a Regex (through its constructor, so a bad pattern is a failed cast)."""
    ps_type_name = REGEX

    @staticmethod
    def ps_convert(value: Any) -> Any:
        if value is None or isinstance(value, Regex):
            return value
        from pyshell.runtime.conversion import PSConversionError, to_string
        if isinstance(value, (list, tuple)):
            raise PSConversionError(value, REGEX)
        try:
            return Regex(to_string(value))
        except ValueError as exc:
            raise PSConversionError(value, REGEX, exc.args[0], "InvalidCastConstructorException",
                                    with_value=True) from None


def _new(pattern: Any = None, options: Any = None, *rest: Any) -> Regex:
    from pyshell.runtime.conversion import to_string
    from pyshell.runtime.operators import PSOperatorError
    if rest:
        raise TypeError("no such constructor")
    if pattern is None:
        raise _null_argument("pattern")
    flags = options_value(options)
    try:
        return Regex(to_string(pattern), flags)
    except ValueError as exc:
        raise PSOperatorError(exc.args[0], inner="ArgumentException") from None


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.builtin_statics import REGEX_STATICS
    from pyshell.runtime.types import TypeRef
    statics = dict(REGEX_STATICS, new=_new)
    add(("regex", REGEX), TypeRef("regex", RegexType, statics, lambda value: isinstance(value, Regex)))
    options = {name.lower(): RegexOptionsValue(value) for name, value in OPTIONS.items()}
    add((_NS + "RegexOptions", "Text.RegularExpressions.RegexOptions"),
        TypeRef(_NS + "RegexOptions", RegexOptionsValue, options, lambda value: isinstance(value, RegexOptionsValue)))
