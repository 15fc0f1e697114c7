"""The parser leaves out the semantic checks' walk when it made no node they could find an error in
(semantics.MAY_ERR). That must never hide an error: over every script, line and parse-error case
the tests hold, a parse that counted no such node is one the full walk finds nothing in."""
from __future__ import annotations

import glob
import os

import pytest

from pyshell.language.parser import Parser
from pyshell.language.semantics import semantic_errors
from pyshell.language.source import SourceText
from tests.language.test_parse_errors import CASES

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def corpus() -> list[str]:
    texts = [case[0] for case in CASES]
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "spec", "*.ps1")) +
                       glob.glob(os.path.join(ROOT, "examples", "*.ps1"))):
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        texts.append(text)
        texts.extend(line for line in text.splitlines() if line.strip())
    return texts


def walk_and_count(text: str) -> tuple[int, list]:
    parser = Parser(SourceText(text))
    tree = parser.parse_script()
    return parser.suspects, semantic_errors(tree)


def test_no_error_is_hidden_by_leaving_out_the_walk():
    hidden = [(text, [e.error_id for e in errs]) for text in corpus()
              for suspects, errs in [walk_and_count(text)] if not suspects and errs]
    assert hidden == []


@pytest.mark.parametrize("text", [
    "@{a = 1; A = 2}", "function f($a, $a) {}", "param(@p)", "1 = 2", "5++", "[ref][ref]$x",
    "[ValidateNotNull()]$x = 1", "try {} finally { return }", "data { 1 }", "Write-Output @p",
    '"$(@{b = 1; b = 2})"',
])
def test_nodes_that_may_err_are_counted(text):
    assert walk_and_count(text)[0] > 0


@pytest.mark.parametrize("text", [
    "$x = @{a = 1; b = 2}", "$p.Name = 'x'; $a[0] += 1", "$i++", "[int]$x", "foreach ($p in $ps) { break }",
    "try { 1 } catch { 2 }", "function f($a, $b) { param() }",
])
def test_ordinary_scripts_are_not_walked(text):
    assert walk_and_count(text)[0] == 0
