"""Get-Item: the item at a path (a file or a directory itself, not its contents)."""
from __future__ import annotations

import os

from cmdlets.core._filesystem import check_path_arguments, hidden_item_error, is_hidden, item, name_selected, path_items
from cmdlets.core._providers import each_target, existing_items
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import SwitchParameter

PATH_SET, LITERAL_SET = "Path", "LiteralPath"


class GetItem(Cmdlet):
    """Gets files and folders."""

    verb, noun = "Get", "Item"
    implementing_type = "Microsoft.PowerShell.Commands.GetItemCommand"
    default_set = PATH_SET
    output_types = ("System.IO.FileInfo", "System.IO.DirectoryInfo")
    description = ("Get-Item writes the item a path names: a FileInfo for a file, a DirectoryInfo for a directory "
                   "(the directory itself; Get-ChildItem lists what is in it). Wildcards give every match. Hidden "
                   "items (on POSIX, names starting with a dot) are found only with -Force, as Windows PowerShell "
                   "finds hidden files. -Include, -Exclude and -Filter narrow the matches by name. A path without "
                   "wildcards that names nothing is PathNotFound. Use '.' for the current location.")

    path = Parameter(ListOf(str), sets={PATH_SET: SetOptions(position=0, mandatory=True, pipeline=True,
                                                             by_property_name=True)},
                     help="The paths of the items; wildcards are allowed.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The paths of the items, used exactly as typed (no wildcards).")
    filter = Parameter(str, help="Only items whose names match this file system filter (* and ?).")
    include = Parameter(ListOf(str), help="Only items whose names match one of these wildcard patterns.")
    exclude = Parameter(ListOf(str), help="Leaves out items whose names match one of these wildcard patterns.")
    force = Parameter(SwitchParameter, help="Gets hidden and system items too.")

    examples = (
        Example("Get-Item .", "The current directory, as a DirectoryInfo."),
        Example("New-Item data.csv -ItemType File | Out-Null; (Get-Item data.csv).Extension", "A file's extension.",
                ".csv\n"),
        Example("New-Item a.txt, b.txt -ItemType File | Out-Null; (Get-Item *.txt).Count", "Both matches.", "2\n"),
    )

    def begin(self) -> None:
        check_path_arguments(self, GetItem.path, GetItem.literal_path)

    def process(self) -> None:
        literal = self.parameter_set_name == LITERAL_SET
        for given, target in each_target(self, self.literal_path if literal else self.path, literal):
            if target is not None:
                self._session_items(target, literal)
            else:
                self._file_items(given, literal)

    def _session_items(self, target, literal: bool) -> None:
        """Env:, Variable:, Function: and Alias: items (the drive's root gives every item)."""
        from cmdlets.core._providers import all_items
        ctx = self.context
        provider = target.provider
        found = all_items(ctx, provider) if target.is_root else existing_items(self, target, literal)
        for name, raw in found:
            if name_selected(name, self.filter, self.include, self.exclude):
                self.write_object(provider.item(ctx, name, raw, not target.qualified))

    def _file_items(self, given: str, literal: bool) -> None:
        for resolved in path_items(self, given, literal, bool(self.force)):
            name = os.path.basename(resolved.native) or resolved.native
            if not name_selected(name, self.filter, self.include, self.exclude):
                continue
            if not self.force and resolved.native != os.sep and is_hidden(resolved.native):
                # As the FileSystem provider does: a hidden item is found by its name only with -Force.
                self.write_error(hidden_item_error(self, resolved.native))
                continue
            found = item(resolved.native, resolved.drive)
            if found is not None:
                self.write_object(found)
