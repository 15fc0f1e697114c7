"""Clear-Host: clear the console screen."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example

# Erase the screen and the scroll-back, then put the cursor in the top left corner.
CLEAR_SCREEN = "\x1b[2J\x1b[3J\x1b[H"


class ClearHost(Cmdlet):
    """Clears the display in the host program."""

    verb, noun = "Clear", "Host"
    implementing_type = "Microsoft.PowerShell.Commands.ClearHostCommand"
    description = ("Clear-Host empties the console window and puts the prompt back at the top. When the output is "
                   "not a terminal (redirected to a file or another program) there is nothing to clear and it "
                   "writes nothing.")

    examples = (
        Example("Clear-Host", "Clears the screen.", ""),
        Example("cls", "The same, by its alias.", ""),
    )

    def end(self) -> None:
        host = self.context.host
        if getattr(host, "is_terminal", False):
            host.write(CLEAR_SCREEN)
