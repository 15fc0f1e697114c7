"""The pattern cache (pyshell/language/patterns.py): a pattern read back from the file is the
pattern re.compile makes, and a missing, damaged or foreign file only costs a compile."""
import marshal
import os
import re
import sys

import pytest

from pyshell.language import patterns
from pyshell.language.patterns import PatternCache

SAMPLE = r"([ \t\u2013]*+)(?:(?P<var>\$\w+)|([‘’'][^‘’']*[‘’']))?"
TEXTS = ["  $name rest", "\u2013 ‘quoted’ x", "", "nothing"]


def same_as_re(pattern: re.Pattern) -> bool:
    expected = re.compile(SAMPLE)
    return (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)) == \
        (expected.pattern, expected.flags, expected.groups, dict(expected.groupindex)) and \
        all(pattern.match(t).groups() == expected.match(t).groups() for t in TEXTS)


@pytest.fixture
def writable(monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def test_a_pattern_read_back_from_the_file_is_the_one_re_compiles(tmp_path, writable):
    path = str(tmp_path / "cache.marshal")
    first = PatternCache(path).compile(SAMPLE)
    assert os.path.exists(path) and same_as_re(first)
    again = PatternCache(path)
    assert same_as_re(again.compile(SAMPLE)) and not again.changed      # taken from the file


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps([1, 2, 3]),
                                     marshal.dumps(((0, "another python"), {}))])
def test_a_damaged_or_foreign_file_is_ignored(tmp_path, writable, content):
    path = tmp_path / "cache.marshal"
    path.write_bytes(content)
    assert same_as_re(PatternCache(str(path)).compile(SAMPLE))
    again = PatternCache(str(path))         # the file was written afresh
    assert same_as_re(again.compile(SAMPLE)) and not again.changed


def test_a_damaged_entry_is_compiled_again(tmp_path, writable):
    path = str(tmp_path / "cache.marshal")
    PatternCache(path).compile(SAMPLE)
    with open(path, "rb") as fh:
        stamp, entries = marshal.loads(fh.read())
    flags, code, *rest = entries[(SAMPLE, 0)]
    entries[(SAMPLE, 0)] = (flags, [9999] + code, *rest)       # instructions the engine refuses
    with open(path, "wb") as fh:
        fh.write(marshal.dumps((stamp, entries)))
    assert same_as_re(PatternCache(path).compile(SAMPLE))


def test_nothing_is_written_under_pythondontwritebytecode_until_asked(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "cache.marshal"
    cache = PatternCache(str(path))
    assert same_as_re(cache.compile(SAMPLE)) and not path.exists()
    assert cache.save() and path.exists()


def test_a_place_that_cannot_be_written_only_costs_the_compile(tmp_path, writable):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache's folder would be")
    cache = PatternCache(str(blocker / "sub" / "cache.marshal"))
    assert same_as_re(cache.compile(SAMPLE))
    assert cache.save() is False
    assert list(tmp_path.iterdir()) == [blocker]          # no temporary file left behind


def test_the_tokenizers_patterns_come_from_the_cache():
    from pyshell.language import tokenizer
    assert tokenizer._COMMAND_TOKEN.pattern in {key[0] for key in patterns._cache.entries}


def test_after_a_failed_write_a_run_does_not_try_again(tmp_path, writable, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    cache = PatternCache(str(blocker / "cache.marshal"))
    cache.compile(SAMPLE)
    tries = []
    monkeypatch.setattr(cache, "save", lambda: tries.append(1) or False)
    assert cache.compile(SAMPLE + "x?").pattern == SAMPLE + "x?" and tries == []


def test_a_pattern_with_flags_is_kept_too(tmp_path, writable):
    path = str(tmp_path / "cache.marshal")
    PatternCache(path).compile("^file::", re.IGNORECASE)
    again = PatternCache(path)
    pattern = again.compile("^file::", re.IGNORECASE)
    assert not again.changed and pattern.match("FILE::x") and pattern.flags & re.IGNORECASE
