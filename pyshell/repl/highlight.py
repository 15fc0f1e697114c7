"""Colouring of the input from pyshell's own parser (see scan.py), so it always agrees with it.

:func:`highlight` turns text into runs of style classes, one of:

    command  unknown-command  parameter  string  variable  operator  number  comment
    keyword  type  member  default

plus ``error`` added to the stretch a parse error blames (only errors more typing cannot fix).
A command name is ``unknown-command`` when the ``is_command`` callback says nothing by that name
exists, so a typo shows before Enter. Text the parser never reached (after an error) is still
coloured, token by token, by the tokenizer alone.
"""
from __future__ import annotations

from typing import Callable

from pyshell.language.diagnostics import ParseAbort
from pyshell.language.source import SourceText
from pyshell.language.tokenizer import COMMAND, Tokenizer
from pyshell.language.tokens import DOUBLE_QUOTES, SINGLE_QUOTES, T, Token

from .scan import Structure, scan

__all__ = ["highlight", "STYLE_CLASSES"]

STYLE_CLASSES = ("command", "unknown-command", "parameter", "string", "variable", "operator", "number",
                 "comment", "keyword", "type", "member", "default", "error")

_BY_KIND = {
    T.VARIABLE: "variable", T.NUMBER: "number", T.STRING: "string", T.EXPANDABLE: "string",
    T.OPERATOR: "operator", T.REDIRECTION: "operator", T.PIPE: "operator", T.PARAMETER: "parameter",
}
_MAX_DEPTH = 4


def highlight(text: str, is_command: Callable[[str], bool] | None = None,
              defined: set[str] | None = None) -> list[tuple[str, str]]:
    """``[(style class, text), ...]`` covering ``text`` from start to end.

    ``is_command(name)`` tells whether a command exists; names of functions the text itself
    defines count as existing. Without the callback no command is marked unknown.
    """
    painter = _Painter(text, is_command)
    painter.paint_all(0, defined)
    return painter.runs()


class _Painter:
    def __init__(self, text: str, is_command: Callable[[str], bool] | None):
        self.text = text
        self.is_command = is_command
        self.style: list[str] = ["default"] * len(text)
        self.error: list[bool] = [False] * len(text)

    def paint(self, start: int, end: int, style: str) -> None:
        for i in range(max(start, 0), min(end, len(self.text))):
            self.style[i] = style

    def runs(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        text = self.text
        i = 0
        while i < len(text):
            j = i
            key = (self.style[i], self.error[i])
            while j < len(text) and (self.style[j], self.error[j]) == key:
                j += 1
            out.append((key[0] + (" error" if key[1] else ""), text[i:j]))
            i = j
        return out

    # -- the parsed text ------------------------------------------------------------------------
    def paint_all(self, depth: int, defined: set[str] | None, offset: int = 0, sub: str | None = None) -> None:
        text = self.text if sub is None else sub
        result = scan(text)
        structure = Structure(result.tokens)
        names = set(defined or ())
        names.update(tok.value.lower() for tok in result.tokens
                     if structure.roles.get(tok.extent.start) == "function" and isinstance(tok.value, str))
        pos = 0
        prev: Token | None = None
        for tok in result.tokens:
            self.gap(text, pos, tok.extent.start, offset, prev, structure)
            self.token(text, tok, prev, structure, names, depth, offset)
            pos = tok.extent.end
            prev = tok
        self.gap(text, pos, len(text), offset, prev, structure)
        if sub is None:
            error = result.first_error()
            if error is not None and error.extent.source is not None:
                start, end = error.extent.start, error.extent.end
                if end <= start:
                    start, end = max(0, min(start, len(text) - 1)), max(0, min(start, len(text) - 1)) + 1
                for i in range(start, min(end, len(text))):
                    self.error[i] = True

    def token(self, text: str, tok: Token, prev: Token | None, structure: Structure, names: set[str],
              depth: int, offset: int) -> None:
        start, end = tok.extent.start + offset, tok.extent.end + offset
        role = structure.roles.get(tok.extent.start)
        if role in ("command", "function"):
            name = tok.value if isinstance(tok.value, str) else tok.text
            known = (role == "function" or self.is_command is None or name.lower() in names
                     or _safe(self.is_command, name))
            self.paint(start, end, "command" if known else "unknown-command")
            return
        if role in ("keyword", "type"):
            self.paint(start, end, role)
            return
        if tok.kind is T.IDENT:
            adjacent = prev is not None and prev.kind in (T.DOT, T.COLONCOLON) and prev.extent.end == tok.extent.start
            self.paint(start, end, "member" if adjacent else "default")
            return
        style = _BY_KIND.get(tok.kind)
        if style is not None:
            self.paint(start, end, style)
        if tok.kind in (T.EXPANDABLE, T.GENERIC) and isinstance(tok.value, list):
            self.parts(text, tok.value, depth, offset)

    def parts(self, text: str, parts: list, depth: int, offset: int) -> None:
        """Variables and `$( )` inside an expandable string or bare word."""
        for part in parts:
            if isinstance(part, str):
                continue
            if part[0] == "var":
                self.paint(part[2] + offset, part[3] + offset, "variable")
            elif part[0] == "sub" and depth < _MAX_DEPTH:
                s, e = part[1], part[2]
                self.paint(s - 2 + offset, s + offset, "operator")
                self.paint(e + offset, e + 1 + offset, "operator")
                self.paint(s + offset, e + offset, "default")
                self.paint_all(depth + 1, None, offset + s, text[s:e])

    # -- what lies between tokens ---------------------------------------------------------------
    def gap(self, text: str, start: int, end: int, offset: int, prev: Token | None, structure: Structure) -> None:
        i = start
        if prev is not None and structure.roles.get(prev.extent.start) == "type":
            close = _type_end(text, i, end)
            self.paint(i + offset, close + offset, "type")
            i = close
        while i < end:
            ch = text[i]
            if ch.isspace() or (ch == "`" and text[i + 1:i + 2] in ("\n", "\r")):
                i += 1
            elif text.startswith("<#", i):
                close = text.find("#>", i + 2, end)
                stop = end if close < 0 else close + 2
                self.paint(i + offset, stop + offset, "comment")
                i = stop
            elif ch == "#":
                nl = text.find("\n", i, end)
                stop = end if nl < 0 else nl
                self.paint(i + offset, stop + offset, "comment")
                i = stop
            elif ch == "[":
                # `[Parameter(...)]` and other attributes the parser reads without tokens
                close = _type_end(text, i + 1, end)
                self.paint(i + offset, close + offset, "type")
                i = close
            else:
                i = self.unparsed(text, i, end, offset)

    def unparsed(self, text: str, i: int, end: int, offset: int) -> int:
        """Colour one token of text the parser did not take; return where the next one starts."""
        tz = Tokenizer(SourceText(text), i, end)
        try:
            tok = tz.next(COMMAND)
        except ParseAbort as exc:
            err = exc.error
            if err.incomplete:
                style = "string" if text[i] in SINGLE_QUOTES + DOUBLE_QUOTES or text[i] == "@" else "default"
                self.paint(i + offset, end + offset, style)
                return end
            return max(i + 1, min(err.extent.end, end))
        if tok.kind is T.EOF or tok.extent.end <= i:
            return end if tok.kind is T.EOF else i + 1
        style = _BY_KIND.get(tok.kind)
        if style is not None:
            self.paint(tok.extent.start + offset, tok.extent.end + offset, style)
        return tok.extent.end


def _type_end(text: str, i: int, end: int) -> int:
    """Just past the `]` closing a type name or attribute that starts before ``i``."""
    depth = 1
    while i < end:
        ch = text[i]
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        elif ch == "\n":
            return i
        i += 1
    return end


def _safe(check: Callable[[str], bool], name: str) -> bool:
    try:
        return bool(check(name))
    except Exception:  # noqa: BLE001 - colouring must never fail; assume the command exists
        return True
