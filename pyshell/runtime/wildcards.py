"""PowerShell wildcard patterns, the one implementation the project uses: `-like`, the cmdlets that
take wildcard names, and the Lync module's -Filter (which narrows its store lookups with
`literal_prefix`).

`*` matches any run of characters, `?` one character, `[abc]` one of a set and `[a-c]` one of a
range; a backtick makes the next character literal, inside brackets too. Matching ignores case
unless asked not to, and the whole text must match.

A malformed bracket (`[a` with no `]`, an empty `[]`, a backwards range `[z-a]`) makes the pattern
invalid, as in PowerShell, which reports "The specified wildcard character pattern is not valid".
`strict=False` instead takes such a bracket literally, for the commands that would rather find
nothing than fail.
"""
from __future__ import annotations

import functools
import re

WILDCARD_CHARACTERS = "*?["


class WildcardPatternError(ValueError):
    """The pattern cannot be used; the message is PowerShell's."""

    def __init__(self, pattern: str):
        super().__init__(f"The specified wildcard character pattern is not valid: {pattern}")
        self.pattern = pattern


def has_wildcards(pattern: str) -> bool:
    """True when the pattern has an unescaped `*`, `?` or `[`."""
    escaped = False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "`":
            escaped = True
        elif ch in WILDCARD_CHARACTERS:
            return True
    return False


@functools.lru_cache(maxsize=4096)
def wildcard_regex(pattern: str, case_sensitive: bool = False, strict: bool = True) -> re.Pattern:
    """The compiled regex equivalent to a wildcard pattern (anchored at both ends)."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "`" and i + 1 < n:
            out.append(re.escape(pattern[i + 1]))
            i += 2
        elif ch == "*":
            out.append(".*")
            i += 1
        elif ch == "?":
            out.append(".")
            i += 1
        elif ch == "[":
            bracket = _bracket(pattern, i + 1)
            if bracket is None:
                if strict:
                    raise WildcardPatternError(pattern)
                out.append(re.escape(ch))
                i += 1
            else:
                i, cls = bracket
                out.append(cls)
        else:
            out.append(re.escape(ch))
            i += 1
    flags = re.DOTALL | (0 if case_sensitive else re.IGNORECASE)
    return re.compile("".join(out) + r"\Z", flags)


def _bracket(pattern: str, i: int) -> tuple[int, str] | None:
    """The bracket expression that starts at `i` (just after `[`): (index after `]`, regex class),
    or None when it is malformed."""
    items: list[str] = []
    n = len(pattern)
    while i < n and pattern[i] != "]":
        ch = pattern[i]
        if ch == "`" and i + 1 < n:
            ch = pattern[i + 1]
            i += 1
        if i + 2 < n and pattern[i + 1] == "-" and pattern[i + 2] != "]":
            hi = pattern[i + 2]
            if hi < ch:
                return None
            items.append(f"{re.escape(ch)}-{re.escape(hi)}")
            i += 3
        else:
            items.append(re.escape(ch))
            i += 1
    if i >= n or not items:
        return None
    return i + 1, "[" + "".join(items) + "]"


def wildcard_match(pattern: str, text: str, case_sensitive: bool = False, strict: bool = True) -> bool:
    return wildcard_regex(pattern, case_sensitive, strict).match(text) is not None


def literal_prefix(pattern: str) -> str:
    """The text every match must start with (up to the first wildcard character), lower-cased;
    the Lync store narrows an indexed range scan with it."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "`" and i + 1 < n:
            out.append(pattern[i + 1])
            i += 2
            continue
        if ch in WILDCARD_CHARACTERS:
            break
        out.append(ch)
        i += 1
    return "".join(out).lower()
