"""Setup: Pester's shortcut for putting files and directories in the TestDrive."""
from __future__ import annotations

import os

from cmdlets.core._csv import dotnet_string
from cmdlets.core._filesystem import item, os_error
from cmdlets.pester.test_drive import DRIVE
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.location import Resolved, resolve
from pyshell.runtime.values import SwitchParameter


class Setup(Cmdlet):
    """Creates a file or directory in the TestDrive (Pester)."""

    command_word = "Setup"
    description = ("Setup -Dir name makes a directory in the current Describe's TestDrive; Setup -File name "
                   "[-Content text] makes a file there holding the text (missing directories on the way are made "
                   "too, and an existing item is replaced). -PassThru writes the new item. It is the short form "
                   "of New-Item with a TestDrive:\\ path that Pester keeps for older tests.")

    dir = Parameter(SwitchParameter, help="Makes a directory.")
    file = Parameter(SwitchParameter, help="Makes a file.")
    path = Parameter(str, position=0, help="The item's path inside the TestDrive.")
    content = Parameter(object, position=1, default="", help="With -File: the text the file holds.")
    pass_thru = Parameter(SwitchParameter, help="Writes the new item to the pipeline.")

    examples = (
        Example('Describe "d" { It "sees the file" { Setup -File "data/a.txt" "hi"; '
                'Get-Content TestDrive:\\data\\a.txt | Should -Be "hi" } }',
                "Makes a file with text in a new directory of the TestDrive."),
    )

    def end(self) -> None:
        ctx = self.context
        drive = ctx.drives.get(DRIVE.lower())
        if drive is None:
            self.throw_terminating(self.error_record("The Setup command may only be used inside a Describe block.",
                                                     "RuntimeException", ErrorCategory.InvalidOperation))
        target: Resolved = resolve(ctx, f"{DRIVE}:\\{self.path or ''}")
        native = target.native
        try:
            if self.dir:
                os.makedirs(native, exist_ok=True)
            if self.file:
                os.makedirs(os.path.dirname(native), exist_ok=True)
                with open(native, "w", encoding="utf-8", newline="") as handle:
                    handle.write(dotnet_string(self.content) or "")
        except OSError as exc:
            self.throw_terminating(os_error(self, exc, native, "NewItemIOError"))
        if self.pass_thru and (self.dir or self.file):
            found = item(native, target.drive)
            if found is not None:
                self.write_object(found)
