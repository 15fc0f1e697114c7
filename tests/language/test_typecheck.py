"""The checks on class and enum definitions (pyshell/language/typecheck.py): which errors a
definition draws, and the values an enum's enumerators get before anything runs."""
from __future__ import annotations

import pytest

from pyshell.language import nodes as N
from pyshell.language.parser import parse
from pyshell.language.typecheck import enumerator_values


def ids(text: str) -> list[str]:
    return [e.error_id for e in parse(text).errors]


def enum_node(text: str) -> N.TypeDefinition:
    result = parse(text)
    assert result.errors == []
    node = result.tree.end.statements[0]
    assert isinstance(node, N.TypeDefinition)
    return node


@pytest.mark.parametrize("text, values", [
    ("enum E { A; B; C }", [("A", 0), ("B", 1), ("C", 2)]),
    ("enum E { A = 5; B; C = -1; D }", [("A", 5), ("B", 6), ("C", -1), ("D", 0)]),
    ("enum E { A = 0x10; B = 1 -shl 3; C = (2 * 3); D = -bnot 0 }", [("A", 16), ("B", 8), ("C", 6), ("D", -1)]),
    ("enum E { A = [int]::MaxValue; B = 1 }", [("A", 2 ** 31 - 1), ("B", 1)]),
    ("enum E { A = '7' }", [("A", 7)]),
])
def test_enumerator_values(text, values):
    assert enumerator_values(enum_node(text)) == values


def test_an_initializer_naming_another_enum_is_left_for_run_time():
    node = enum_node("enum E { A = 1; B = [F]::X + 1; C }")
    assert enumerator_values(node) == [("A", 1)]
    assert enumerator_values(node, None, lambda expression: 41) == [("A", 1), ("B", 41), ("C", 42)]


@pytest.mark.parametrize("body, returns", [
    ("return 1", True),
    ("throw 'x'", True),
    ("if ($a) { return 1 }", False),
    ("if ($a) { return 1 } else { return 2 }", True),
    ("if ($a) { return 1 } elseif ($b) { return 2 }", False),
    ("if ($a) { return 1 } elseif ($b) { throw 'x' } else { exit }", True),
    ("while ($true) { return 1 }", False),
    ("foreach ($i in $a) { return 1 }", False),
    ("do { return 1 } while ($a)", True),
    ("switch ($a) { default { return 1 } }", False),
    ("try { return 1 } catch { return 2 }", True),
    ("try { return 1 } catch { 'no' }", False),
    ("try { } finally { throw 'x' }", True),
    ("$x = 1; { return 1 }", False),
])
def test_every_path_of_a_method_that_returns_a_value_must_return(body, returns):
    errors = ids(f"class C {{ [int] F([int]$a, [int]$b) {{ $x = 0; {body} }} }}")
    assert ("MethodHasCodePathNotReturn" not in errors) == returns, errors


@pytest.mark.parametrize("body, errors", [
    ("return $a", []),
    ("return $undefined", ["VariableNotLocal"]),
    ("$x = 1; return $x", []),
    ("foreach ($i in $a) { $s += $i }; return $s", []),
    ("return $global:x + $script:y + $env:PATH.Length", []),
    ("return $this.Name + $_ + $args.Count", []),
    ("$sb = { $inside }; return 1", []),
])
def test_a_method_reads_only_its_own_variables(body, errors):
    assert ids(f"class C {{ [string]$Name; [int] F($a) {{ {body} }} }}") == errors
