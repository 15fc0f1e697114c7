"""Add-Content: add text to the end of files."""
from __future__ import annotations

from cmdlets.core._content import WriteContentCommand
from pyshell.commands.parameters import Example


class AddContent(WriteContentCommand):
    """Appends content, such as words or data, to a file."""

    verb, noun = "Add", "Content"
    implementing_type = "Microsoft.PowerShell.Commands.AddContentCommand"
    appending = True
    action = "Add Content"
    description = ("Add-Content writes each value it is given as a line of text (its .NET ToString()) at the end of "
                   "each file, creating files that do not exist. Nothing is put between the old end of the file "
                   "and the new text. Without -Encoding a file keeps the encoding its byte order mark announces; "
                   "a file without one is written as UTF-8 (Windows PowerShell 5.1 uses the ANSI code page; "
                   "-Encoding Default gives it). -NoNewline writes the values without line endings, -PassThru "
                   "passes them on.")

    examples = (
        Example("Set-Content log.txt 'started'; Add-Content log.txt 'finished'; Get-Content log.txt",
                "Adds a line to a file.", "started\nfinished\n"),
        Example("Get-Date -Format yyyy-MM-dd | Add-Content dates.txt",
                "Adds today's date to a file from the pipeline."),
    )
