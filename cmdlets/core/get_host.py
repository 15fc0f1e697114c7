"""Get-Host: the object that stands for the program hosting the session ($Host)."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example


class GetHost(Cmdlet):
    """Gets an object that represents the current host program."""

    verb, noun = "Get", "Host"
    implementing_type = "Microsoft.PowerShell.Commands.GetHostCommand"
    output_types = ("System.Management.Automation.Internal.Host.InternalHost",)
    description = ("Get-Host writes the object $Host holds: the host's name (ConsoleHost, as in the Windows "
                   "PowerShell console), its version, its culture and its user interface, whose RawUI tells "
                   "the window's size. pyshell's host is its own terminal; nothing here changes it.")

    examples = (
        Example("Get-Host", "Shows the host as a list."),
        Example("(Get-Host).Version.Major", "The major version of the host.", "5\n"),
        Example("(Get-Host) -eq $Host", "Get-Host writes the very object $Host holds.", "True\n"),
    )

    def process(self) -> None:
        self.write_object(self.context.get_var("host"))
