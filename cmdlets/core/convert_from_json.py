"""ConvertFrom-Json: JSON text to PSCustomObjects."""
from __future__ import annotations

import os
from cmdlets.core._json_read import BadJson, DuplicateKeys, from_json
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class ConvertFromJson(Cmdlet):
    """Converts a JSON-formatted string to a custom object."""

    verb, noun = "ConvertFrom", "Json"
    implementing_type = "Microsoft.PowerShell.Commands.ConvertFromJsonCommand"
    output_types = ("System.Management.Automation.PSCustomObject",)
    description = ("ConvertFrom-Json reads JSON text and writes objects: a JSON object becomes a PSCustomObject "
                   "with a property per member, an array becomes an array, whole numbers become Int32 or Int64, "
                   "numbers with a decimal point Decimal and numbers with an exponent Double, and "
                   '"\\/Date(milliseconds)\\/" strings become dates. As Windows PowerShell 5.1 (which reads JSON '
                   "with .NET's JavaScriptSerializer) it also accepts member names without quotes and strings in "
                   "single quotes. Lines piped in one by one are joined into one text unless the first is already "
                   "complete JSON. A top-level JSON array is written as one array object, not element by element.")

    input_object = Parameter(str, position=0, mandatory=True, pipeline=True, allow_empty_string=True,
                             help="The JSON text. Lines piped one by one (as Get-Content writes them) are joined.")

    examples = (
        Example('\'{"Name":"alpha","Size":5}\' | ConvertFrom-Json',
                "A JSON object becomes an object with a property per member.",
                "\nName  Size\n----  ----\nalpha    5\n\n\n"),
        Example('$o = \'{"tags":["a","b"],"inner":{"n":1}}\' | ConvertFrom-Json; $o.tags[1]; $o.inner.n',
                "Nested arrays and objects.", "b\n1\n"),
    )

    def begin(self) -> None:
        self._texts: list[str] = []

    def process(self) -> None:
        self._texts.append(self.input_object if self.input_object is not None else "")

    def end(self) -> None:
        texts = self._texts
        if not texts:
            return
        if len(texts) == 1:
            self._convert(texts[0])
            return
        try:
            first = from_json(texts[0])
        except (BadJson, RecursionError):     # the first line is not JSON on its own: read them all as one
            self._convert(os.linesep.join(texts))
            return
        except DuplicateKeys as exc:
            self._duplicate_keys(exc)
            return
        self.write_object(first)
        if first is not None:
            for text in texts[1:]:
                self._convert(text)
        else:
            self._convert(os.linesep.join(texts))

    def _convert(self, text: str) -> Any:
        try:
            value = from_json(text)
        except DuplicateKeys as exc:
            self._duplicate_keys(exc)
            return None
        except (BadJson, RecursionError) as exc:
            # the serializer's exception leaves the cmdlet as it is: no target object
            message = str(exc) if isinstance(exc, BadJson) else "RecursionLimit exceeded."
            self.throw_terminating(self.error_record(message, "System.ArgumentException",
                                                     ErrorCategory.NotSpecified, exception_type="ArgumentException"))
            return None
        self.write_object(value)
        return value

    def _duplicate_keys(self, exc: DuplicateKeys) -> None:
        self.throw_terminating(self.error_record(
            "Cannot convert the JSON string because a dictionary that was converted from the string contains "
            f"the duplicated keys '{exc.first}' and '{exc.second}'.", "DuplicateKeysInJsonString",
            ErrorCategory.InvalidOperation, exception_type="InvalidOperationException"))
