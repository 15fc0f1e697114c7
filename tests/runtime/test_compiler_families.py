"""The compiler's families are merged in on first need; the result is the same Compiler."""
from __future__ import annotations

import importlib
import os
import subprocess
import sys

from pyshell.runtime.compile_statements import FAMILIES, Compiler
from pyshell.shell import Shell

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _family(reference: str) -> type:
    module_name, _, class_name = reference.partition(":")
    return getattr(importlib.import_module(module_name), class_name)


def test_no_two_families_define_the_same_method() -> None:
    # Then the order they are merged in cannot change which method a name means.
    # (The Compiler's own methods: those merged in already, by other tests, are named after their family.)
    seen = {k: "Compiler" for k, v in vars(Compiler).items()
            if not k.startswith("__") and getattr(v, "__qualname__", "").startswith("Compiler.")}
    for reference in FAMILIES:
        for klass in _family(reference).__mro__[:-1]:
            for key in vars(klass):
                if not key.startswith("__"):
                    assert key not in seen, f"{key} is in both {seen.get(key)} and {klass.__name__}"
                    seen[key] = klass.__name__


def test_every_family_method_is_the_compilers() -> None:
    compiler = Compiler()
    for reference in FAMILIES:
        for klass in _family(reference).__mro__[:-1]:
            for key, value in vars(klass).items():
                if not key.startswith("__"):
                    getattr(compiler, key)
                    assert vars(Compiler)[key] is value


def test_a_missing_name_is_still_an_attribute_error() -> None:
    compiler = Compiler()
    assert getattr(compiler, "x_NoSuchNode", None) is None
    try:
        compiler.no_such_method
    except AttributeError as exc:
        assert "no_such_method" in str(exc)
    else:
        raise AssertionError("no AttributeError")


def test_scripts_compile_after_the_families_are_merged() -> None:
    shell = Shell(store=":memory:")
    r = shell.run("$a = 1; if ($a -eq 1) { $b = @(1..3) | ForEach-Object { $_ * 2 } }; $b -join ','")
    assert r.output.strip() == "2,4,6" and r.success


def test_exit_loads_no_family() -> None:
    code = ("import sys; from pyshell.cli import main; rc = main(['-NoProfile', '-c', 'exit']); "
            "print(rc, sorted(m for m in sys.modules if m in ('pyshell.runtime.compiler', "
            "'pyshell.runtime.compile_assignment', 'pyshell.runtime.compile_control_flow')))")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       env=dict(os.environ, PYSHELL_STORE=":memory:"), timeout=60)
    assert r.stdout.strip().splitlines()[-1] == "0 []"
