"""Set-PSDebug: trace the lines of script as they run, or step through them one at a time."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.commands.validators import validate_range
from pyshell.runtime import psdebug
from pyshell.runtime.values import SwitchParameter

ON, OFF = "on", "off"


class SetPSDebug(Cmdlet):
    """Turns script tracing and stepping on and off."""

    verb, noun = "Set", "PSDebug"
    default_set = ON
    implementing_type = "Microsoft.PowerShell.Commands.SetPSDebugCommand"
    description = ("With -Trace 1 every statement is shown, as a DEBUG: line with its line number and a >>>> "
                   "mark where the statement begins, just before it runs. -Trace 2 also shows each value given "
                   "to a variable (! SET) and each function or script that is called (! CALL). -Step asks before "
                   "every statement whether to run it; Yes to All stops asking but keeps tracing. -Trace 0 or "
                   "-Off turns it all off again. The setting holds for the rest of the session.")

    trace = Parameter(int, sets=(ON,), validators=(validate_range(0, 2),),
                      help="0 turns tracing off, 1 traces each statement, 2 also traces variable assignments "
                           "and function calls.")
    step = Parameter(SwitchParameter, sets=(ON,),
                     help="Ask before each statement runs (turns on tracing at level 1 if it is off).")
    off = Parameter(SwitchParameter, sets=(OFF,), help="Turn tracing and stepping off.")

    examples = (
        Example("Set-PSDebug -Trace 1; $total = 2 + 3; Set-PSDebug -Off",
                "Shows each statement as it runs (on the debug output) until tracing is turned off.", ""),
        Example("Set-PSDebug -Trace 2; foreach ($i in 1..2) { $i }; Set-PSDebug -Off",
                "Also shows each value the loop variable takes; the numbers themselves are output.",
                "1\n2\n"),
        Example("Set-PSDebug -Off", "Turns tracing and stepping off.", ""),
    )

    def end(self) -> None:
        if self.parameter_set_name == OFF:
            psdebug.apply(self.context, off=True)
            return
        step = True if self.step else (False if self.is_bound(SetPSDebug.step) else None)
        psdebug.apply(self.context, level=self.trace, step=step)
