"""Get-PSCallStack: the call stack of the running script, innermost frame first."""
from __future__ import annotations

import os

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example
from pyshell.format.views import Column, View
from pyshell.runtime.callstack import NO_FILE, call_stack, frame_file, frame_line
from pyshell.runtime.conversion import to_bool, to_string
from pyshell.runtime.values import PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

CALL_STACK_FRAME = "System.Management.Automation.CallStackFrame"

# PowerShellCore.format.ps1xml's CallStackFrame view.
VIEWS = (View(CALL_STACK_FRAME, "table", name="CallStackFrame",
              columns=(Column("Command"), Column("Arguments"), Column("Location"))),)


def _arguments(proc: Any) -> str:
    """The frame's arguments as PowerShell's Arguments property spells them: {Name=value, extra}."""
    parts = []
    for key, value in proc.binder.bound.items():
        parts.append(f"{key}={to_string(value) if to_bool(value) else ''}")
    for value in proc.binder.extra:
        parts.append(to_string(value) if to_bool(value) else "$null")
    return "{" + ", ".join(parts) + "}"


def frame_object(name: str, position: Any, proc: Any) -> PSObject:
    path = frame_file(position)
    line = frame_line(position)
    command = proc.display_name() or name
    return PSObject([
        ("Command", command), ("Location", f"{os.path.basename(path)}: line {line}" if path else NO_FILE),
        ("Arguments", _arguments(proc)), ("ScriptName", path or None), ("ScriptLineNumber", line),
        ("FunctionName", name), ("InvocationInfo", proc.invocation_info()),
    ], type_names=[CALL_STACK_FRAME, "System.Object"], string_form=f"at {name}, {path or NO_FILE}: line {line}")


class GetPSCallStack(Cmdlet):
    """Displays the current call stack."""

    verb, noun = "Get", "PSCallStack"
    implementing_type = "Microsoft.PowerShell.Commands.GetPSCallStackCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113326"
    output_types = (CALL_STACK_FRAME,)
    description = ("Get-PSCallStack writes one object for each function, script and script block that is running, "
                   "starting with the one that called Get-PSCallStack and ending with the command line or script "
                   "you ran. Each frame tells the command, the arguments it was given and the line it stands at; "
                   "an error's ScriptStackTrace is made from the same frames.")

    examples = (
        Example("function Inner { Get-PSCallStack | Select-Object -ExpandProperty Command }; "
                "function Outer { Inner }; Outer",
                "The frames from the innermost function out: Inner was called by Outer, which was called by the "
                "command line.", "Inner\nOuter\n<ScriptBlock>\n"),
    )

    def process(self) -> None:
        for name, position, proc in call_stack(self.context, self.runtime.extent):
            self.write_object(frame_object(name, position, proc))
