"""Where comment-based help stands in a script text.

The parser drops comments, so the text is parsed once more with a tokenizer that notes each comment
it skips (a comment is found only where the tokenizer would skip one: never inside a string or a
word). On those comments this module applies PowerShell's placement rules:

- a function's help is the comment block just before the `function` keyword (at most one blank line
  between), else the first help block at the top of its body, else the block just before its `}`;
- a script block made into a function (`Set-Item function:f {...}`) is looked at from its `{`;
- a script's help is the first help block at its top, unless that block belongs to a function that
  follows it within two lines; failing that, the block at its very end;
- consecutive comments form one block when each starts on the line the previous one ended on or
  the next; a blank line ends a block;
- a parameter's description is read from the comments just before it, inside it and just after it.
"""
from __future__ import annotations

import re

from pyshell.language import nodes as N
from pyshell.language.parser import Parser
from pyshell.language.source import SourceText
from pyshell.language.tokenizer import Tokenizer

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

PROXIMITY = 2               # the most lines a help block may end before what it documents
_SPACE = re.compile(r"[ \t\f\v\r\n\u00a0\u2028\u2029\ufeff]*")
_CACHE: dict[str, "Comments"] = {}
_CACHE_SIZE = 8


class _NotingTokenizer(Tokenizer):
    """A tokenizer that also notes where each comment it skips starts and ends."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.comments: dict[int, int] = {}

    def skip_space(self) -> bool:
        start = self.pos
        moved = super().skip_space()
        if moved:
            text, i, end = self.text, start, self.pos
            while i < end:
                if text[i] == "#":
                    stop = i
                    while stop < end and text[stop] not in "\r\n":
                        stop += 1
                    self.comments[i] = stop
                    i = stop
                elif text.startswith("<#", i):
                    stop = text.find("#>", i + 2, end)
                    stop = end if stop < 0 else stop + 2
                    self.comments[i] = stop
                    i = stop
                else:
                    i += 1
        return moved


class _NotingParser(Parser):
    tokenizer_class = _NotingTokenizer


class Comments:
    """The comments of one script text, with the line arithmetic the placement rules need."""

    def __init__(self, source: SourceText, spans: dict[int, int]):
        self.source = source
        self.text = source.text
        self.by_start = dict(sorted(spans.items()))
        self.by_end = {end: start for start, end in self.by_start.items()}

    def line(self, offset: int) -> int:
        return self.source.line_col(max(0, min(offset, len(self.text))))[0]

    def end_line(self, span: tuple[int, int]) -> int:
        return self.line(max(span[0], span[1] - 1))

    def _skip_back(self, pos: int) -> int:
        text = self.text
        while pos > 0 and text[pos - 1] in " \t\f\v\r\n\u00a0\ufeff":
            pos -= 1
        return pos

    def preceding(self, pos: int, proximity: int = PROXIMITY) -> list[tuple[int, int]]:
        """The block of comments just before `pos`, nothing but blank space between; the last must
        end no more than `proximity` lines above `pos`, each earlier one on the line before the next."""
        found: list[tuple[int, int]] = []
        min_end_line = self.line(pos) - proximity
        while True:
            end = self._skip_back(pos)
            start = self.by_end.get(end)
            if start is None or self.end_line((start, end)) < min_end_line:
                break
            found.append((start, end))
            min_end_line = self.line(start) - 1
            pos = start
        found.reverse()
        return found

    def following(self, pos: int) -> tuple[list[tuple[int, int]], int]:
        """The block of comments from `pos` on (blank space before it allowed), and where the scan
        stopped: at the next block, or at the first thing that is not a comment."""
        found: list[tuple[int, int]] = []
        max_start_line = None
        while True:
            pos = _SPACE.match(self.text, pos).end()
            end = self.by_start.get(pos)
            if end is None or (max_start_line is not None and self.line(pos) > max_start_line):
                return found, pos
            found.append((pos, end))
            max_start_line = self.end_line((pos, end)) + 1
            pos = end

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        return [(s, e) for s, e in self.by_start.items() if start <= s and e <= end]

    def lines(self, block: list[tuple[int, int]]) -> list[str]:
        """The text lines of a block's comments: `<# #>` split at line ends, `#` lines without the
        leading hashes."""
        out: list[str] = []
        for start, end in block:
            text = self.text[start:end]
            if text.startswith("<#"):
                out.extend(re.split(r"\r\n|\r|\n", text[2:-2] if text.endswith("#>") else text[2:]))
            else:
                out.append(text.lstrip("#"))
        return out


def comments_of(source: SourceText) -> Comments:
    """The comments of a text (parsed again once; the last few texts asked about are kept)."""
    text = source.text
    found = _CACHE.get(text)
    if found is not None:
        return found
    parser = _NotingParser(SourceText(text, source.name))
    try:
        parser.parse_script()
    except RecursionError:
        pass
    found = Comments(source, parser.tz.comments)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[text] = found
    return found


def _named_body(tree: N.ScriptBlock, text: str) -> bool:
    """Whether a script's body is written as begin/process/end blocks rather than plain statements."""
    if tree.begin is not None or tree.process is not None:
        return True
    end = tree.end
    return end is not None and re.match(r"end\s*\{", text[end.extent.start:end.extent.start + 40], re.I) is not None


def find_help_block(node: Any, is_help: Any, root: bool = False) -> tuple[list[str], list[str]] | None:
    """The comment lines of the help of a function definition, script block or (root=True) whole
    script, and the description comments of each of its parameters; None without help.
    `is_help(lines)` says whether a block of comment lines is comment-based help."""
    source = node.extent.source
    if source is None:
        return None
    comments = comments_of(source)
    if not comments.by_start:
        return None
    block_node = node.body if isinstance(node, N.FunctionDefinition) else node

    def found(block: list[tuple[int, int]]) -> tuple[list[str], list[str]]:
        return comments.lines(block), parameter_comments(comments, block_node)

    if isinstance(node, N.FunctionDefinition):
        before = comments.preceding(node.extent.start)
        if before and is_help(comments.lines(before)):
            return found(before)
        start, last = node.body.extent.start + 1, node.body.extent.end - 1
    elif root:
        start, last = node.extent.start, node.extent.end
    else:
        start, last = node.extent.start + 1, node.extent.end - 1
    pos = start
    while True:
        block, pos = comments.following(pos)
        if not block:
            break
        if not is_help(comments.lines(block)):
            continue
        if root and not _named_body(node, comments.text):
            statements = node.end.statements if node.end is not None else ()
            first = statements[0] if statements else None
            if isinstance(first, N.FunctionDefinition):
                if comments.line(first.extent.start) - comments.end_line(block[-1]) > PROXIMITY:
                    return found(block)
                break
        return found(block)
    tail = comments.preceding(last, proximity=comments.line(last))
    if tail and is_help(comments.lines(tail)):
        return found(tail)
    return None


def parameter_comments(comments: Comments, block: N.ScriptBlock) -> list[str]:
    """For each parameter in order: the comment lines just before it, inside it and right after it,
    read as one help section."""
    from pyshell.commands.comment_help import section_text
    decls = block.param_block.parameters if block.param_block is not None else ()
    out: list[str] = []
    for decl in decls:
        start, end = decl.extent.start, decl.extent.end
        lines = comments.lines(comments.preceding(start))
        lines += comments.lines(comments.within(start, end))
        lines += comments.lines(comments.following(end)[0])
        out.append(section_text(lines, 0))
    return out
