"""Syntax colouring for the input, and the decision whether to colour at all.

The lexer is built on pyshell's own parser (highlight.py), so colouring always agrees with what
will run, and a command that does not exist is marked before Enter. Should it ever fail on some
input, that input is coloured by pygments' PowerShellLexer instead, so a bug costs colour, never
the prompt.
"""
from __future__ import annotations

import os
from typing import Callable, Mapping

from prompt_toolkit.document import Document
from prompt_toolkit.lexers import Lexer, PygmentsLexer
from prompt_toolkit.output import Output

from .highlight import highlight

__all__ = ["make_lexer", "ShellLexer", "use_color", "output_is_terminal"]

StyleFragments = list[tuple[str, str]]


class ShellLexer(Lexer):
    """Colours the input with classes ``ps.command``, ``ps.parameter``, ... (see highlight.py)."""

    def __init__(self, is_command: Callable[[str], bool] | None = None,
                 on_error: Callable[[str, BaseException], None] | None = None):
        self.is_command = is_command
        self.on_error = on_error
        self._cache: tuple[str, list[StyleFragments]] | None = None
        self._fallback: Lexer | None = None

    def lex_document(self, document: Document) -> Callable[[int], StyleFragments]:
        text = document.text
        cached = self._cache
        if cached is None or cached[0] != text:
            try:
                lines = _split_lines(highlight(text, self.is_command))
            except Exception as exc:  # noqa: BLE001 - colouring must never break the editor
                if self.on_error is not None:
                    self.on_error("syntax colouring", exc)
                return self._pygments().lex_document(document)
            cached = (text, lines)
            self._cache = cached
        lines = cached[1]
        return lambda i: lines[i] if 0 <= i < len(lines) else []

    def _pygments(self) -> Lexer:
        if self._fallback is None:
            from pygments.lexers.shell import PowerShellLexer
            # sync_from_start: here-strings and block comments span lines.
            self._fallback = PygmentsLexer(PowerShellLexer, sync_from_start=True)
        return self._fallback


def _split_lines(runs: list[tuple[str, str]]) -> list[StyleFragments]:
    lines: list[StyleFragments] = [[]]
    for style, text in runs:
        classes = " ".join(f"class:ps.{name}" for name in style.split())
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k:
                lines.append([])
            if part:
                lines[-1].append((classes, part))
    return lines


def make_lexer(is_command: Callable[[str], bool] | None = None,
               on_error: Callable[[str, BaseException], None] | None = None) -> Lexer:
    """A prompt_toolkit lexer for pyshell input; ``is_command`` marks unknown commands."""
    return ShellLexer(is_command, on_error)


def output_is_terminal(output: Output | None, fallback_stream=None) -> bool:
    """Whether text written to ``output`` reaches a terminal.

    ``output`` is the prompt_toolkit output the session will draw on; when it is None, the stream
    ``fallback_stream`` (normally sys.stdout) is asked instead.
    """
    try:
        if output is not None:
            return os.isatty(output.fileno())
        if fallback_stream is not None:
            return bool(fallback_stream.isatty())
    except Exception:
        # DummyOutput and closed or odd streams have no usable file descriptor.
        return False
    return False


def use_color(is_terminal: bool, environ: Mapping[str, str] | None = None) -> bool:
    """Colour rules: NO_COLOR (non-empty) always wins; then FORCE_COLOR; then TERM=dumb and non-terminals
    turn colour off."""
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    if env.get("TERM") == "dumb":
        return False
    return is_terminal
