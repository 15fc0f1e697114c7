"""Rename-Item: give a file or directory a new name in the same directory (ren, rni)."""
from __future__ import annotations

import os

from cmdlets.core._filesystem import check_path_arguments, glob, in_use, item, os_error
from cmdlets.core._provider_ops import rename_item
from cmdlets.core._providers import session_target
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import to_string
from pyshell.runtime.location import PathProblem, resolve
from pyshell.runtime.values import SwitchParameter

PATH_SET, LITERAL_SET = "ByPath", "ByLiteralPath"


class RenameItem(Cmdlet):
    """Renames an item in a Windows PowerShell provider namespace."""

    verb, noun = "Rename", "Item"
    implementing_type = "Microsoft.PowerShell.Commands.RenameItemCommand"
    default_set = PATH_SET
    supports_should_process = True
    output_types = ("System.IO.FileInfo", "System.IO.DirectoryInfo")
    description = ("Rename-Item gives one item a new name in the directory it is in. -NewName is a name, not a "
                   "path (use Move-Item to move); a path that points elsewhere is an error, as is a name another "
                   "item already has. -PassThru writes the renamed item.")

    path = Parameter(str, sets={PATH_SET: SetOptions(position=0, mandatory=True, pipeline=True,
                                                     by_property_name=True)},
                     help="The item to rename; wildcards are allowed if they match one item.")
    literal_path = Parameter(str, aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The item to rename, used exactly as typed (no wildcards).")
    new_name = Parameter(str, position=1, mandatory=True, by_property_name=True,
                         help="The new name of the item.")
    force = Parameter(SwitchParameter, help="Renames hidden or read-only items too.")
    pass_thru = Parameter(SwitchParameter, help="Writes the renamed item to the pipeline.")

    examples = (
        Example("Set-Content draft.txt 'x'; Rename-Item draft.txt final.txt; Test-Path final.txt",
                "Renames a file.", "True\n"),
        Example("New-Item old -ItemType Directory | Out-Null; Rename-Item old new -PassThru | "
                "Select-Object -ExpandProperty Name", "Renames a directory and shows it.", "new\n"),
    )

    def begin(self) -> None:
        check_path_arguments(self, RenameItem.path, RenameItem.literal_path)

    def process(self) -> None:
        ctx = self.context
        literal = self.parameter_set_name == LITERAL_SET
        text = to_string(self.literal_path if literal else self.path)
        target = session_target(ctx, text)
        if target is not None:
            rename_item(self, target, self.new_name, bool(self.force), bool(self.pass_thru))
            return
        try:
            matches = [resolve(ctx, text)] if literal else glob(ctx, text, bool(self.force))[0]
        except PathProblem as problem:
            self.write_error(problem.record(self))
            return
        matches = [m for m in matches if os.path.lexists(m.native)]
        if not matches:
            self.write_error(self.error_record(f"Cannot rename because item at '{text}' does not exist.",
                                               "InvalidOperation", ErrorCategory.InvalidOperation, target=text,
                                               exception_type="PSInvalidOperationException"))
            return
        if len(matches) > 1:
            self.write_error(self.error_record(
                "Cannot rename item because the path resolved to multiple items. Only one item can be renamed at a "
                "time.", "Argument", ErrorCategory.InvalidArgument, target=text, exception_type="PSArgumentException"))
            return
        source = matches[0]
        src = source.native
        parent = os.path.dirname(src)
        new_name = self.new_name or ""
        if any(sep in new_name for sep in ("/", "\\")):
            try:
                wanted = resolve(ctx, new_name).native
            except PathProblem:
                wanted = ""
            if os.path.dirname(wanted) != parent:
                self.write_error(self.error_record(
                    "Cannot rename the specified target, because it represents a path or device name.", "Argument",
                    ErrorCategory.InvalidArgument, target=new_name, exception_type="PSArgumentException"))
                return
            new_name = os.path.basename(wanted)
        dst = os.path.join(parent, new_name)
        is_dir = os.path.isdir(src) and not os.path.islink(src)
        if in_use(ctx, src):
            self.write_error(self.error_record(f"Cannot rename the item at '{source.ps_path}' because it is in use.",
                                               "InvalidOperation", ErrorCategory.InvalidOperation, target=src,
                                               exception_type="PSInvalidOperationException"))
            return
        if not self.should_process(f"Item: {src} Destination: {dst}", "Rename Directory" if is_dir else "Rename File"):
            return
        if os.path.lexists(dst) and os.path.normcase(dst) != os.path.normcase(src):
            self.write_error(self.error_record("Cannot create a file when that file already exists.",
                                               "RenameItemIOError", ErrorCategory.WriteError, target=src,
                                               exception_type="IOException"))
            return
        try:
            os.rename(src, dst)
        except OSError as exc:
            self.write_error(os_error(self, exc, src, "RenameItemUnauthorizedAccessError"
                                      if isinstance(exc, PermissionError) else "RenameItemIOError"))
            return
        if self.pass_thru:
            found = item(dst, source.drive)
            if found is not None:
                self.write_object(found)
