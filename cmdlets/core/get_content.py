"""Get-Content: the lines (or the whole text, or the bytes) of files."""
from __future__ import annotations

import os
import re
from cmdlets.core._content import BYTE, content_encoding, encoding_parameter
from cmdlets.core._files import NO_BOM_UTF8, detect_encoding
from cmdlets.core._filesystem import check_path_arguments, name_selected, os_error, path_items
from cmdlets.core._providers import each_target, existing_items
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

PATH_SET, LITERAL_SET = "Path", "LiteralPath"
_LINE_BREAK = re.compile(r"\r\n|\n|\r")


def split_lines(text: str) -> list[str]:
    """Lines as .NET's ReadLine finds them: ended by CR LF, LF or CR; a final ending adds no line."""
    if not text:
        return []
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def split_delimited(text: str, delimiter: str) -> list[str]:
    """-Delimiter: pieces that each keep the delimiter that ends them."""
    if not text:
        return []
    if not delimiter:
        return [text]
    pieces: list[str] = []
    start = 0
    while True:
        found = text.find(delimiter, start)
        if found == -1:
            break
        pieces.append(text[start:found + len(delimiter)])
        start = found + len(delimiter)
    if start < len(text):
        pieces.append(text[start:])
    return pieces


class GetContent(Cmdlet):
    """Gets the content of the item at the specified location."""

    verb, noun = "Get", "Content"
    implementing_type = "Microsoft.PowerShell.Commands.GetContentCommand"
    default_set = PATH_SET
    output_types = ("System.String", "System.Byte")
    description = ("Get-Content writes the lines of each file, one string per line (CR LF, LF and CR all end a "
                   "line). -Raw writes the whole text as one string instead, line endings included; -TotalCount "
                   "(-First, -Head) only the first lines, -Tail (-Last) only the last ones; -Delimiter splits at "
                   "another string, which stays at the end of each piece. -ReadCount sends the lines on in arrays "
                   "of that many (0: all in one array). A byte order mark decides the encoding, else -Encoding, "
                   "else UTF-8 (Windows PowerShell 5.1 assumes the ANSI code page; -Encoding Default gives it); "
                   "-Encoding Byte writes the bytes as numbers. Files piped from Get-ChildItem are read through "
                   "their PSPath.")

    path = Parameter(ListOf(str), sets={PATH_SET: SetOptions(position=0, mandatory=True, by_property_name=True)},
                     help="The files to read; wildcards are allowed.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The files to read, used exactly as typed (no wildcards).")
    read_count = Parameter(int, by_property_name=True, default=1,
                           help="How many lines to send on at a time, as an array (0: all of them at once).")
    total_count = Parameter(int, by_property_name=True, aliases=("First", "Head"), default=-1,
                            help="Reads only this many lines from the start of each file.")
    tail = Parameter(int, by_property_name=True, aliases=("Last",),
                     help="Reads only this many lines from the end of each file.")
    raw = Parameter(SwitchParameter, help="Writes each file's whole text as one string, line endings included.")
    delimiter = Parameter(str, help="Splits the text at this string instead of at line endings; each piece keeps "
                                    "the delimiter that ends it.")
    encoding = encoding_parameter("The encoding of a file without a byte order mark: UTF8 (the default), Unicode, "
                                  "BigEndianUnicode, UTF7, UTF32, BigEndianUTF32, Ascii, Default (the ANSI code "
                                  "page), Oem, String or Unknown; Byte reads the bytes as numbers.")
    filter = Parameter(str, help="Only files whose names match this file system filter (* and ?).")
    include = Parameter(ListOf(str), help="Only files whose names match one of these wildcard patterns.")
    exclude = Parameter(ListOf(str), help="Leaves out files whose names match one of these wildcard patterns.")
    force = Parameter(SwitchParameter, help="Lets wildcards match hidden files too.")

    examples = (
        Example("Set-Content days.txt 'Mon', 'Tue', 'Wed'; Get-Content days.txt -TotalCount 2",
                "The first two lines.", "Mon\nTue\n"),
        Example("Set-Content days.txt 'Mon', 'Tue', 'Wed'; Get-Content days.txt -Tail 1", "The last line.", "Wed\n"),
        Example("Set-Content days.txt 'Mon', 'Tue'; (Get-Content days.txt -Raw).Length",
                "The whole text as one string (with its line endings).", f"{6 + 2 * len(os.linesep)}\n"),
        Example("Set-Content list.txt 'a;b;c' -NoNewline; Get-Content list.txt -Delimiter ';'",
                "Pieces ending in the delimiter.", "a;\nb;\nc\n"),
    )

    def begin(self) -> None:
        check_path_arguments(self, GetContent.path, GetContent.literal_path)
        if self.tail is not None and self.is_bound(GetContent.total_count):
            self.throw_terminating(self.error_record(
                "The parameters TotalCount and Tail cannot be used together. Please specify only one parameter.",
                "TailAndHeadCannotCoexist", ErrorCategory.InvalidOperation,
                exception_type="PSInvalidOperationException"))

    def process(self) -> None:
        literal = self.parameter_set_name == LITERAL_SET
        for given, target in each_target(self, self.literal_path if literal else self.path, literal):
            if target is not None:
                self._read_session_item(target, literal)
                continue
            for resolved in path_items(self, given, literal, bool(self.force)):
                native = resolved.native
                name = os.path.basename(native)
                if not name_selected(name, self.filter, self.include, self.exclude):
                    continue
                self._read(native)

    def _read_session_item(self, target: Any, literal: bool) -> None:
        """The value of an environment variable, a variable, a function (its script block) or an
        alias (the command it stands for)."""
        if target.is_root:
            return
        for name, raw in existing_items(self, target, literal):
            if name_selected(name, self.filter, self.include, self.exclude):
                value = target.provider.value_of(raw)
                self._send(value if isinstance(value, list) else [value])

    def _read(self, native: str) -> None:
        if os.path.isdir(native):
            self.write_error(os_error(self, PermissionError(), native, "GetContentReaderUnauthorizedAccessError"))
            return
        try:
            with open(native, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            error_id = ("GetContentReaderUnauthorizedAccessError" if isinstance(exc, PermissionError)
                        else "GetContentReaderIOError")
            self.write_error(os_error(self, exc, native, error_id, ErrorCategory.ReadError
                                      if not isinstance(exc, PermissionError) else None))
            return
        if self.encoding and self.encoding.lower() == BYTE:
            items: list[Any] = list(data)
            if self.raw:
                if items:
                    self.write_object(items)
                return
        else:
            enc, skip = detect_encoding(data, content_encoding(self.encoding) or NO_BOM_UTF8)
            text = data[skip:].decode(enc.codec, errors="replace")
            if self.raw:
                if text:
                    self.write_object(text)
                return
            items = split_delimited(text, self.delimiter) if self.delimiter is not None else split_lines(text)
        if self.total_count is not None and self.total_count >= 0:
            items = items[:self.total_count]
        if self.tail is not None:
            items = items[len(items) - self.tail:] if 0 < self.tail < len(items) else ([] if self.tail == 0 else items)
        self._send(items)

    def _send(self, items: list[Any]) -> None:
        count = self.read_count if self.read_count is not None else 1
        if count == 1 or (count < 0):
            for entry in items:
                self.write_object(entry)
            return
        if count == 0:
            if items:
                self.write_object(items)
            return
        for start in range(0, len(items), count):
            self.write_object(items[start:start + count])
