"""The script call stack: the functions, scripts and script blocks running, innermost last, as
`ExecutionContext.frames` holds them (each a ScriptBlockProcessor while its code runs). It gives an
error its ScriptStackTrace, fixed when the error is first seen, as PowerShell does: the frames
above the handler that catches an error are gone by the time the handler runs."""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from pyshell.errors import ErrorRecord
    from pyshell.language.source import Extent

NO_FILE = "<No file>"


def call_stack(ctx: Any, where: Extent | None) -> list[tuple[str, Extent | None, Any]]:
    """(function name, position, processor) for each frame, innermost first. `where` is the position
    in the innermost frame; each outer frame stands where it called the frame inside it."""
    frames = []
    position = where
    for proc in reversed(ctx.frames):
        frames.append((proc.frame_name, position, proc))
        position = proc.runtime.extent
    return frames


def frame_file(position: Extent | None) -> str:
    source = position.source if position is not None else None
    return source.name if source is not None and source.name else ""


def frame_line(position: Extent | None) -> int:
    return position.start_line if position is not None and position.source is not None else 0


def stack_trace(ctx: Any, where: Extent | None) -> str:
    """The text of ErrorRecord.ScriptStackTrace: `at <function>, <file>: line <n>`, one line a frame."""
    return "\n".join(f"at {name}, {frame_file(pos) or NO_FILE}: line {frame_line(pos)}"
                     for name, pos, _ in call_stack(ctx, where))


def lock_stack_trace(ctx: Any, record: ErrorRecord) -> None:
    """Fix the record's ScriptStackTrace from the frames running now, unless it has one already."""
    if record.script_stack is None:
        record.script_stack = stack_trace(ctx, record.extent)
