"""Stop-Transcript: close the newest transcript Start-Transcript opened."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example
from pyshell.errors import ErrorCategory, PSError
from pyshell.transcript import stop


class StopTranscript(Cmdlet):
    """Stops a transcript."""

    verb, noun = "Stop", "Transcript"
    implementing_type = "Microsoft.PowerShell.Commands.StopTranscriptCommand"
    description = ("Stop-Transcript writes the footer (the end time) to the newest open transcript, closes it and "
                   "writes its path. Without an open transcript it is an error.")

    examples = (
        Example("Start-Transcript -Path ./demo.txt; Stop-Transcript",
                "Opens and closes a transcript; Stop-Transcript says where the file is."),
        Example("Stop-Transcript -ErrorAction SilentlyContinue",
                "Makes sure no transcript is running, without an error when none is."),
    )

    def end(self) -> None:
        transcript = stop(self.context)
        if transcript is None:
            raise PSError(self.error_record(
                "An error occurred stopping transcription: The host is not currently transcribing.",
                "InvalidOperation", ErrorCategory.InvalidOperation, exception_type="PSInvalidOperationException"))
        self.write_object(f"Transcript stopped, output file is {transcript.path}")
