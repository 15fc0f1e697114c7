"""The Should operators: each takes the actual value(s) and the expected value, and returns None
when the assertion holds or the failure message (in Pester 4's wording) when it does not."""
from __future__ import annotations

import os
from pyshell.runtime.conversion import to_bool, to_string
from pyshell.runtime.operators import compile_regex, ps_compare, ps_equals, wildcard_match
from pyshell.runtime.values import PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable


def show(value: Any) -> str:
    """A value as Pester shows it in messages."""
    if value is None:
        return "$null"
    if isinstance(value, bool):
        return "$true" if value else "$false"
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, (list, tuple)):
        return "@(" + ", ".join(show(v) for v in value) + ")"
    if isinstance(value, PSObject) and value.string_form is None:
        return "PSObject{" + "; ".join(f"{n}={show(v)}" for n, v in value.properties()) + "}"
    return to_string(value)


def _because(reason: str) -> str:
    return f", because {reason}" if reason else ""


def _equal(expected: Any, actual: Any, cs: bool) -> bool:
    if isinstance(expected, (list, tuple)) or isinstance(actual, (list, tuple)):
        e = list(expected) if isinstance(expected, (list, tuple)) else [expected]
        a = list(actual) if isinstance(actual, (list, tuple)) else [actual]
        return len(e) == len(a) and all(_equal(x, y, cs) for x, y in zip(e, a))
    if expected is None or actual is None:
        return (expected is None or expected == "") and (actual is None or actual == "")
    return ps_equals(expected, actual, cs)


def be(actual: Any, expected: Any, negate: bool, reason: str, cs: bool = False) -> str | None:
    ok = _equal(expected, actual, cs)
    if ok != negate:
        return None
    if negate:
        return f"Expected {show(expected)} to be different from the actual value{_because(reason)}, but got the same value."
    if isinstance(expected, str) and isinstance(actual, str):
        index = next((i for i, (x, y) in enumerate(zip(expected, actual)) if x != y), min(len(expected), len(actual)))
        lengths = (f"String lengths are both {len(expected)}." if len(expected) == len(actual) else
                   f"Expected string length {len(expected)} but was {len(actual)}.")
        return (f"Expected strings to be the same{_because(reason)}, but they were different.\n{lengths}\n"
                f"Strings differ at index {index}.\nExpected: {show(expected)}\nBut was:  {show(actual)}")
    return f"Expected {show(expected)}{_because(reason)}, but got {show(actual)}."


def be_exactly(actual: Any, expected: Any, negate: bool, reason: str) -> str | None:
    return be(actual, expected, negate, reason, cs=True)


def _empty(actual: Any) -> bool:
    if actual is None:
        return True
    if isinstance(actual, str):
        return actual == ""
    if isinstance(actual, (list, tuple)):
        return len(actual) == 0 or (len(actual) == 1 and _empty(actual[0]))
    return False


def be_null_or_empty(actual: Any, expected: Any, negate: bool, reason: str) -> str | None:
    if _empty(actual) != negate:
        return None
    if negate:
        return f"Expected a value{_because(reason)}, but got $null or empty."
    return f"Expected $null or empty{_because(reason)}, but got {show(actual)}."


def have_count(actual: Any, expected: Any, negate: bool, reason: str) -> str | None:
    items = [] if actual is None else (list(actual) if isinstance(actual, (list, tuple)) else [actual])
    count = int(expected)
    if (len(items) == count) != negate:
        return None
    if negate:
        return f"Expected a collection with size different from {count}{_because(reason)}, but got collection with that size {show(items)}."
    return f"Expected a collection with size {count}{_because(reason)}, but got collection with size {len(items)} {show(items)}."


def contain(actual: Any, expected: Any, negate: bool, reason: str) -> str | None:
    items = [] if actual is None else (list(actual) if isinstance(actual, (list, tuple)) else [actual])
    found = any(ps_equals(i, expected) for i in items)
    if found != negate:
        return None
    if negate:
        return f"Expected {show(expected)} to not be found in collection {show(items)}{_because(reason)}, but it was found."
    return f"Expected {show(expected)} to be found in collection {show(items)}{_because(reason)}, but it was not found."


def _matcher(kind: str, cs: bool) -> Callable[[Any, Any, bool, str], str | None]:
    def check(actual: Any, expected: Any, negate: bool, reason: str) -> str | None:
        text, pattern = to_string(actual), to_string(expected)
        if kind == "regex":
            ok = compile_regex(pattern, cs).search(text) is not None
            what = "regular expression"
        else:
            ok = wildcard_match(pattern, text, cs)
            what = "like wildcard"
        if ok != negate:
            return None
        if negate:
            return f"Expected {what} {show(pattern)} to not match {show(actual)}{_because(reason)}, but it matched."
        return f"Expected {what} {show(pattern)} to match {show(actual)}{_because(reason)}, but it did not match."
    return check


def _truth(want: bool) -> Callable[[Any, Any, bool, str], str | None]:
    def check(actual: Any, expected: Any, negate: bool, reason: str) -> str | None:
        if (to_bool(actual) == want) != negate:
            return None
        target = "$true" if want != negate else "$false"
        return f"Expected {target}{_because(reason)}, but got {show(actual)}."
    return check


def _order(sign: int, words: str) -> Callable[[Any, Any, bool, str], str | None]:
    def check(actual: Any, expected: Any, negate: bool, reason: str) -> str | None:
        c = ps_compare(actual, expected)
        ok = c > 0 if sign > 0 else c < 0
        if sign == 2:
            ok = c >= 0
        elif sign == -2:
            ok = c <= 0
        if ok != negate:
            return None
        nt = "not " if negate else ""
        return f"Expected the actual value to be {nt}{words} {show(expected)}{_because(reason)}, but got {show(actual)}."
    return check


def be_in(actual: Any, expected: Any, negate: bool, reason: str) -> str | None:
    items = list(expected) if isinstance(expected, (list, tuple)) else [expected]
    found = any(ps_equals(i, actual) for i in items)
    if found != negate:
        return None
    if negate:
        return f"Expected collection {show(items)} to not contain {show(actual)}{_because(reason)}, but it was found."
    return f"Expected collection {show(items)} to contain {show(actual)}{_because(reason)}, but it was not found."


def be_of_type(actual: Any, expected: Any, negate: bool, reason: str, resolve: Callable[[Any], Any] = None) -> str | None:
    ref = resolve(expected)
    ok = ref is not None and ref.is_instance(actual)
    if ok != negate:
        return None
    from pyshell.runtime.typenames import type_name_of
    name = ref.full_name if ref is not None else to_string(expected)
    if negate:
        return f"Expected the value to not have type [{name}] or any of its subtypes{_because(reason)}, but got {show(actual)} with type [{type_name_of(actual)}]."
    return (f"Expected the value to have type [{name}] or any of its subtypes{_because(reason)}, but got "
            f"{show(actual)} with type [{type_name_of(actual) or '$null'}].")


def exist(actual: Any, expected: Any, negate: bool, reason: str) -> str | None:
    if os.path.exists(to_string(actual)) != negate:
        return None
    if negate:
        return f"Expected path {show(to_string(actual))} to not exist{_because(reason)}, but it did exist."
    return f"Expected path {show(to_string(actual))} to exist{_because(reason)}, but it did not exist."


def _file_content(kind: str) -> Callable[[Any, Any, bool, str], str | None]:
    """FileContentMatch (a line of the file matches, ignoring case), FileContentMatchExactly (with
    case), FileContentMatchMultiline (the whole text matches), as Pester 4 reads the file with
    Get-Content -Encoding UTF8."""
    def check(actual: Any, expected: Any, negate: bool, reason: str) -> str | None:
        path, pattern = to_string(actual), to_string(expected)
        try:
            with open(path, "rb") as handle:
                data = handle.read()
            # .NET's reader follows a byte order mark whatever encoding it was given.
            encoding = ("utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig")
            text: str | None = data.decode(encoding, errors="replace")
        except OSError:
            text = None
        regex = compile_regex(pattern, kind == "exactly")
        if text is None:
            ok = False
        elif kind == "multiline":
            ok = regex.search(text) is not None
        else:
            ok = any(regex.search(line) is not None for line in text.splitlines())
        if ok != negate:
            return None
        word = {"exactly": " exactly", "multiline": " multiline"}.get(kind, "")
        if negate:
            return f"Expected {show(pattern)} to not be found in file {show(path)}{word}{_because(reason)}, but it was found."
        return f"Expected {show(pattern)} to be found in file {show(path)}{word}{_because(reason)}, but it was not found."
    return check


# name -> (check, receives the whole input as one value)
OPERATORS: dict[str, tuple[Callable[..., str | None], bool]] = {
    "Be": (be, True), "BeExactly": (be_exactly, True), "BeNullOrEmpty": (be_null_or_empty, True),
    "HaveCount": (have_count, True), "Contain": (contain, True),
    "Match": (_matcher("regex", False), False), "MatchExactly": (_matcher("regex", True), False),
    "BeLike": (_matcher("like", False), False), "BeLikeExactly": (_matcher("like", True), False),
    "BeTrue": (_truth(True), False), "BeFalse": (_truth(False), False),
    "BeGreaterThan": (_order(1, "greater than"), False), "BeLessThan": (_order(-1, "less than"), False),
    "BeGreaterOrEqual": (_order(2, "greater than or equal to"), False),
    "BeLessOrEqual": (_order(-2, "less than or equal to"), False),
    "BeIn": (be_in, False), "BeOfType": (be_of_type, False), "Exist": (exist, False),
    "FileContentMatch": (_file_content("match"), False),
    "FileContentMatchExactly": (_file_content("exactly"), False),
    "FileContentMatchMultiline": (_file_content("multiline"), False),
}
