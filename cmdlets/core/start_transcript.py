"""Start-Transcript: copy everything the session shows, commands included, into a text file."""
from __future__ import annotations

import datetime as _dt
import os
import stat

from cmdlets.core._files import cmdlet_path
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.values import SwitchParameter
from pyshell.transcript import Transcript, start

BY_PATH, BY_LITERAL_PATH, BY_DIRECTORY = "ByPath", "ByLiteralPath", "ByOutputDirectory"


def default_file_name() -> str:
    """PowerShell's name for a transcript: PowerShell_transcript.<computer>.<random>.<time>.txt."""
    import random   # here, not at the top: starting pyshell need not load these
    import socket
    import string
    token = "".join(random.choice(string.ascii_lowercase + string.digits) for _ in range(8))
    stamp = _dt.datetime.now().strftime("%Y%m%d%H%M%S")
    return f"PowerShell_transcript.{socket.gethostname()}.{token}.{stamp}.txt"


def default_directory() -> str:
    """The user's Documents folder, as in PowerShell (the home folder when there is none)."""
    home = os.path.expanduser("~")
    documents = os.path.join(home, "Documents")
    return documents if os.path.isdir(documents) else home


class StartTranscript(Cmdlet):
    """Creates a record of all or part of a session in a text file."""

    verb, noun = "Start", "Transcript"
    default_set = BY_PATH
    implementing_type = "Microsoft.PowerShell.Commands.StartTranscriptCommand"
    supports_should_process = True
    description = ("Start-Transcript writes a header (start time, user, machine, process and the $PSVersionTable "
                   "entries) to a text file, and from then on copies into it every command typed at the prompt, "
                   "after its prompt, and everything the session shows: output, errors, warnings and the "
                   "questions it asks. Stop-Transcript (or leaving the session) writes the footer and closes the "
                   "file. Without a path the file is PowerShell_transcript.<computer>.<random>.<time>.txt in "
                   "your Documents folder, or in -OutputDirectory. Transcripts can be nested; Stop-Transcript "
                   "stops the newest.")

    path = Parameter(str, sets={BY_PATH: SetOptions(position=0)},
                     help="The transcript file. It is replaced unless -Append or -NoClobber is given.")
    literal_path = Parameter(str, sets=(BY_LITERAL_PATH,), aliases=("PSPath",),
                             help="The transcript file, taken exactly as typed.")
    output_directory = Parameter(str, sets=(BY_DIRECTORY,),
                                 help="The folder for a transcript with PowerShell's generated name "
                                      "(created if it does not exist).")
    append = Parameter(SwitchParameter, help="Add to the end of an existing file instead of replacing it.")
    force = Parameter(SwitchParameter, help="Write even to a file marked read-only (the mark is removed).")
    no_clobber = Parameter(SwitchParameter, aliases=("NoOverwrite",),
                           help="Refuse to replace a file that exists already.")
    include_invocation_header = Parameter(SwitchParameter,
                                          help="Write the time each command starts, in a small block before it.")

    examples = (
        Example("Start-Transcript -Path ./session.txt; Get-CsAdminRole -Identity CsHelpDesk; Stop-Transcript",
                "Records the role's details, between a header and a footer, in session.txt."),
        Example("Start-Transcript -Path ./session.txt -Append -IncludeInvocationHeader; Stop-Transcript",
                "Adds to the same file, with a start time before each command typed at the prompt."),
        Example("Start-Transcript -OutputDirectory ./transcripts; Stop-Transcript",
                "Creates a transcript with a generated name in the transcripts folder."),
    )

    def end(self) -> None:
        target = self._target()
        if not self.should_process(target):
            return
        exists = os.path.exists(target)
        if exists and self.no_clobber and not self.append:
            raise PSError(self.error_record(f"File {target} already exists and NoClobber was specified.",
                                            "NoClobber", ErrorCategory.ResourceExists, target=target,
                                            exception_type="UnauthorizedAccessException"))
        if exists and not os.access(target, os.W_OK):
            if not self.force:
                raise PSError(self.error_record(
                    f'File {target} is read-only. Cannot write to this file. "Start-Transcript -Force" will clear '
                    "the read-only attribute.", "CannotStartTranscription", ErrorCategory.PermissionDenied,
                    target=target, exception_type="UnauthorizedAccessException"))
            try:
                os.chmod(target, os.stat(target).st_mode | stat.S_IWUSR)
            except OSError:
                pass
        try:
            folder = os.path.dirname(target)
            if self.output_directory and not os.path.isdir(folder):
                os.makedirs(folder, exist_ok=True)
            stream = open(target, "a" if self.append else "w", encoding="utf-8")
        except OSError as exc:
            raise PSError(self.error_record(
                f"Transcription cannot be started due to the error: {exc.strerror or exc}.",
                "CannotStartTranscription", ErrorCategory.InvalidOperation, target=target,
                exception_type="PSInvalidOperationException")) from None
        start(self.context, Transcript(target, stream, bool(self.include_invocation_header)))
        self.write_object(f"Transcript started, output file is {target}")

    def _target(self) -> str:
        if self.output_directory:
            return os.path.join(cmdlet_path(self, self.output_directory), default_file_name())
        given = self.literal_path or self.path
        if given:
            return cmdlet_path(self, given)
        return os.path.join(default_directory(), default_file_name())
