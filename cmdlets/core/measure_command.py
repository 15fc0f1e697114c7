"""Measure-Command: how long a script block takes to run."""
from __future__ import annotations

import datetime
import time

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.types import ScriptBlockType
from pyshell.runtime.values import PSObject

_NO_INPUT = object()


class MeasureCommand(Cmdlet):
    """Measures the time it takes to run script blocks and cmdlets."""

    verb, noun = "Measure", "Command"
    implementing_type = "Microsoft.PowerShell.Commands.MeasureCommandCommand"
    output_types = ("System.TimeSpan",)
    description = ("Measure-Command runs a script block in the current scope, throws its output away, and writes "
                   "the time it took as a TimeSpan. With pipeline input the block runs once per object, with $_ "
                   "set to it, and the times add up.")

    expression = Parameter(ScriptBlockType, position=0, mandatory=True, help="The script block to time.")
    input_object = Parameter(PSObject, pipeline=True, help="Objects to run the script block for, one at a time "
                                                            "($_ is the object).")

    examples = (
        Example("Measure-Command { Get-CsAdminRole }", "How long it takes to read the RBAC roles."),
        Example('(Measure-Command { Start-Sleep -Milliseconds 50 }).TotalMilliseconds -ge 50',
                "The result is a TimeSpan.", "True\n"),
    )

    def begin(self) -> None:
        self._elapsed = 0

    def process(self) -> None:
        discard = lambda obj: None  # noqa: E731 - the output is not wanted
        start = time.perf_counter_ns()
        try:
            if self.is_bound(MeasureCommand.input_object):
                self.run_script_block(self.expression, dollar_under=self.input_object, emit=discard)
            else:
                self.run_script_block(self.expression, emit=discard)
        finally:
            self._elapsed += time.perf_counter_ns() - start

    def end(self) -> None:
        self.write_object(datetime.timedelta(microseconds=self._elapsed // 1000))
