"""Token kinds, the token record, and the character classes PowerShell's grammar uses."""
from __future__ import annotations

TYPE_CHECKING = False       # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    from pyshell.language.source import Extent


class TokenKind:
    """One kind of token. Kinds are singletons, compared by identity and hashed by it; each knows
    its name in T and the text used for it in messages."""

    __slots__ = ("name", "value")

    def __init__(self, value: str):
        self.name = ""
        self.value = value

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<T.{self.name}: {self.value!r}>"

    def __reduce__(self) -> tuple:
        return getattr, (T, self.name)      # unpickles to the same singleton


class T:
    """The token kinds. (Not an enum.Enum: defining one costs a third of a millisecond at every
    start, and the tokenizer needs nothing from it but named singletons.)"""

    EOF = TokenKind("end of input")
    NEWLINE = TokenKind("newline")
    SEMI = TokenKind(";")
    PIPE = TokenKind("|")
    LCURLY = TokenKind("{")
    RCURLY = TokenKind("}")
    LPAREN = TokenKind("(")
    RPAREN = TokenKind(")")
    AT_PAREN = TokenKind("@(")
    DOLLAR_PAREN = TokenKind("$(")
    AT_CURLY = TokenKind("@{")
    LBRACKET = TokenKind("[")
    RBRACKET = TokenKind("]")
    COMMA = TokenKind(",")
    DOT = TokenKind(".")
    COLONCOLON = TokenKind("::")
    AMP = TokenKind("&")
    VARIABLE = TokenKind("variable")          # value: VariableToken
    NUMBER = TokenKind("number")              # value: int | float | Decimal
    STRING = TokenKind("string")              # value: text (single-quoted or here-string)
    EXPANDABLE = TokenKind("expandable")      # value: list of parts (see tokenizer.scan_expandable)
    GENERIC = TokenKind("generic")            # a bare word in command mode; value: text, or parts if it expands
    PARAMETER = TokenKind("parameter")        # value: ParameterToken
    OPERATOR = TokenKind("operator")          # value: canonical operator text: "-eq", "+", "=", "+=", "..", "!" ...
    IDENT = TokenKind("identifier")           # a bare word in expression mode (member names, type names, keywords)
    REDIRECTION = TokenKind("redirection")    # value: (from_stream, to, append)
    LABEL = TokenKind("label")                # :name at statement start
    COMMENT = TokenKind("comment")


class _Value:
    """Base of the small value records a token carries: compared, hashed and shown by field. Not a
    records.Record: a Record's frozen __init__ sets each slot through its descriptor, about three
    times the cost of this plain one, and the tokenizer makes one of these per variable and parameter."""

    __slots__ = ()

    def _values(self) -> tuple:
        return tuple(getattr(self, f) for f in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values() == other._values()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __reduce__(self) -> tuple:
        return self.__class__, self._values()

    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.__slots__)
        return f"{type(self).__name__}({inner})"


class VariableToken(_Value):
    __slots__ = ("name", "scope", "splat", "braced")

    def __init__(self, name: str, scope: str, splat: bool, braced: bool):
        self.name = name        # without the scope prefix; "env:" style drives keep their prefix in `scope`
        self.scope = scope      # "", "global", "script", "local", "private", "env", "variable", ...
        self.splat = splat      # @name
        self.braced = braced    # ${name}


class ParameterToken(_Value):
    __slots__ = ("name", "colon")

    def __init__(self, name: str, colon: bool):
        self.name = name        # without the dash
        self.colon = colon      # -Name:value


class Token:
    """One token. Tens of thousands are made for a long script, so this is a plain slotted class
    (read-only by convention, compared by value) rather than a record."""

    __slots__ = ("kind", "text", "extent", "value", "space_before")

    def __init__(self, kind: T, text: str, extent: Extent, value: Any = None, space_before: bool = False):
        self.kind = kind
        self.text = text
        self.extent = extent
        self.value = value
        self.space_before = space_before    # whitespace (or start of input) precedes the token

    def is_op(self, *ops: str) -> bool:
        return self.kind is T.OPERATOR and self.value in ops

    def _values(self) -> tuple:
        return self.kind, self.text, self.extent, self.value, self.space_before

    def __eq__(self, other: object) -> bool:
        if other.__class__ is Token:
            return self._values() == other._values()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __reduce__(self) -> tuple:
        return Token, self._values()

    def __repr__(self) -> str:
        return f"Token({self.kind.name}, {self.text!r})"


DASHES = "-\u2013\u2014\u2015"
SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"
DOUBLE_QUOTES = '"\u201c\u201d\u201e'
WHITESPACE = " \t\f\v\u00a0\ufeff\u2028\u2029"

KEYWORDS = frozenset("""
begin break catch class continue data define do dynamicparam else elseif end enum exit filter finally
for foreach from function if in param process return switch throw trap try until using var while
""".split())

# Operators spelled with a dash (lower case, without the dash), and their canonical form.
_COMPARISON = ["eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch",
               "contains", "notcontains", "in", "notin", "replace", "split"]
DASH_OPERATORS: dict[str, str] = {}
for _op in _COMPARISON:
    DASH_OPERATORS[_op] = _op
    DASH_OPERATORS["i" + _op] = _op
    DASH_OPERATORS["c" + _op] = "c" + _op
for _op in ("and", "or", "xor", "not", "band", "bor", "bxor", "bnot", "shl", "shr", "is", "isnot", "as",
            "join", "f"):
    DASH_OPERATORS[_op] = _op
del _op

# Binary operator precedence (higher binds tighter), after PowerShell's TokenFlags.
PRECEDENCE: dict[str, int] = {}
for _op in ("and", "or", "xor"):
    PRECEDENCE[_op] = 1
for _op in ("band", "bor", "bxor"):
    PRECEDENCE[_op] = 2
for _op in _COMPARISON + ["c" + c for c in _COMPARISON] + ["is", "isnot", "as", "join", "shl", "shr"]:
    PRECEDENCE[_op] = 3
PRECEDENCE.update({"+": 4, "-": 4, "*": 5, "/": 5, "%": 5, "f": 6, "..": 7})
del _op

UNARY_DASH_OPERATORS = frozenset({"not", "bnot", "split", "join"})
ASSIGNMENT_OPERATORS = frozenset({"=", "+=", "-=", "*=", "/=", "%="})
