"""Write-Information: a message on the information stream (PowerShell 5's stream 6), hidden unless
$InformationPreference or -InformationAction says Continue. Shown, it is the bare text on the
console, without a prefix; `6>&1` and `*>&1` send it down the pipeline, `6>$null` drops it."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.conversion import ListOf, to_string

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def message_text(data: Any) -> str:
    """The text an InformationRecord shows: its MessageData's .NET ToString(), which for an array
    is the array's type name rather than its elements."""
    if isinstance(data, (list, tuple)):
        return "System.Object[]"
    return "" if data is None else to_string(data)


class WriteInformation(Cmdlet):
    """Specifies how Windows PowerShell handles information stream data for a command."""

    verb, noun = "Write", "Information"
    implementing_type = "Microsoft.PowerShell.Commands.WriteInformationCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkId=525909"
    description = (
        "Write-Information writes its message to the information stream. $InformationPreference is "
        "SilentlyContinue by default, so nothing is shown; with Continue (or -InformationAction Continue "
        "on the command, or on the advanced function that calls it) the message is printed as it is, "
        "without a prefix. Redirect it with 6>&1 to capture it, or 6>$null to drop it.")

    message_data = Parameter(object, position=0, mandatory=True, aliases=("Msg",),
                             help="The message: text, or any object, shown by its string form.")
    tags = Parameter(ListOf(str), position=1, help="Words that describe the message, for filtering it later.")

    examples = (
        Example("Write-Information 'Replication started'; 'done'", "Hidden by default.", "done\n"),
        Example("Write-Information 'Replication started' -InformationAction Continue",
                "Shows the message.", "Replication started\n"),
    )

    def end(self) -> None:
        self.runtime.write_stream("information", message_text(self.message_data))
