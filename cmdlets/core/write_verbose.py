"""Write-Verbose: a message on the verbose stream (hidden unless asked for)."""
from __future__ import annotations

from pyshell.commands.parameters import Example

from cmdlets.core._stream_message import StreamMessage


class WriteVerbose(StreamMessage):
    """Writes text to the verbose message stream."""

    verb, noun = "Write", "Verbose"
    stream = "verbose"
    implementing_type = "Microsoft.PowerShell.Commands.WriteVerboseCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113429"
    description = (
        "Write-Verbose writes its message to the verbose stream. By default $VerbosePreference is "
        "SilentlyContinue and nothing is shown; set it to Continue, or run the command (or the "
        "advanced function that calls Write-Verbose) with -Verbose, to see 'VERBOSE: ' lines.")

    examples = (
        Example("Write-Verbose 'Reading the store'; 'done'", "Nothing is shown by default.", "done\n"),
        Example("Write-Verbose 'Reading the store' -Verbose", "Shows VERBOSE: Reading the store"),
    )
