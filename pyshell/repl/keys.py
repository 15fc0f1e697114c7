"""Key bindings of the REPL.

Enter follows PSReadLine's AcceptLine: the whole buffer is handed to the parser; when the parser
says the input is incomplete (open brace, paren or quote, trailing pipe, ...) a newline is inserted
at the cursor and editing goes on under the ``>> `` continuation prompt; otherwise the buffer is
accepted and run as one script. An input with a syntax error is accepted too: PowerShell reports
the error, as it would for a script.

An empty line typed while the input is incomplete does *not* end the block: the buffer is still
incomplete, so Enter keeps adding lines, as in PSReadLine. (The legacy console host without
PSReadLine ended a block on an empty line; we follow the PSReadLine behaviour that Windows
PowerShell 5.1 ships with.) Ctrl+C throws the whole block away.

Alt+Enter always inserts a newline, for splitting a complete command over several lines; it
stands in for PSReadLine's Shift+Enter (AddLine), which most terminals cannot tell from Enter.

Completion: Tab puts the first completion in and cycles through the others (Shift+Tab goes
back), as PSReadLine's TabCompleteNext; Ctrl+Space opens the menu with nothing chosen yet
(MenuComplete). Help: F1 shows the help of the command under the cursor, Alt+H the help of the
parameter under the cursor (below the input, until the next key). Alt+E moves the cursor to the
syntax error shown below the input.
"""
from __future__ import annotations

from typing import Any, Callable, Protocol

from prompt_toolkit.enums import DEFAULT_BUFFER
from prompt_toolkit.filters import Condition, has_focus
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys

__all__ = ["make_key_bindings", "IncompleteCheck"]

OnError = Callable[[str, BaseException], None]


class IncompleteCheck(Protocol):
    def is_incomplete(self, text: str) -> bool: ...


def make_key_bindings(shell: IncompleteCheck, on_error: OnError | None = None,
                      assist: Any = None) -> KeyBindings:
    """Bindings for Enter, Alt+Enter, completion and, when ``assist`` is given, help and errors.

    ``on_error(where, exc)`` is told when something fails inside a binding (``is_incomplete``
    itself, a help lookup, ...). A failing ``is_incomplete`` accepts the buffer, so the engine
    gets to report whatever is wrong with it. ``assist`` is the REPL's helper (session.Assist):
    help texts, the status line and the parse error.
    """
    bindings = KeyBindings()
    in_main_buffer = has_focus(DEFAULT_BUFFER)

    def report(where: str, exc: BaseException) -> None:
        if on_error is not None:
            on_error(where, exc)

    def wants_more(text: str) -> bool:
        if not text.strip():
            return False
        try:
            return bool(shell.is_incomplete(text))
        except Exception as exc:  # a parser bug must not lose what the user typed
            report("is_incomplete", exc)
            return False

    @bindings.add("enter", filter=in_main_buffer)
    def _accept_or_continue(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        buffer.complete_state = None
        if wants_more(buffer.text):
            buffer.insert_text("\n")
        else:
            buffer.validate_and_handle()

    @bindings.add("escape", "enter", filter=in_main_buffer)
    def _add_line(event: KeyPressEvent) -> None:
        event.current_buffer.insert_text("\n")

    @bindings.add(Keys.BracketedPaste, filter=in_main_buffer)
    def _paste(event: KeyPressEvent) -> None:
        # A pasted script arrives as one input; Enter runs it as one script. The line end a copied
        # block usually carries is dropped, so the cursor waits at the end of its last line.
        data = event.data.replace("\r\n", "\n").replace("\r", "\n")
        if data.endswith("\n") and data.strip():
            data = data[:-1]
        event.current_buffer.insert_text(data)

    # -- completion ---------------------------------------------------------------------------------
    @bindings.add("tab", filter=in_main_buffer)
    def _complete_next(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        if buffer.complete_state:
            buffer.complete_next()
        elif buffer.document.current_line_before_cursor.strip():
            buffer.start_completion(select_first=True)
        else:
            buffer.insert_text("    ")     # indenting a line of a block

    @bindings.add("s-tab", filter=in_main_buffer)
    def _complete_previous(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        if buffer.complete_state:
            buffer.complete_previous()
        else:
            buffer.start_completion(select_last=True)

    @bindings.add("c-space", filter=in_main_buffer)
    def _menu(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        if buffer.complete_state:
            buffer.complete_next()
        else:
            buffer.start_completion(select_first=False)

    if assist is None:
        return bindings

    # -- help and errors ---------------------------------------------------------------------------
    @bindings.add("f1", filter=in_main_buffer)
    def _command_help(event: KeyPressEvent) -> None:
        try:
            assist.show_command_help(event)
        except Exception as exc:  # noqa: BLE001
            report("F1 help", exc)

    @bindings.add("escape", "h", filter=in_main_buffer)
    def _parameter_help(event: KeyPressEvent) -> None:
        try:
            assist.show_parameter_help(event.current_buffer.document)
        except Exception as exc:  # noqa: BLE001
            report("Alt+H help", exc)

    has_error = Condition(lambda: assist.error_offset(get_buffer_text()) is not None)

    def get_buffer_text() -> str:
        from prompt_toolkit.application.current import get_app
        return get_app().current_buffer.text

    @bindings.add("escape", "e", filter=in_main_buffer & has_error)
    def _go_to_error(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        offset = assist.error_offset(buffer.text)
        if offset is not None:
            buffer.cursor_position = min(offset, len(buffer.text))

    @bindings.add(Keys.ControlZ, filter=in_main_buffer & Condition(lambda: assist.windows_mode()))
    def _undo(event: KeyPressEvent) -> None:
        event.current_buffer.undo()

    return bindings
