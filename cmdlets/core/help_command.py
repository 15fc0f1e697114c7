"""help: Get-Help, one screenful at a time (PowerShell defines it as a function that pipes Get-Help
into a pager; `man` is an alias of it)."""
from __future__ import annotations

from cmdlets.core.get_help import GetHelp
from cmdlets.core.out_host import OutHost
from pyshell.commands.parameters import Example

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class HelpCommand(GetHelp):
    """Shows help one screenful at a time."""

    command_word = "help"
    description = ("help takes the same parameters as Get-Help and shows the result on the console, pausing after "
                   "each screenful when someone is there to press a key (Space for the next page, Enter for one "
                   "more line, Q to stop). Its output goes to the console, not down the pipeline; use Get-Help to "
                   "get help as objects.")
    examples = (
        Example("help Get-CsXmppAllowedPartner", "Shows the help of Get-CsXmppAllowedPartner, a page at a time."),
        Example("man Where-Object -Examples", "The same through the man alias, examples only."),
    )

    def begin(self) -> None:
        super().begin()
        self._pager = OutHost(self.runtime)
        # Pause between screens only when someone can answer.
        self._pager.paging = bool(getattr(self.context.host, "interactive", False))
        self._pager.begin()

    def write_object(self, obj: Any, enumerate_collection: bool = False) -> None:
        items = obj if enumerate_collection and isinstance(obj, (list, tuple)) else [obj]
        for item in items:
            self._pager.input_object = item
            self._pager.process()

    def end(self) -> None:
        super().end()
        self._pager.end()
