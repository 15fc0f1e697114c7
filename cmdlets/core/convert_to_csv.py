"""ConvertTo-Csv: objects to lines of comma-separated values."""
from __future__ import annotations

from cmdlets.core._csv import CharType, chosen_delimiter, CsvWriter
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.runtime.values import PSObject, SwitchParameter

DELIMITER, USE_CULTURE = "Delimiter", "UseCulture"


class ConvertToCsv(Cmdlet):
    """Converts objects into a series of comma-separated value (CSV) strings."""

    verb, noun = "ConvertTo", "Csv"
    implementing_type = "Microsoft.PowerShell.Commands.ConvertToCsvCommand"
    default_set = DELIMITER
    output_types = ("System.String",)
    description = ("ConvertTo-Csv writes CSV text, one string per line: first (as Windows PowerShell 5.1 does by "
                   "default) a #TYPE line naming the first object's type, then a header with its property names, "
                   "then a line per object with every value in double quotes. The first object decides the columns; "
                   "a later object's missing properties give empty fields.")

    input_object = Parameter(PSObject, position=0, mandatory=True, pipeline=True, by_property_name=True,
                             help="The objects to convert. Usually they arrive through the pipeline.")
    delimiter = Parameter(CharType, sets={DELIMITER: SetOptions(position=1)},
                          help="The character between values (a comma unless told otherwise).")
    use_culture = Parameter(SwitchParameter, sets=(USE_CULTURE,),
                            help="Uses the culture's list separator (a comma in en-US) as the delimiter.")
    no_type_information = Parameter(SwitchParameter, aliases=("NTI",), help="Leaves out the #TYPE line.")

    examples = (
        Example('[pscustomobject]@{Name="alpha"; Size=5} | ConvertTo-Csv',
                "Windows PowerShell 5.1 starts with the #TYPE line.",
                '#TYPE System.Management.Automation.PSCustomObject\n"Name","Size"\n"alpha","5"\n'),
        Example('[pscustomobject]@{Name="alpha"; Size=5} | ConvertTo-Csv -NoTypeInformation -Delimiter ";"',
                "No type line, and semicolons between the values.", '"Name";"Size"\n"alpha";"5"\n'),
        Example("Get-CsAdminRole | ConvertTo-Csv -NoTypeInformation", "The RBAC roles as CSV."),
    )

    def begin(self) -> None:
        delimiter = chosen_delimiter(self)
        self._writer = CsvWriter(delimiter, not self.no_type_information)

    def process(self) -> None:
        if self.input_object is None:
            return
        for line in self._writer.lines(self.input_object):
            self.write_object(line)
