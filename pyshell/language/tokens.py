"""Token kinds, the token record, and the character classes PowerShell's grammar uses."""
from __future__ import annotations

import enum
from typing import Any

from pyshell.language.records import Record, record
from pyshell.language.source import Extent


class T(enum.Enum):
    EOF = "end of input"
    NEWLINE = "newline"
    SEMI = ";"
    PIPE = "|"
    LCURLY = "{"
    RCURLY = "}"
    LPAREN = "("
    RPAREN = ")"
    AT_PAREN = "@("
    DOLLAR_PAREN = "$("
    AT_CURLY = "@{"
    LBRACKET = "["
    RBRACKET = "]"
    COMMA = ","
    DOT = "."
    COLONCOLON = "::"
    AMP = "&"
    VARIABLE = "variable"        # value: VariableToken
    NUMBER = "number"            # value: int | float | Decimal
    STRING = "string"            # value: text (single-quoted or here-string)
    EXPANDABLE = "expandable"    # value: list of parts (see tokenizer.scan_expandable)
    GENERIC = "generic"          # a bare word in command mode; value: text, or parts if it expands
    PARAMETER = "parameter"      # value: ParameterToken
    OPERATOR = "operator"        # value: canonical operator text: "-eq", "+", "=", "+=", "..", "!" ...
    IDENT = "identifier"         # a bare word in expression mode (member names, type names, keywords)
    REDIRECTION = "redirection"  # value: (from_stream, to, append)
    LABEL = "label"              # :name at statement start
    COMMENT = "comment"


@record(kw_only=False)
class VariableToken(Record):
    name: str          # without the scope prefix; "env:" style drives keep their prefix in `scope`
    scope: str         # "", "global", "script", "local", "private", "env", "variable", ...
    splat: bool        # @name
    braced: bool       # ${name}


@record(kw_only=False)
class ParameterToken(Record):
    name: str          # without the dash
    colon: bool        # -Name:value


@record(kw_only=False)
class Token(Record):
    kind: T
    text: str
    extent: Extent
    value: Any = None
    space_before: bool = False   # whitespace (or start of input) precedes the token

    def is_op(self, *ops: str) -> bool:
        return self.kind is T.OPERATOR and self.value in ops

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
