"""mkdir: New-Item with -ItemType Directory (md is its alias)."""
from __future__ import annotations

from cmdlets.core.new_item import NewItemBase
from pyshell.commands.parameters import Example


class Mkdir(NewItemBase):
    """Creates a new directory."""

    command_word = "mkdir"
    implementing_type = "Microsoft.PowerShell.Commands.NewItemCommand"
    description = ("mkdir creates each directory its paths name, with any missing parent directories, and writes "
                   "it as an item: New-Item -ItemType Directory. An existing directory is an error unless -Force. "
                   "In Windows PowerShell 5.1 mkdir is a function wrapping New-Item; here it is a command of its "
                   "own with the same parameters. md is an alias for it.")

    examples = (
        Example("mkdir logs | Select-Object -ExpandProperty Name", "Creates a directory.", "logs\n"),
        Example("md a/b/c | Out-Null; Test-Path a/b/c", "Creates the missing parents too.", "True\n"),
    )

    def kind(self) -> str | None:
        return "directory"
