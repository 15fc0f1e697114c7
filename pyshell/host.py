"""Hosts: where a session's text goes. ConsoleHost writes to the terminal; CaptureHost keeps it for tests."""
from __future__ import annotations

import io
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO


def _terminal_size() -> os.terminal_size:
    """What shutil.get_terminal_size gives (COLUMNS and LINES first, then the terminal, else 80x24),
    without importing shutil at start-up."""
    def from_env(name: str) -> int:
        try:
            return max(int(os.environ[name]), 0)
        except (KeyError, ValueError):
            return 0
    columns, lines = from_env("COLUMNS"), from_env("LINES")
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size((0, 0))
        columns = columns or size.columns or 80
        lines = lines or size.lines or 24
    return os.terminal_size((columns, lines))


class Host:
    """The host interface the engine writes to."""

    name = "pyshell"
    interactive = False

    def write(self, text: str) -> None:
        """Output text (the success stream, after formatting)."""
        raise NotImplementedError

    def write_error(self, text: str) -> None:
        """Error, warning, verbose and debug text."""
        raise NotImplementedError

    def read_line(self, prompt: str) -> str | None:
        """Ask the user for a line; None when no one can answer."""
        return None

    def read_host_line(self, prompt: str, secret: bool = False) -> str | None:
        """A line for Read-Host (`secret`: not echoed); None when there is none to read."""
        return self.read_line(prompt)

    def write_progress(self, record: ProgressRecord) -> None:
        """Show how far a long operation has come (Write-Progress). A host with nowhere to show it
        leaves it out, as PowerShell does without a console."""

    def end_progress(self) -> None:
        """The command is over: take away any progress it left showing."""

    @property
    def width(self) -> int:
        return 80

    @property
    def height(self) -> int:
        """Lines on one screen (Out-Host -Paging pages by it)."""
        return 24

    @property
    def is_terminal(self) -> bool:
        """True when output goes to a terminal (Clear-Host sends its escape codes only then)."""
        return False

    @property
    def color(self) -> bool:
        return False


class ProgressRecord:
    """What Write-Progress reports: an activity, its status, and how far it has come (-1: unknown)."""

    __slots__ = ("activity", "status", "id", "parent_id", "percent", "seconds_remaining", "current_operation",
                 "completed")

    def __init__(self, activity: str, status: str = "Processing", id: int = 0, parent_id: int = -1,
                 percent: int = -1, seconds_remaining: int = -1, current_operation: str = "",
                 completed: bool = False):
        self.activity = activity
        self.status = status
        self.id = id
        self.parent_id = parent_id
        self.percent = percent
        self.seconds_remaining = seconds_remaining
        self.current_operation = current_operation
        self.completed = completed

    def line(self, width: int) -> str:
        """The record as one line of at most `width` characters: activity, status, a bar, the rest."""
        parts = [f"{self.activity}: {self.status}"]
        if 0 <= self.percent <= 100:
            filled = self.percent * 20 // 100
            parts.append(f"[{'o' * filled}{' ' * (20 - filled)}] {self.percent}%")
        if self.seconds_remaining >= 0:
            parts.append(f"{self.seconds_remaining} s left")
        if self.current_operation:
            parts.append(self.current_operation)
        text = " ".join(parts)
        return text if len(text) <= width else text[:max(width - 3, 0)] + "..."


class OutputClosed(KeyboardInterrupt):
    """Whatever read pyshell's output has gone (`pyshell -c '1..1e9' | head -2`). The run stops
    as Ctrl+C stops it (finally blocks run, the exit code is 1), without a word: there is no one
    left to read one."""


class ConsoleHost(Host):
    def __init__(self, stdout: TextIO | None = None, stderr: TextIO | None = None, interactive: bool = False):
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.interactive = interactive
        self._progress_shown = False       # a progress line stands on the terminal, to be wiped first

    def write_progress(self, record: ProgressRecord) -> None:
        """One line on the terminal's error stream, redrawn in place and wiped when the activity is
        complete or other text comes. Nothing when the error stream is no terminal (a log, a pipe)."""
        try:
            if not self.stderr.isatty():
                return
            if record.completed:
                self._wipe_progress()
                return
            self.stderr.write("\r\x1b[2K" + record.line(self.width - 1))
            self.stderr.flush()
            self._progress_shown = True
        except (AttributeError, ValueError, OSError):
            return

    def end_progress(self) -> None:
        self._wipe_progress()

    def _wipe_progress(self) -> None:
        if self._progress_shown:
            self._progress_shown = False
            try:
                self.stderr.write("\r\x1b[2K")
                self.stderr.flush()
            except (ValueError, OSError):
                pass

    def write(self, text: str) -> None:
        self._wipe_progress()
        try:
            self.stdout.write(text)
            self.stdout.flush()
        except BrokenPipeError:
            # Later writes (and the flush at exit) go nowhere instead of failing again.
            self.stdout = open(os.devnull, "w")
            raise OutputClosed from None

    def write_error(self, text: str) -> None:
        self._wipe_progress()
        self.stdout.flush()
        self.stderr.write(text)
        self.stderr.flush()

    def read_line(self, prompt: str) -> str | None:
        if not self.interactive:
            return None
        try:
            return input(prompt)
        except EOFError:
            return None

    def read_host_line(self, prompt: str, secret: bool = False) -> str | None:
        """From the terminal when someone sits at it; otherwise the next line of standard input, as
        powershell.exe reads a redirected one (`echo answer | pyshell script.ps1`), the prompt
        written first as the console host writes it."""
        if self.interactive:
            if not secret:
                return self.read_line(prompt)
            import getpass
            try:
                return getpass.getpass(prompt)
            except EOFError:
                return None
        stdin = sys.stdin
        if stdin is None or stdin.closed:
            return None
        self.write(prompt)
        line = stdin.readline()
        if prompt:
            self.write("\n")       # the answer is not echoed: what follows starts a line of its own
        return line.rstrip("\r\n") if line else None

    @property
    def width(self) -> int:
        try:
            if self.stdout.isatty():
                return _terminal_size().columns
        except (AttributeError, ValueError, OSError):
            pass
        return 80

    @property
    def height(self) -> int:
        try:
            if self.stdout.isatty():
                return _terminal_size().lines
        except (AttributeError, ValueError, OSError):
            pass
        return 24

    @property
    def is_terminal(self) -> bool:
        try:
            return self.stdout.isatty()
        except (AttributeError, ValueError):
            return False

    @property
    def color(self) -> bool:
        if os.environ.get("NO_COLOR"):
            return False
        try:
            return self.stdout.isatty()
        except (AttributeError, ValueError):
            return False


class CaptureHost(Host):
    """Keeps output and error text apart, for tests and for Out-String."""

    def __init__(self, width: int = 80, answers: list[str] | None = None):
        self.out = io.StringIO()
        self.err = io.StringIO()
        self._width = width
        self.answers = list(answers or [])
        self.interactive = bool(answers)
        self.progress: list[ProgressRecord] = []     # every progress record, for tests to read

    def write_progress(self, record: ProgressRecord) -> None:
        self.progress.append(record)

    def write(self, text: str) -> None:
        self.out.write(text)

    def write_error(self, text: str) -> None:
        self.err.write(text)

    def read_line(self, prompt: str) -> str | None:
        self.out.write(prompt)
        if not self.answers:
            return None
        answer = self.answers.pop(0)
        self.out.write(answer + "\n")
        return answer

    @property
    def width(self) -> int:
        return self._width

    @property
    def output(self) -> str:
        return self.out.getvalue()

    @property
    def errors(self) -> str:
        return self.err.getvalue()
