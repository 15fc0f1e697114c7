"""Files for the cmdlets that write and read them (Out-File, Tee-Object, Export-Csv, Import-Csv, the
*-Content cmdlets): resolving the path the user gave against the session's location, Windows PowerShell 5.1's encodings, and its file errors.

Encodings are named as -Encoding takes them. Windows PowerShell 5.1 writes a byte order mark for
Unicode (UTF-16 LE, Out-File's default), BigEndianUnicode, UTF8 and UTF32; ASCII turns every
character it cannot hold into '?'. When a file is appended to, no byte order mark is written again.
Lines end with the platform's line ending, as .NET's WriteLine does.
"""
from __future__ import annotations

import codecs
import os
import stat
from pyshell.structs import dataclass
from pyshell.errors import ErrorCategory

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, BinaryIO


@dataclass(frozen=True)
class Encoding:
    name: str          # as PowerShell spells it
    codec: str         # Python's codec
    bom: bytes = b""


ENCODINGS = {
    "unknown": Encoding("Unknown", "utf-16-le", codecs.BOM_UTF16_LE),
    "string": Encoding("String", "utf-16-le", codecs.BOM_UTF16_LE),
    "unicode": Encoding("Unicode", "utf-16-le", codecs.BOM_UTF16_LE),
    "bigendianunicode": Encoding("BigEndianUnicode", "utf-16-be", codecs.BOM_UTF16_BE),
    "utf8": Encoding("UTF8", "utf-8", codecs.BOM_UTF8),
    "utf7": Encoding("UTF7", "utf-7"),
    "utf32": Encoding("UTF32", "utf-32-le", codecs.BOM_UTF32_LE),
    "ascii": Encoding("ASCII", "ascii"),
    "default": Encoding("Default", "cp1252"),
    "oem": Encoding("OEM", "cp437"),
}
NO_BOM_UTF8 = Encoding("UTF8NoBOM", "utf-8")

# The -Encoding values each command accepts (the ValidateSet of Windows PowerShell 5.1).
OUT_FILE_ENCODINGS = ("unknown", "string", "unicode", "bigendianunicode", "utf8", "utf7", "utf32", "ascii",
                      "default", "oem")
CSV_ENCODINGS = ("Unicode", "UTF7", "UTF8", "ASCII", "UTF32", "BigEndianUnicode", "Default", "OEM")


def validate_set(allowed: tuple[str, ...]):
    """A ValidateSet check (case-insensitive) with PowerShell's message."""
    lowered = {a.lower() for a in allowed}

    def check(value: Any) -> str | None:
        if value is None or str(value).lower() in lowered:
            return None
        return (f'The argument "{value}" does not belong to the set "{",".join(allowed)}" specified by the '
                "ValidateSet attribute. Supply an argument that is in the set and then try the command again.")
    return check


def encoding(name: str | None, default: str) -> Encoding:
    return ENCODINGS[(name or default).lower()]


def resolve_path(path: str, ctx: Any = None) -> str:
    """The absolute path for what the user typed: relative to the session's current location, `~`
    and drives such as TestDrive: understood (runtime/location.py). Without a session, relative to
    the process's directory. Raises PathProblem for a drive that does not exist."""
    if ctx is not None:
        from pyshell.runtime.location import native_path
        return native_path(ctx, path)
    return os.path.abspath(os.path.expanduser(path))


def cmdlet_path(cmdlet: Any, path: str) -> str:
    """resolve_path for a command: an unknown drive stops it with PowerShell's DriveNotFound error."""
    from pyshell.runtime.location import PathProblem
    try:
        return resolve_path(path, cmdlet.context)
    except PathProblem as problem:
        cmdlet.throw_terminating(problem.record(cmdlet))
        raise AssertionError("unreachable")


def _os_message(exc: OSError, path: str) -> tuple[str, str]:
    """A .NET-style message and exception type for an OS error on `path`."""
    if isinstance(exc, FileNotFoundError):
        parent = os.path.dirname(path)
        if parent and not os.path.isdir(parent):
            return f"Could not find a part of the path '{path}'.", "DirectoryNotFoundException"
        return f"Could not find file '{path}'.", "FileNotFoundException"
    if isinstance(exc, (PermissionError, IsADirectoryError)):
        return f"Access to the path '{path}' is denied.", "UnauthorizedAccessException"
    return f"{exc.strerror or exc}: '{path}'", "IOException"


def open_failure(cmdlet: Any, path: str, exc: OSError) -> None:
    """Stop the command with PowerShell's FileOpenFailure error."""
    message, exception_type = _os_message(exc, path)
    cmdlet.throw_terminating(cmdlet.error_record(message, "FileOpenFailure", ErrorCategory.OpenError,
                                                 exception_type=exception_type))


class TextFileWriter:
    """A text file opened the way PathUtils.MasterStreamOpen opens it: create (or truncate), append,
    or create-new (-NoClobber); -Force writes through the read-only attribute, and puts it back."""

    def __init__(self, cmdlet: Any, path: str, enc: Encoding, append: bool = False, force: bool = False,
                 no_clobber: bool = False, given: str | None = None):
        self.path = cmdlet_path(cmdlet, path)
        self.encoding = enc
        self._restore_mode: int | None = None
        self._file: BinaryIO | None = None
        given = given if given is not None else path
        exists = os.path.exists(self.path)
        if no_clobber and not append and exists:
            cmdlet.throw_terminating(cmdlet.error_record(
                f"File {given} already exists and NoClobber was specified.", "NoClobber",
                ErrorCategory.ResourceExists, target=self.path, exception_type="IOException"))
        if force and exists and not os.access(self.path, os.W_OK) and os.path.isfile(self.path):
            mode = os.stat(self.path).st_mode
            self._restore_mode = mode
            os.chmod(self.path, mode | stat.S_IWUSR)
        try:
            self._file = open(self.path, "ab" if append else "wb")
        except OSError as exc:
            self._put_back()
            open_failure(cmdlet, self.path, exc)
        fresh = not append or not exists or os.path.getsize(self.path) == 0
        if fresh and enc.bom:
            self._file.write(enc.bom)  # type: ignore[union-attr]

    def write(self, text: str) -> None:
        if self._file is not None:
            self._file.write(text.encode(self.encoding.codec, errors="replace"))

    def write_line(self, text: str) -> None:
        self.write(text + os.linesep)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self._put_back()

    def _put_back(self) -> None:
        if self._restore_mode is not None:
            try:
                os.chmod(self.path, self._restore_mode)
            except OSError:
                pass
            self._restore_mode = None


def detect_encoding(data: bytes, fallback: Encoding = NO_BOM_UTF8) -> tuple[Encoding, int]:
    """The encoding a .NET StreamReader would pick from the byte order mark, and the mark's length."""
    for enc in (ENCODINGS["utf32"], ENCODINGS["utf8"], ENCODINGS["unicode"], ENCODINGS["bigendianunicode"]):
        if enc.bom and data.startswith(enc.bom):
            return enc, len(enc.bom)
    return fallback, 0


def read_text(cmdlet: Any, path: str, enc_name: str | None = None) -> str:
    """A whole text file: the byte order mark decides, else the -Encoding given, else UTF-8."""
    fallback = ENCODINGS[enc_name.lower()] if enc_name else NO_BOM_UTF8
    return read_file_text(cmdlet, cmdlet_path(cmdlet, path), fallback)


def resolve_file_path(cmdlet: Any, path: str, literal: bool, reading: bool = False) -> str:
    """The one file a path names, as PathUtils.ResolveFilePath finds it for Export-Clixml and
    Import-Clixml: wildcards are expanded unless `literal`, and must give exactly one file (a plain
    path may name a file that does not exist yet); a path on a drive that is not the file system's
    (Env:, Variable:, ...) is refused. An unknown drive stops a writer with DriveNotFound; a reader
    (`reading`) reports it as failing to open the file, as PowerShell's OpenFileStream does."""
    from cmdlets.core._filesystem import glob
    from cmdlets.core._providers import session_target
    from pyshell.runtime.location import PathProblem, resolve
    from pyshell.runtime.wildcards import has_wildcards
    target = session_target(cmdlet.context, path)
    if target is not None:
        _invalid_operation(cmdlet, f"Cannot open file because the current provider ({target.provider.full_name}) "
                                   "cannot open a file.", "ReadWriteFileNotFileSystemProvider")
    try:
        if literal:
            return resolve(cmdlet.context, path).native
        matches, wild = glob(cmdlet.context, path, force=True)
    except PathProblem as problem:
        if reading:
            cmdlet.throw_terminating(cmdlet.error_record(problem.message, "FileOpenFailure", ErrorCategory.OpenError,
                                                         exception_type=problem.exception_type))
        cmdlet.throw_terminating(problem.record(cmdlet))
        raise AssertionError("unreachable")
    if len(matches) > 1:
        _invalid_operation(cmdlet, "Cannot perform operation because the path resolved to more than one file. This "
                                   "command cannot operate on multiple files.", "ReadWriteMultipleFilesNotSupported")
    if not matches:
        if wild or has_wildcards(path):
            cmdlet.throw_terminating(cmdlet.error_record(
                f"Cannot perform operation because the wildcard path {path} did not resolve to a file.",
                "FileOpenFailure", ErrorCategory.OpenError, target=path, exception_type="FileNotFoundException"))
        return resolve(cmdlet.context, path).native
    return matches[0].native


def _invalid_operation(cmdlet: Any, message: str, error_id: str) -> None:
    cmdlet.throw_terminating(cmdlet.error_record(message, error_id, ErrorCategory.InvalidArgument,
                                                 exception_type="PSInvalidOperationException"))


def read_file_text(cmdlet: Any, native: str, fallback: Encoding = NO_BOM_UTF8) -> str:
    """A whole file as .NET's StreamReader reads it: the byte order mark decides, else `fallback`.
    A file that cannot be opened stops the command with FileOpenFailure."""
    try:
        with open(native, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        open_failure(cmdlet, native, exc)
        raise AssertionError("unreachable")
    enc, skip = detect_encoding(data, fallback)
    return data[skip:].decode(enc.codec, errors="replace")
