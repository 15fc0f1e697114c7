"""Join-Path: a path and child paths joined into one."""
from __future__ import annotations

import os

from cmdlets.core._filesystem import check_path_arguments, path_items
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.location import drive_not_found, find_drive, is_provider_qualified, split_qualifier
from pyshell.runtime.values import SwitchParameter

SEP = os.sep
_OTHER = "\\" if SEP == "/" else "/"


def make_path(parent: str, child: str) -> str:
    """The provider's MakePath: one separator between the parts, `/` and `\\` as the platform's."""
    if not parent and not child:
        return ""
    if not parent:
        return child.replace(_OTHER, SEP)
    if not child:
        return parent if parent.endswith(SEP) else parent + SEP
    parent = parent.replace(_OTHER, SEP)
    child = child.replace(_OTHER, SEP)
    if parent.endswith(SEP):
        return parent + (child[1:] if child.startswith(SEP) else child)
    return parent + (child if child.startswith(SEP) else SEP + child)


class JoinPath(Cmdlet):
    """Combines a path and a child path into a single path."""

    verb, noun = "Join", "Path"
    implementing_type = "Microsoft.PowerShell.Commands.JoinPathCommand"
    output_types = ("System.String",)
    description = ("Join-Path puts a child path after each parent path with exactly one separator between them, "
                   "using the platform's separator (\\ on Windows, / elsewhere) for both \\ and /. It works on the "
                   "text: nothing need exist, but a drive named in the path must (an unknown drive is "
                   "DriveNotFound). -AdditionalChildPath adds more parts in turn (as PowerShell 6 and later "
                   "allow). -Resolve writes the paths that exist instead, with wildcards expanded.")

    path = Parameter(ListOf(str), position=0, mandatory=True, pipeline=True, by_property_name=True,
                     aliases=("PSPath",), help="The parent paths; each is joined with the child path.")
    child_path = Parameter(str, position=1, mandatory=True, by_property_name=True, allow_null=True,
                           allow_empty_string=True,
                           help="The path to put after each parent path.")
    additional_child_path = Parameter(ListOf(str), remaining=True, allow_null=True, allow_empty_string=True,
                                      allow_empty_collection=True,
                                      help="More parts to add, one after another, after the child path.")
    resolve = Parameter(SwitchParameter, help="Writes the existing items the joined path names (wildcards "
                                              "expanded) instead of the text; a missing item is an error.")

    examples = (
        Example("Join-Path -Path reports -ChildPath 2013 | Split-Path -Leaf", "Joins two parts.", "2013\n"),
        Example("Join-Path a b c d", "Adds each remaining part in turn (a/b/c/d, or a\\b\\c\\d on Windows)."),
        Example("Join-Path ~ *.txt -Resolve", "Lists the .txt files in the home directory by full path."),
    )

    def begin(self) -> None:
        check_path_arguments(self, JoinPath.path)

    def process(self) -> None:
        ctx = self.context
        for parent in self.path or []:
            parent = "" if parent is None else str(parent)
            name, _ = split_qualifier(parent)
            if name is not None and not is_provider_qualified(parent) and find_drive(ctx, name) is None:
                self.write_error(drive_not_found(name).record(self))
                continue
            joined = make_path(parent, self.child_path or "")
            for extra in self.additional_child_path or []:
                joined = make_path(joined, "" if extra is None else str(extra))
            if not self.resolve:
                self.write_object(joined)
                continue
            for match in path_items(self, joined):
                self.write_object(match.ps_path)
