"""Tee-Object: save the pipeline's objects in a file or a variable and pass them on."""
from __future__ import annotations

from cmdlets.core.out_file import FileRenderer
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.runtime.values import PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FILE, LITERAL_FILE, VARIABLE = "File", "LiteralFile", "Variable"


class TeeObject(Cmdlet):
    """Saves command output in a file or variable and also sends it down the pipeline."""

    verb, noun = "Tee", "Object"
    implementing_type = "Microsoft.PowerShell.Commands.TeeObjectCommand"
    default_set = FILE
    description = ("Tee-Object passes every object on unchanged and also keeps a copy: in a file, written as "
                   "Out-File writes it (the console's text, UTF-16), or in a variable, which holds the one object "
                   "or an array of them once the pipeline ends.")

    input_object = Parameter(PSObject, pipeline=True, help="The objects to save and pass on.")
    file_path = Parameter(str, sets={FILE: SetOptions(position=0, mandatory=True)},
                          help="The file to save the objects in, as text. It is replaced unless -Append is given.")
    literal_path = Parameter(str, aliases=("PSPath",), sets={LITERAL_FILE: SetOptions(mandatory=True)},
                             help="The file to save the objects in, used exactly as typed.")
    append = Parameter(SwitchParameter, sets=(FILE,), help="Adds to the end of the file instead of replacing it.")
    variable = Parameter(str, sets={VARIABLE: SetOptions(mandatory=True)},
                         help="The name of the variable (without $) that receives the objects.")

    examples = (
        Example('Get-CsAdminRole | Tee-Object -Variable roles | Where-Object Identity -like "CsHelp*"',
                "Shows the help-desk role and keeps every role in $roles."),
        Example('1, 2, 3 | Tee-Object -Variable numbers | Out-Null; $numbers.Count',
                "The variable holds every object that passed.", "3\n"),
        Example("Get-CsXmppAllowedPartner | Tee-Object -FilePath partners.txt",
                "Shows the partners and saves the same table in partners.txt."),
    )

    def begin(self) -> None:
        self._file: FileRenderer | None = None
        self._values: list[Any] = []
        if self.parameter_set_name != VARIABLE:
            path = self.file_path if self.file_path is not None else self.literal_path
            self._file = FileRenderer(self, path, None, append=bool(self.append))

    def process(self) -> None:
        obj = self.input_object
        if self._file is not None:
            if obj is not None:
                self._file.push(obj)
        else:
            self._values.append(obj)
        self.write_object(obj)

    def end(self) -> None:
        if self._file is not None:
            self._file.close()
            return
        values = self._values
        self.context.set_var(self.variable, None if not values else values[0] if len(values) == 1 else list(values))
