"""Write-Progress: how far a long operation has come, shown by the host while it runs."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.runtime.context import PreferenceNotSupported
from pyshell.commands.parameters import Example, Parameter
from pyshell.commands.validators import validate_range
from pyshell.host import ProgressRecord
from pyshell.runtime.values import SwitchParameter


class WriteProgress(Cmdlet):
    """Displays a progress bar within a PowerShell command window."""

    verb, noun = "Write", "Progress"
    implementing_type = "Microsoft.PowerShell.Commands.WriteProgressCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113428"
    description = (
        "Write-Progress reports how far a long operation has come: its activity, a status line, a "
        "percentage and what it is doing now. In a terminal pyshell shows the latest report as one line "
        "on the error stream, redrawn in place and wiped when -Completed is given or other text is "
        "written; when the error stream is a file or a pipe nothing is shown, so logs stay clean. "
        "Reports never reach the pipeline. $ProgressPreference set to SilentlyContinue hides them.")

    activity = Parameter(str, position=0, mandatory=True,
                         help="What is being done, e.g. 'Checking partners'. The first part of the line.")
    status = Parameter(str, position=1, default="Processing",
                       help="Where the activity stands, e.g. '12 of 40'. Processing unless told.")
    id = Parameter(int, position=2, default=0, help="Tells apart several activities reported at once.")
    percent_complete = Parameter(int, default=-1, validators=(validate_range(-1, 100),),
                                 help="How much is done, 0 to 100; -1 (the default) leaves the bar out.")
    seconds_remaining = Parameter(int, default=-1, help="An estimate of the seconds left; -1 leaves it out.")
    current_operation = Parameter(str, default="", help="The step under way, shown after the bar.")
    parent_id = Parameter(int, default=-1, validators=(validate_range(-1),),
                          help="The Id of the activity this one is part of.")
    completed = Parameter(SwitchParameter, help="The activity is over: its line is wiped.")
    source_id = Parameter(int, default=0, help="Where the report comes from (kept for compatibility).")

    examples = (
        Example("$all = Get-CsXmppAllowedPartner; $i = 0; foreach ($p in $all) { $i++; "
                "Write-Progress -Activity 'Checking partners' -Status $p.Identity "
                "-PercentComplete ($i * 100 / $all.Count) }; Write-Progress -Activity 'Checking partners' -Completed",
                "A progress line while a loop walks the partners, wiped at the end; nothing reaches the output.",
                ""),
    )

    def process(self) -> None:
        try:
            preference = self.context.preference("progresspreference", "Continue").lower()
        except PreferenceNotSupported as exc:
            raise self.runtime.qualified(exc) from None
        if preference in ("silentlycontinue", "ignore"):
            return
        self.context.host.write_progress(ProgressRecord(
            self.activity, self.status, self.id, self.parent_id, self.percent_complete, self.seconds_remaining,
            self.current_operation, bool(self.completed)))
