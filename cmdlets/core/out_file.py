"""Out-File: write objects to a file as the console would show them."""
from __future__ import annotations

from cmdlets.core._files import OUT_FILE_ENCODINGS, TextFileWriter, encoding, validate_set
from cmdlets.core._text_output import default_columns, line_renderer
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.commands.validators import validate_range
from pyshell.runtime.values import PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

BY_PATH, BY_LITERAL_PATH = "ByPath", "ByLiteralPath"


class FileRenderer:
    """Formats objects into a text file (Out-File's work, which Tee-Object -FilePath shares)."""

    def __init__(self, cmdlet: Any, path: str, enc_name: str | None, append: bool, force: bool = False,
                 no_clobber: bool = False, width: int | None = None, no_newline: bool = False):
        self.file = TextFileWriter(cmdlet, path, encoding(enc_name, "unicode"), append=append, force=force,
                                   no_clobber=no_clobber)
        self.no_newline = no_newline
        columns = width if width is not None else default_columns(cmdlet)
        self.renderer = line_renderer(cmdlet, self._line, columns)

    def _line(self, line: str) -> None:
        if self.no_newline:
            self.file.write(line)
        else:
            self.file.write_line(line)

    def push(self, obj: Any) -> None:
        self.renderer.push(obj)
        self.file.flush()

    def close(self) -> None:
        try:
            self.renderer.close()
        finally:
            self.file.close()


class OutFile(Cmdlet):
    """Sends output to a file."""

    verb, noun = "Out", "File"
    implementing_type = "Microsoft.PowerShell.Commands.OutFileCommand"
    default_set = BY_PATH
    supports_should_process = True
    description = ("Out-File writes its input to a file exactly as the console would show it: tables, lists and "
                   "the output of the Format-* cmdlets become lines of text. Windows PowerShell 5.1 writes Unicode "
                   "(UTF-16 with a byte order mark) unless -Encoding says otherwise, and lines are as wide as the "
                   "console less one cell unless -Width is given. The file is replaced unless -Append is used; "
                   "-NoClobber refuses to replace an existing file.")

    file_path = Parameter(str, aliases=("Path",), sets={BY_PATH: SetOptions(position=0, mandatory=True)},
                          help="The file to write. A relative path is taken from the current directory.")
    literal_path = Parameter(str, aliases=("PSPath",), sets={BY_LITERAL_PATH: SetOptions(mandatory=True)},
                             help="The file to write, used exactly as typed.")
    encoding = Parameter(str, position=1, validators=(validate_set(OUT_FILE_ENCODINGS),),
                         help="The character encoding: Unicode (the default), UTF8, UTF7, UTF32, ASCII, "
                              "BigEndianUnicode, Default (the ANSI code page), OEM, String or Unknown.")
    append = Parameter(SwitchParameter, help="Adds the output to the end of the file instead of replacing it.")
    force = Parameter(SwitchParameter, help="Writes the file even when it is read-only.")
    no_clobber = Parameter(SwitchParameter, aliases=("NoOverwrite",),
                           help="Stops with an error instead of replacing a file that exists.")
    width = Parameter(int, validators=(validate_range(2),), help="The number of characters in each line; longer values "
                                                          "are cut or wrapped as in a console that wide.")
    no_newline = Parameter(SwitchParameter, help="Writes the lines one after another without line endings.")
    input_object = Parameter(PSObject, pipeline=True, help="The objects to write. Usually they arrive through the "
                                                            "pipeline.")

    examples = (
        Example("Get-CsAdminRole | Out-File -FilePath roles.txt",
                "Saves the table of RBAC roles, as the console shows it, in roles.txt (UTF-16)."),
        Example('"one" | Out-File notes.txt -Encoding ASCII; "two" | Out-File notes.txt -Append -Encoding ASCII',
                "Writes a line, then adds a second one to the same ASCII file."),
    )

    def open_for_redirection(self, path: str, append: bool) -> TextFileWriter:
        """The file behind `> path` or `>> path`. PowerShell's redirection starts an Out-File with just
        -FilePath (and -Append) before the command runs, so the file is opened, and refused, here: with
        Out-File's own errors."""
        self.file_path, self.append = path, SwitchParameter(append)
        return TextFileWriter(self, path, encoding(None, "unicode"), append=append)

    def begin(self) -> None:
        self._output: FileRenderer | None = None
        path = self.file_path if self.file_path is not None else self.literal_path
        if not self.should_process(path, "Output to File"):
            return
        self._output = FileRenderer(self, path, self.encoding, bool(self.append), bool(self.force),
                                    bool(self.no_clobber), self.width, bool(self.no_newline))

    def process(self) -> None:
        if self._output is not None and self.input_object is not None:
            self._output.push(self.input_object)

    def end(self) -> None:
        if self._output is not None:
            self._output.close()
