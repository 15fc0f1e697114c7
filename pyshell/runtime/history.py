"""The session's command history (Get-History, Invoke-History): every line the user runs, with
its status and start and end times. The Shell records it; ids count up from 1 for the session."""
from __future__ import annotations

import functools
import time
from pyshell.structs import dataclass

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any
    from pyshell.runtime.values import PSEnum

HISTORY_INFO = "Microsoft.PowerShell.Commands.HistoryInfo"


@functools.cache
def pipeline_state() -> type[PSEnum]:
    """The PipelineState enum (an entry's ExecutionStatus), made the first time a status is shown
    rather than at every start."""
    from pyshell.runtime.values import enum_type
    return enum_type("System.Management.Automation.Runspaces.PipelineState",
                     ["NotStarted", "Running", "Stopping", "Stopped", "Completed", "Failed", "Disconnected"])


@dataclass
class HistoryEntry:
    id: int
    command_line: str
    state: str                      # the name of its PipelineState (see `status`)
    started: float                  # time.time() values; datetime is loaded only when they are shown
    ended: float

    @property
    def status(self) -> PSEnum:
        return pipeline_state()[self.state]

    @property
    def start(self) -> Any:
        import datetime
        return datetime.datetime.fromtimestamp(self.started)

    @property
    def end(self) -> Any:
        import datetime
        return datetime.datetime.fromtimestamp(self.ended)


class Recorder:
    """Wraps one interactive input: `with Recorder(ctx, text): ...` adds it to the history afterwards.
    Invoke-History replaces the line recorded (it records the command it ran instead of itself)."""

    def __init__(self, ctx: Any, text: str):
        self.ctx = ctx
        self.text = text

    def __enter__(self) -> "Recorder":
        self.ctx.history_replacement = None
        self.start = time.time()
        return self

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> None:
        ctx = self.ctx
        line = ctx.history_replacement if ctx.history_replacement is not None else self.text.rstrip("\r\n")
        ctx.history_replacement = None
        if not line.strip():
            return
        if kind is KeyboardInterrupt or ctx.stopped:
            state = "Stopped"
        else:
            state = "Completed" if ctx.last_success else "Failed"
        history = ctx.history
        next_id = history[-1].id + 1 if history else 1
        history.append(HistoryEntry(next_id, line, state, self.start, time.time()))
        try:
            limit = int(ctx.get_var("maximumhistorycount", 4096))
        except (TypeError, ValueError):
            limit = 4096
        if limit > 0 and len(history) > limit:
            del history[:len(history) - limit]
