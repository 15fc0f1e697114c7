"""Property-based fuzzing of the tokenizer, the parser and the evaluator (issue 9).

CI runs a small, fixed budget (derandomized: the same inputs every run, so main stays green unless
the engine changes). A long, random run on demand:

    PYSHELL_FUZZ_EXAMPLES=200000 python -m pytest tests/fuzz -q     # stops at the first failure, shrunk
    python bench/fuzz.py --examples 200000                         # runs them all, reports every failure
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzzlib import check, corpus, grammar_scripts, mutated, random_text

LONG = int(os.environ.get("PYSHELL_FUZZ_EXAMPLES", "0"))
BUDGET = float(os.environ.get("PYSHELL_FUZZ_BUDGET", "1.0"))    # seconds per input before it is set aside

_COMMON = dict(deadline=None, suppress_health_check=list(HealthCheck), print_blob=True)
if LONG:
    FUZZ = settings(max_examples=LONG, **_COMMON)
else:
    FUZZ = settings(max_examples=200, derandomize=True, database=None, **_COMMON)

CORPUS = corpus()


def test_the_corpus_is_not_empty():
    assert len(CORPUS) > 100


@FUZZ
@given(random_text())
def test_random_text(text):
    check(text, BUDGET)


@FUZZ
@given(st.text(max_size=60))
def test_arbitrary_unicode(text):
    check(text, BUDGET)


@FUZZ
@given(grammar_scripts())
def test_grammar_shaped_scripts(text):
    check(text, BUDGET)


@FUZZ
@given(mutated(CORPUS))
def test_mutated_examples_and_spec_cases(text):
    check(text, BUDGET)


_CLI_WORDS = ["-c", "-Command", "-File", "-f", "--store", "-", "--", "-?", "-NoProfile", "-No", "-nop", "--version",
              "-ExecutionPolicy", "--role", "--demo", "--speed", "--record", "--syntax-check", "--explain",
              "x.ps1", ":memory:", "1", "-NonInteractive", "--help", "-h"]


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(_CLI_WORDS), st.text(max_size=8)), max_size=6))
def test_command_line_parsing_either_understands_or_refuses(argv):
    from pyshell.cli import UsageError, parse_args
    try:
        parse_args(argv)
    except UsageError as exc:
        assert str(exc).startswith("pyshell: ")
