"""Out-Host: write objects to the console now, formatted as Out-Default would."""
from __future__ import annotations

from cmdlets.core._text_output import line_renderer
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.flow import StopUpstream
from pyshell.runtime.values import PSObject, SwitchParameter

PAGING_PROMPT = "<SPACE> next page; <CR> next line; Q quit"


class OutHost(Cmdlet):
    """Sends output to the command line."""

    verb, noun = "Out", "Host"
    implementing_type = "Microsoft.PowerShell.Commands.OutHostCommand"
    description = ("Out-Host formats its input as the console shows it and writes it to the console straight away, "
                   "so nothing reaches the rest of the pipeline. With -Paging it stops after each screenful and asks "
                   "how to go on: Space (then Enter) for the next page, Enter alone for one more line, Q to quit. "
                   "When nobody can answer (the output is not interactive) it writes everything without pausing.")

    input_object = Parameter(PSObject, pipeline=True, help="The objects to write to the console.")
    paging = Parameter(SwitchParameter, help="Shows one screenful at a time and waits for a key between screens.")

    examples = (
        Example('[pscustomobject]@{Name="alpha"; Size=5} | Out-Host',
                "The object goes to the console as a table.",
                "\nName  Size\n----  ----\nalpha    5\n\n\n"),
        Example("Get-CsAdminRole | Out-Host -Paging", "Pages through the RBAC roles."),
    )

    def begin(self) -> None:
        host = self.context.host
        self._host = host
        self._written = 0
        self._quit = False
        self._prompting = bool(self.paging)
        self._renderer = line_renderer(self, self._line, max(host.width - 1, 1), console=True)

    def _line(self, line: str) -> None:
        if self._quit:
            return
        self._host.write(line + "\n")
        if not self._prompting:
            return
        self._written += 1
        room = getattr(self._host, "height", 24) - 1
        if room <= 0 or self._written < room:
            return
        answer = self._host.read_line(PAGING_PROMPT)
        if answer is None:
            self._prompting = False          # nobody to ask: write the rest without pausing
        elif answer.strip().lower() == "q":
            self._quit = True
            raise StopUpstream(owner=self.runtime)
        elif answer == "":
            self._written -= 1               # one more line
        else:
            self._written = 0                # a new page

    def process(self) -> None:
        if self.input_object is not None and not self._quit:
            self._renderer.push(self.input_object)

    def end(self) -> None:
        try:
            self._renderer.close()
        except StopUpstream:
            pass
