"""Write-Warning: a message on the warning stream."""
from __future__ import annotations

from pyshell.commands.parameters import Example

from cmdlets.core._stream_message import StreamMessage


class WriteWarning(StreamMessage):
    """Writes a warning message."""

    verb, noun = "Write", "Warning"
    stream = "warning"
    implementing_type = "Microsoft.PowerShell.Commands.WriteWarningCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113430"
    description = (
        "Write-Warning writes its message to the warning stream, where it is shown as 'WARNING: ' "
        "followed by the text. $WarningPreference (Continue by default) decides what happens: "
        "SilentlyContinue hides warnings, Stop turns them into errors. -WarningAction overrides the "
        "preference for one command, and -WarningVariable keeps the messages in a variable. "
        "Warnings never reach the success pipeline.")

    examples = (
        Example("Write-Warning 'The replica is behind the central store.'",
                "Shows WARNING: The replica is behind the central store."),
        Example("$WarningPreference = 'SilentlyContinue'; Write-Warning 'hidden'; 'done'",
                "With the preference set to SilentlyContinue the warning is not shown.", "done\n"),
    )
