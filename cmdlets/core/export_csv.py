"""Export-Csv: write objects to a CSV file."""
from __future__ import annotations

import os

from cmdlets.core._csv import CharType, chosen_delimiter, CsvImporter, CsvReader, CsvWriter
from cmdlets.core._files import CSV_ENCODINGS, TextFileWriter, cmdlet_path, detect_encoding, encoding, validate_set
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.commands.validators import validate_not_null_or_empty
from pyshell.errors import ErrorCategory
from pyshell.runtime.values import PSObject, SwitchParameter

DELIMITER, USE_CULTURE = "Delimiter", "UseCulture"


class ExportCsv(Cmdlet):
    """Converts objects into a series of comma-separated value (CSV) strings and saves the strings to a file."""

    verb, noun = "Export", "Csv"
    implementing_type = "Microsoft.PowerShell.Commands.ExportCsvCommand"
    default_set = DELIMITER
    supports_should_process = True
    description = ("Export-Csv writes objects to a CSV file as ConvertTo-Csv formats them: a #TYPE line (unless "
                   "-NoTypeInformation), a header of the first object's property names, then a line per object. "
                   "Windows PowerShell 5.1 writes ASCII unless -Encoding says otherwise. With -Append the rows go "
                   "at the end of an existing file, in its columns; an object lacking one of them is an error "
                   "unless -Force is given.")

    input_object = Parameter(PSObject, mandatory=True, pipeline=True, by_property_name=True,
                             help="The objects to export. Usually they arrive through the pipeline.")
    path = Parameter(str, position=0, validators=(validate_not_null_or_empty,), help="The CSV file to write.")
    literal_path = Parameter(str, aliases=("PSPath",), validators=(validate_not_null_or_empty,),
                             help="The CSV file to write, used exactly as typed.")
    delimiter = Parameter(CharType, sets={DELIMITER: SetOptions(position=1)},
                          help="The character between values (a comma unless told otherwise).")
    use_culture = Parameter(SwitchParameter, sets=(USE_CULTURE,),
                            help="Uses the culture's list separator (a comma in en-US) as the delimiter.")
    append = Parameter(SwitchParameter, help="Adds the objects to the end of the file instead of replacing it.")
    force = Parameter(SwitchParameter, help="Overwrites a read-only file, and with -Append writes objects whose "
                                            "properties do not match the file's columns.")
    no_clobber = Parameter(SwitchParameter, aliases=("NoOverwrite",),
                           help="Stops with an error instead of replacing a file that exists.")
    encoding = Parameter(str, validators=(validate_set(CSV_ENCODINGS),),
                         help="The character encoding: ASCII (the default), UTF8, UTF7, UTF32, Unicode, "
                              "BigEndianUnicode, Default or OEM.")
    no_type_information = Parameter(SwitchParameter, aliases=("NTI",), help="Leaves out the #TYPE line.")

    examples = (
        Example("Get-CsAdminRole | Export-Csv -Path roles.csv -NoTypeInformation",
                "Saves the RBAC roles in roles.csv."),
        Example('[pscustomobject]@{Name="alpha"; Size=5} | Export-Csv items.csv -NoTypeInformation; '
                '[pscustomobject]@{Name="beta"; Size=12} | Export-Csv items.csv -Append; Import-Csv items.csv',
                "Appending adds rows under the existing header.",
                "\nName  Size\n----  ----\nalpha 5   \nbeta  12  \n\n\n"),
    )

    def begin(self) -> None:
        self._file: TextFileWriter | None = None
        self._writer: CsvWriter | None = None
        given = [p for p in (self.path, self.literal_path) if p is not None]
        if len(given) != 1:
            self.throw_terminating(self.error_record(
                "You must specify either the -Path or -LiteralPath parameters, but not both.",
                "CannotSpecifyPathAndLiteralPath", ErrorCategory.InvalidData, exception_type="InvalidOperationException"))
        self._given = given[0]
        if not self.should_process(self._given):
            return
        delimiter = chosen_delimiter(self)
        full = cmdlet_path(self, self._given)
        existing: list[str] | None = None
        enc = encoding(self.encoding, "ASCII")
        if self.append and os.path.isfile(full) and os.path.getsize(full) > 0:
            with open(full, "rb") as handle:
                data = handle.read()
            found, skip = detect_encoding(data)
            enc = found if not self.encoding else enc
            importer = CsvImporter(delimiter)
            reader = CsvReader(data[skip:].decode(found.codec, errors="replace"), delimiter)
            importer.type_name = reader.read_type()
            existing = reader.record(is_header=True) or None
        self._existing = existing
        self._delimiter = delimiter
        self._file = TextFileWriter(self, self._given, enc, append=bool(self.append), force=bool(self.force),
                                    no_clobber=bool(self.no_clobber))

    def process(self) -> None:
        if self._file is None or self.input_object is None:
            return
        if self._writer is None:
            self._writer = CsvWriter(self._delimiter, not self.no_type_information, self._existing)
            if self._existing is not None:
                self._check_columns(self._existing)
        for line in self._writer.lines(self.input_object):
            self._file.write_line(line)
        self._file.flush()

    def _check_columns(self, columns: list[str]) -> None:
        from cmdlets.core._csv import properties
        have = {name.lower() for name, _ in properties(self.input_object)}
        for column in columns:
            if column.lower() not in have and not self.force:
                self._file.close()  # type: ignore[union-attr]
                self.throw_terminating(self.error_record(
                    f"Cannot append CSV content to the following file: {self._given}. The appended object does not "
                    f"have a property that corresponds to the following column: {column}. To continue with "
                    "mismatched properties, add the -Force parameter, and then retry the command.",
                    "CannotAppendCsvWithMismatchedPropertyNames", ErrorCategory.InvalidData, target=column,
                    exception_type="InvalidOperationException"))

    def end(self) -> None:
        if self._file is not None:
            self._file.close()
