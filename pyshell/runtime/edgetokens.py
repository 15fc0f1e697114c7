"""`$^` and `$$`: the first and the last token of the last input the session received (a line
typed at the prompt, a -Command). PowerShell sets them after the input has run, so within a line
they still name the line before."""
from __future__ import annotations

import re

from pyshell.language import nodes as N
from pyshell.language.semantics import children

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_OPENERS = ("@(", "@{", "$(")
_WORD = re.compile(r"[A-Za-z_][\w-]*")


def edge_values(ctx: Any) -> tuple[str | None, str | None]:
    """The values of `$^` and `$$`."""
    edges = edge_tokens(*ctx.last_input) if ctx.last_input is not None else None
    return edges if edges is not None else (None, None)


def edge_tokens(tree: N.Node, text: str) -> tuple[str, str] | None:
    """(first token, last token) of `text`, read off its syntax tree; None when it has none.
    A bracket that opens or closes the input is a token of its own, as the tokenizer makes it."""
    first: N.Node | None = None
    last: N.Node | None = None
    stack = [tree]
    while stack:
        node = stack.pop()
        kids = list(children(node))
        if kids:
            stack.extend(kids)
            continue
        extent = node.extent
        if extent.source is None or extent.end <= extent.start:
            continue
        if first is None or extent.start < first.extent.start:
            first = node
        if last is None or extent.end > last.extent.end:
            last = node
    if first is None or last is None:
        return None
    return _first(text, first.extent), _last(text, last.extent)


def _first(text: str, extent: Any) -> str:
    start = len(text) - len(text.lstrip())
    if start < extent.start:
        word = _WORD.match(text, start)
        if word is not None:
            return word.group()         # a keyword: if, foreach, function ...
        opener = text[start:start + 2]
        return opener if opener in _OPENERS else text[start]
    # A type literal ([byte]) is tokens of its own, the first of them its bracket.
    return "[" if extent.text.startswith("[") else extent.text


def _last(text: str, extent: Any) -> str:
    end = text.rstrip()
    if end and end[-1] in ")]};" and len(end) >= extent.end:
        return end[-1]                  # a closing bracket (or ;) is a token of its own
    return extent.text
