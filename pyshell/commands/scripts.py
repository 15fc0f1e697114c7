"""Script files as commands: `./deploy.ps1 -Name x`, `& "C:/tools/x.ps1"`, and dot-sourcing
(`. ./lib.ps1`), which runs the script in the caller's scope."""
from __future__ import annotations

import os
from pyshell.errors import ErrorCategory, ErrorRecord, ParseException, PSError
from pyshell.language.source import Extent

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def looks_like_path(name: str) -> bool:
    return "/" in name or "\\" in name or name.lower().endswith(".ps1")


def read_script_text(path: str) -> str:
    """Read a script as Windows editors save them: UTF-8 with or without BOM, UTF-16 or UTF-32 with
    BOM, or (as Windows PowerShell reads a file without a BOM) the ANSI code page, Windows-1252, when
    the bytes are not UTF-8; any line ends. A file with NUL bytes and no BOM is binary:
    UnicodeDecodeError."""
    with open(path, "rb") as fh:
        data = fh.read()
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        text = data.decode("utf-32")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        if b"\x00" in data[:4096]:
            raise UnicodeDecodeError("utf-8", data[:1], 0, 1, "binary file")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
    # CRLF (Windows) and a lone CR (old Mac editors) end a line as LF does
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


def resolve_script(name: str, ctx: Any = None) -> str | None:
    """The absolute path of the script `name` names, or None. A relative name is taken from the
    session's current location (drive-qualified names such as TestDrive:\\t.ps1 work too)."""
    if ctx is not None:
        from pyshell.runtime.location import PathProblem, native_path
        try:
            path = native_path(ctx, name)
        except PathProblem:
            return None
    else:
        path = os.path.abspath(name.replace("\\", "/") if os.sep == "/" else name)
    if os.path.isfile(path):
        return path
    if not path.lower().endswith(".ps1") and os.path.isfile(path + ".ps1"):
        return path + ".ps1"
    return None


def load_script(ctx: Any, path: str, extent: Extent) -> Any:
    """Parse and compile a script file into a ScriptBlock; errors become PowerShell errors."""
    from pyshell.language.parser import parse
    from pyshell.runtime.scriptblock import ScriptBlock
    try:
        text = read_script_text(path)
    except (OSError, UnicodeDecodeError) as exc:
        reason = "it is not a text file" if isinstance(exc, UnicodeDecodeError) else exc.strerror
        raise PSError(ErrorRecord(f"Cannot read the script file '{path}': {reason}.", "ScriptFileUnreadable",
                                  ErrorCategory.ReadError, "IOException", target=path, extent=extent)) from None
    result = parse(text, path)
    if result.errors:
        first = result.errors[0]
        raise ParseException(ErrorRecord(first.message, first.error_id, ErrorCategory.ParserError,
                                         "ParseException", extent=first.extent, parse_errors=list(result.errors)))
    return ScriptBlock(result.tree, ctx.compiler.script_block(result.tree))
