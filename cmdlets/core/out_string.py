"""Out-String: turn objects into the text the console would show, as strings."""
from __future__ import annotations

from cmdlets.core._text_output import default_columns, line_renderer
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.commands.validators import validate_range
from pyshell.runtime.values import PSObject, SwitchParameter


class OutString(Cmdlet):
    """Sends objects to the host as a series of strings."""

    verb, noun = "Out", "String"
    implementing_type = "Microsoft.PowerShell.Commands.OutStringCommand"
    output_types = ("System.String",)
    description = ("Out-String formats its input exactly as the console would (tables, lists, the output of the "
                   "Format-* cmdlets) and writes the result as text: one string holding every line, each followed "
                   "by a newline, or with -Stream one string per line. Lines are as wide as the console less one "
                   "cell unless -Width says otherwise.")

    input_object = Parameter(PSObject, pipeline=True, help="The objects to turn into text. Usually they arrive "
                                                            "through the pipeline.")
    width = Parameter(int, validators=(validate_range(2),), help="The number of characters in each line; longer values "
                                                          "are cut or wrapped as in a console that wide.")
    stream = Parameter(SwitchParameter, help="Writes each line as a separate string, as soon as it is ready, "
                                             "instead of one string at the end.")

    examples = (
        Example('[pscustomobject]@{Name="alpha"; Size=5} | Out-String',
                "The table as one string; printing it adds the final empty line.",
                "\nName  Size\n----  ----\nalpha    5\n\n\n\n"),
        Example('$text = [pscustomobject]@{Name="alpha"; Size=5} | Out-String -Stream; $text.Count',
                "With -Stream every line, the empty ones too, is its own string.", "6\n"),
        Example("Get-CsAdminRole | Format-Table Identity | Out-String -Width 40",
                "Formatting data from Format-Table rendered 40 characters wide."),
    )

    def begin(self) -> None:
        self._buffer: list[str] = []
        columns = self.width if self.width is not None else default_columns(self)
        self._renderer = line_renderer(self, self._line, columns)

    def _line(self, line: str) -> None:
        if self.stream:
            self.write_object(line)
        else:
            self._buffer.append(line + "\n")

    def process(self) -> None:
        if self.input_object is not None:
            self._renderer.push(self.input_object)

    def end(self) -> None:
        self._renderer.close()
        if not self.stream:
            self.write_object("".join(self._buffer))
