"""Rendering objects to lines of text for the Out-* cmdlets: the same formatter and line writer as
Out-Default, at the width the command asks for, reporting out-of-sequence formatting data as the
command's own error."""
from __future__ import annotations

from pyshell.format.output import OutDefault

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable


def line_renderer(cmdlet: Any, on_line: Callable[[str], None], columns: int) -> OutDefault:
    """An OutDefault that hands each finished line (without its newline) to `on_line`."""
    ctx = cmdlet.context
    return OutDefault(lambda text: on_line(text[:-1] if text.endswith("\n") else text), views=ctx.views,
                      enumeration_limit=ctx.enumeration_limit, columns=max(columns, 1),
                      command=cmdlet.command_name(), implementing_type=cmdlet.implementing_type,
                      error_view=str(ctx.get_var("errorview", "NormalView")))


def default_columns(cmdlet: Any) -> int:
    """Windows PowerShell's default for Out-String and Out-File: the console's width less one."""
    return max(cmdlet.context.host.width - 1, 1)
