"""PowerShell wildcard patterns for -Filter: `*`, `?`, `[abc]`, `[a-z]`, backtick escapes; matching
is case-insensitive, and the whole text must match.
"""
from __future__ import annotations

import re
from functools import lru_cache


class WildcardError(ValueError):
    """The pattern cannot be used (an unclosed `[`, say)."""

    def __init__(self, pattern: str):
        super().__init__(f"The specified wildcard character pattern is not valid: {pattern}")
        self.pattern = pattern


def has_wildcards(pattern: str) -> bool:
    escaped = False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "`":
            escaped = True
        elif ch in "*?[":
            return True
    return False


@lru_cache(maxsize=256)
def compile_wildcard(pattern: str) -> re.Pattern[str]:
    """A compiled regex equivalent to the PowerShell wildcard `pattern`."""
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
            i, cls = _bracket(pattern, i + 1)
            out.append(cls)
        else:
            out.append(re.escape(ch))
            i += 1
    return re.compile("".join(out) + r"\Z", re.IGNORECASE | re.DOTALL)


def _bracket(pattern: str, i: int) -> tuple[int, str]:
    """Translate the bracket expression that starts at `i` (just after `[`)."""
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
                raise WildcardError(pattern)
            items.append(f"{re.escape(ch)}-{re.escape(hi)}")
            i += 3
        else:
            items.append(re.escape(ch))
            i += 1
    if i >= n or not items:
        raise WildcardError(pattern)
    return i + 1, "[" + "".join(items) + "]"


def literal_prefix(pattern: str) -> str:
    """The text every match must start with (up to the first wildcard character), lower-cased."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "`" and i + 1 < n:
            out.append(pattern[i + 1])
            i += 2
            continue
        if ch in "*?[":
            break
        out.append(ch)
        i += 1
    return "".join(out).lower()


def wildcard_match(pattern: str, text: str) -> bool:
    return compile_wildcard(pattern).match(text) is not None
