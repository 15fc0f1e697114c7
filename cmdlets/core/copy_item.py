"""Copy-Item: copy files and directories (copy, cp, cpi)."""
from __future__ import annotations

import os
import shutil

from cmdlets.core._filesystem import check_path_arguments, children, each_to_destination, item, os_error, path_items
from cmdlets.core._provider_ops import copy_items, not_same_provider
from cmdlets.core._providers import each_target, session_target
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.location import Resolved
from pyshell.runtime.values import SwitchParameter

PATH_SET, LITERAL_SET = "Path", "LiteralPath"


class CopyItem(Cmdlet):
    """Copies an item from one location to another."""

    verb, noun = "Copy", "Item"
    implementing_type = "Microsoft.PowerShell.Commands.CopyItemCommand"
    default_set = PATH_SET
    supports_should_process = True
    output_types = ("System.IO.FileInfo", "System.IO.DirectoryInfo")
    description = ("Copy-Item copies each item its paths name (wildcards allowed) to -Destination (the current "
                   "location if it is left out). A destination that is an existing directory receives the items "
                   "under their own names; otherwise it is the new item's path. A file replaces an existing file "
                   "(a read-only one only with -Force). A directory is copied with its contents only with -Recurse; "
                   "without it, just the directory is created. -PassThru writes the new items. On the Env:, Variable:, "
                   "Function: and Alias: drives the copy is a new item on the same drive holding the value "
                   "(Copy-Item env:A env:B); copying between a drive and another one, or the file system, is "
                   "refused.")

    path = Parameter(ListOf(str), sets={PATH_SET: SetOptions(position=0, mandatory=True, pipeline=True,
                                                             by_property_name=True)},
                     help="The items to copy; wildcards are allowed.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The items to copy, used exactly as typed (no wildcards).")
    destination = Parameter(str, position=1, by_property_name=True,
                            help="Where to copy to: an existing directory, or the path of the copy.")
    recurse = Parameter(SwitchParameter, help="Copies directories with everything in them.")
    force = Parameter(SwitchParameter, help="Replaces read-only files and lets wildcards match hidden items.")
    pass_thru = Parameter(SwitchParameter, help="Writes the copies to the pipeline.")
    filter = Parameter(str, help="Only items whose names match this file system filter (* and ?).")
    include = Parameter(ListOf(str), help="Only items whose names match one of these wildcard patterns.")
    exclude = Parameter(ListOf(str), help="Leaves out items whose names match one of these wildcard patterns.")

    examples = (
        Example("Set-Content a.txt 'x'; Copy-Item a.txt b.txt; Get-Content b.txt", "Copies a file.", "x\n"),
        Example("New-Item src/lib -ItemType Directory | Out-Null; Copy-Item src backup -Recurse; "
                "Test-Path backup/lib", "Copies a directory tree.", "True\n"),
        Example("function greet { 'hi' }; Copy-Item function:greet function:hello; hello",
                "Copies a function under another name.", "hi\n"),
    )

    def begin(self) -> None:
        check_path_arguments(self, CopyItem.path, CopyItem.literal_path)

    def process(self) -> None:
        literal = self.parameter_set_name == LITERAL_SET
        destination = session_target(self.context, self.destination or ".")
        file_paths: list[str] = []
        for given, target in each_target(self, self.literal_path if literal else self.path, literal):
            if target is not None:
                copy_items(self, target, destination, literal, bool(self.pass_thru))
            elif destination is not None:       # a file to a session-state drive
                if path_items(self, given, literal, bool(self.force)):
                    not_same_provider(self, "Copy")
            else:
                file_paths.append(given)
        if file_paths:
            each_to_destination(self, self._copy, file_paths)

    def _copy(self, source: Resolved, destination: Resolved) -> None:
        src = source.native
        dst = destination.native
        if os.path.isdir(dst):
            dst = os.path.join(dst, os.path.basename(src))
        if os.path.isdir(src):
            if os.path.lexists(dst) and not os.path.isdir(dst):
                self.write_error(self.error_record("Container cannot be copied onto existing leaf item.",
                                                   "CopyContainerItemToLeafError", ErrorCategory.InvalidArgument,
                                                   target=src, exception_type="PSArgumentException"))
                return
            if os.path.abspath(dst) == os.path.abspath(src) or dst.startswith(src.rstrip(os.sep) + os.sep):
                self.write_error(self.error_record(f"Cannot overwrite the item {src} with itself.", "CopyError",
                                                   ErrorCategory.WriteError, target=src, exception_type="IOException"))
                return
            if self._directory(src, dst):
                self._written(dst, destination)
            return
        if self._file(src, dst):
            self._written(dst, destination)

    def _directory(self, src: str, dst: str) -> bool:
        if not self.should_process(f"Item: {src} Destination: {dst}", "Copy Directory"):
            return False
        try:
            os.makedirs(dst, exist_ok=True)
        except OSError as exc:
            self.write_error(os_error(self, exc, dst, "CopyDirectoryInfoItemIOError"))
            return False
        if not self.recurse:
            return True
        try:
            dirs, files = children(src, force=True)
        except OSError as exc:
            self.write_error(os_error(self, exc, src, "CopyDirectoryInfoItemUnauthorizedAccessError"))
            return True
        for sub in dirs:
            self._directory(sub, os.path.join(dst, os.path.basename(sub)))
        for name in files:
            self._file(name, os.path.join(dst, os.path.basename(name)))
        return True

    def _file(self, src: str, dst: str) -> bool:
        if os.path.lexists(dst) and os.path.samefile(src, dst):
            self.write_error(self.error_record(f"Cannot overwrite the item {src} with itself.", "CopyError",
                                               ErrorCategory.WriteError, target=src, exception_type="IOException"))
            return False
        if not self.should_process(f"Item: {src} Destination: {dst}", "Copy File"):
            return False
        try:
            if os.path.exists(dst) and not os.access(dst, os.W_OK) and self.force:
                os.chmod(dst, os.stat(dst).st_mode | 0o200)
            shutil.copy2(src, dst)
        except OSError as exc:
            error_id = ("CopyFileInfoItemUnauthorizedAccessError" if isinstance(exc, PermissionError)
                        else "CopyFileInfoItemIOError")
            self.write_error(os_error(self, exc, dst, error_id))
            return False
        return True

    def _written(self, native: str, destination: Resolved) -> None:
        if self.pass_thru:
            found = item(native, destination.drive)
            if found is not None:
                self.write_object(found)
