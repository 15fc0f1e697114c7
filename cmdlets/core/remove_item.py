"""Remove-Item: delete files and directories (rm, del, erase, rd, rmdir, ri)."""
from __future__ import annotations

import os
import stat as _stat

from cmdlets.core._filesystem import (HIDDEN, READ_ONLY, attribute_mask, check_path_arguments, children, in_use,
                                      name_selected, os_error, path_items)
from cmdlets.core._provider_ops import remove_items
from cmdlets.core._providers import each_target
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.commands.should_process import should_continue
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.location import Resolved
from pyshell.runtime.values import SwitchParameter

PATH_SET, LITERAL_SET = "Path", "LiteralPath"


class RemoveItem(Cmdlet):
    """Deletes the specified items."""

    verb, noun = "Remove", "Item"
    implementing_type = "Microsoft.PowerShell.Commands.RemoveItemCommand"
    default_set = PATH_SET
    supports_should_process = True
    description = ("Remove-Item deletes the files and directories its paths name (wildcards allowed; hidden items "
                   "match them only with -Force). A directory that is not empty is removed with its contents only "
                   "with -Recurse; without it, PowerShell asks first, and goes on only if you agree. A read-only "
                   "file is removed only with -Force. The current location, and the directories above it, cannot "
                   "be removed. -WhatIf shows what would be removed; -Confirm asks for each item. -Include, "
                   "-Exclude and -Filter choose by name.")

    path = Parameter(ListOf(str), sets={PATH_SET: SetOptions(position=0, mandatory=True, pipeline=True,
                                                             by_property_name=True)},
                     help="The items to remove; wildcards are allowed.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The items to remove, used exactly as typed (no wildcards).")
    filter = Parameter(str, help="Only items whose names match this file system filter (* and ?).")
    include = Parameter(ListOf(str), help="Only items whose names match one of these wildcard patterns.")
    exclude = Parameter(ListOf(str), help="Leaves out items whose names match one of these wildcard patterns.")
    recurse = Parameter(SwitchParameter, help="Removes directories with everything in them, without asking.")
    force = Parameter(SwitchParameter, help="Removes read-only items too, and lets wildcards match hidden ones.")

    examples = (
        Example("Set-Content old.txt 'x'; Remove-Item old.txt; Test-Path old.txt", "Deletes a file.", "False\n"),
        Example("New-Item build/out -ItemType Directory | Out-Null; Remove-Item build -Recurse; Test-Path build",
                "Deletes a directory and what is in it.", "False\n"),
        Example("New-Item a.tmp, b.tmp -ItemType File | Out-Null; Remove-Item *.tmp -WhatIf",
                "Shows what would be deleted, and deletes nothing."),
    )

    def begin(self) -> None:
        check_path_arguments(self, RemoveItem.path, RemoveItem.literal_path)

    def process(self) -> None:
        literal = self.parameter_set_name == LITERAL_SET
        include = [p for p in self.include or [] if p]
        exclude = [p for p in self.exclude or [] if p]
        for given, target in each_target(self, self.literal_path if literal else self.path, literal):
            if target is not None:
                remove_items(self, target, literal, bool(self.force))
            else:
                self._remove_files(given, literal, include, exclude)

    def _remove_files(self, given: str, literal: bool, include: list[str], exclude: list[str]) -> None:
        for match in path_items(self, given, literal, bool(self.force)):
            if self.recurse and (include or exclude) and os.path.isdir(match.native) \
                    and not os.path.islink(match.native):
                self._remove_matching(match, include, exclude)
                continue
            if not self._named(match.native, include, exclude):
                continue
            self._remove(match)

    def _named(self, native: str, include: list[str], exclude: list[str]) -> bool:
        return name_selected(os.path.basename(native) or native, self.filter, include, exclude)

    def _remove(self, match: Resolved) -> None:
        native = match.native
        if in_use(self.context, native):
            self.write_error(self.error_record(f"Cannot remove the item at '{match.ps_path}' because it is in use.",
                                               "InvalidOperation", ErrorCategory.InvalidOperation, target=native,
                                               exception_type="PSInvalidOperationException"))
            return
        if os.path.isdir(native) and not os.path.islink(native):
            recurse = bool(self.recurse)
            if not recurse and self._has_children(native):
                query = (f"The item at {match.ps_path} has children and the Recurse parameter was not specified. "
                         "If you continue, all children will be removed with the item. Are you sure you want to "
                         "continue?")
                if not should_continue(self, query, hint=(
                        f"{match.ps_path} is not empty. Add -Recurse to remove it with everything in it.")):
                    return
            self._directory(native, root=True)
        else:
            self._file(native)

    def _has_children(self, native: str) -> bool:
        try:
            with os.scandir(native) as entries:
                return any(True for _ in entries)
        except OSError:
            return False

    def _directory(self, native: str, root: bool) -> bool:
        """Removes a directory with its contents, asking (for -Confirm, -WhatIf) first; True when gone."""
        if not self.should_process(native, "Remove Directory"):
            return False
        try:
            dirs, files = children(native, force=True)
        except OSError as exc:
            self.write_error(os_error(self, exc, native, "RemoveFileSystemItemUnAuthorizedAccess"))
            return False
        complete = True
        for sub in dirs:
            if os.path.islink(sub):
                complete = self._file(sub) and complete
            else:
                complete = self._directory(sub, root=False) and complete
        for name in files:
            complete = self._file(name) and complete
        if not complete:
            return False
        try:
            self._writable(native)
            os.rmdir(native)
        except OSError as exc:
            self.write_error(self._failure(native, exc))
            return False
        return True

    def _file(self, native: str) -> bool:
        if not self.should_process(native, "Remove File"):
            return False
        try:
            st = os.lstat(native)
            mask = attribute_mask(native, st, _stat.S_ISLNK(st.st_mode))
            if mask & READ_ONLY and not _stat.S_ISLNK(st.st_mode):
                if not self.force:
                    self.write_error(self.error_record(
                        f"Cannot remove item {native}: You do not have sufficient access rights to perform this "
                        "operation.", "RemoveFileSystemItemUnAuthorizedAccess", ErrorCategory.PermissionDenied,
                        target=native, exception_type="IOException"))
                    return False
                os.chmod(native, st.st_mode | _stat.S_IWUSR)
            if mask & HIDDEN and not self.force and os.name == "nt":
                self.write_error(self.error_record(
                    f"Cannot remove item {native}: You do not have sufficient access rights to perform this "
                    "operation.", "RemoveFileSystemItemUnAuthorizedAccess", ErrorCategory.PermissionDenied,
                    target=native, exception_type="IOException"))
                return False
            os.remove(native)
        except OSError as exc:
            self.write_error(self._failure(native, exc))
            return False
        return True

    def _writable(self, native: str) -> None:
        if self.force:
            st = os.stat(native)
            if not st.st_mode & _stat.S_IWUSR:
                os.chmod(native, st.st_mode | _stat.S_IWUSR)

    def _failure(self, native: str, exc: OSError):
        reason = "Access to the path is denied." if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
        if isinstance(exc, OSError) and exc.errno in (39, 66, 145):   # ENOTEMPTY on Linux, macOS; Windows
            return self.error_record(f"Directory {native} cannot be removed because it is not empty.",
                                     "DirectoryNotEmpty", ErrorCategory.WriteError, target=native,
                                     exception_type="IOException")
        return self.error_record(f"Cannot remove item {native}: {reason}", "RemoveFileSystemItemIOError"
                                 if not isinstance(exc, PermissionError) else "RemoveFileSystemItemUnAuthorizedAccess",
                                 ErrorCategory.WriteError if not isinstance(exc, PermissionError)
                                 else ErrorCategory.PermissionDenied, target=native, exception_type="IOException")

    def _remove_matching(self, top: Resolved, include: list[str], exclude: list[str]) -> None:
        """-Recurse with -Include or -Exclude: what matches below the directory goes, the rest stays."""
        try:
            dirs, files = children(top.native, bool(self.force))
        except OSError as exc:
            self.write_error(os_error(self, exc, top.native, "RemoveFileSystemItemUnAuthorizedAccess"))
            return
        for child in dirs + files:
            if self._named(child, include, exclude):
                self._remove(Resolved(child, top.drive))
            elif child in dirs and not os.path.islink(child):
                self._remove_matching(Resolved(child, top.drive), include, exclude)
