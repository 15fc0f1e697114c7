"""What Set-Location, Push-Location and Pop-Location share: moving the session's current location
(never the process's working directory) the way PowerShell's SetLocation does."""
from __future__ import annotations

import os
from cmdlets.core._filesystem import glob
from pyshell.errors import ErrorCategory
from cmdlets.core._providers import session_target
from pyshell.runtime.location import (PathProblem, Resolved, current_drive, here, path_info, path_not_found, resolve,
                                      set_location)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def change_location(cmdlet: Any, path: str | None, literal: bool) -> Resolved | None:
    """Move to `path`: wildcards may name one directory; an empty path leaves the location as it
    is. Errors (no such directory, a file, several directories, an unknown drive) are reported as
    non-terminating errors, and the location stays. Returns where the location now is."""
    ctx = cmdlet.context
    text = "" if path is None else str(path)
    if text == "":
        return here(ctx)
    target = session_target(ctx, text)
    if target is not None:
        # Env:, Variable:, Function: and Alias: are flat: their root is the one place to stand.
        if target.is_root or (ctx.provider_location and text in ("..", ".")):
            where = Resolved(ctx.location, current_drive(ctx), target.provider.drive)
            set_location(ctx, where)
            return where
        cmdlet.write_error(path_not_found(text).record(cmdlet))
        return None
    try:
        matches, _ = ([resolve(ctx, text)], False) if literal else glob(ctx, text, force=True)
    except PathProblem as problem:
        cmdlet.write_error(problem.record(cmdlet))
        return None
    containers = [m for m in matches if os.path.isdir(m.native)]
    if len(containers) > 1:
        cmdlet.write_error(cmdlet.error_record(
            f"Cannot set the location because path '{text}' resolved to multiple containers. You can only the "
            "set location to a single container at a time.", "Argument", ErrorCategory.InvalidArgument,
            target=text, exception_type="PSArgumentException"))
        return None
    if not containers:
        shown = matches[0].ps_path if matches and not os.path.lexists(matches[0].native) else text
        cmdlet.write_error(path_not_found(shown).record(cmdlet))
        return None
    set_location(ctx, containers[0])
    return containers[0]


def location_object(cmdlet: Any, resolved: Resolved) -> Any:
    return path_info(cmdlet.context, resolved)
