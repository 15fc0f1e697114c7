"""Transcripts (Start-Transcript / Stop-Transcript): a text file of everything a session shows.

The file has Windows PowerShell 5.1's layout: a header block (start time, user, machine, host
application, process id and the $PSVersionTable entries), then each command as it was typed after
its prompt (`PS C:\\work> Get-CsAdminRole`, continuation lines after `>> `), then what the command
printed, output and errors alike, and at the end a footer with the end time. With
-IncludeInvocationHeader each command is preceded by its start time in a small block of its own.

While at least one transcript is open, the session's host is wrapped in a :class:`TranscribingHost`,
which passes everything on to the real host and copies it into every open transcript. Several
transcripts can be open at once; Stop-Transcript closes the newest.
"""
from __future__ import annotations

import datetime as _dt
import getpass
import os
import sys
from pyshell.host import Host

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TextIO

RULE = "*" * 22


def _stamp(when: _dt.datetime | None = None) -> str:
    return (when or _dt.datetime.now()).strftime("%Y%m%d%H%M%S")


def _user() -> str:
    try:
        name = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not worth failing over
        name = "unknown"
    import socket   # here, not at the top: starting pyshell need not load the network modules
    return f"{socket.gethostname()}\\{name}"


def _version_lines(ctx: Any) -> list[str]:
    table = ctx.get_var("psversiontable")
    lines = []
    if table is not None and hasattr(table, "items"):
        from pyshell.runtime.conversion import to_string
        for key, value in table.items():
            if value is None:
                continue
            text = ", ".join(to_string(v) for v in value) if isinstance(value, (list, tuple)) else to_string(value)
            lines.append(f"{key}: {text}")
    return lines


class Transcript:
    """One open transcript file."""

    def __init__(self, path: str, stream: TextIO, include_invocation_header: bool):
        self.path = path
        self.stream = stream
        self.include_invocation_header = include_invocation_header
        self._at_line_start = True

    def write(self, text: str) -> None:
        if not text:
            return
        self.stream.write(text)
        self.stream.flush()
        self._at_line_start = text.endswith("\n")

    def line(self, text: str) -> None:
        if not self._at_line_start:
            self.write("\n")
        self.write(text + "\n")

    def header(self, ctx: Any) -> None:
        import platform
        import socket
        lines = [RULE, "Windows PowerShell transcript start", f"Start time: {_stamp()}", f"Username: {_user()}",
                 f"RunAs User: {_user()}", "Configuration Name: ",
                 f"Machine: {socket.gethostname()} ({platform.system()} {platform.release()})",
                 f"Host Application: {' '.join([sys.executable, '-m', 'pyshell'] + sys.argv[1:])}",
                 f"Process ID: {os.getpid()}", *_version_lines(ctx), RULE]
        self.write("\n".join(lines) + "\n")

    def command(self, prompt: str, text: str) -> None:
        if self.include_invocation_header:
            self.line(RULE)
            self.line(f"Command start time: {_stamp()}")
            self.line(RULE)
        first, *rest = text.split("\n")
        self.line(prompt + first)
        for more in rest:
            self.line(">> " + more)

    def close(self) -> None:
        self.line(RULE)
        self.line("Windows PowerShell transcript end")
        self.line(f"End time: {_stamp()}")
        self.line(RULE)
        self.stream.close()


class TranscribingHost(Host):
    """A host that copies what it shows into the session's open transcripts."""

    def __init__(self, inner: Host, ctx: Any):
        self.inner = inner
        self._ctx = ctx

    def __getattr__(self, name: str) -> Any:          # anything else the real host offers
        return getattr(self.inner, name)

    @property
    def name(self) -> str:                            # type: ignore[override]
        return self.inner.name

    @property
    def interactive(self) -> bool:                    # type: ignore[override]
        return self.inner.interactive

    def _copy(self, text: str) -> None:
        for t in self._ctx.transcripts:
            try:
                t.write(text)
            except (OSError, ValueError):
                pass

    def write(self, text: str) -> None:
        self.inner.write(text)
        self._copy(text)

    def write_error(self, text: str) -> None:
        self.inner.write_error(text)
        self._copy(text)

    def write_progress(self, record: Any) -> None:
        self.inner.write_progress(record)       # shown, but not transcribed, as in PowerShell

    def end_progress(self) -> None:
        self.inner.end_progress()

    def read_line(self, prompt: str) -> str | None:
        answer = self.inner.read_line(prompt)
        self._copy(prompt + (answer if answer is not None else "") + "\n")
        return answer

    @property
    def width(self) -> int:
        return self.inner.width

    @property
    def height(self) -> int:
        return self.inner.height

    @property
    def is_terminal(self) -> bool:
        return self.inner.is_terminal

    @property
    def color(self) -> bool:
        return self.inner.color


def wrap_host(host: Host, ctx: Any) -> Host:
    """The host the engine should write to: `host`, wrapped while transcripts are open."""
    if isinstance(host, TranscribingHost):
        host = host.inner
    return TranscribingHost(host, ctx) if ctx.transcripts else host


def start(ctx: Any, transcript: Transcript) -> None:
    transcript.header(ctx)
    ctx.transcripts.append(transcript)
    ctx.host = wrap_host(ctx.host, ctx)


def stop(ctx: Any) -> Transcript | None:
    """Close the newest transcript; None when none is open."""
    if not ctx.transcripts:
        return None
    transcript = ctx.transcripts.pop()
    try:
        transcript.close()
    finally:
        ctx.host = wrap_host(ctx.host, ctx)
    return transcript


def stop_all(ctx: Any) -> None:
    while ctx.transcripts:
        stop(ctx)


def command_started(ctx: Any, prompt: str, text: str) -> None:
    """A command typed at the prompt: written into each open transcript before its output."""
    for t in ctx.transcripts:
        try:
            t.command(prompt, text)
        except (OSError, ValueError):
            pass
