"""Clear-Content: empty files, keeping them (clc)."""
from __future__ import annotations

import os

from cmdlets.core._filesystem import check_path_arguments, name_selected, os_error, path_items
from cmdlets.core._provider_ops import clear_content
from cmdlets.core._providers import each_target
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import SwitchParameter

PATH_SET, LITERAL_SET = "Path", "LiteralPath"


class ClearContent(Cmdlet):
    """Deletes the contents of an item, but does not delete the item."""

    verb, noun = "Clear", "Content"
    implementing_type = "Microsoft.PowerShell.Commands.ClearContentCommand"
    default_set = PATH_SET
    supports_should_process = True
    description = ("Clear-Content empties each file its paths name (wildcards allowed): the file stays, with a "
                   "length of 0. A directory has no content to clear and is reported. A read-only file is "
                   "emptied only with -Force. The Env:, Variable:, Function: and Alias: drives hold values, not "
                   "content: there Clear-Content is not supported (Clear-Item takes a value away).")

    path = Parameter(ListOf(str), sets={PATH_SET: SetOptions(position=0, mandatory=True, by_property_name=True)},
                     help="The files to empty; wildcards are allowed.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The files to empty, used exactly as typed (no wildcards).")
    filter = Parameter(str, help="Only files whose names match this file system filter (* and ?).")
    include = Parameter(ListOf(str), help="Only files whose names match one of these wildcard patterns.")
    exclude = Parameter(ListOf(str), help="Leaves out files whose names match one of these wildcard patterns.")
    force = Parameter(SwitchParameter, help="Empties read-only files too, and lets wildcards match hidden files.")

    examples = (
        Example("Set-Content log.txt 'old', 'lines'; Clear-Content log.txt; (Get-Item log.txt).Length",
                "Empties a file; the file stays.", "0\n"),
        Example("Set-Content a.log 'x'; Set-Content b.log 'y'; Clear-Content *.log; "
                "(Get-ChildItem *.log | Measure-Object Length -Sum).Sum",
                "Empties every file a wildcard matches.", "0\n"),
    )

    def begin(self) -> None:
        check_path_arguments(self, ClearContent.path, ClearContent.literal_path)

    def process(self) -> None:
        literal = self.parameter_set_name == LITERAL_SET
        for given, target in each_target(self, self.literal_path if literal else self.path, literal):
            if target is not None:
                clear_content(self, target, literal, self.filter, self.include, self.exclude)
                continue
            for match in path_items(self, given, literal, bool(self.force)):
                native = match.native
                if name_selected(os.path.basename(native), self.filter, self.include, self.exclude):
                    self._clear(native)

    def _clear(self, native: str) -> None:
        if os.path.isdir(native):
            self.write_error(self.error_record(
                f"Unable to clear content of '{native}' because it is a directory. Clear-Content is only supported "
                "on files.", "ClearDirectoryContent", ErrorCategory.InvalidOperation, target=native,
                exception_type="NotSupportedException"))
            return
        if not self.should_process(f"Item: {native}", "Clear Content"):
            return
        try:
            os.truncate(native, 0)
        except PermissionError as exc:
            if not self.force:
                self.write_error(os_error(self, exc, native, "ClearContentUnauthorizedAccessError"))
                return
            self._clear_read_only(native)
        except OSError as exc:
            self.write_error(os_error(self, exc, native, "ClearContentIOError"))

    def _clear_read_only(self, native: str) -> None:
        """-Force: lift the read-only bit for the moment it takes to empty the file."""
        try:
            mode = os.stat(native).st_mode
            os.chmod(native, mode | 0o200)
            try:
                os.truncate(native, 0)
            finally:
                os.chmod(native, mode)
        except OSError as exc:
            self.write_error(os_error(self, exc, native, "RemoveFileSystemItemUnAuthorizedAccess"))
