"""Split-Path: a part of a path (its parent, its leaf, its drive), or whether it is absolute."""
from __future__ import annotations

import os

from cmdlets.core._filesystem import check_path_arguments, path_items
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.location import IS_WINDOWS, is_provider_qualified
from pyshell.runtime.values import SwitchParameter

PARENT_SET, LEAF_SET, QUALIFIER_SET = "ParentSet", "LeafSet", "QualifierSet"
NO_QUALIFIER_SET, IS_ABSOLUTE_SET, LITERAL_SET = "NoQualifierSet", "IsAbsoluteSet", "LiteralPathSet"
_PATH_SETS = (PARENT_SET, LEAF_SET, QUALIFIER_SET, NO_QUALIFIER_SET, IS_ABSOLUTE_SET)

SEP = os.sep
_OTHER = "\\" if SEP == "/" else "/"


def _drive_length(path: str) -> int:
    """The length of a leading `Name:` (0 when there is none)."""
    colon = path.find(":")
    if colon <= 0 or any(ch in "/\\" for ch in path[:colon]):
        return 0
    return colon + 1


def parent_part(path: str) -> str:
    """The provider's GetParentPath: everything before the last name; a drive's root keeps its separator."""
    if not path:
        return ""
    if is_provider_qualified(path):
        head, _, rest = path.partition("::")
        inner = parent_part(rest)
        return head + "::" + inner if inner else ""
    text = path.replace(_OTHER, SEP)
    trimmed = text.rstrip(SEP)
    if not trimmed:
        return ""
    last = trimmed.rfind(SEP)
    if last == -1:
        return ""
    if last == 0:
        return SEP
    parent = trimmed[:last]
    drive = _drive_length(parent)
    if drive and drive == len(parent):
        parent += SEP                    # C: -> C:\ , TestDrive: -> TestDrive:\
    elif IS_WINDOWS and text.startswith("\\\\") and parent.count("\\") < 3:
        return ""                        # \\server\share has no parent
    return parent


def leaf_part(path: str) -> str:
    """The last name in the path (a trailing separator is ignored)."""
    if is_provider_qualified(path):
        path = path.partition("::")[2]
    trimmed = path.replace(_OTHER, SEP).rstrip(SEP)
    drive = _drive_length(trimmed)
    if drive and drive == len(trimmed):
        return ""
    return trimmed[trimmed.rfind(SEP) + 1:]


def is_absolute(path: str) -> bool:
    """PowerShell's IsPSAbsolute: drive- or provider-qualified, or (off Windows) starting at /."""
    if not path or path.startswith((".\\", "./")):
        return False
    if not IS_WINDOWS and path.startswith("/"):
        return True
    if IS_WINDOWS and path.startswith("\\\\"):
        return True
    return _drive_length(path) > 0 or is_provider_qualified(path)


def without_qualifier(path: str) -> str:
    if is_provider_qualified(path):
        return path[path.index("::") + 2:]
    drive = _drive_length(path)
    return path[drive:] if drive and len(path) > drive else path


class SplitPath(Cmdlet):
    """Returns the specified part of a path."""

    verb, noun = "Split", "Path"
    implementing_type = "Microsoft.PowerShell.Commands.SplitPathCommand"
    default_set = PARENT_SET
    output_types = ("System.String", "System.Boolean")
    description = ("Split-Path works on the text of a path (nothing need exist): by default it writes the parent "
                   "path; -Leaf the last name; -Qualifier the drive (C:, TestDrive:); -NoQualifier the path without "
                   "its drive; -IsAbsolute whether the path is absolute. -Resolve first expands wildcards and "
                   "splits each existing item's full path.")

    path = Parameter(ListOf(str), sets={s: SetOptions(position=0, mandatory=True, pipeline=True,
                                                      by_property_name=True) for s in _PATH_SETS},
                     help="The paths to split; with -Resolve, wildcards are expanded.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The paths to split, used exactly as typed (the parent is written).")
    parent = Parameter(SwitchParameter, sets={PARENT_SET: SetOptions()},
                       help="Writes the parent path (the default).")
    leaf = Parameter(SwitchParameter, sets={LEAF_SET: SetOptions(mandatory=True)},
                     help="Writes the last name in the path.")
    qualifier = Parameter(SwitchParameter, sets={QUALIFIER_SET: SetOptions(mandatory=True)},
                          help="Writes the drive (such as C:) or provider qualifier of the path.")
    no_qualifier = Parameter(SwitchParameter, sets={NO_QUALIFIER_SET: SetOptions(mandatory=True)},
                             help="Writes the path without its drive or provider qualifier.")
    is_absolute = Parameter(SwitchParameter, sets={IS_ABSOLUTE_SET: SetOptions(mandatory=True)},
                            help="Writes $true when the path is absolute (qualified by a drive or provider, or "
                                 "starting at / on POSIX systems).")
    resolve = Parameter(SwitchParameter, help="Expands wildcards and splits the full paths of the items found.")

    examples = (
        Example("Split-Path -Path 'reports/2013/may.csv' -Leaf", "The last name.", "may.csv\n"),
        Example("Split-Path -Path 'C:\\Lync\\logs\\trace.log' -Qualifier", "The drive.", "C:\n"),
        Example("Split-Path -Path 'TestDrive:\\data' -NoQualifier", "The path without its drive.", "\\data\n"),
        Example("Split-Path -Path 'reports' -IsAbsolute", "A relative path.", "False\n"),
    )

    def begin(self) -> None:
        check_path_arguments(self, SplitPath.path, SplitPath.literal_path)

    def process(self) -> None:
        literal = self.parameter_set_name == LITERAL_SET
        given = [("" if p is None else str(p)) for p in (self.literal_path if literal else self.path) or []]
        paths = self._resolved(given) if self.resolve else given
        kind = self.parameter_set_name
        for path in paths:
            if kind == IS_ABSOLUTE_SET:
                self.write_object(is_absolute(path))
            elif kind == QUALIFIER_SET:
                colon = path.find(":")
                if colon < 0:
                    self.write_error(self.error_record(
                        f"Cannot parse path because path '{path}' does not have a qualifier specified.",
                        "ParsePathFormatError", ErrorCategory.InvalidArgument, target=path,
                        exception_type="FormatException"))
                    continue
                self.write_object(path[:colon + 2] if is_provider_qualified(path) else path[:colon + 1])
            elif kind == LEAF_SET:
                self.write_object(leaf_part(path))
            elif kind == NO_QUALIFIER_SET:
                self.write_object(without_qualifier(path))
            else:
                self.write_object(parent_part(path))

    def _resolved(self, given: list[str]) -> list[str]:
        out: list[str] = []
        for path in given:
            out.extend(m.ps_path for m in path_items(self, path))
        return out
