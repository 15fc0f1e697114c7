"""Set-Content: replace what files hold with new text."""
from __future__ import annotations

from cmdlets.core._content import WriteContentCommand
from pyshell.commands.parameters import Example


class SetContent(WriteContentCommand):
    """Replaces the contents of a file with contents that you specify."""

    verb, noun = "Set", "Content"
    implementing_type = "Microsoft.PowerShell.Commands.SetContentCommand"
    action = "Set Content"
    description = ("Set-Content writes each value it is given as a line of text (its .NET ToString()) to each file, "
                   "replacing what the file held, and creates files that do not exist (not their directories). "
                   "Values are written as they arrive, the file being emptied when the first one comes. "
                   "Windows PowerShell 5.1 writes the ANSI code page by default; pyshell writes UTF-8 without a "
                   "byte order mark, which holds every character on every system (-Encoding Default gives the ANSI "
                   "code page). -NoNewline writes the values without line endings, -PassThru passes them on.")

    examples = (
        Example("Set-Content -Path notes.txt -Value 'first', 'second'; Get-Content notes.txt",
                "Writes two lines and reads them back.", "first\nsecond\n"),
        Example("1..3 | Set-Content numbers.txt; (Get-Content numbers.txt).Count",
                "Writes the numbers from the pipeline, one per line.", "3\n"),
        Example("Set-Content flag.txt 'on' -NoNewline; (Get-Content flag.txt -Raw).Length",
                "A file with no line ending.", "2\n"),
    )
