"""The command table's alias entries: a module's are made when first asked for, in order."""
from __future__ import annotations

from pyshell.commands.registry import AliasEntry, AliasInfo, CommandTable
from pyshell.shell import Shell


def test_declared_and_set_entries_keep_the_order_they_came_in() -> None:
    info = AliasInfo()
    info.declare("gci", "gci", "Get-ChildItem", "core")
    info["x"] = AliasEntry("x", "Get-Item")
    info.declare("ls", "ls", "Get-ChildItem", "core")
    info.declare("gci", "gci", "Get-Item", "other")       # declared again: the later one counts
    assert list(info) == ["gci", "x", "ls"]
    assert info["gci"] == AliasEntry("gci", "Get-Item", module="other")
    assert info.get("ls").module == "core" and info.get("nope") is None and "x" in info and len(info) == 3


def test_a_modules_aliases_are_entries_as_before() -> None:
    shell = Shell(store=":memory:")
    try:
        table: CommandTable = shell.context.commands
        entry = table.alias_info["gci"]
        assert entry == AliasEntry("gci", "Get-ChildItem", "None", "", "Microsoft.PowerShell.Core")
        assert all(table.aliases[k] == e.definition for k, e in table.alias_info.items())
        r = shell.run("Set-Alias zz Get-Item; (Get-Alias zz).Definition; (Get-Alias gci).Definition")
        assert r.output.split() == ["Get-Item", "Get-ChildItem"]
    finally:
        shell.close()
