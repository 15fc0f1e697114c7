"""Get-ChildItem: the items in directories (dir, ls, gci)."""
from __future__ import annotations

import os
from cmdlets.core._filesystem import (DIRECTORY, HIDDEN, READ_ONLY, SYSTEM, attribute_mask, children,
                                      filter_match, glob, hidden_item_error, is_hidden, item, matches_any, os_error)
from cmdlets.core._providers import all_items, existing_items, name_kept, session_target
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf, PSConversionError, to_string
from pyshell.runtime.location import Drive, PathProblem, path_not_found, resolve
from pyshell.runtime.values import SwitchParameter
from pyshell.runtime.wildcards import has_wildcards

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

ITEMS_SET, LITERAL_SET = "Items", "LiteralItems"

_ATTRIBUTE_NAMES = {"readonly": 0x1, "hidden": 0x2, "system": 0x4, "directory": 0x10, "archive": 0x20,
                    "device": 0x40, "normal": 0x80, "temporary": 0x100, "sparsefile": 0x200, "reparsepoint": 0x400,
                    "compressed": 0x800, "offline": 0x1000, "notcontentindexed": 0x2000, "encrypted": 0x4000}


class AttributeExpression:
    """-Attributes: FileAttributes names joined by `+` (and) and `,` (or), each may start with `!`
    (not): "Directory+Hidden", "!Directory", "ReadOnly,Hidden". The bound value is a list of
    and-terms, each a list of (bit, wanted) pairs."""

    ps_type_name = "System.IO.FileAttributes"

    @staticmethod
    def ps_convert(value: Any) -> list[list[tuple[int, bool]]]:
        text = ",".join(to_string(v) for v in value) if isinstance(value, (list, tuple)) else to_string(value)
        terms: list[list[tuple[int, bool]]] = []
        for alternative in text.split(","):
            term: list[tuple[int, bool]] = []
            for part in alternative.split("+"):
                name = part.strip()
                wanted = not name.startswith("!")
                name = name.lstrip("!").strip()
                bit = _ATTRIBUTE_NAMES.get(name.lower())
                if bit is None:
                    raise PSConversionError(value, "System.IO.FileAttributes",
                                            f"Unable to match the identifier name {name} to a valid enumerator "
                                            "name. Specify one of the following enumerator names and try again:\n"
                                            + ", ".join(n for n, _ in _NAMES))
                term.append((bit, wanted))
            terms.append(term)
        return terms


_NAMES = (("ReadOnly", 1), ("Hidden", 2), ("System", 4), ("Directory", 16), ("Archive", 32), ("Device", 64),
          ("Normal", 128), ("Temporary", 256), ("SparseFile", 512), ("ReparsePoint", 1024), ("Compressed", 2048),
          ("Offline", 4096), ("NotContentIndexed", 8192), ("Encrypted", 16384))


def _satisfies(mask: int, terms: list[list[tuple[int, bool]]]) -> bool:
    return any(all(bool(mask & bit) == wanted for bit, wanted in term) for term in terms)


class GetChildItem(Cmdlet):
    """Gets the items and child items in one or more specified locations."""

    verb, noun = "Get", "ChildItem"
    implementing_type = "Microsoft.PowerShell.Commands.GetChildItemCommand"
    default_set = ITEMS_SET
    output_types = ("System.IO.FileInfo", "System.IO.DirectoryInfo", "System.String")
    description = (
        "Get-ChildItem lists what is in a directory (the current location unless -Path says otherwise): its "
        "subdirectories, then its files, each sorted by name, as System.IO.DirectoryInfo and FileInfo objects. "
        "The console shows them as Windows PowerShell does, grouped under a 'Directory:' header per directory "
        "with the Mode, LastWriteTime, Length and Name columns. A path that names a file gives that file; "
        "wildcards in the path give the items that match. -Recurse goes into subdirectories too (-Depth limits "
        "how far), -Filter (* and ?) is applied as the items are read, -Include and -Exclude are wildcard "
        "patterns on the names (as in 5.1, -Include needs -Recurse or a path ending in \\*). -File and "
        "-Directory keep one kind, -Name writes names (relative paths with -Recurse) instead of objects. "
        "Hidden items (on POSIX, names starting with a dot) appear only with -Force or -Hidden.")

    path = Parameter(ListOf(str), sets={ITEMS_SET: SetOptions(position=0, pipeline=True, by_property_name=True)},
                     help="The directories or files to list; wildcards are allowed. The default is the current "
                          "location.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The directories or files to list, used exactly as typed (no wildcards).")
    filter = Parameter(str, position=1, help="A file system filter (* and ?) applied to names as they are read; "
                                             "faster than -Include.")
    include = Parameter(ListOf(str), help="Only items whose names match one of these wildcard patterns. Works "
                                          "with -Recurse, or when the path ends in \\* (as in 5.1).")
    exclude = Parameter(ListOf(str), help="Leaves out items whose names match one of these wildcard patterns.")
    recurse = Parameter(SwitchParameter, aliases=("s",), help="Lists the items in subdirectories too.")
    depth = Parameter(int, help="How many levels of subdirectories -Recurse goes into (0: the directory's own "
                                "items only). Implies -Recurse.")
    force = Parameter(SwitchParameter, help="Includes hidden and system items.")
    name = Parameter(SwitchParameter, help="Writes the names of the items (paths relative to the directory listed, "
                                           "with -Recurse) instead of the objects.")
    attributes = Parameter(AttributeExpression, help="Only items with these attributes: names such as Directory, "
                                                     "Hidden, ReadOnly, joined by + (and) or , (or), ! for not.")
    directory = Parameter(SwitchParameter, aliases=("ad", "d"), help="Only directories.")
    file = Parameter(SwitchParameter, aliases=("af",), help="Only files.")
    hidden = Parameter(SwitchParameter, aliases=("ah", "h"), help="Only hidden items.")
    read_only = Parameter(SwitchParameter, aliases=("ar",), help="Only read-only items.")
    system = Parameter(SwitchParameter, aliases=("as",), help="Only system items.")

    examples = (
        Example("New-Item logs -ItemType Directory | Out-Null; New-Item notes.txt -Value 'hi' | Out-Null; "
                "Get-ChildItem", "Lists the directory and the file under a 'Directory:' header."),
        Example("New-Item a.txt, b.log -ItemType File | Out-Null; Get-ChildItem *.txt -Name",
                "The names of the .txt files here.", "a.txt\n"),
        Example("New-Item docs/2013/may.txt -ItemType File -Force | Out-Null; Get-ChildItem -Recurse -File -Name",
                "Every file below here, by relative path (docs/2013/may.txt; \\ on Windows).",
                os.path.join("docs", "2013", "may.txt") + "\n"),
        Example("Get-ChildItem -Directory | Select-Object -First 3", "The first three subdirectories."),
    )

    def begin(self) -> None:
        self._terms: list[list[tuple[int, bool]]] = []
        switches = [(DIRECTORY, True)] if self.directory else []
        if self.file:
            switches.append((DIRECTORY, False))
        if self.hidden:
            switches.append((HIDDEN, True))
        if self.read_only:
            switches.append((READ_ONLY, True))
        if self.system:
            switches.append((SYSTEM, True))
        self._switches = switches
        wants_hidden = bool(self.hidden) or any(bit == HIDDEN for term in (self.attributes or []) for bit, _ in term)
        self._show_hidden = bool(self.force) or wants_hidden
        self._recurse = bool(self.recurse) or self.depth is not None
        self._depth = self.depth if self.depth is not None else -1      # -1: no limit

    def process(self) -> None:
        literal = self.parameter_set_name == LITERAL_SET
        paths = self.literal_path if literal else self.path
        for given in paths or ["."]:
            self._list("." if given is None or to_string(given) == "" else to_string(given), literal)

    # -- the three ways PowerShell lists (SessionStateContainer.GetChildItems) -----------------------
    def _list(self, given: str, literal: bool) -> None:
        ctx = self.context
        target = session_target(ctx, given)
        if target is not None:
            self._session_list(target, literal)
            return
        include = [p for p in self.include or [] if p]
        exclude = [p for p in self.exclude or [] if p]
        text = given
        try:
            if self._recurse and not include and not literal:
                # A recursive listing of something that is not a directory: its last name becomes the
                # -Include pattern and the search starts at its parent (Get-ChildItem *.txt -Recurse).
                target = resolve(ctx, text)
                if not os.path.isdir(target.native):
                    parent, leaf = _split_leaf(text)
                    if leaf != "*":
                        include = [leaf]
                    text = parent or "."
            if literal or not (self._recurse or has_wildcards(text) or include or exclude):
                start = resolve(ctx, text)
                if not os.path.lexists(start.native):
                    self.write_error(path_not_found(start.ps_path).record(self))
                    return
                if os.path.isdir(start.native):
                    self._dir(start.native, start.drive, self._depth, start.native, include, exclude)
                elif self._keep_named(start.native, include, exclude):
                    if not self._show_hidden and is_hidden(start.native):
                        self.write_error(hidden_item_error(self, start.native))
                        return
                    self._emit(start.native, start.drive, None)
                return
            matches, wild = glob(ctx, text, self._show_hidden)
        except PathProblem as problem:
            self.write_error(problem.record(self))
            return
        if not wild and not os.path.lexists(matches[0].native):
            self.write_error(path_not_found(matches[0].ps_path).record(self))
            return
        if not self._recurse:
            matches = [m for m in matches if self._passes_name_filters(m.native, include, exclude)]
        if (self._recurse and wild and not include) or include or exclude:
            for match in matches:
                self._each_item(match.native, match.drive, self._depth, include, exclude,
                                base=match.native if os.path.isdir(match.native) else os.path.dirname(match.native))
            return
        for match in matches:
            if (not wild or self._recurse) and os.path.isdir(match.native):
                self._dir(match.native, match.drive, self._depth, match.native, include, exclude)
            else:
                self._emit(match.native, match.drive, None)

    def _session_list(self, target: Any, literal: bool) -> None:
        """Env:, Variable:, Function: and Alias: have no folders: the drive lists every item (sorted by
        name), a name or a wildcard the items it matches."""
        ctx = self.context
        provider = target.provider
        found = all_items(ctx, provider) if target.is_root else existing_items(self, target, literal)
        for name, raw in found:
            if not name_kept(name, self.include, self.exclude, self.filter):
                continue
            self.write_object(name if self.name else provider.item(ctx, name, raw, not target.qualified))

    def _passes_name_filters(self, native: str, include: list[str], exclude: list[str]) -> bool:
        name = os.path.basename(native) or native
        return matches_any(name, include, True) and not matches_any(name, exclude, False) and (
            not self.filter or filter_match(self.filter, name))

    def _keep_named(self, native: str, include: list[str], exclude: list[str]) -> bool:
        name = os.path.basename(native) or native
        return matches_any(name, include, True) and not matches_any(name, exclude, False)

    # -- the provider's own listing (FileSystemProvider.Dir) ------------------------------------------
    def _dir(self, directory: str, drive: Drive, depth: int, base: str, include: list[str],
             exclude: list[str]) -> None:
        listed = self._children(directory)
        if listed is None:
            return
        dirs, files = listed
        if self.name and self._recurse:
            self._names_in_order(directory, drive, depth, base, include, exclude, dirs, files)
            return
        flt = self.filter
        for child in dirs + files:
            name = os.path.basename(child)
            if flt and not filter_match(flt, name):
                continue
            if not self._keep_named(child, include, exclude):
                continue
            self._emit(child, drive, base, listed_by_name=True)
        if self._recurse and depth != 0:
            for sub in dirs:
                if not os.path.islink(sub):
                    self._dir(sub, drive, depth - 1, base, include, exclude)

    def _names_in_order(self, directory: str, drive: Drive, depth: int, base: str, include: list[str],
                        exclude: list[str], dirs: list[str], files: list[str]) -> None:
        """-Name -Recurse: each name, then (for a directory) the names below it, as PowerShell's
        GetChildNames walks."""
        flt = self.filter
        for child in dirs + files:
            name = os.path.basename(child)
            if (not flt or filter_match(flt, name)) and self._keep_named(child, include, exclude):
                self._emit(child, drive, base)
            if child in dirs and depth != 0 and not os.path.islink(child):
                listed = self._children(child)
                if listed is not None:
                    self._names_in_order(child, drive, depth - 1, base, include, exclude, *listed)

    # -- -Include / -Exclude listings (SessionStateContainer.ProcessPathItems) ----------------------
    def _each_item(self, native: str, drive: Drive, depth: int, include: list[str], exclude: list[str],
                   base: str) -> None:
        if not os.path.isdir(native):
            if self._keep_named(native, include, exclude):
                self._emit(native, drive, base)
            return
        listed = self._children(native)
        if listed is None:
            return
        dirs, files = listed
        flt = self.filter
        for child in dirs + files:
            is_dir = child in dirs
            name = os.path.basename(child)
            matches_filter = not flt or filter_match(flt, name)
            if matches_filter and self._keep_named(child, include, exclude):
                self._emit(child, drive, base)
            if is_dir and self._recurse and depth != 0 and not os.path.islink(child):
                self._each_item(child, drive, depth - 1, include, exclude, base)

    # -- shared ------------------------------------------------------------------------------------------
    def _children(self, directory: str) -> tuple[list[str], list[str]] | None:
        try:
            return children(directory, self._show_hidden)
        except OSError as exc:
            self.write_error(os_error(self, exc, directory, "DirUnauthorizedAccessError"
                                      if isinstance(exc, PermissionError) else "DirIOError",
                                      ErrorCategory.PermissionDenied if isinstance(exc, PermissionError)
                                      else ErrorCategory.ReadError))
            return None

    def _emit(self, native: str, drive: Drive, base: str | None, listed_by_name: bool = False) -> None:
        if self._switches or self.attributes:
            try:
                st = os.stat(native) if os.path.exists(native) else os.lstat(native)
            except OSError:
                return
            mask = attribute_mask(native, st, os.path.islink(native))
            if self._switches and not all(bool(mask & bit) == wanted for bit, wanted in self._switches):
                return
            if self.attributes and not _satisfies(mask, self.attributes):
                return
        if self.name:
            self.write_object(os.path.relpath(native, base) if base else os.path.basename(native) or native)
            return
        # As in Windows PowerShell 5.1, an item read from a directory listing turns into just its name
        # when made a string ("$_"); one named by a path or a wildcard, into its full path.
        found = item(native, drive, os.path.basename(native) if listed_by_name else None)
        if found is not None:
            self.write_object(found)


def _split_leaf(text: str) -> tuple[str, str]:
    """(parent, last name) of a path as typed, either separator."""
    trimmed = text.rstrip("/\\")
    cut = max(trimmed.rfind("/"), trimmed.rfind("\\"))
    if cut == -1:
        colon = trimmed.find(":")
        if colon > 0:
            return trimmed[:colon + 1], trimmed[colon + 1:]
        return "", trimmed
    return trimmed[:cut + 1], trimmed[cut + 1:]
