"""Syntax colouring for the input line, and the decision whether to colour at all.

The first lexer is pygments' PowerShellLexer wrapped for prompt_toolkit. It recognises cmdlets by
their approved verb only, so it cannot yet mark unknown commands; a lexer built on pyshell's own
tokenizer can replace it later behind the same ``make_lexer`` call.
"""
from __future__ import annotations

import os
from typing import Mapping

from prompt_toolkit.lexers import Lexer, PygmentsLexer
from prompt_toolkit.output import Output
from pygments.lexers.shell import PowerShellLexer

__all__ = ["make_lexer", "use_color", "output_is_terminal"]


def make_lexer() -> Lexer:
    """A prompt_toolkit lexer for PowerShell input."""
    # sync_from_start: PowerShell here-strings and block comments span lines, so always lex from
    # the top; REPL inputs are short enough for that to cost nothing.
    return PygmentsLexer(PowerShellLexer, sync_from_start=True)


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
