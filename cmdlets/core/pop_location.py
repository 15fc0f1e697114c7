"""Pop-Location: go back to the location saved last by Push-Location."""
from __future__ import annotations

import os

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.location import PATH_INFO, PathProblem, path_info, path_not_found, pop_location, set_location
from pyshell.runtime.values import SwitchParameter


class PopLocation(Cmdlet):
    """Changes the current location to the location most recently pushed onto the stack."""

    verb, noun = "Pop", "Location"
    implementing_type = "Microsoft.PowerShell.Commands.PopLocationCommand"
    output_types = (PATH_INFO,)
    description = ("Pop-Location takes the newest location off a stack (the default one unless -StackName names "
                   "another) and makes it the current location. An empty default stack leaves the location as it "
                   "is; a named stack that does not exist is an error.")

    pass_thru = Parameter(SwitchParameter, help="Writes the new location as a PathInfo object.")
    stack_name = Parameter(str, by_property_name=True, help="The stack to take the location from.")

    examples = (
        Example("Push-Location ..; Pop-Location -PassThru", "Goes back to where Push-Location was used, and shows it."),
        Example("Pop-Location", "Does nothing when nothing was pushed."),
    )

    def process(self) -> None:
        ctx = self.context
        try:
            entry = pop_location(ctx, self.stack_name)
        except PathProblem as problem:
            self.write_error(problem.record(self))
            return
        if entry is None:
            return
        if not os.path.isdir(entry.native):
            self.write_error(path_not_found(entry.ps_path).record(self))
            return
        set_location(ctx, entry)
        if self.pass_thru:
            self.write_object(path_info(ctx, entry))
