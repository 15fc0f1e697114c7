"""The examples declared by every registered cmdlet run in a fresh session: none may end in an
internal error, and those that pin their output print exactly that."""
from __future__ import annotations

import pytest

from pyshell.shell import Shell

_shell = Shell(store=":memory:")
CASES = [(cls.command_name(), i, ex) for cls in sorted(set(_shell.context.commands.cmdlets.values()),
                                                        key=lambda c: c.command_name())
         for i, ex in enumerate(cls.examples)]
_shell.close()


@pytest.mark.parametrize("name,index,example", CASES, ids=[f"{n}-{i + 1}" for n, i, _ in CASES])
def test_declared_example_runs(name: str, index: int, example, tmp_path, monkeypatch) -> None:
    # Examples that write files (Out-File, Export-Csv, ...) write them in a scratch directory.
    monkeypatch.chdir(tmp_path)
    shell = Shell(store=":memory:")
    try:
        result = shell.run(example.code)
    finally:
        shell.close()
    assert "InternalError" not in result.errors
    assert "Traceback" not in result.errors
    if example.output is not None:
        assert result.output == example.output


def test_every_cmdlet_has_examples_and_help() -> None:
    shell = Shell(store=":memory:")
    for cls in shell.context.commands.cmdlets.values():
        assert cls.examples, cls.command_name()
        assert cls.synopsis, cls.command_name()
        for p in cls.metadata.parameters:
            assert p.help, f"{cls.command_name()} -{p.name}"
    shell.close()
