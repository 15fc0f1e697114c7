"""PowerShell wildcard patterns for -Filter, from the project's one implementation
(pyshell/runtime/wildcards.py), used strictly: a malformed pattern is an error, as in PowerShell.
The store narrows its index scans with `literal_prefix`."""
from __future__ import annotations

from pyshell.runtime.wildcards import WildcardPatternError as WildcardError
from pyshell.runtime.wildcards import has_wildcards, literal_prefix, wildcard_regex

__all__ = ["WildcardError", "compile_wildcard", "has_wildcards", "literal_prefix", "wildcard_match"]


def compile_wildcard(pattern: str):
    """The compiled, case-insensitive regex for `pattern`; WildcardError if it is malformed."""
    return wildcard_regex(pattern, False, True)


def wildcard_match(pattern: str, text: str) -> bool:
    return compile_wildcard(pattern).match(text) is not None
