"""Rendering objects to lines of text for the Out-* cmdlets: the same formatter and line writer as
Out-Default, at the width the command asks for, reporting out-of-sequence formatting data as the
command's own error."""
from __future__ import annotations

from pyshell.format.output import OutDefault
from pyshell.format.text import CONSOLE_CELLS, TEXT_CELLS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable


def line_renderer(cmdlet: Any, on_line: Callable[[str], None], columns: int, console: bool = False) -> OutDefault:
    """An OutDefault that hands each finished line (without its newline) to `on_line`. Text written
    for the console host (`console`, Out-Host) counts a wide character as two cells; text for a
    string or a file counts one cell per character, as 5.1's TextWriterLineOutput does."""
    ctx = cmdlet.context
    return OutDefault(lambda text: on_line(text[:-1] if text.endswith("\n") else text), views=ctx.views,
                      enumeration_limit=ctx.enumeration_limit, columns=max(columns, 1),
                      command=cmdlet.command_name(), implementing_type=cmdlet.implementing_type,
                      error_view=str(ctx.get_var("errorview", "NormalView")),
                      dc=CONSOLE_CELLS if console else TEXT_CELLS)


def default_columns(cmdlet: Any) -> int:
    """Windows PowerShell's default for Out-String and Out-File: the console's width less one."""
    return max(cmdlet.context.host.width - 1, 1)
