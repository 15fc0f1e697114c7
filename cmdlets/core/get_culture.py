"""Get-Culture: the culture the session formats numbers and dates in."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example


class GetCulture(Cmdlet):
    """Gets the culture set for the session's formatting."""

    verb, noun = "Get", "Culture"
    implementing_type = "Microsoft.PowerShell.Commands.GetCultureCommand"
    output_types = ("System.Globalization.CultureInfo",)
    description = ("Get-Culture writes a CultureInfo object for en-US, the culture of pyshell's simulated "
                   "Windows Server; it is shown as a table of LCID, Name and DisplayName, and its TextInfo, "
                   "NumberFormat and DateTimeFormat tell how text, numbers and dates are written.")

    examples = (
        Example("Get-Culture", "Shows the culture: 1033, en-US, English (United States)."),
        Example("(Get-Culture).Name", "The culture's name.", "en-US\n"),
        Example('(Get-Culture).TextInfo.ToTitleCase("ken MYER")',
                "Capitalises each word; a word written in capitals stays so.", "Ken MYER\n"),
    )

    def process(self) -> None:
        from pyshell.runtime.culture import current_culture
        self.write_object(current_culture(self.context))
