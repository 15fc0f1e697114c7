"""PowerShell wildcard patterns as -Filter uses them."""
from __future__ import annotations

import pytest

from cmdlets.lync.wildcard import WildcardError, has_wildcards, literal_prefix, wildcard_match


@pytest.mark.parametrize("pattern,text,expected", [
    ("*.org", "xmpp.contoso.org", True),
    ("*.org", "xmpp.contoso.org.uk", False),
    ("*.ORG", "Xmpp.Contoso.Org", True),
    ("a?c", "abc", True),
    ("a?c", "ac", False),
    ("[a-c]x", "Bx", True),
    ("[a-c]x", "dx", False),
    ("[xyz]*", "yes", True),
    ("a`*", "a*", True),
    ("a`*", "ab", False),
    ("a`?", "a?", True),
    ("a.b", "axb", False),          # regex characters are literal
    ("(x)+", "(x)+", True),
    ("*", "", True),
    ("", "", True),
    ("", "a", False),
])
def test_matching(pattern, text, expected):
    assert wildcard_match(pattern, text) is expected


@pytest.mark.parametrize("pattern", ["[a", "a[", "[]", "[z-a]"])
def test_malformed_patterns(pattern):
    with pytest.raises(WildcardError) as info:
        wildcard_match(pattern, "a")
    assert pattern in str(info.value)


def test_helpers():
    assert has_wildcards("*.org") and has_wildcards("a?") and has_wildcards("[a]")
    assert not has_wildcards("a`*b") and not has_wildcards("plain")
    assert literal_prefix("Xmpp.*") == "xmpp."
    assert literal_prefix("a`*b*") == "a*b"
    assert literal_prefix("*x") == ""
