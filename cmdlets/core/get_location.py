"""Get-Location: the session's current location, or the locations on a Push-Location stack."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.location import (PATH_INFO, PathProblem, Resolved, current_drive, here, location_stack,
                                      path_info, resolve)
from pyshell.runtime.values import SwitchParameter

LOCATION_SET, STACK_SET = "Location", "Stack"


class GetLocation(Cmdlet):
    """Gets information about the current working location or a location stack."""

    verb, noun = "Get", "Location"
    implementing_type = "Microsoft.PowerShell.Commands.GetLocationCommand"
    default_set = LOCATION_SET
    output_types = (PATH_INFO,)
    description = ("Get-Location writes the session's current location as a PathInfo object, shown as a one-column "
                   "Path table; $PWD holds the same object. Each pyshell session has its own location: "
                   "Set-Location changes it without changing the directory of the process. -Stack lists the "
                   "locations Push-Location saved (the newest first); -StackName names the stacks to list.")

    ps_drive = Parameter(ListOf(str), name="PSDrive", sets={LOCATION_SET: SetOptions()},
                         help="Gets the current location in these drives (the file system drives only).")
    ps_provider = Parameter(ListOf(str), name="PSProvider", sets={LOCATION_SET: SetOptions()},
                            help="Gets the current location in the drive of these providers (only FileSystem "
                                 "exists).")
    stack = Parameter(SwitchParameter, sets={STACK_SET: SetOptions()},
                      help="Lists the locations on the current location stack instead of the current location.")
    stack_name = Parameter(ListOf(str), sets={STACK_SET: SetOptions(by_property_name=True)},
                           help="Lists the locations on these named stacks.")

    examples = (
        Example("Get-Location", "Shows the current location as a Path table."),
        Example("Push-Location ..; Get-Location -Stack; Pop-Location",
                "Saves the location, shows the stack with it, and goes back."),
        Example("(Get-Location).Path -eq $PWD.Path", "The location and $PWD agree.", "True\n"),
    )

    def process(self) -> None:
        ctx = self.context
        try:
            if self.parameter_set_name == STACK_SET:
                for name in self.stack_name or [None]:
                    for entry in location_stack(ctx, name):
                        self.write_object(path_info(ctx, entry))
                return
            if self.ps_provider:
                for provider in self.ps_provider:
                    if provider.lower() not in ("filesystem", "microsoft.powershell.core\\filesystem"):
                        self.write_error(self.error_record(
                            f"Cannot find a provider with the name '{provider}'.", "ProviderNotFound",
                            target=provider, exception_type="ProviderNotFoundException"))
                    else:       # the file system's location, whichever drive the session is on
                        self.write_object(path_info(ctx, Resolved(ctx.location, current_drive(ctx))))
                return
            if self.ps_drive:
                for drive in self.ps_drive:
                    on = current_drive(ctx)
                    resolved = (Resolved(ctx.location, on) if drive.lower() == on.name.lower()
                                else resolve(ctx, drive + ":"))
                    self.write_object(path_info(ctx, resolved))
                return
        except PathProblem as problem:
            self.write_error(problem.record(self))
            return
        self.write_object(path_info(ctx, here(ctx)))
