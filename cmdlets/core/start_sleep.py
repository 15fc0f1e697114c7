"""Start-Sleep: wait for a number of seconds or milliseconds."""
from __future__ import annotations

import time
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.commands.validators import validate_range

SECONDS, MILLISECONDS = "Seconds", "Milliseconds"
INT32_MAX = 2 ** 31 - 1


class StartSleep(Cmdlet):
    """Suspends the activity in a script or session for the specified period of time."""

    verb, noun = "Start", "Sleep"
    implementing_type = "Microsoft.PowerShell.Commands.StartSleepCommand"
    default_set = SECONDS
    description = ("Start-Sleep pauses for the given number of seconds (whole seconds, as in Windows PowerShell "
                   "5.1) or milliseconds. Ctrl+C ends the wait early.")

    seconds = Parameter(int, sets={SECONDS: SetOptions(position=0, mandatory=True, pipeline=True,
                                                       by_property_name=True)},
                        validators=(validate_range(0, INT32_MAX // 1000),), help="How many seconds to wait.")
    milliseconds = Parameter(int, aliases=("ms",), sets={MILLISECONDS: SetOptions(mandatory=True,
                                                                                  by_property_name=True)},
                             validators=(validate_range(0, INT32_MAX),), help="How many milliseconds to wait.")

    examples = (
        Example("Start-Sleep -Seconds 2", "Waits two seconds."),
        Example('Start-Sleep -Milliseconds 10; "done"', "Waits a hundredth of a second, then goes on.", "done\n"),
    )

    def process(self) -> None:
        if self.parameter_set_name == MILLISECONDS:
            time.sleep(self.milliseconds / 1000)
        elif self.seconds is not None:
            time.sleep(self.seconds)
