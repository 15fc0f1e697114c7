"""What Write-Warning, Write-Verbose and Write-Debug share: one message parameter, written to a
stream whose preference variable decides whether it is shown."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Parameter
from pyshell.runtime.conversion import to_string


class StreamMessage(Cmdlet):
    """Base of the Write-<stream> cmdlets: `stream` names the stream."""

    stream = ""

    message = Parameter(str, position=0, mandatory=True, pipeline=True, aliases=("Msg",), allow_empty_string=True,
                        help="The text to write. It may also come through the pipeline.")

    def process(self) -> None:
        self.runtime.write_stream(self.stream, to_string(self.message))
