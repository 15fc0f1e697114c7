"""Error records, the exceptions that carry them, and PowerShell's way of printing them.

Errors are values (ErrorRecord) everywhere inside the engine; only the CLI and REPL edges call
`render_error` to turn one into text.
"""
from __future__ import annotations

from pyshell.structs import dataclass, field
from pyshell.language.source import MISSING, Extent

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class _CategoryType(type):
    """ErrorCategory's class: its values in order and by name, as an enum class gives them."""

    def __iter__(cls) -> Any:
        return iter(cls._all)

    def __len__(cls) -> int:
        return len(cls._all)

    def __getitem__(cls, name: str) -> "ErrorCategory":
        for member in cls._all:
            if member.name == name:
                return member
        raise KeyError(name)


class ErrorCategory(metaclass=_CategoryType):
    """PowerShell's ErrorCategory values, with .NET's numbers: singletons with a name and a value,
    compared by identity. (Not an enum.Enum: making one of 32 members took a third of a
    millisecond at every start, and the engine asks nothing of these but their name and number.)"""

    __slots__ = ("name", "value")
    _all: tuple = ()

    def __init__(self, name: str, value: int):
        self.name = name
        self.value = value

    def __repr__(self) -> str:
        return f"<ErrorCategory.{self.name}: {self.value}>"

    def __str__(self) -> str:
        return f"ErrorCategory.{self.name}"

    def __reduce__(self) -> tuple:
        return getattr, (ErrorCategory, self.name)     # unpickles to the same singleton


ErrorCategory._all = tuple(ErrorCategory(name, value) for value, name in enumerate((
    "NotSpecified", "OpenError", "CloseError", "DeviceError", "DeadlockDetected", "InvalidArgument", "InvalidData",
    "InvalidOperation", "InvalidResult", "InvalidType", "MetadataError", "NotImplemented", "NotInstalled",
    "ObjectNotFound", "OperationStopped", "OperationTimeout", "SyntaxError", "ParserError", "PermissionDenied",
    "ResourceBusy", "ResourceExists", "ResourceUnavailable", "ReadError", "WriteError", "FromStdErr",
    "SecurityError", "ProtocolError", "ConnectionError", "AuthenticationError", "LimitsExceeded",
    "QuotaExceeded", "NotEnabled")))
for _category in ErrorCategory._all:
    setattr(ErrorCategory, _category.name, _category)
del _category


@dataclass(eq=False)
class ErrorRecord:
    """What PowerShell calls an ErrorRecord: the message plus everything needed to show and catch it."""

    message: str
    error_id: str                       # the FullyQualifiedErrorId
    category: ErrorCategory = ErrorCategory.NotSpecified
    exception_type: str = "RuntimeException"
    target: Any = None
    target_name: str | None = None      # overrides str(target) in CategoryInfo
    target_type: str | None = None      # overrides the target's type name in CategoryInfo
    command_name: str = ""              # the command the error is reported against ("" for the script)
    extent: Extent = MISSING            # what the error blames
    activity: str | None = None         # the [..] part of CategoryInfo; default: command_name
    hint: str = ""                      # pyshell's own teaching hint, shown after the record
    parse_errors: list = field(default_factory=list)  # for a ParseException: every ParseError
    inner_type: str = ""                # the wrapped .NET exception's type (DivideByZeroException in 1/0)
    inner_message: str = ""             # its message, when not the record's own (a method's exception)
    at_statement: bool = False          # PowerShell blames the statement the error happens in, not the
                                        # expression (no position of its own): the statement sets it
    reason: str | None = None           # CategoryInfo.Reason when not the exception's type: a failed
                                        # cast reports the RuntimeException that wraps its exception
    script_view: Any = None             # the object scripts see for this record ($_ in catch), made once
    script_stack: str | None = None     # ScriptStackTrace, fixed where the error was first seen (runtime/callstack.py)
    exception_object: Any = None        # the exception a script gave (Write-Error -Exception, ErrorRecord::new):
                                        # $_.Exception is that very object
    details: Any = None                 # ErrorDetails: (message, recommended action), or None

    @property
    def category_info(self) -> str:
        target_name = self.target_name
        target_type = self.target_type
        if target_name is None:
            target_name = "" if self.target is None else _target_string(self.target)
        if target_type is None:
            target_type = "" if self.target is None else _short_type_name(self.target)
        activity = self.command_name if self.activity is None else self.activity
        return (f"{self.category.name}: ({_ellipsize(target_name)}:{target_type}) "
                f"[{activity}], {self.reason or self.exception_type}")

    def __str__(self) -> str:
        return self.message


def _target_string(value: Any) -> str:
    from pyshell.runtime.conversion import to_string
    return to_string(value)


def _short_type_name(value: Any) -> str:
    from pyshell.runtime.typenames import type_name_of
    return type_name_of(value).rsplit(".", 1)[-1]


def _ellipsize(text: str) -> str:
    if len(text) <= 40:
        return text
    return f"{text[:15]}...{text[-15:]}"


class PSError(Exception):
    """A terminating error: it unwinds until a try/catch, a trap or the top level handles it."""

    def __init__(self, record: ErrorRecord, script_terminating: bool = False):
        super().__init__(record.message)
        self.record = record
        # `throw` and -ErrorAction Stop end the whole script; other terminating errors end one statement.
        self.script_terminating = script_terminating
        # Raised by a `throw` statement: where no try or trap waits for it, each statement it passes
        # asks $ErrorActionPreference, and SilentlyContinue or Ignore there let the script go on
        # (PowerShell's CheckActionPreference; compile_statements.statement_error).
        self.thrown = False
        self.action_stop = False            # -ErrorAction Stop made it (ActionPreferenceStopException)
        self.from_throw = False             # a `throw` statement raised it
        self.command_wrapped = False        # it ended a command ([powershell]'s Invoke reports it so)


class ParseException(PSError):
    """The script did not parse; `record.parse_errors` holds every error found."""


def position_message(extent: Extent) -> str:
    """The "At line:L char:C" block with the source line(s) and the ~~~ marker under the extent."""
    if extent is None or extent.source is None:
        return ""
    src = extent.source
    line, col = src.line_col(extent.start)
    where = f"At {src.name}:{line}" if src.name else f"At line:{line}"
    out = [f"{where} char:{col}"]
    end_line = extent.end_line
    if end_line == line:
        text = src.line_text(line)
        width = max(1, min(extent.end, extent.start + len(text) - col + 1) - extent.start)
        out.append(f"+ {text}")
        out.append("+ " + " " * (col - 1) + "~" * width)
    else:
        for ln in range(line, end_line + 1):
            text = src.line_text(ln)
            out.append(f"+ {text}")
            if ln == line:
                out.append("+ " + " " * (col - 1) + "~" * max(1, len(text) - col + 1))
            elif ln == end_line:
                end_col = src.line_col(extent.end)[1]
                lead = len(text) - len(text.lstrip())
                out.append("+ " + " " * lead + "~" * max(1, end_col - 1 - lead))
            else:
                lead = len(text) - len(text.lstrip())
                out.append("+ " + " " * lead + "~" * max(1, len(text) - lead))
    return "\n".join(out)


def render_error(record: ErrorRecord, view: str = "NormalView") -> str:
    """Render an ErrorRecord as Windows PowerShell prints it (NormalView), or PowerShell 7's ConciseView."""
    if str(view).lower() == "conciseview":
        return _render_concise(record)
    if str(view).lower() == "categoryview":
        return record.category_info
    lines: list[str] = []
    if record.parse_errors:
        blocks = []
        for err in record.parse_errors:
            pos = position_message(err.extent)
            blocks.append(f"{pos}\n{err.message}" if pos else err.message)
        lines.append("\n\n".join(blocks))
    else:
        head = f"{record.command_name} : {record.message}" if record.command_name else record.message
        lines.append(head)
        pos = position_message(record.extent)
        if pos:
            lines.append(pos)
    lines.append(f"    + CategoryInfo          : {record.category_info}")
    lines.append(f"    + FullyQualifiedErrorId : {record.error_id}")
    lines.append(" ")
    return "\n".join(lines)


def _render_concise(record: ErrorRecord) -> str:
    if record.parse_errors:
        out = []
        for err in record.parse_errors:
            out.append(_concise_block("ParserError", err.extent, err.message))
        return "\n".join(out)
    name = record.command_name
    if record.extent is not None and record.extent.source is not None and not name:
        return _concise_block("", record.extent, record.message)
    return f"{name}: {record.message}" if name else record.message


def _concise_block(prefix: str, extent: Extent, message: str) -> str:
    if extent is None or extent.source is None:
        return f"{prefix}: {message}" if prefix else message
    line, col = extent.source.line_col(extent.start)
    text = extent.source.line_text(line)
    width = max(1, min(extent.end - extent.start, len(text) - col + 1))
    where = f"{extent.source.name}:{line}" if extent.source.name else f"Line |\n{line:>4} | {text}"
    if extent.source.name:
        return f"{prefix + ': ' if prefix else ''}{where}\nLine |\n{line:>4} | {text}\n     | {' ' * (col - 1)}{'~' * width}\n     | {message}"
    return f"{prefix + ': ' if prefix else ''}\n{where}\n     | {' ' * (col - 1)}{'~' * width}\n     | {message}"


# .NET refuses a path holding a NUL character with this message (an ArgumentException); Python
# refuses it too, with ValueError("embedded null byte"), wherever the path reaches the system.
ILLEGAL_PATH = "Illegal characters in path."


def is_illegal_path(exc: BaseException) -> bool:
    """Is `exc` Python refusing a path that holds a NUL character?"""
    return isinstance(exc, ValueError) and "null byte" in str(exc)
