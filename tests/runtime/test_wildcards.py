"""The project's one wildcard implementation: strict for -like and -Filter, lenient for names."""
from __future__ import annotations

import pytest

from pyshell.runtime.operators import wildcard_match as lenient_match
from pyshell.runtime.wildcards import (WildcardPatternError, has_wildcards, literal_prefix, wildcard_match,
                                       wildcard_regex)
from pyshell.shell import Shell


@pytest.mark.parametrize("pattern,text", [("[a-c]x", "Bx"), ("a`[b", "a[b"), ("[`]]", "]"), ("[*]", "*"),
                                          ("x[0-9]?", "x7y"), ("(x)+", "(x)+")])
def test_matches(pattern, text):
    assert wildcard_match(pattern, text)


@pytest.mark.parametrize("pattern", ["[a", "a[", "[]", "[z-a]"])
def test_malformed_brackets_are_errors_when_strict_and_literal_otherwise(pattern):
    with pytest.raises(WildcardPatternError) as info:
        wildcard_regex(pattern)
    assert str(info.value) == f"The specified wildcard character pattern is not valid: {pattern}"
    assert lenient_match(pattern, pattern)                # taken literally
    assert not lenient_match(pattern, "a")


def test_escape_aware_helpers():
    assert has_wildcards("a*") and not has_wildcards("a`*") and not has_wildcards("plain")
    assert literal_prefix("Tag:Sales*") == "tag:sales" and literal_prefix("a`[b*") == "a[b"


def test_like_reports_a_malformed_pattern():
    sh = Shell(store=":memory:")
    try:
        r = sh.run('"a" -like "[a"')
        assert "The specified wildcard character pattern is not valid: [a" in r.errors
        assert sh.run("'a[b' -like 'a`[b'").output == "True\n"
    finally:
        sh.close()
