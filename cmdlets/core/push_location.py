"""Push-Location: save the current location on a stack, then (optionally) move."""
from __future__ import annotations

from cmdlets.core._locations import change_location
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.runtime.location import PATH_INFO, path_info, push_location
from pyshell.runtime.values import SwitchParameter

PATH_SET, LITERAL_SET = "Path", "LiteralPath"


class PushLocation(Cmdlet):
    """Adds the current location to the top of a location stack."""

    verb, noun = "Push", "Location"
    implementing_type = "Microsoft.PowerShell.Commands.PushLocationCommand"
    default_set = PATH_SET
    output_types = (PATH_INFO,)
    description = ("Push-Location puts the current location on a stack (the default one, or the one -StackName "
                   "names, made when first used) and then goes to -Path if one is given. Pop-Location takes the "
                   "newest location off the stack and goes back to it. The location is saved even when the move "
                   "fails.")

    path = Parameter(str, sets={PATH_SET: SetOptions(position=0, pipeline=True, by_property_name=True)},
                     help="The directory to go to after saving the current location; wildcards are allowed if "
                          "they match one directory.")
    literal_path = Parameter(str, aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(by_property_name=True)},
                             help="The directory to go to, used exactly as typed.")
    pass_thru = Parameter(SwitchParameter, help="Writes the new location as a PathInfo object.")
    stack_name = Parameter(str, by_property_name=True,
                           help="The stack to save the location on; it is made if it does not exist.")

    examples = (
        Example("Push-Location ..; Pop-Location", "Visits the parent directory and comes back."),
        Example("Push-Location -StackName work; (Get-Location -StackName work).Count; Pop-Location -StackName work",
                "Saves the location on a named stack, counts its entries and takes it back off.", "1\n"),
    )

    def process(self) -> None:
        push_location(self.context, self.stack_name)
        literal = self.parameter_set_name == LITERAL_SET
        target = self.literal_path if literal else self.path
        if target is None:
            return
        resolved = change_location(self, target, literal)
        if resolved is not None and self.pass_thru:
            self.write_object(path_info(self.context, resolved))
