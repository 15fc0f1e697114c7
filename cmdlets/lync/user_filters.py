"""The two filter languages of Get-CsUser, for the simple filters the Lync documentation uses.

-Filter takes an OPATH filter over the user's Lync properties, usually written as a script block:

    {ExternalAccessPolicy -eq $Null}
    {DisplayName -like "Ken*" -and Enabled -eq $True}

Comparisons are Property -op Value with -eq, -ne, -like, -notlike, -gt, -lt, -ge, -le; values are
$null, $true, $false, numbers and quoted or bare strings; -and, -or, -not and parentheses combine
them. Text compares without regard to case.

-LdapFilter takes an LDAP filter over the Active Directory attributes (l, title, department, ...):

    l=Redmond
    (&(Title=Sales Representative)(l=Redmond))
    (|(department=IT)(!(l=Chicago)))

`*` is a wildcard in a value; `attr=*` means the attribute has a value.
"""
from __future__ import annotations

import re
from pyshell.runtime.conversion import to_string
from pyshell.runtime.operators import wildcard_match

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    Predicate = Callable[[dict[str, Any]], bool]


class FilterError(ValueError):
    """The filter cannot be read; the message says where."""


# --- OPATH ---------------------------------------------------------------------------------------

_OPATH_TOKEN = re.compile(r"""\s*(?:
    (?P<lp>\() | (?P<rp>\)) |
    (?P<op>-(?:eq|ne|like|notlike|gt|lt|ge|le|and|or|not)\b) |
    (?P<var>\$(?:null|true|false)\b) |
    "(?P<dq>[^"]*)" | '(?P<sq>[^']*)' |
    (?P<word>[^\s()"']+)
)""", re.IGNORECASE | re.VERBOSE)

_COMPARE = ("-eq", "-ne", "-like", "-notlike", "-gt", "-lt", "-ge", "-le")


def _opath_tokens(text: str) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    pos = 0
    text = text.strip()
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1]
    while pos < len(text):
        m = _OPATH_TOKEN.match(text, pos)
        if not m or m.end() == pos:
            if text[pos:].strip() == "":
                break
            raise FilterError(f"The filter cannot be read at \"{text[pos:].strip()}\".")
        pos = m.end()
        if m.group("lp"):
            out.append(("(", None))
        elif m.group("rp"):
            out.append((")", None))
        elif m.group("op"):
            out.append(("op", m.group("op").lower()))
        elif m.group("var"):
            out.append(("value", {"$null": None, "$true": True, "$false": False}[m.group("var").lower()]))
        elif m.group("dq") is not None:
            out.append(("value", m.group("dq")))
        elif m.group("sq") is not None:
            out.append(("value", m.group("sq")))
        else:
            out.append(("word", m.group("word")))
    return out


def opath_filter(text: str, properties: tuple[str, ...]) -> Predicate:
    """A predicate over a user's properties (a dict) from an OPATH filter."""
    tokens = _opath_tokens(text)
    known = {p.lower(): p for p in properties}
    pos = 0

    def peek() -> tuple[str, Any] | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> tuple[str, Any]:
        nonlocal pos
        if pos >= len(tokens):
            raise FilterError("The filter ends too early.")
        pos += 1
        return tokens[pos - 1]

    def expr() -> Predicate:
        left = term()
        while peek() and peek()[0] == "op" and peek()[1] in ("-and", "-or"):
            op = take()[1]
            right = term()
            left = (lambda a, b: lambda u: a(u) and b(u))(left, right) if op == "-and" else \
                (lambda a, b: lambda u: a(u) or b(u))(left, right)
        return left

    def term() -> Predicate:
        tok = take()
        if tok == ("op", "-not"):
            inner = term()
            return lambda u: not inner(u)
        if tok[0] == "(":
            inner = expr()
            if take()[0] != ")":
                raise FilterError("A '(' in the filter is not closed.")
            return inner
        if tok[0] != "word":
            raise FilterError("Each comparison in the filter starts with a property name, such as "
                              "ExternalAccessPolicy.")
        prop = known.get(tok[1].lower())
        if prop is None:
            raise FilterError(f"\"{tok[1]}\" is not a property you can filter on; use one of: "
                              f"{', '.join(properties)}.")
        op = take()
        if op[0] != "op" or op[1] not in _COMPARE:
            raise FilterError(f"After \"{prop}\" the filter needs a comparison such as -eq or -like.")
        kind, value = take()
        if kind not in ("value", "word"):
            raise FilterError(f"After \"{prop} {op[1]}\" the filter needs a value.")
        return _comparison(prop, op[1], value)

    predicate = expr()
    if pos != len(tokens):
        raise FilterError("The filter has something left over after its last comparison.")
    return predicate


def _comparison(prop: str, op: str, value: Any) -> Predicate:
    def test(user: dict[str, Any]) -> bool:
        actual = user.get(prop)
        if op in ("-eq", "-ne"):
            if value is None or actual is None:
                same = (value is None or value == "") and (actual is None or actual == "")
            else:
                same = to_string(actual).lower() == to_string(value).lower()
            return same if op == "-eq" else not same
        if op in ("-like", "-notlike"):
            hit = wildcard_match(to_string(value), to_string(actual))
            return hit if op == "-like" else not hit
        a, b = to_string(actual).lower(), to_string(value).lower()
        return {"-gt": a > b, "-lt": a < b, "-ge": a >= b, "-le": a <= b}[op]
    return test


# --- LDAP ----------------------------------------------------------------------------------------

# LDAP attribute (lower case) -> the key the user document keeps it under.
LDAP_ATTRIBUTES = {
    "l": "City", "title": "Title", "department": "Department", "company": "Company",
    "samaccountname": "SamAccountName", "displayname": "DisplayName", "name": "DisplayName",
    "cn": "DisplayName", "userprincipalname": "UserPrincipalName",
    "msrtcsip-primaryuseraddress": "SipAddress", "distinguishedname": "Identity",
    "msrtcsip-userenabled": "Enabled",
}


def ldap_filter(text: str) -> Predicate:
    text = text.strip()
    if not text:
        raise FilterError("The LDAP filter is empty.")
    if not text.startswith("("):
        text = f"({text})"
    predicate, end = _ldap(text, 0)
    if text[end:].strip():
        raise FilterError(f"The LDAP filter has something left over: \"{text[end:]}\".")
    return predicate


def _ldap(text: str, i: int) -> tuple[Predicate, int]:
    if i >= len(text) or text[i] != "(":
        raise FilterError(f"The LDAP filter needs '(' at position {i + 1}.")
    i += 1
    if i < len(text) and text[i] in "&|":
        kind = text[i]
        i += 1
        parts: list[Predicate] = []
        while i < len(text) and text[i] == "(":
            part, i = _ldap(text, i)
            parts.append(part)
        if not parts or i >= len(text) or text[i] != ")":
            raise FilterError("An '&' or '|' in the LDAP filter needs one or more (...) parts and a ')'.")
        combine = all if kind == "&" else any
        return (lambda u: combine(p(u) for p in parts)), i + 1
    if i < len(text) and text[i] == "!":
        inner, i = _ldap(text, i + 1)
        if i >= len(text) or text[i] != ")":
            raise FilterError("A '!' in the LDAP filter needs a ')' after its part.")
        return (lambda u: not inner(u)), i + 1
    close = text.find(")", i)
    if close < 0:
        raise FilterError("A '(' in the LDAP filter is not closed.")
    item = text[i:close]
    m = re.fullmatch(r"\s*([A-Za-z][\w-]*)\s*(>=|<=|~=|=)(.*)", item)
    if not m:
        raise FilterError(f"\"{item}\" is not an LDAP comparison such as l=Redmond.")
    attr, op, value = m.group(1).lower(), m.group(2), m.group(3)
    key = LDAP_ATTRIBUTES.get(attr)
    if key is None:
        raise FilterError(f"pyshell's demo directory has no attribute \"{m.group(1)}\"; it knows "
                          f"{', '.join(sorted(set(LDAP_ATTRIBUTES)))}.")
    return _ldap_compare(key, op, value), close + 1


def _ldap_compare(key: str, op: str, value: str) -> Predicate:
    def test(user: dict[str, Any]) -> bool:
        actual = user.get(key)
        if actual is None or actual == "":
            return False
        text = to_string(actual).lower()
        if op == "=" or op == "~=":
            if value == "*":
                return True
            return wildcard_match(value.replace("[", "`[").replace("?", "`?"), text)
        return text >= value.lower() if op == ">=" else text <= value.lower()
    return test
