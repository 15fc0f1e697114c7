"""Set-PSDebug's script tracing and stepping, as Windows PowerShell shows them.

While `ctx.psdebug` holds a :class:`PSDebugState`, the compiled code calls into this module:

* before each statement, :func:`trace_statement` writes the statement's line with ` >>>> ` in front
  of the statement (`DEBUG:    1+  >>>> $a = 1`), as PowerShell marks a sequence point;
* with `-Trace 2`, assignments to variables add `DEBUG:     ! SET $a = '1'.` and calls of
  functions and scripts `DEBUG:     ! CALL function 'Name'`;
* with `-Step`, each traced line is first offered to the user ("Continue with this operation?"):
  Yes runs it, Yes to All stops asking (tracing goes on), No and No to All stop the script.

The lines go to the host's debug output whatever `$DebugPreference` says, as PowerShell's
WriteDebugLine does. When tracing is off the engine only tests `ctx.psdebug is not None`.
"""
from __future__ import annotations

from pyshell.errors import ErrorCategory, ErrorRecord, PSError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

STEP_CAPTION = "Continue with this operation?"
CHOICE_LINE = ('[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help '
               '(default is "Y"):')
_CHOICE_HELP = (
    ("Y", "Continue."),
    ("A", "Continue, and do not ask again whether to continue in this session."),
    ("N", "End the operation with an error."),
    ("L", "End the operation with an error. Do not request to resume operation for this session."),
    ("S", "Pause the current operation and enter a command prompt. Type \"exit\" to resume the paused "
          "operation."),
)
_LABELS = {"yes": "Y", "yes to all": "A", "no": "N", "no to all": "L", "suspend": "S"}
STOPPED_MESSAGE = "WriteDebug stopped because the value of the DebugPreference variable was 'Stop'."
NON_INTERACTIVE_MESSAGE = ("Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is "
                           "not available.")
# PowerShell shortens a traced value so that name and value fit in about 60 characters.
SET_VALUE_ROOM = 60


class PSDebugState:
    """What Set-PSDebug turned on: the trace level (0-2) and whether to ask before each line."""

    __slots__ = ("level", "step")

    def __init__(self, level: int, step: bool):
        self.level = level
        self.step = step


def apply(ctx: Any, level: int | None = None, step: bool | None = None, off: bool = False) -> None:
    """Set-PSDebug's effect on the session. `-Step` alone traces at level 1, as in PowerShell."""
    current = ctx.psdebug
    if off:
        ctx.psdebug = None
        return
    new_level = level if level is not None else (current.level if current else 0)
    new_step = step if step is not None else (current.step if current else False)
    if new_step and new_level < 1:
        new_level = 1
    if new_level < 1 and not new_step:
        ctx.psdebug = None
        return
    ctx.psdebug = PSDebugState(min(new_level, 2), new_step)


def line_message(extent: Any) -> str | None:
    """`   1+ Get-Foo;  >>>> $a = 1`: the statement's line, marked where the statement starts."""
    source = getattr(extent, "source", None)
    if source is None:
        return None
    line_no = extent.start_line
    line = source.line_text(line_no)
    column = extent.start_column
    if column > len(line):
        marked = line + " <<<< "
    else:
        marked = line[:column - 1] + " >>>> " + line[column - 1:]
    return f"{line_no:>4}+ {marked}"


def debug_line(ctx: Any, text: str) -> None:
    """The host's debug line (`DEBUG: text`), shown whatever $DebugPreference says."""
    sink = ctx.stream_sink
    if sink is not None:
        sink("debug", text)


def trace_statement(ctx: Any, extent: Any) -> None:
    """Trace (and, when stepping, first offer) the statement that starts at `extent`."""
    state = ctx.psdebug
    if state is None or extent is None:
        return
    message = line_message(extent)
    if message is None:
        return
    if state.step:
        _ask(ctx, state, message, extent)
    debug_line(ctx, message)


def trace_set(ctx: Any, name: str, value: Any) -> None:
    """`! SET $name = 'value'.` at trace level 2."""
    state = ctx.psdebug
    if state is None or state.level < 2:
        return
    from pyshell.runtime.conversion import to_string
    try:
        text = to_string(value)
    except Exception:  # noqa: BLE001 - a value that cannot be shown must not break the script
        text = ""
    room = SET_VALUE_ROOM - len(name)
    if len(text) > room:
        text = text[:max(room, 0)] + "..."
    debug_line(ctx, f"    ! SET ${name} = '{text}'.")


def trace_call(ctx: Any, name: str, file: str = "") -> None:
    """`! CALL function 'name'` at trace level 2, naming the file the function comes from."""
    state = ctx.psdebug
    if state is None or state.level < 2:
        return
    if file:
        debug_line(ctx, f"    ! CALL function '{name}'  (defined in file '{file}')")
    else:
        debug_line(ctx, f"    ! CALL function '{name}'")


def _ask(ctx: Any, state: PSDebugState, message: str, extent: Any) -> None:
    host = ctx.host
    host.write(f"\n{STEP_CAPTION}\n{message}\n")
    while True:
        answer = host.read_line(CHOICE_LINE)
        if answer is None:
            state.step = False
            raise PSError(ErrorRecord(NON_INTERACTIVE_MESSAGE, "InvalidOperation", ErrorCategory.InvalidOperation,
                                      "PSInvalidOperationException", extent=extent,
                                      hint="Set-PSDebug -Step asks before every line, and nobody can answer "
                                           "here; use Set-PSDebug -Trace 1 to see the lines without stopping."),
                          script_terminating=True)
        text = answer.strip()
        choice = "Y" if not text else ("?" if text == "?" else _LABELS.get(text.lower(), text[:1].upper()
                                                                            if len(text) == 1 else ""))
        if choice == "?":
            host.write("".join(f"{key} - {help_}\n" for key, help_ in _CHOICE_HELP))
        elif choice == "S":
            host.write("pyshell cannot suspend a running script; answer Y, A, N or L.\n")
        elif choice == "Y":
            return
        elif choice == "A":
            state.step = False
            return
        elif choice in ("N", "L"):
            if choice == "L":
                state.step = False
            raise PSError(ErrorRecord(STOPPED_MESSAGE, "UserStopRequest", ErrorCategory.OperationStopped,
                                      "ActionPreferenceStopException", extent=extent), script_terminating=True)
