"""Get-UICulture: the culture of the session's user interface (en-US, like its formatting culture)."""
from __future__ import annotations

from cmdlets.core.get_culture import GetCulture
from pyshell.commands.parameters import Example


class GetUICulture(GetCulture):
    """Gets the culture the session's user interface uses."""

    verb, noun = "Get", "UICulture"
    implementing_type = "Microsoft.PowerShell.Commands.GetUICultureCommand"
    description = ("Get-UICulture writes a CultureInfo object for the culture messages and help are shown "
                   "in: en-US on pyshell's simulated Windows Server, the same culture Get-Culture writes.")

    examples = (
        Example("Get-UICulture", "Shows the culture: 1033, en-US, English (United States)."),
        Example("(Get-UICulture).Name -eq (Get-Culture).Name", "The two cultures agree.", "True\n"),
    )
