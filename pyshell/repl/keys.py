"""Key bindings of the REPL.

Enter follows PSReadLine's AcceptLine: the whole buffer is handed to the parser; when the parser
says the input is incomplete (open brace, paren or quote, trailing pipe, ...) a newline is inserted
at the cursor and editing goes on under the ``>> `` continuation prompt; otherwise the buffer is
accepted and run as one script.

An empty line typed while the input is incomplete does *not* end the block: the buffer is still
incomplete, so Enter keeps adding lines, as in PSReadLine. (The legacy console host without
PSReadLine ended a block on an empty line; we follow the PSReadLine behaviour that Windows
PowerShell 5.1 ships with.) Ctrl+C throws the whole block away.

Alt+Enter always inserts a newline, for splitting a complete command over several lines; it
stands in for PSReadLine's Shift+Enter (AddLine), which most terminals cannot tell from Enter.
"""
from __future__ import annotations

from typing import Callable, Protocol

from prompt_toolkit.enums import DEFAULT_BUFFER
from prompt_toolkit.filters import has_focus
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent

__all__ = ["make_key_bindings", "IncompleteCheck"]


class IncompleteCheck(Protocol):
    def is_incomplete(self, text: str) -> bool: ...


def make_key_bindings(shell: IncompleteCheck,
                      on_error: Callable[[str, BaseException], None] | None = None) -> KeyBindings:
    """Bindings for Enter and Alt+Enter, asking ``shell.is_incomplete`` about the buffer.

    ``on_error(where, exc)`` is told when ``is_incomplete`` itself fails; the buffer is then
    accepted, so the engine gets to report whatever is wrong with it.
    """
    bindings = KeyBindings()
    in_main_buffer = has_focus(DEFAULT_BUFFER)

    def wants_more(text: str) -> bool:
        if not text.strip():
            return False
        try:
            return bool(shell.is_incomplete(text))
        except Exception as exc:  # a parser bug must not lose what the user typed
            if on_error is not None:
                on_error("is_incomplete", exc)
            return False

    @bindings.add("enter", filter=in_main_buffer)
    def _accept_or_continue(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        if wants_more(buffer.text):
            buffer.insert_text("\n")
        else:
            buffer.validate_and_handle()

    @bindings.add("escape", "enter", filter=in_main_buffer)
    def _add_line(event: KeyPressEvent) -> None:
        event.current_buffer.insert_text("\n")

    return bindings
