"""The first prompt, drawn before the line editor is loaded.

Loading prompt_toolkit takes longer than everything else pyshell does before its first prompt.
Rather than keep the user looking at an empty line, the REPL draws the prompt itself as soon as it
knows the text, then loads the editor. The editor draws the same prompt again over it (now with
its colours) and carries on.

Keys typed in between must not be lost or echoed in the wrong place. So, when the prompt is drawn,
the terminal is put into the mode the editor itself uses (no echo, no line buffering, Ctrl+C as a
key rather than a signal): whatever is typed waits in the terminal until the editor reads it, as it
would had the editor been there from the start. The editor saves and restores the terminal mode it
finds, which is this one, so the mode the shell started with is put back once the first prompt
returns (:meth:`EarlyPrompt.restore`), before the command runs.

Nothing here is attempted unless both standard input and the output are terminals, the prompt is
one line that fits on the screen, and the terminal modes can be read and set; otherwise the REPL
simply starts as it always did.
"""
from __future__ import annotations

import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TextIO

__all__ = ["EarlyPrompt", "show_early_prompt"]


class EarlyPrompt:
    """A prompt already on the screen, with the terminal in the editor's mode until restored."""

    def __init__(self, fd: int, saved: list[Any], stream: TextIO):
        self.fd = fd
        self.saved = saved
        self.stream = stream

    def hand_over(self) -> None:
        """Put the cursor back at the start of the line, where the editor draws its prompt."""
        try:
            self.stream.write("\r")
            self.stream.flush()
        except (OSError, ValueError):
            pass

    def restore(self) -> None:
        """Give the terminal back the mode it had before the prompt was drawn (once)."""
        saved, self.saved = self.saved, None
        if saved is None:
            return
        import termios
        try:
            termios.tcsetattr(self.fd, termios.TCSANOW, saved)
        except (termios.error, OSError):
            pass


def _editor_mode(attrs: list[Any]) -> list[Any]:
    """The terminal attributes prompt_toolkit uses while it edits, made from `attrs`."""
    import termios
    new = list(attrs)
    new[3] &= ~(termios.ECHO | termios.ICANON | termios.IEXTEN | termios.ISIG)      # local flags
    new[0] &= ~(termios.IXON | termios.IXOFF | termios.ICRNL | termios.INLCR | termios.IGNCR)  # input flags
    new[6] = list(attrs[6])
    new[6][termios.VMIN] = 1
    new[6][termios.VTIME] = 0
    return new


def _fits(prompt: str, stream: TextIO) -> bool:
    if not prompt or not prompt.isprintable() or not prompt.isascii():
        return False            # wide or combining characters: leave the layout to the editor
    try:
        columns = os.get_terminal_size(stream.fileno()).columns or 80   # 0: unknown, as the editor takes it
    except (OSError, ValueError):
        return False
    return len(prompt) < columns - 1


def show_early_prompt(prompt: str, stdin: Any, stream: TextIO) -> EarlyPrompt | None:
    """Draw `prompt` on `stream` (a terminal) and set `stdin` (a terminal) to the editor's mode;
    None, with nothing drawn or changed, when that cannot be done safely."""
    if os.environ.get("TERM") == "dumb" or not _fits(prompt, stream):
        return None
    try:
        import termios
        fd = stdin.fileno()
        if not (os.isatty(fd) and stream.isatty()):
            return None
        saved = termios.tcgetattr(fd)
        termios.tcsetattr(fd, termios.TCSANOW, _editor_mode(saved))
    except Exception:  # noqa: BLE001 - no termios, termios.error, odd streams: start the usual way
        return None
    early = EarlyPrompt(fd, saved, stream)
    try:
        stream.write(prompt)
        stream.flush()
    except (OSError, ValueError):
        early.restore()
        return None
    return early
