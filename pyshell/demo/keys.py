"""Single key presses for demo mode, without echo, on POSIX terminals and Windows consoles.

When standard input is not a terminal (a pipe, a file, CI) keys are read as characters from it, so
a test can drive a demo with a string such as "\\n\\nbq"; at its end every key reads as None, which
the demo takes as "carry on by itself".
"""
from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO

# What a key means to the demo.
RUN, BACK, SKIP, QUIT, FASTER, SLOWER, INSTANT, HELP = "run", "back", "skip", "quit", "faster", "slower", \
    "instant", "help"

_KEYS = {
    "\r": RUN, "\n": RUN, " ": RUN, "n": RUN, "j": RUN, "right": RUN, "pagedown": RUN,
    "b": BACK, "p": BACK, "k": BACK, "left": BACK, "pageup": BACK,
    "s": SKIP, "q": QUIT, "esc": QUIT, "\x03": QUIT, "\x04": QUIT,
    "+": FASTER, "=": FASTER, "-": SLOWER, "i": INSTANT, "?": HELP, "h": HELP,
}
_ESCAPES = {"[C": "right", "[D": "left", "[6~": "pagedown", "[5~": "pageup", "OC": "right", "OD": "left"}
_WINDOWS = {"M": "right", "K": "left", "Q": "pagedown", "I": "pageup"}


def meaning(key: str | None) -> str | None:
    return None if key is None else _KEYS.get(key if len(key) > 1 else key.lower())


class KeyReader:
    """Reads one key at a time; use as a context manager (a terminal is put in cbreak mode)."""

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream if stream is not None else sys.stdin
        try:
            self.is_terminal = bool(self.stream) and self.stream.isatty()
        except (AttributeError, ValueError):
            self.is_terminal = False
        self._saved = None
        self._fd = None
        self.exhausted = False

    def __enter__(self) -> "KeyReader":
        if self.is_terminal and os.name != "nt":
            import termios
            import tty
            self._fd = self.stream.fileno()
            self._saved = termios.tcgetattr(self._fd)
            tty.setcbreak(self._fd)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._saved is not None:
            import termios
            termios.tcsetattr(self._fd, termios.TCSADRAIN, self._saved)
            self._saved = None

    def pending(self) -> bool:
        """True when a key is waiting (only a terminal can tell without blocking)."""
        if not self.is_terminal:
            return False
        if os.name == "nt":
            import msvcrt
            return bool(msvcrt.kbhit())
        import select
        return bool(select.select([self._fd], [], [], 0)[0])

    def read(self) -> str | None:
        """The next key ("right", "esc", "q", "\\n", ...), or None once a non-terminal input has ended."""
        if self.exhausted:
            return None
        if self.is_terminal and os.name == "nt":
            import msvcrt
            ch = msvcrt.getwch()
            if ch in ("\x00", "\xe0"):
                return _WINDOWS.get(msvcrt.getwch(), "")
            return "esc" if ch == "\x1b" else ch
        if self.is_terminal:
            ch = os.read(self._fd, 1).decode("utf-8", "replace")
            if ch != "\x1b":
                return ch
            import select
            seq = ""
            while len(seq) < 3 and select.select([self._fd], [], [], 0.05)[0]:
                seq += os.read(self._fd, 1).decode("utf-8", "replace")
                if seq in _ESCAPES:
                    return _ESCAPES[seq]
            return "esc" if not seq else _ESCAPES.get(seq, "")
        ch = self.stream.read(1)
        if not ch:
            self.exhausted = True
            return None
        return ch
