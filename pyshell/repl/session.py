"""The prompt_toolkit session of the REPL, and the helpers its key bindings and layout share.

Everything the editor shows comes from the engine and the session state:

* colours from pyshell's parser (lexer.py), with unknown commands marked;
* a status line under the input: the syntax error the input has (more typing cannot fix it),
  with where it is and Alt+E to go there, or the parameter help Alt+H asked for;
* the end of the prompt (PSReadLine's PromptText, "> ") in the error colour while that error lasts;
* completion from completion.py; help from helptext.py, paged when longer than the screen;
* the PSReadLine options (Set-PSReadLineOption), read again before every prompt.

A failure in any of these is reported once the prompt returns and costs only that feature.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from prompt_toolkit import PromptSession
from prompt_toolkit.application import in_terminal
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.enums import EditingMode
from prompt_toolkit.key_binding import KeyPressEvent
from prompt_toolkit.output import ColorDepth
from prompt_toolkit.shortcuts import CompleteStyle

from pyshell.language.tokens import T

from .completion import complete
from .helptext import command_help, parameter_help
from .history import make_history
from .keys import make_key_bindings
from .lexer import make_lexer
from .scan import Structure, scan
from .style import make_style

__all__ = ["Assist", "ShellCompleter", "build_session", "apply_options", "DEFAULT_CONTINUATION"]

DEFAULT_CONTINUATION = ">> "
_VARIABLE = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


class Assist:
    """What the bindings, the status line and the completer ask about the session."""

    def __init__(self, shell: Any, report: Callable[[str, BaseException], None]):
        self.shell = shell
        self.report = report
        self.message: list[tuple[str, str]] | None = None
        # Said under the input while a completion is under way, when it offers only some candidates.
        self.completion_note: str | None = None
        self._scanned: tuple[str, Any] | None = None
        self.history: Any = None

    # -- options -----------------------------------------------------------------------------------
    def options(self) -> Any:
        ctx = getattr(self.shell, "context", None)
        if ctx is None:
            return None
        try:
            return ctx.module_state("PSReadLine")
        except Exception:  # noqa: BLE001 - no PSReadLine module: built-in defaults
            return None

    def windows_mode(self) -> bool:
        opts = self.options()
        return opts is None or getattr(opts.edit_mode, "name", "Windows") == "Windows"

    # -- the input -------------------------------------------------------------------------------
    def _scan(self, text: str) -> Any:
        if self._scanned is None or self._scanned[0] != text:
            self._scanned = (text, scan(text))
        return self._scanned[1]

    def error_for(self, text: str) -> Any:
        if not text.strip():
            return None
        try:
            return self._scan(text).first_error()
        except Exception as exc:  # noqa: BLE001
            self.report("the syntax check", exc)
            return None

    def error_offset(self, text: str) -> int | None:
        error = self.error_for(text)
        return None if error is None else error.extent.start

    def is_command(self, name: str) -> bool:
        ctx = getattr(self.shell, "context", None)
        table = getattr(ctx, "commands", None)
        if table is None:
            return True
        if table.resolve(name, ctx) is not None:
            return True
        # A script path (./x.ps1) is a command when the engine would find the file.
        from pyshell.commands.scripts import looks_like_path, resolve_script
        return looks_like_path(name) and resolve_script(name) is not None

    # -- the status line and the prompt ----------------------------------------------------------
    def status(self, text: str, completing: bool = False) -> list[tuple[str, str]] | None:
        if self.message:
            return self.message
        if completing and self.completion_note:
            return [("class:status", self.completion_note)]
        error = self.error_for(text)
        if error is None:
            return None
        line, col = error.extent.source.line_col(error.extent.start) if error.extent.source else (1, 1)
        return [("class:status.error", error.message), ("class:status", f"  At line:{line} char:{col}  "),
                ("class:status.key", "Alt+E"), ("class:status", " goes there")]

    def clear_message(self, _: Any = None) -> None:
        self.message = None

    def prompt_message(self, prompt: str, buffer_text: Callable[[], str]) -> Callable[[], list[tuple[str, str]]]:
        """The prompt, with PSReadLine's PromptText in the error colour while the input has an error."""
        def render() -> list[tuple[str, str]]:
            opts = self.options()
            tail = getattr(opts, "prompt_text", "> ") if opts is not None else "> "
            if tail and prompt.endswith(tail) and self.error_for(buffer_text()) is not None:
                return [("class:prompt", prompt[:-len(tail)]), ("class:prompt.error", tail)]
            return [("class:prompt", prompt)]
        return render

    # -- help -------------------------------------------------------------------------------------
    def _at_cursor(self, document: Document) -> tuple[Any, Any]:
        """(token at or just before the cursor, the structure of the input)."""
        result = self._scan(document.text)
        structure = Structure(result.tokens)
        cursor = document.cursor_position
        chosen = None
        for tok in result.tokens:
            if tok.extent.start <= cursor:
                chosen = tok
            else:
                break
        return chosen, structure

    def command_at(self, document: Document) -> str | None:
        tok, structure = self._at_cursor(document)
        if tok is None:
            return None
        element = structure.element_of.get(tok.extent.start)
        while element is not None:
            if element.kind == "command" and element.command_name:
                return element.command_name
            element = element.frame.owner
        return None

    def show_command_help(self, event: KeyPressEvent) -> None:
        name = self.command_at(event.current_buffer.document)
        text = command_help(self.shell, name, self._width(event)) if name else None
        if text is None:
            self.message = [("class:status", f"No help: '{name}' is not a command." if name else
                             "Put the cursor on a command to see its help.")]
            return
        rows = self._height(event)
        app = event.app
        if len(text.splitlines()) <= rows - 3:
            def show() -> None:
                app.output.write(text if text.endswith("\n") else text + "\n")
                app.output.flush()
            from prompt_toolkit.application import run_in_terminal
            run_in_terminal(show)
            return
        from .pager import make_pager

        async def page() -> None:
            async with in_terminal():
                await make_pager(text, f"Help: {name}", app.input, app.output).run_async()
        app.create_background_task(page())

    def show_parameter_help(self, document: Document) -> None:
        tok, structure = self._at_cursor(document)
        command, parameter = None, None
        if tok is not None:
            element = structure.element_of.get(tok.extent.start)
            if element is not None and element.kind == "command":
                command = element.command_name
                index = element.tokens.index(tok)
                for candidate in reversed(element.tokens[max(1, index - 1):index + 1]):
                    if candidate.kind is T.PARAMETER:
                        parameter = candidate.value.name
                        break
        text = parameter_help(self.shell, command, parameter) if command and parameter else None
        if text is None:
            self.message = [("class:status", "Put the cursor on a parameter (or its value) to see its help.")]
        else:
            self.message = [("class:status", text.rstrip("\n"))]

    def _width(self, event: KeyPressEvent) -> int:
        try:
            return event.app.output.get_size().columns
        except Exception:  # noqa: BLE001
            return 80

    def _height(self, event: KeyPressEvent) -> int:
        try:
            return event.app.output.get_size().rows
        except Exception:  # noqa: BLE001
            return 24

    def spellings(self) -> list[str]:
        """Variable names as the user typed them (the session keeps them lower-cased)."""
        names: list[str] = []
        history = self.history
        if history is not None:
            try:
                for line in history.get_strings()[-500:]:
                    names.extend(_VARIABLE.findall(line))
            except Exception:  # noqa: BLE001
                pass
        return names


class ShellCompleter(Completer):
    """prompt_toolkit's side of completion.py; a failing completer offers nothing and is reported."""

    def __init__(self, assist: Assist):
        self.assist = assist

    def get_completions(self, document: Document, complete_event: CompleteEvent):
        ctx = getattr(self.assist.shell, "context", None)
        if ctx is None:
            return
        try:
            found = complete(document.text, document.cursor_position, ctx,
                             spellings=self.assist.spellings() + _VARIABLE.findall(document.text))
        except Exception as exc:  # noqa: BLE001 - a completer bug must not end the session
            self.assist.report("completion", exc)
            return
        total = getattr(found, "total", None)
        self.assist.completion_note = (f"Showing {len(found):,} of {total:,}; type more of the name to narrow the list."
                                       if total else None)
        opts = self.assist.options()
        tips = getattr(opts, "show_tool_tips", True) if opts is not None else True
        cursor = document.cursor_position
        for cand in found:
            yield Completion(cand.text, start_position=cand.start - cursor, display=cand.display,
                             display_meta=cand.meta if tips else "")


class _Session(PromptSession):
    """A PromptSession whose bottom toolbar is the status line, shown only when there is one."""

    assist: Assist | None = None

    @property  # type: ignore[override]
    def bottom_toolbar(self) -> Any:
        assist = self.__dict__.get("assist")
        if assist is None:
            return None
        try:
            buffer = self.default_buffer
            return assist.status(buffer.text, completing=buffer.complete_state is not None)
        except Exception as exc:  # noqa: BLE001
            assist.report("the status line", exc)
            return None

    @bottom_toolbar.setter
    def bottom_toolbar(self, value: Any) -> None:
        pass


def build_session(shell: Any, report: Callable[[str, BaseException], None], *, colour: bool,
                  input: Any = None, output: Any = None) -> _Session:
    assist = Assist(shell, report)
    history = make_history(options=assist.options)
    assist.history = history
    session = _Session(
        multiline=True,
        prompt_continuation=lambda width, line, wrap: "" if wrap else DEFAULT_CONTINUATION,
        key_bindings=make_key_bindings(shell, on_error=report, assist=assist),
        history=history,
        completer=ShellCompleter(assist),
        complete_style=CompleteStyle.MULTI_COLUMN,
        complete_while_typing=False,
        lexer=make_lexer(assist.is_command, report) if colour else None,
        color_depth=None if colour else ColorDepth.DEPTH_1_BIT,
        search_ignore_case=True,
        enable_history_search=True,
        auto_suggest=AutoSuggestFromHistory(),
        enable_open_in_editor=False,
        input=input,
        output=output,
    )
    session.__dict__["assist"] = assist
    session.default_buffer.on_text_changed += assist.clear_message
    session.default_buffer.on_cursor_position_changed += assist.clear_message
    session.__dict__["colour"] = colour
    return session


def apply_options(session: _Session) -> None:
    """Bring the session in line with the PSReadLine options before a prompt."""
    assist: Assist = session.__dict__["assist"]
    opts = assist.options()
    if opts is None:
        return
    mode = getattr(opts.edit_mode, "name", "Windows")
    session.editing_mode = EditingMode.VI if mode == "Vi" else EditingMode.EMACS
    prompt = opts.continuation_prompt

    def continuation(width: int, line: int, wrap: int) -> list[tuple[str, str]]:
        return [] if wrap else [("class:continuation", prompt)]
    session.prompt_continuation = continuation
    session.search_ignore_case = not opts.history_search_case_sensitive
    prediction = getattr(opts.prediction_source, "name", "History")
    session.auto_suggest = AutoSuggestFromHistory() if prediction == "History" else None
    if session.__dict__.get("colour"):
        session.style = make_style(opts.colors)
