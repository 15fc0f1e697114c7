"""Out-Null: discard the output."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.values import PSObject


class OutNull(Cmdlet):
    """Hides the output instead of sending it down the pipeline or displaying it."""

    verb, noun = "Out", "Null"
    implementing_type = "Microsoft.PowerShell.Commands.OutNullCommand"
    description = ("Out-Null takes whatever reaches it and throws it away: nothing is displayed and nothing goes "
                   "further down the pipeline. Errors are not affected; they still appear.")

    input_object = Parameter(PSObject, pipeline=True, help="The objects to discard.")

    examples = (
        Example("Get-CsAdminRole | Out-Null", "Runs the command and discards its output.", ""),
        Example('"kept"; "dropped" | Out-Null', "Only the first statement's output is shown.", "kept\n"),
    )

    def process(self) -> None:
        pass
