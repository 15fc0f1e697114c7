"""Export-Clixml: save objects in PowerShell's CLIXML format (the writer is cmdlets/core/_clixml.py)."""
from __future__ import annotations

from cmdlets.core._clixml import DEFAULT_DEPTH, ClixmlWriter
from cmdlets.core._files import CSV_ENCODINGS, TextFileWriter, encoding, resolve_file_path, validate_set
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.commands.validators import validate_range
from pyshell.runtime.values import PSObject, SwitchParameter

BY_PATH, BY_LITERAL_PATH = "ByPath", "ByLiteralPath"


class ExportClixml(Cmdlet):
    """Saves objects in an XML file that Import-Clixml can turn back into objects."""

    verb, noun = "Export", "Clixml"
    implementing_type = "Microsoft.PowerShell.Commands.ExportClixmlCommand"
    default_set = BY_PATH
    supports_should_process = True
    description = ("Export-Clixml writes each object it receives into one XML file in the format PowerShell uses to "
                   "carry objects between sessions (CLIXML). Numbers, strings, dates and the other simple values "
                   "keep their types; hashtables, arrays and lists keep their items; any other object keeps its "
                   "type names, its text and its properties, down to -Depth levels (2 unless told otherwise), "
                   "below which an object is saved as its text. Custom objects, hashtables and arrays do not use "
                   "up depth. An object met a second time is saved as a reference to the first. Windows "
                   "PowerShell 5.1 writes the file as Unicode (UTF-16 with a byte order mark) unless -Encoding "
                   "says otherwise. Import-Clixml reads the file back.")

    depth = Parameter(int, validators=(validate_range(1, 2 ** 31 - 1),),
                      help="How many levels of contained objects are saved with their properties (2 when not "
                           "given); deeper objects are saved as their text.")
    path = Parameter(str, sets={BY_PATH: SetOptions(position=0, mandatory=True)},
                     help="The file to write. Wildcards may be used if they name exactly one file.")
    literal_path = Parameter(str, aliases=("PSPath",), sets={BY_LITERAL_PATH: SetOptions(mandatory=True)},
                             help="The file to write, used exactly as typed (no wildcards).")
    input_object = Parameter(PSObject, mandatory=True, pipeline=True, allow_null=True,
                             help="The objects to save. Usually they arrive through the pipeline; given with "
                                  "-InputObject, an array is saved as one array.")
    force = Parameter(SwitchParameter, help="Replaces the file even when it is read-only (the read-only attribute "
                                            "is put back afterwards).")
    no_clobber = Parameter(SwitchParameter, aliases=("NoOverwrite",),
                           help="Stops with an error instead of replacing a file that exists.")
    encoding = Parameter(str, validators=(validate_set(CSV_ENCODINGS),),
                         help="The character encoding: Unicode (the default), UTF7, UTF8, ASCII, UTF32, "
                              "BigEndianUnicode, Default (the ANSI code page) or OEM.")

    examples = (
        Example("Get-CsXmppAllowedPartner | Export-Clixml -Path partners.xml",
                "Saves every XMPP partner in partners.xml; Import-Clixml partners.xml gives them back."),
        Example('@{Name="alpha"; Size=5} | Export-Clixml item.xml; (Import-Clixml item.xml).Size',
                "A hashtable comes back as a hashtable.", "5\n"),
        Example('[pscustomobject]@{Name="beta"} | Export-Clixml b.xml; (Import-Clixml b.xml).PSObject.TypeNames',
                "Objects read back carry their type names with the Deserialized. prefix.",
                "Deserialized.System.Management.Automation.PSCustomObject\nDeserialized.System.Object\n"),
    )

    def begin(self) -> None:
        self._file: TextFileWriter | None = None
        self._writer: ClixmlWriter | None = None
        given = self.path if self.path is not None else self.literal_path
        if not self.should_process(given):
            return
        native = resolve_file_path(self, given, literal=self.literal_path is not None)
        self._file = TextFileWriter(self, native, encoding(self.encoding, "Unicode"), force=bool(self.force),
                                    no_clobber=bool(self.no_clobber), given=given)
        self._writer = ClixmlWriter(self._file.write, self.depth if self.depth is not None else DEFAULT_DEPTH)

    def process(self) -> None:
        if self._writer is not None and self._file is not None:
            self._writer.write(self.input_object)
            self._file.flush()

    def end(self) -> None:
        if self._writer is not None and self._file is not None:
            self._writer.close()
            self._file.close()
