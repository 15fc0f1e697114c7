"""What Get-Content, Set-Content and Add-Content share: the FileSystem provider's -Encoding values
and the writer behind Set-Content and Add-Content (which also write the Env:, Variable:, Function:
and Alias: drives, through cmdlets/core/_provider_ops.py).

Windows PowerShell 5.1 writes Set-Content and Add-Content files in the ANSI code page and reads
files without a byte order mark in it. pyshell uses UTF-8 without a byte order mark for both (what
PowerShell 6 and later chose): it holds every character and reads back what was written on any
system. `-Encoding Default` still means the ANSI code page (Windows-1252), `-Encoding Byte` reads
and writes raw bytes as numbers.
"""
from __future__ import annotations

import os
from cmdlets.core._csv import dotnet_string
from cmdlets.core._files import ENCODINGS, NO_BOM_UTF8, Encoding, TextFileWriter, detect_encoding, validate_set
from cmdlets.core._filesystem import check_path_arguments, name_selected, os_error, path_items
from cmdlets.core._provider_ops import SessionContentWriter, content_writers
from cmdlets.core._providers import each_target
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Parameter, SetOptions
from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# FileSystemCmdletProviderEncoding, as -Encoding takes it in Windows PowerShell 5.1.
CONTENT_ENCODINGS = ("Unknown", "String", "Unicode", "Byte", "BigEndianUnicode", "UTF8", "UTF7", "UTF32", "Ascii",
                     "Default", "Oem", "BigEndianUTF32")
_EXTRA = {"bigendianutf32": Encoding("BigEndianUTF32", "utf-32-be", b"\x00\x00\xfe\xff")}
BYTE = "byte"

PATH_SET, LITERAL_SET = "Path", "LiteralPath"


def content_encoding(name: str | None) -> Encoding | None:
    """The encoding -Encoding names (None: not given, or Byte, which the caller handles)."""
    if not name or name.lower() == BYTE:
        return None
    key = name.lower()
    return _EXTRA.get(key) or ENCODINGS[key]


def encoding_parameter(help_text: str) -> Parameter:
    return Parameter(str, validators=(validate_set(CONTENT_ENCODINGS),), help=help_text)


class WriteContentCommand(Cmdlet):
    """Set-Content and Add-Content: values written as lines of text to files, streamed as they come."""

    appending = False
    action = ""
    default_set = PATH_SET
    supports_should_process = True

    path = Parameter(ListOf(str), sets={PATH_SET: SetOptions(position=0, mandatory=True, by_property_name=True)},
                     help="The files to write; wildcards name existing files, a plain path may name a new one.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The files to write, used exactly as typed (no wildcards).")
    value = Parameter(ListOf(object), position=1, mandatory=True, pipeline=True, by_property_name=True,
                      allow_null=True, allow_empty_collection=True,
                      help="The content: each value is written as its text on a line of its own. Usually it "
                           "arrives through the pipeline.")
    encoding = encoding_parameter("The character encoding: UTF8 without a byte order mark unless given (see the "
                                  "description); Unicode, BigEndianUnicode, UTF8 (with a byte order mark), UTF7, "
                                  "UTF32, BigEndianUTF32, Ascii, Default (the ANSI code page), Oem, String and "
                                  "Unknown (both Unicode), or Byte (the values are bytes).")
    no_newline = Parameter(SwitchParameter, help="Writes the values one after another, with no line endings.")
    pass_thru = Parameter(SwitchParameter, help="Writes the values to the pipeline as well.")
    force = Parameter(SwitchParameter, help="Writes even to a read-only file.")
    filter = Parameter(str, help="Only files whose names match this file system filter (* and ?).")
    include = Parameter(ListOf(str), help="Only files whose names match one of these wildcard patterns.")
    exclude = Parameter(ListOf(str), help="Leaves out files whose names match one of these wildcard patterns.")

    def begin(self) -> None:
        check_path_arguments(self, WriteContentCommand.path, WriteContentCommand.literal_path)
        self._writers: list[tuple[str, Any]] | None = None

    def process(self) -> None:
        if self._writers is None:
            self._writers = self._open()
        values = self.value if self.value is not None else []
        for _, writer in self._writers:
            if isinstance(writer, SessionContentWriter):
                writer.write_values(values)
                continue
            for v in values:
                self._write(writer, v)
        if self.pass_thru:
            for v in values:
                self.write_object(v)

    def end(self) -> None:
        for _, writer in self._writers or []:
            writer.close()

    # -- writing -----------------------------------------------------------------------------------
    def _write(self, writer: Any, value: Any) -> None:
        if isinstance(value, (list, tuple)):
            for inner in value:
                self._write_one(writer, inner)
        else:
            self._write_one(writer, value)

    def _write_one(self, writer: Any, value: Any) -> None:
        if value is None:
            return
        if isinstance(writer, _ByteWriter):
            writer.write_byte(self, value)
            return
        text = dotnet_string(value) or ""
        if self.no_newline:
            writer.write(text)
        else:
            writer.write_line(text)

    def _open(self) -> list[tuple[str, Any]]:
        literal = self.parameter_set_name == LITERAL_SET
        writers: list[tuple[str, Any]] = []
        try:
            for given, target in each_target(self, self.literal_path if literal else self.path, literal):
                if target is not None:
                    writers.extend(content_writers(self, target, literal, self.action, self.appending))
                    continue
                for match in path_items(self, given, literal, bool(self.force), must_exist=False):
                    native = match.native
                    if not name_selected(os.path.basename(native), self.filter, self.include, self.exclude):
                        continue
                    if not self.should_process(f"Path: {native}", self.action):
                        continue
                    writer = self._writer_for(native)
                    if writer is not None:
                        writers.append((native, writer))
        except BaseException:
            for _, opened in writers:     # the command stops: close what it had opened
                opened.close()
            raise
        return writers

    def _writer_for(self, native: str) -> Any:
        if os.path.isdir(native):
            self.write_error(os_error(self, PermissionError(), native, "GetContentWriterUnauthorizedAccessError"))
            return None
        name = self.encoding
        try:
            if name and name.lower() == BYTE:
                return _ByteWriter(native, self.appending)
            enc = content_encoding(name)
            if enc is None:
                enc = self._existing_encoding(native) if self.appending else NO_BOM_UTF8
            return TextFileWriter(self, native, enc, append=self.appending, force=bool(self.force))
        except PSError as exc:
            # TextFileWriter stops the command on a file it cannot open; here that only skips the file.
            record = exc.record
            kind = record.exception_type
            error_id = {"DirectoryNotFoundException": "GetContentWriterDirectoryNotFoundError",
                        "UnauthorizedAccessException": "GetContentWriterUnauthorizedAccessError"}.get(
                kind, "GetContentWriterIOError")
            category = {"DirectoryNotFoundException": ErrorCategory.ObjectNotFound,
                        "UnauthorizedAccessException": ErrorCategory.PermissionDenied}.get(kind, ErrorCategory.WriteError)
            self.write_error(self.error_record(record.message, error_id, category, target=native,
                                               exception_type=kind))
            return None
        except OSError as exc:
            self.write_error(os_error(self, exc, native, "GetContentWriterIOError"))
            return None

    @staticmethod
    def _existing_encoding(native: str) -> Encoding:
        """Add-Content without -Encoding keeps the encoding a file's byte order mark announces."""
        try:
            with open(native, "rb") as handle:
                head = handle.read(4)
        except OSError:
            return NO_BOM_UTF8
        return detect_encoding(head)[0]


class _ByteWriter:
    """-Encoding Byte: each value is one byte."""

    def __init__(self, native: str, append: bool):
        self._file = open(native, "ab" if append else "wb")

    def write_byte(self, cmdlet: Any, value: Any) -> None:
        number = value if isinstance(value, int) and not isinstance(value, bool) else None
        if number is None or not 0 <= number <= 255:
            cmdlet.throw_terminating(cmdlet.error_record(
                "Cannot proceed with byte encoding. When using byte encoding the content must be of type byte.",
                "Argument", ErrorCategory.InvalidArgument, exception_type="PSArgumentException"))
        self._file.write(bytes([number]))

    def close(self) -> None:
        self._file.close()
