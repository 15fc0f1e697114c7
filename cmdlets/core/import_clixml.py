"""Import-Clixml: rebuild objects from a CLIXML file (the reader is cmdlets/core/_clixml_read.py)."""
from __future__ import annotations

from cmdlets.core._clixml_read import ClixmlError, read_objects
from cmdlets.core._clixml_values import DeserializedInt
from cmdlets.core._files import read_file_text, resolve_file_path
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf, to_int
from pyshell.runtime.values import PSHashtable, SwitchParameter, dictionary_entry

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterator

BY_PATH, BY_LITERAL_PATH = "ByPath", "ByLiteralPath"
UINT64_MAX = 2 ** 64 - 1


class UInt64:
    """System.UInt64, the type of the paging parameters -First and -Skip."""

    ps_type_name = "System.UInt64"

    @staticmethod
    def ps_convert(value: Any) -> int:
        return to_int(value, "System.UInt64", 0, UINT64_MAX)


class ImportClixml(Cmdlet):
    """Creates objects from a CLIXML file, such as one Export-Clixml wrote."""

    verb, noun = "Import", "Clixml"
    implementing_type = "Microsoft.PowerShell.Commands.ImportClixmlCommand"
    default_set = BY_PATH
    description = ("Import-Clixml reads a file in PowerShell's CLIXML format and writes the objects it holds. "
                   "Simple values (strings, numbers, dates, GUIDs and the like) come back as themselves, "
                   "hashtables as hashtables and arrays as ArrayLists. Other objects come back as property bags: "
                   "their type names get the prefix Deserialized. (so the formatter shows them by their "
                   "properties) and they keep the text and the property values that were saved, but none of the "
                   "original object's methods. A script block comes back as its text. The file's byte order mark "
                   "decides its encoding, else UTF-8. -First, -Skip and -IncludeTotalCount page through the "
                   "objects; when they are used, a saved array or hashtable is paged through item by item.")

    path = Parameter(ListOf(str), sets={BY_PATH: SetOptions(position=0, mandatory=True, pipeline=True,
                                                            by_property_name=True)},
                     help="The CLIXML files to read. Wildcards may be used if each names exactly one file.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={BY_LITERAL_PATH: SetOptions(mandatory=True, by_property_name=True)},
                             help="The CLIXML files to read, used exactly as typed.")
    include_total_count = Parameter(SwitchParameter, help="Writes, before the objects of each file, the number of "
                                                          "objects; Import-Clixml does not count them in advance, "
                                                          "so this is the object 'Unknown total count'.")
    skip = Parameter(UInt64, help="Leaves out this many objects (or items of saved collections) first.")
    first = Parameter(UInt64, help="Writes only this many objects (or items of saved collections).")

    examples = (
        Example("Get-CsXmppAllowedPartner | Export-Clixml partners.xml; Import-Clixml partners.xml | "
                "Where-Object Domain -like *.org",
                "Saves the XMPP partners and reads back those whose domain ends in .org."),
        Example('"one", "two", "three" | Export-Clixml words.xml; Import-Clixml words.xml -Skip 1 -First 1',
                "Pages through the saved objects.", "two\n"),
    )

    def process(self) -> None:
        literal = self.literal_path is not None
        paths = self.literal_path if literal else self.path
        for path in paths or []:
            native = resolve_file_path(self, path, literal, reading=True)
            text = read_file_text(self, native)
            if self.include_total_count:
                self.write_object(DeserializedInt(0, ["System.UInt64", "System.ValueType", "System.Object"],
                                                  "Unknown total count"))
            try:
                self._write_all(read_objects(text))
            except ClixmlError as exc:
                self.throw_terminating(self.error_record(str(exc), "System.Xml.XmlException",
                                                         ErrorCategory.NotSpecified, exception_type="XmlException"))

    def _write_all(self, objects: Iterator[Any]) -> None:
        skip = self.skip or 0
        first = self.first if self.first is not None else UINT64_MAX
        if skip == 0 and first == UINT64_MAX:
            for obj in objects:
                self.write_object(obj)
            return
        # With paging, PowerShell pages through the items of a saved collection as through objects.
        skipped = count = 0
        for obj in objects:
            for item in _paged_items(obj):
                if count >= first:
                    return
                skipped += 1
                if skipped > skip:
                    count += 1
                    self.write_object(item)
            if count >= first:
                return


def _paged_items(obj: Any) -> list[Any]:
    if isinstance(obj, PSHashtable):
        return [dictionary_entry(k, v) for k, v in obj.items()]
    if isinstance(obj, (list, tuple)):
        return list(obj)
    return [obj]

