"""ConvertFrom-Csv: lines of comma-separated values to objects."""
from __future__ import annotations

from cmdlets.core._csv import CharType, chosen_delimiter, CsvImporter, DuplicateHeader
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.commands.validators import validate_not_null_or_empty
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf, to_string
from pyshell.runtime.values import SwitchParameter

DELIMITER, USE_CULTURE = "Delimiter", "UseCulture"


def duplicate_header(cmdlet, exc: DuplicateHeader) -> None:
    cmdlet.throw_terminating(cmdlet.error_record(f'The member "{exc.name}" is already present.',
                                                 "AlreadyPresentPSMemberInfoInternalCollectionAdd",
                                                 ErrorCategory.NotSpecified,
                                                 exception_type="ExtendedTypeSystemException"))


class ConvertFromCsv(Cmdlet):
    """Converts object properties in comma-separated value (CSV) format into CSV versions of the original objects."""

    verb, noun = "ConvertFrom", "Csv"
    implementing_type = "Microsoft.PowerShell.Commands.ConvertFromCsvCommand"
    default_set = DELIMITER
    description = ("ConvertFrom-Csv reads CSV text (as ConvertTo-Csv writes it) and writes an object per record, "
                   "with a string property per column. The first record is the header unless -Header gives the "
                   "names; a #TYPE line, if present, names the objects' type (with a CSV: prefix). Quoted values may "
                   "hold the delimiter, doubled quotes and line breaks.")

    input_object = Parameter(ListOf(object), position=0, mandatory=True, pipeline=True, by_property_name=True,
                             help="The CSV text: one or more strings, each holding one or more lines.")
    delimiter = Parameter(CharType, sets={DELIMITER: SetOptions(position=1)},
                          help="The character between values (a comma unless told otherwise).")
    use_culture = Parameter(SwitchParameter, sets={USE_CULTURE: SetOptions(mandatory=True)},
                            help="Uses the culture's list separator (a comma in en-US) as the delimiter.")
    header = Parameter(ListOf(str), validators=(validate_not_null_or_empty,),
                       help="The column names, when the text has no header record (its first record is then read "
                            "as data).")

    examples = (
        Example('"Name,Size", "alpha,5", "beta,12" | ConvertFrom-Csv',
                "Each record becomes an object with string properties.",
                "\nName  Size\n----  ----\nalpha 5   \nbeta  12  \n\n\n"),
        Example('"alpha;5" | ConvertFrom-Csv -Delimiter ";" -Header Name, Size | Format-List',
                "A header given on the command line.", "\n\nName : alpha\nSize : 5\n\n\n\n"),
    )

    def begin(self) -> None:
        delimiter = chosen_delimiter(self)
        self._importer = CsvImporter(delimiter, list(self.header) if self.header else None)

    def process(self) -> None:
        for item in self.input_object or []:
            try:
                for obj in self._importer.objects(to_string(item), self.write_warning):
                    self.write_object(obj)
            except DuplicateHeader as exc:
                duplicate_header(self, exc)
