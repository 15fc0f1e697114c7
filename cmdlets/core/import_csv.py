"""Import-Csv: read a CSV file as objects."""
from __future__ import annotations

from cmdlets.core._csv import CharType, chosen_delimiter, CsvImporter, DuplicateHeader
from cmdlets.core._files import CSV_ENCODINGS, read_text, validate_set
from cmdlets.core.convert_from_csv import duplicate_header
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.commands.validators import validate_not_null_or_empty
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import SwitchParameter

DELIMITER, USE_CULTURE = "Delimiter", "UseCulture"


class ImportCsv(Cmdlet):
    """Creates table-like custom objects from the items in a CSV file."""

    verb, noun = "Import", "Csv"
    implementing_type = "Microsoft.PowerShell.Commands.ImportCsvCommand"
    default_set = DELIMITER
    description = ("Import-Csv reads a CSV file and writes an object per record, with a string property per "
                   "column. The first record is the header unless -Header gives the names; a #TYPE line, if "
                   "present, names the objects' type (with a CSV: prefix). A byte order mark decides the encoding, "
                   "else -Encoding, else UTF-8.")

    path = Parameter(ListOf(str), position=0, pipeline=True, validators=(validate_not_null_or_empty,),
                     help="The CSV files to read.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",), by_property_name=True,
                             validators=(validate_not_null_or_empty,),
                             help="The CSV files to read, used exactly as typed.")
    delimiter = Parameter(CharType, sets={DELIMITER: SetOptions(position=1)},
                          help="The character between values (a comma unless told otherwise).")
    use_culture = Parameter(SwitchParameter, sets={USE_CULTURE: SetOptions(mandatory=True)},
                            help="Uses the culture's list separator (a comma in en-US) as the delimiter.")
    header = Parameter(ListOf(str), validators=(validate_not_null_or_empty,),
                       help="The column names, when the file has no header record (its first record is then read "
                            "as data).")
    encoding = Parameter(str, validators=(validate_set(CSV_ENCODINGS),),
                         help="The encoding of a file without a byte order mark: UTF8 (the default), UTF7, UTF32, "
                              "Unicode, BigEndianUnicode, ASCII, Default or OEM.")

    examples = (
        Example("Get-CsAdminRole | Export-Csv roles.csv; Import-Csv roles.csv | Where-Object Identity -like Cs*Desk",
                "Exports the roles and reads them back."),
        Example('"Name,Size", "alpha,5" | Out-File items.csv -Encoding UTF8; Import-Csv items.csv | Format-List',
                "Reads a file written with a byte order mark.", "\n\nName : alpha\nSize : 5\n\n\n\n"),
    )

    def begin(self) -> None:
        delimiter = chosen_delimiter(self)
        self._delimiter = delimiter
        self._warned = False

    def process(self) -> None:
        paths = self.path if self.path is not None else self.literal_path
        if (self.path is None) == (self.literal_path is None):
            self.throw_terminating(self.error_record(
                "You must specify either the -Path or -LiteralPath parameters, but not both.",
                "CannotSpecifyPathAndLiteralPath", ErrorCategory.InvalidData, exception_type="InvalidOperationException"))
        for path in paths or []:
            importer = CsvImporter(self._delimiter, list(self.header) if self.header else None)
            importer.warned = self._warned
            text = read_text(self, path, self.encoding)
            try:
                for obj in importer.objects(text, self.write_warning):
                    self.write_object(obj)
            except DuplicateHeader as exc:
                duplicate_header(self, exc)
            self._warned = importer.warned
