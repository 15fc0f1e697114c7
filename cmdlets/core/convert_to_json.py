"""ConvertTo-Json: objects to JSON text, as Windows PowerShell 5.1 writes it."""
from __future__ import annotations

from cmdlets.core._json import MAX_DEPTH, NonStringKey, to_json
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.commands.validators import validate_range
from pyshell.errors import ErrorCategory
from pyshell.runtime.typenames import type_name_of
from pyshell.runtime.values import SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class ConvertToJson(Cmdlet):
    """Converts an object to a JSON-formatted string."""

    verb, noun = "ConvertTo", "Json"
    implementing_type = "Microsoft.PowerShell.Commands.ConvertToJsonCommand"
    output_types = ("System.String",)
    description = ("ConvertTo-Json turns objects into JSON text. Properties become members, arrays become arrays, "
                   "hashtables become objects, enumerations become their numbers and dates become "
                   '"\\/Date(milliseconds)\\/" strings, as Windows PowerShell 5.1 writes them. Objects nested more '
                   "than -Depth levels down (2 unless told otherwise) are written as their string form, without a "
                   "warning, as in 5.1. Several input objects make one JSON array. The text is indented the way "
                   "5.1 does it unless -Compress is given.")

    input_object = Parameter(object, position=0, mandatory=True, pipeline=True, allow_null=True,
                             help="The objects to convert. Several objects from the pipeline make one JSON array.")
    depth = Parameter(int, default=2, validators=(validate_range(1),),
                      help="How many levels of contained objects to write in full (1 to 100); deeper objects are "
                           "written as strings.")
    compress = Parameter(SwitchParameter, help="Leaves out the indentation and line breaks.")

    examples = (
        Example('[pscustomobject]@{Name="alpha"; Size=5} | ConvertTo-Json',
                "An object becomes a JSON object, indented as Windows PowerShell 5.1 does it.",
                '{\n    "Name":  "alpha",\n    "Size":  5\n}\n'),
        Example('@{Name="alpha"; Tags=@("a","b")} | ConvertTo-Json -Compress',
                "The same in one line.", '{"Name":"alpha","Tags":["a","b"]}\n'),
        Example("Get-CsXmppAllowedPartner -Identity gmail.com | ConvertTo-Json",
                "A Lync object, its enumerations written as numbers."),
    )

    def begin(self) -> None:
        if self.depth > MAX_DEPTH:
            self.throw_terminating(self.error_record(f"The maximum depth allowed for serialization is {MAX_DEPTH}.",
                                                     "ReachedMaximumDepthAllowed", ErrorCategory.InvalidOperation,
                                                     exception_type="InvalidOperationException"))
        self._objects: list[Any] = []

    def process(self) -> None:
        if self.input_object is not None:
            self._objects.append(self.input_object)

    def end(self) -> None:
        if not self._objects:
            return
        target = self._objects[0] if len(self._objects) == 1 else list(self._objects)
        try:
            text = to_json(target, self.depth, bool(self.compress), self.context.ofs)
        except NonStringKey as exc:
            self.throw_terminating(self.error_record(
                f"The type '{type_name_of(exc.table)}' is not supported for serialization or deserialization of a "
                "dictionary. Keys must be strings.", "NonStringKeyInDictionary", ErrorCategory.InvalidOperation,
                target=exc.table, exception_type="InvalidOperationException"))
            return
        self.write_object(text)     # 5.1 cuts at -Depth silently (PowerShell 7.1 added a warning)
