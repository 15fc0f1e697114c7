"""Move-Item: move files and directories (move, mv, mi)."""
from __future__ import annotations

import os
import shutil

from cmdlets.core._filesystem import check_path_arguments, each_to_destination, in_use, item, os_error, path_items
from cmdlets.core._provider_ops import move_items, not_same_provider
from cmdlets.core._providers import each_target, session_target
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.location import Resolved
from pyshell.runtime.values import SwitchParameter

PATH_SET, LITERAL_SET = "Path", "LiteralPath"


class MoveItem(Cmdlet):
    """Moves an item from one location to another."""

    verb, noun = "Move", "Item"
    implementing_type = "Microsoft.PowerShell.Commands.MoveItemCommand"
    default_set = PATH_SET
    supports_should_process = True
    output_types = ("System.IO.FileInfo", "System.IO.DirectoryInfo")
    description = ("Move-Item moves each item its paths name (wildcards allowed) to -Destination (the current "
                   "location if it is left out), with everything in it. A destination that is an existing "
                   "directory receives the items under their own names; otherwise it is the item's new path, so "
                   "Move-Item also renames. An existing file at the destination is an error unless -Force "
                   "replaces it. The current location and the directories above it cannot be moved. -PassThru "
                   "writes the moved items. Items of the Env:, Variable:, Function: and Alias: drives cannot be moved "
                   "(their provider has no navigation); Rename-Item renames them.")

    path = Parameter(ListOf(str), sets={PATH_SET: SetOptions(position=0, mandatory=True, pipeline=True,
                                                             by_property_name=True)},
                     help="The items to move; wildcards are allowed.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The items to move, used exactly as typed (no wildcards).")
    destination = Parameter(str, position=1, by_property_name=True,
                            help="Where to move to: an existing directory, or the item's new path.")
    force = Parameter(SwitchParameter, help="Replaces an existing file at the destination, and lets wildcards "
                                            "match hidden items.")
    pass_thru = Parameter(SwitchParameter, help="Writes the moved items to the pipeline.")
    filter = Parameter(str, help="Only items whose names match this file system filter (* and ?).")
    include = Parameter(ListOf(str), help="Only items whose names match one of these wildcard patterns.")
    exclude = Parameter(ListOf(str), help="Leaves out items whose names match one of these wildcard patterns.")

    examples = (
        Example("Set-Content draft.txt 'x'; New-Item done -ItemType Directory | Out-Null; Move-Item draft.txt done; "
                "Test-Path done/draft.txt", "Moves a file into a directory.", "True\n"),
        Example("Set-Content a.log 'x'; Move-Item a.log b.log -PassThru | Select-Object -ExpandProperty Name",
                "Moves a file to a new name.", "b.log\n"),
    )

    def begin(self) -> None:
        check_path_arguments(self, MoveItem.path, MoveItem.literal_path)

    def process(self) -> None:
        literal = self.parameter_set_name == LITERAL_SET
        destination = session_target(self.context, self.destination or ".")
        file_paths: list[str] = []
        for given, target in each_target(self, self.literal_path if literal else self.path, literal):
            if target is not None:
                move_items(self, target, destination, literal)
            elif destination is not None:       # a file to a session-state drive
                if path_items(self, given, literal, bool(self.force)):
                    not_same_provider(self, "Move")
            else:
                file_paths.append(given)
        if file_paths:
            each_to_destination(self, self._move, file_paths)

    def _move(self, source: Resolved, destination: Resolved) -> None:
        src = source.native
        dst = destination.native
        if os.path.isdir(dst) and not os.path.samefile(dst, src):
            dst = os.path.join(dst, os.path.basename(src))
        is_dir = os.path.isdir(src) and not os.path.islink(src)
        if in_use(self.context, src):
            self.write_error(self.error_record(f"Cannot move item because the item at '{source.ps_path}' is in use.",
                                               "InvalidOperation", ErrorCategory.InvalidOperation, target=src,
                                               exception_type="PSInvalidOperationException"))
            return
        action = "Move Directory" if is_dir else "Move File"
        if not self.should_process(f"Item: {src} Destination: {dst}", action):
            return
        if os.path.lexists(dst) and os.path.abspath(dst) != os.path.abspath(src):
            if not self.force or os.path.isdir(dst):
                self.write_error(self.error_record("Cannot create a file when that file already exists.",
                                                   "MoveDirectoryItemIOError" if is_dir else "MoveFileInfoItemIOError",
                                                   ErrorCategory.WriteError, target=src, exception_type="IOException"))
                return
            try:
                os.remove(dst)
            except OSError as exc:
                self.write_error(os_error(self, exc, dst, "MoveFileInfoItemIOError"))
                return
        if is_dir and dst.startswith(src.rstrip(os.sep) + os.sep):
            self.write_error(self.error_record(
                "The process cannot access the file because it is being used by another process.",
                "MoveDirectoryItemIOError", ErrorCategory.WriteError, target=src, exception_type="IOException"))
            return
        try:
            shutil.move(src, dst)
        except OSError as exc:
            error_id = "MoveDirectoryItemIOError" if is_dir else "MoveFileInfoItemIOError"
            if isinstance(exc, PermissionError):
                error_id = "MoveDirectoryItemUnauthorizedAccessError" if is_dir else \
                    "MoveFileInfoItemUnauthorizedAccessError"
            self.write_error(os_error(self, exc, src, error_id))
            return
        if self.pass_thru:
            found = item(dst, destination.drive)
            if found is not None:
                self.write_object(found)
