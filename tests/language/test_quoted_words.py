"""A quoted part of a bare word runs to its closing quote, whatever it holds (commas included)."""
from __future__ import annotations

import pytest

from pyshell.shell import Shell


@pytest.fixture(scope="module")
def shell():
    sh = Shell(store=":memory:")
    sh.run("function f { $args }")
    yield sh
    sh.close()


@pytest.mark.parametrize("script,expected", [
    ('f a"b,c"d', "ab,cd\n"),
    ("f a'b,c'd e", "ab,cd\ne\n"),
    ('f x"$(1+1),2"', "x2,2\n"),
    ('@{A="x,y"}.A', "x,y\n"),
    ('f @{Add="OU:ou=Portland,dc=litwareinc,dc=com"}.Add', "OU:ou=Portland,dc=litwareinc,dc=com\n"),
])
def test_quoted_parts_of_words(shell, script, expected):
    r = shell.run(script)
    assert (r.output, r.errors) == (expected, "")


def test_an_unterminated_quote_is_still_an_error(shell):
    assert "TerminatorExpectedAtEndOfString" in shell.run('f a"b,c').errors
