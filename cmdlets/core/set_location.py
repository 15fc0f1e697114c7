"""Set-Location: move the session's current location."""
from __future__ import annotations

from cmdlets.core._locations import change_location
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.runtime.location import PATH_INFO, PathProblem, path_info, set_default_stack
from pyshell.runtime.values import SwitchParameter

PATH_SET, LITERAL_SET, STACK_SET = "Path", "LiteralPath", "Stack"


class SetLocation(Cmdlet):
    """Sets the current working location to a specified location."""

    verb, noun = "Set", "Location"
    implementing_type = "Microsoft.PowerShell.Commands.SetLocationCommand"
    default_set = PATH_SET
    output_types = (PATH_INFO,)
    description = ("Set-Location makes a directory the session's current location: relative paths in every command "
                   "and script path are then taken from it, $PWD follows it and the prompt shows it. The process's "
                   "own working directory does not change, so sessions stay independent. The path may use "
                   "wildcards if they name one directory, drives such as TestDrive:, and ~ for the home directory. "
                   "-StackName makes a named stack the one Push-Location and Pop-Location use.")

    path = Parameter(str, sets={PATH_SET: SetOptions(position=0, pipeline=True, by_property_name=True)},
                     help="The directory to go to; wildcards are allowed if they match one directory. Without it "
                          "the location does not change.")
    literal_path = Parameter(str, aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The directory to go to, used exactly as typed (no wildcards).")
    pass_thru = Parameter(SwitchParameter, help="Writes the new location as a PathInfo object.")
    stack_name = Parameter(str, sets={STACK_SET: SetOptions(by_property_name=True)},
                           help="Makes this location stack the default one for Push-Location and Pop-Location.")

    examples = (
        Example("New-Item -ItemType Directory work | Out-Null; Set-Location work; Split-Path -Leaf $PWD",
                "Goes into a new directory; $PWD follows.", "work\n"),
        Example("Set-Location ~ -PassThru", "Goes to the home directory and shows it."),
        Example("cd ..", "Goes up one level, with the alias cd."),
    )

    def process(self) -> None:
        if self.parameter_set_name == STACK_SET:
            try:
                set_default_stack(self.context, self.stack_name)
            except PathProblem as problem:
                self.write_error(problem.record(self))
            return
        literal = self.parameter_set_name == LITERAL_SET
        resolved = change_location(self, self.literal_path if literal else self.path, literal)
        if resolved is not None and self.pass_thru:
            self.write_object(path_info(self.context, resolved))
