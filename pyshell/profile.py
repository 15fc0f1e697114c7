"""The profile script: a user's own script, run when a session starts.

``$PROFILE`` names it in every session, run or not, so ``notepad $PROFILE``-style habits work. The
script runs dot-sourced in the global scope (its functions, aliases and variables stay), before
the first prompt or command, unless the shell was started with -NoProfile. Its errors are shown
like any script's; they do not stop the session from starting.
"""
from __future__ import annotations

from pyshell import paths

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["prepare_profile"]


def prepare_profile(shell: Any, run: bool = True) -> bool:
    """Set $PROFILE and, when ``run`` is true and the file exists, run it. True if it ran."""
    try:
        path = paths.profile_path()
    except (OSError, RuntimeError, KeyError):
        return False
    shell.context.set_var("profile", str(path), "global")
    if not run or not path.is_file():
        return False
    quoted = str(path).replace("'", "''")
    shell.context.exit_ends_session = True            # `exit` in the profile closes the session
    try:
        shell.execute(f". '{quoted}'", record=False)     # not a command the user typed: no Get-History entry
    finally:
        shell.context.exit_ends_session = False
    return True
