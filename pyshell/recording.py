"""`pyshell --record demo.cast`: the session as an asciicast v2 file that asciinema can play back.

The file is a JSON header line (version 2, terminal width and height, start time, title, shell and
TERM) followed by one JSON array per event: `[seconds, "o", text]` for what the terminal was sent,
and `[seconds, "m", label]` for a marker, one per command, labelled with the command's first line,
so a player can jump from command to command.

Recording happens inside the process: standard output and standard error are replaced by streams
that pass everything on and also record it (the REPL's editor draws through them as well), and the
Shell tells the recorder when a command starts. Line ends are recorded as a terminal shows them
(`\\r\\n`).
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import threading
import time

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TextIO


class CastRecorder:
    def __init__(self, path: str, *, width: int | None = None, height: int | None = None, title: str = "pyshell"):
        size = shutil.get_terminal_size((80, 24))
        self.width = width or size.columns
        self.height = height or size.lines
        self._file = open(path, "w", encoding="utf-8", newline="\n")
        self._start = time.monotonic()
        self._lock = threading.Lock()
        self._last_cr = False
        header = {"version": 2, "width": self.width, "height": self.height, "timestamp": int(time.time()),
                  "title": title, "env": {"SHELL": "pyshell", "TERM": os.environ.get("TERM", "xterm-256color")}}
        self._file.write(json.dumps(header) + "\n")
        self._file.flush()

    def _event(self, code: str, data: str) -> None:
        if self._file.closed:
            return
        stamp = round(time.monotonic() - self._start, 6)
        self._file.write(json.dumps([stamp, code, data], ensure_ascii=False) + "\n")
        self._file.flush()

    def output(self, text: str) -> None:
        if not text:
            return
        with self._lock:
            out = []
            for ch in text:
                if ch == "\n" and not self._last_cr:
                    out.append("\r")
                out.append(ch)
                self._last_cr = ch == "\r"
            self._event("o", "".join(out))

    def marker(self, command: str) -> None:
        label = command.strip().splitlines()[0] if command.strip() else ""
        with self._lock:
            self._event("m", label[:80])

    def close(self) -> None:
        with self._lock:
            if not self._file.closed:
                self._file.close()


class RecordingStream:
    """A text stream that writes to `inner` and records what it writes. It has no `buffer`, so
    prompt_toolkit writes text through it rather than bytes past it."""

    def __init__(self, inner: TextIO, recorder: CastRecorder):
        self._inner = inner
        self._recorder = recorder

    def write(self, text: str) -> int:
        n = self._inner.write(text)
        self._recorder.output(text)
        return n if n is not None else len(text)

    def flush(self) -> None:
        self._inner.flush()

    def isatty(self) -> bool:
        try:
            return self._inner.isatty()
        except (AttributeError, ValueError):
            return False

    def fileno(self) -> int:
        return self._inner.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self._inner, "encoding", None) or "utf-8"

    def __getattr__(self, name: str) -> Any:
        if name == "buffer":
            raise AttributeError(name)
        return getattr(self._inner, name)


class Recording:
    """Context manager: record standard output and error to `path` while it is open."""

    def __init__(self, path: str):
        self.path = path
        self.recorder: CastRecorder | None = None
        self._saved: tuple[Any, Any] | None = None

    def __enter__(self) -> "Recording":
        self.recorder = CastRecorder(self.path)
        self._saved = (sys.stdout, sys.stderr)
        sys.stdout = RecordingStream(sys.stdout, self.recorder)   # type: ignore[assignment]
        sys.stderr = RecordingStream(sys.stderr, self.recorder)   # type: ignore[assignment]
        return self

    def attach(self, shell: Any) -> None:
        """Put a marker in the recording each time the shell starts a typed command."""
        if self.recorder is not None:
            shell.command_listeners.append(self.recorder.marker)

    def __exit__(self, *exc: object) -> None:
        if self._saved is not None:
            sys.stdout, sys.stderr = self._saved
            self._saved = None
        if self.recorder is not None:
            self.recorder.close()
