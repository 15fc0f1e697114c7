"""New-Item: create files, directories and links (ni; mkdir and md make directories)."""
from __future__ import annotations

import os

from cmdlets.core._csv import dotnet_string
from cmdlets.core._filesystem import item, os_error
from cmdlets.core.join_path import make_path
from cmdlets.core._provider_ops import new_item
from cmdlets.core._providers import session_target
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf, to_string
from pyshell.runtime.location import PathProblem, resolve
from pyshell.runtime.values import SwitchParameter
from pyshell.runtime.wildcards import wildcard_match

PATH_SET, NAME_SET = "pathSet", "nameSet"
_KINDS = ("directory", "container", "file", "symboliclink", "junction", "hardlink")


def item_kind(given: str | None) -> str | None:
    """The FileSystem provider's reading of -ItemType: any prefix of a kind's name, ignoring case
    (Directory or Container, File, SymbolicLink, HardLink); None when it names none of them."""
    text = (given or "file").strip()
    for kind in _KINDS:
        if wildcard_match(text + "*", kind, strict=False):
            return "directory" if kind == "container" else kind
    return None


class NewItemBase(Cmdlet):
    """What New-Item and mkdir share: the paths, names and values of the items to create."""

    default_set = PATH_SET
    supports_should_process = True
    output_types = ("System.IO.FileInfo", "System.IO.DirectoryInfo")

    path = Parameter(ListOf(str), sets={PATH_SET: SetOptions(position=0, mandatory=True, by_property_name=True),
                                        NAME_SET: SetOptions(position=0, by_property_name=True)},
                     help="Where to create the items; with -Name, the directories to create them in.")
    name = Parameter(str, sets={NAME_SET: SetOptions(mandatory=True, by_property_name=True)},
                     allow_null=True, allow_empty_string=True,
                     help="The name of the new item (in the -Path directory, or the current location).")
    value = Parameter(object, pipeline=True, by_property_name=True, aliases=("Target",),
                      help="The text of a new file, or the target of a new link.")
    force = Parameter(SwitchParameter, help="Replaces an existing file, accepts an existing directory, and creates "
                                            "missing parent directories for a file.")

    def kind(self) -> str | None:
        raise NotImplementedError

    def process(self) -> None:
        if self._session_items():
            return
        kind = self.kind()
        if kind is None or kind == "junction":
            self.write_error(self.error_record(
                'The type is not a known type for the file system. Only "file","directory" or "symboliclink" can '
                "be specified.", "Argument", ErrorCategory.InvalidArgument,
                target=self.bound_parameters.get("ItemType"), exception_type="PSArgumentException"))
            return
        for given in self.path or ([""] if self.name is not None else []):
            text = "" if given is None else to_string(given)
            if self.name is not None:
                text = make_path(text, self.name) if text else self.name
            try:
                target = resolve(self.context, text or ".")
            except PathProblem as problem:
                self.write_error(problem.record(self))
                continue
            if kind == "directory":
                self._directory(target)
            elif kind == "file":
                self._file(target)
            else:
                self._link(target, kind)

    def _session_items(self) -> bool:
        """New-Item on Env:, Variable:, Function: or Alias: (True when the paths are there)."""
        texts = []
        for given in self.path or ([""] if self.name is not None else []):
            text = "" if given is None else to_string(given)
            if self.name is not None:
                text = make_path(text, self.name) if text else self.name
            texts.append(text)
        targets = [session_target(self.context, t) for t in texts]
        if not targets or any(t is None for t in targets):
            return False
        for target in targets:
            new_item(self, target, self.value, bool(self.force), self.bound_parameters.get("ItemType"))
        return True

    def _directory(self, target) -> None:
        native = target.native
        if not self.should_process(f"Destination: {native}", "Create Directory"):
            return
        if os.path.isdir(native):
            if not self.force:
                self.write_error(self.error_record(f"An item with the specified name {native} already exists.",
                                                   "DirectoryExist", ErrorCategory.ResourceExists, target=native,
                                                   exception_type="IOException"))
                return
        else:
            try:
                os.makedirs(native)
            except OSError as exc:
                self.write_error(os_error(self, exc, native, "CreateDirectoryIOError"))
                return
        self._written(target)

    def _file(self, target) -> None:
        native = target.native
        if self.force and not self._parents(native):
            return
        if not self.should_process(f"Destination: {native}", "Create File"):
            return
        if os.path.isdir(native):
            self.write_error(os_error(self, PermissionError(), native, "NewItemUnauthorizedAccessError"))
            return
        if os.path.lexists(native) and not self.force:
            self.write_error(self.error_record(f"The file '{native}' already exists.", "NewItemIOError",
                                               ErrorCategory.WriteError, target=native, exception_type="IOException"))
            return
        try:
            with open(native, "wb") as handle:
                if self.value is not None:
                    handle.write((dotnet_string(self.value) or "").encode("utf-8"))
        except OSError as exc:
            denied = isinstance(exc, PermissionError)
            self.write_error(os_error(self, exc, native, "NewItemUnauthorizedAccessError" if denied else "NewItemIOError",
                                      ErrorCategory.PermissionDenied if denied else ErrorCategory.WriteError))
            return
        self._written(target)

    def _link(self, target, kind: str) -> None:
        native = target.native
        link_to = "" if self.value is None else to_string(self.value)
        if not self.should_process(f"Destination: {native}",
                                   "Create Symbolic Link" if kind == "symboliclink" else "Create Hard Link"):
            return
        if not link_to:
            self.write_error(self.error_record("Value cannot be null.\r\nParameter name: value", "ArgumentNull",
                                               ErrorCategory.InvalidArgument, exception_type="PSArgumentNullException"))
            return
        try:
            source = resolve(self.context, link_to).native
        except PathProblem as problem:
            self.write_error(problem.record(self))
            return
        if kind == "hardlink":
            if not os.path.exists(source):
                self.write_error(self.error_record(f"Could not find item {link_to}.", "ItemNotFound",
                                                   ErrorCategory.ObjectNotFound, target=link_to,
                                                   exception_type="ItemNotFoundException"))
                return
            if os.path.isdir(source):
                self.write_error(self.error_record(
                    f"A file is required for the operation. The item '{link_to}' is not a file.", "ItemNotFile",
                    ErrorCategory.InvalidOperation, target=link_to, exception_type="InvalidOperationException"))
                return
        if os.path.lexists(native):
            if not self.force:
                self.write_error(self.error_record("NewItemIOError", "NewItemIOError", ErrorCategory.ResourceExists,
                                                   target=native, exception_type="IOException"))
                return
            try:
                if os.path.isdir(native) and not os.path.islink(native):
                    os.rmdir(native)
                else:
                    os.remove(native)
            except OSError as exc:
                self.write_error(os_error(self, exc, native, "NewItemDeleteIOError"))
                return
        try:
            if kind == "symboliclink":
                os.symlink(link_to if not os.path.isabs(link_to) and os.path.exists(
                    os.path.join(os.path.dirname(native), link_to)) else source, native,
                    target_is_directory=os.path.isdir(source))
            else:
                os.link(source, native)
        except OSError as exc:
            self.write_error(os_error(self, exc, native, "NewItemInvalidOperation", ErrorCategory.InvalidOperation))
            return
        self._written(target)

    def _parents(self, native: str) -> bool:
        parent = os.path.dirname(native)
        if parent and not os.path.isdir(parent):
            try:
                os.makedirs(parent)
            except OSError as exc:
                self.write_error(os_error(self, exc, parent, "CreateIntermediateDirectoriesIOError"))
                return False
        return True

    def _written(self, target) -> None:
        found = item(target.native, target.drive)
        if found is not None:
            self.write_object(found)


class NewItem(NewItemBase):
    """Creates a new item."""

    verb, noun = "New", "Item"
    implementing_type = "Microsoft.PowerShell.Commands.NewItemCommand"
    description = ("New-Item creates a file (the default) or a directory at each path and writes it as an item. "
                   "-Name gives the new item's name with -Path as the directory to create it in (the current "
                   "location if -Path is left out). A directory is made with any missing parent directories; a "
                   "file needs its directory unless -Force is given. An existing file is an error unless -Force "
                   "replaces it; an existing directory is an error unless -Force, which writes it as it is. "
                   "-Value is written to a new file as its text (UTF-8, no line ending added); for -ItemType "
                   "SymbolicLink or HardLink it is the target. mkdir and md create directories.")

    item_type = Parameter(str, aliases=("Type",), by_property_name=True,
                          help="File (the default), Directory, SymbolicLink or HardLink; a prefix such as Dir "
                               "is enough.")

    examples = (
        Example("New-Item -Path notes.txt -ItemType File -Value 'hello' | Out-Null; Get-Content notes.txt",
                "Creates a file with text in it.", "hello\n"),
        Example("New-Item -Path . -Name logs -ItemType Directory | Select-Object -ExpandProperty Name",
                "Creates a directory named logs here.", "logs\n"),
        Example("mkdir reports/2013 | Out-Null; Test-Path reports/2013 -PathType Container",
                "mkdir creates the missing parents too.", "True\n"),
    )

    def kind(self) -> str | None:
        return item_kind(self.item_type)
