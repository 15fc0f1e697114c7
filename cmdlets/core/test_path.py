"""Test-Path: whether a path exists (or could exist), and what kind of item is there."""
from __future__ import annotations

import datetime as _dt
import os

from cmdlets.core._filesystem import check_path_arguments, given_paths, glob, name_selected
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.datetime_parse import DateTimeType
from cmdlets.core._providers import matching, session_target
from pyshell.runtime.location import PathProblem, resolve
from pyshell.runtime.values import SwitchParameter, enum_type

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

PATH_SET, LITERAL_SET = "Path", "LiteralPath"

TestPathType = enum_type("Microsoft.PowerShell.Commands.TestPathType", ["Any", "Container", "Leaf"])

# What .NET's FileInfo refuses in a path (Path.GetInvalidPathChars in Windows PowerShell 5.1).
_INVALID = set('"<>|') | {chr(c) for c in range(32)}


class TestPath(Cmdlet):
    """Determines whether all elements of a path exist."""

    verb, noun = "Test", "Path"
    implementing_type = "Microsoft.PowerShell.Commands.TestPathCommand"
    default_set = PATH_SET
    output_types = ("System.Boolean",)
    description = ("Test-Path writes $true when the path exists and $false when it does not, once for each path "
                   "given; it never reports an error for a missing item or an unknown drive. With wildcards it is "
                   "true when anything matches. -PathType Container or Leaf also asks for a directory or a file. "
                   "-IsValid asks only whether the path is well formed (its drive exists and it has none of the "
                   "characters a Windows path may not hold), not whether anything is there. Paths on the Env:, "
                   "Variable:, Function: and Alias: drives ask whether that variable, function or alias exists.")

    path = Parameter(ListOf(str), sets={PATH_SET: SetOptions(position=0, mandatory=True, pipeline=True,
                                                             by_property_name=True)},
                     help="The paths to test; wildcards are allowed.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The paths to test, used exactly as typed (no wildcards).")
    filter = Parameter(str, help="Only items whose names match this provider filter (* and ?) count.")
    include = Parameter(ListOf(str), help="Only items whose names match one of these wildcard patterns count.")
    exclude = Parameter(ListOf(str), help="Items whose names match one of these wildcard patterns do not count.")
    path_type = Parameter(TestPathType, aliases=("Type",), default=TestPathType.Any,
                          help="What must be there: Any (the default), Container (a directory) or Leaf (a file).")
    is_valid = Parameter(SwitchParameter, help="Tests only whether the path is well formed, even if nothing is "
                                               "there.")
    older_than = Parameter(DateTimeType, help="Only items last written before this time count.")
    newer_than = Parameter(DateTimeType, help="Only items last written after this time count.")

    examples = (
        Example("Test-Path ~", "True: the home directory exists.", "True\n"),
        Example("Test-Path nowhere.txt", "False, and no error.", "False\n"),
        Example("New-Item notes.txt -ItemType File | Out-Null; Test-Path notes.txt -PathType Container",
                "False: the item is a file, not a directory.", "False\n"),
        Example("Test-Path -IsValid 'report<1>.txt'", "False: < and > cannot be in a path.", "False\n"),
        Example("$limit = 5; Test-Path variable:limit; Test-Path env:NO_SUCH_VARIABLE",
                "Whether a variable and an environment variable exist.", "True\nFalse\n"),
    )

    def begin(self) -> None:
        check_path_arguments(self, TestPath.path, TestPath.literal_path)

    def process(self) -> None:
        literal = self.parameter_set_name == LITERAL_SET
        for given in given_paths(self, self.literal_path if literal else self.path, literal):
            self.write_object(self._test(given, literal))

    def _test(self, given: str, literal: bool) -> bool:
        ctx = self.context
        text = "" if given is None else str(given)
        if self.is_valid:
            try:
                native = resolve(ctx, text).native
            except PathProblem:
                return False
            return text != "" and not any(ch in _INVALID for ch in native)
        target = session_target(ctx, text)
        if target is not None:
            return self._session_item(target, literal)
        try:
            matches = [resolve(ctx, text)] if literal else glob(ctx, text, force=False)[0]
        except PathProblem:
            return False
        return any(self._counts(m.native) for m in matches)

    def _session_item(self, target: Any, literal: bool) -> bool:
        """Env:, Variable:, Function: and Alias: paths: the drive itself is a container, its items leaves."""
        if target.is_root:
            return self.path_type is not TestPathType.Leaf
        if self.path_type is TestPathType.Container:
            return False
        return bool(matching(self.context, target, literal)[0])

    def _counts(self, native: str) -> bool:
        if not os.path.lexists(native):
            return False
        is_dir = os.path.isdir(native)
        kind = self.path_type
        if kind is TestPathType.Container and not is_dir:
            return False
        if kind is TestPathType.Leaf and is_dir:
            return False
        name = os.path.basename(native) or native
        if not name_selected(name, self.filter, self.include, self.exclude):
            return False
        if self.older_than is not None or self.newer_than is not None:
            written = _dt.datetime.fromtimestamp(os.lstat(native).st_mtime)
            if self.older_than is not None and not written < _naive(self.older_than):
                return False
            if self.newer_than is not None and not written > _naive(self.newer_than):
                return False
        return True


def _naive(when: _dt.datetime) -> _dt.datetime:
    return when.astimezone().replace(tzinfo=None) if when.tzinfo is not None else when
