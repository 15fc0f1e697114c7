"""Out-Null: everything that reaches it disappears; errors still show."""
from __future__ import annotations

from pyshell.shell import Shell


def test_output_is_discarded_and_nothing_flows_on():
    shell = Shell(store=":memory:")
    try:
        assert shell.run('1, "two", [pscustomobject]@{a=1} | Out-Null').output == ""
        assert shell.run("Get-CsAdminRole | Format-Table | Out-Null").output == ""
        assert shell.run("$x = 1, 2 | Out-Null; $x -eq $null").output == "True\n"
    finally:
        shell.close()


def test_errors_from_upstream_are_not_hidden():
    shell = Shell(store=":memory:")
    try:
        result = shell.run("Get-CsAdminRole -Identity NoSuchRole | Out-Null")
        assert result.output == ""
        assert result.errors
    finally:
        shell.close()
