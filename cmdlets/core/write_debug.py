"""Write-Debug: a message on the debug stream (hidden unless asked for)."""
from __future__ import annotations

from pyshell.commands.parameters import Example

from cmdlets.core._stream_message import StreamMessage


class WriteDebug(StreamMessage):
    """Writes a debug message to the console."""

    verb, noun = "Write", "Debug"
    stream = "debug"
    implementing_type = "Microsoft.PowerShell.Commands.WriteDebugCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113424"
    description = (
        "Write-Debug writes its message to the debug stream. $DebugPreference is SilentlyContinue by "
        "default, so nothing is shown; with Continue the message appears as 'DEBUG: ' followed by "
        "the text. With Inquire, which -Debug sets as Windows PowerShell 5.1 does, the message is "
        "followed by a question: Yes goes on, Yes to All stops asking, Halt Command stops the command. "
        "Where nobody can answer (a script whose input is redirected), it goes on without asking.")

    examples = (
        Example("$DebugPreference = 'Continue'; Write-Debug 'partner count: 10'",
                "Shows DEBUG: partner count: 10"),
        Example("Write-Debug 'not shown'; 'done'", "Hidden by default.", "done\n"),
    )
