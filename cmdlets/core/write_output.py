"""Write-Output: send objects down the pipeline (what a bare value on a line does anyway)."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.values import SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class WriteOutput(Cmdlet):
    """Sends the specified objects to the next command in the pipeline."""

    verb, noun = "Write", "Output"
    implementing_type = "Microsoft.PowerShell.Commands.WriteOutputCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113427"
    description = (
        "Write-Output passes its arguments, or the objects piped to it, to the next command; at the "
        "end of a pipeline they are displayed. A collection is sent one element at a time unless "
        "-NoEnumerate asks for it to be sent as one object. Several arguments (Write-Output a b c) "
        "are sent as one list of values, each written in turn. Writing a value on a line by itself "
        "does the same thing, so Write-Output is mostly used to make the intent plain.")

    input_object = Parameter(object, mandatory=True, pipeline=True, remaining=True, allow_null=True,
                             allow_empty_collection=True,
                             help="The objects to send down the pipeline: the arguments, or what is piped in.")
    no_enumerate = Parameter(SwitchParameter,
                             help="Send a collection as one object instead of one element at a time.")

    examples = (
        Example("Write-Output 'xmpp.contoso.com'", "Writes one string.", "xmpp.contoso.com\n"),
        Example("@(Write-Output 1, 2, 3).Count", "The three numbers travel one at a time.", "3\n"),
        Example("@(Write-Output -NoEnumerate 1, 2, 3).Count",
                "With -NoEnumerate the array travels as one object.", "1\n"),
        Example("echo hello world", "The echo alias; two arguments are written one after the other.",
                "hello\nworld\n"),
    )

    def begin(self) -> None:
        self._from_arguments = self.is_bound(WriteOutput.input_object)

    def process(self) -> None:
        value: Any = self.input_object
        if self._from_arguments and isinstance(value, list) and len(value) == 1:
            value = value[0]       # one argument: that value itself, as if bound by position
        self.write_object(value, enumerate_collection=not self.no_enumerate)
