"""Resolve-Path: the full paths that a path with wildcards names."""
from __future__ import annotations

import os

from cmdlets.core._filesystem import check_path_arguments, resolve_paths
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.location import PATH_INFO, path_info
from pyshell.runtime.values import SwitchParameter

PATH_SET, LITERAL_SET = "Path", "LiteralPath"


class ResolvePath(Cmdlet):
    """Resolves the wildcard characters in a path, and displays the path contents."""

    verb, noun = "Resolve", "Path"
    implementing_type = "Microsoft.PowerShell.Commands.ResolvePathCommand"
    default_set = PATH_SET
    output_types = (PATH_INFO, "System.String")
    description = ("Resolve-Path writes a PathInfo object (shown as a Path table) for each existing item a path "
                   "names: relative paths become full ones, ~ becomes the home directory, wildcards are expanded, "
                   "and a path through a drive such as TestDrive: keeps its drive. A path without wildcards that "
                   "names nothing is PathNotFound. -Relative writes each path relative to the current location "
                   "instead (./name, ../name).")

    path = Parameter(ListOf(str), sets={PATH_SET: SetOptions(position=0, mandatory=True, pipeline=True,
                                                             by_property_name=True)},
                     help="The paths to resolve; wildcards are allowed.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The paths to resolve, used exactly as typed.")
    relative = Parameter(SwitchParameter, help="Writes paths relative to the current location, as strings.")

    examples = (
        Example("Resolve-Path ~", "The home directory's full path, as a Path table."),
        Example("New-Item a.txt, b.txt -ItemType File | Out-Null; Resolve-Path *.txt -Relative",
                "The matching files relative to here (./a.txt and ./b.txt; .\\ on Windows)."),
    )

    def begin(self) -> None:
        check_path_arguments(self, ResolvePath.path, ResolvePath.literal_path)

    def process(self) -> None:
        ctx = self.context
        literal = self.parameter_set_name == LITERAL_SET
        for resolved in resolve_paths(self, self.literal_path if literal else self.path, literal):
            if self.relative:
                self.write_object(relative_to(ctx.location, resolved.native))
            else:
                self.write_object(path_info(ctx, resolved))


def relative_to(base: str, native: str) -> str:
    """`native` relative to `base` as PowerShell writes it: ./name, ../name (.\\ on Windows)."""
    try:
        rel = os.path.relpath(native, base)
    except ValueError:                   # another drive on Windows
        return native
    if rel == ".":
        return "." + os.sep
    return rel if rel.startswith("..") else "." + os.sep + rel
