"""What the editor needs to know about the text being typed, read with pyshell's own parser.

Colouring and completion must agree with the engine, so neither has a lexer of its own: the text
is parsed with the real parser, and every token the parser takes is recorded with the mode it was
read in (command or expression). Unfinished input is the normal case while typing; the parser
stops at the first thing it cannot read, and the tokens taken up to there are still recorded.

On top of the tokens, :class:`Structure` rebuilds the outline completion and colouring need:
statements, their pipeline elements (command or expression), and the brackets still open at the
end, each knowing the element it opened in. So for

    Get-CsXmppAllowedPartner | Where-Object {$_.Sa

the innermost open bracket is the ``{`` that opened in element 2 of a pipeline whose element 1
is the command Get-CsXmppAllowedPartner.
"""
from __future__ import annotations

from pyshell.structs import dataclass, field

from pyshell.language.diagnostics import ParseError
from pyshell.language.parser import Parser
from pyshell.language.source import Extent, SourceText
from pyshell.language.tokens import KEYWORDS, T, Token

__all__ = ["Scan", "scan", "Element", "Frame", "Structure", "comment_spans"]

OPENERS = {T.LCURLY, T.LPAREN, T.DOLLAR_PAREN, T.AT_PAREN, T.AT_CURLY, T.LBRACKET}
CLOSERS = {T.RCURLY, T.RPAREN, T.RBRACKET}
# After these keywords a new pipeline starts (`return Get-Thing`, `throw "x"`).
_PIPELINE_KEYWORDS = {"return", "throw", "exit"}


class _RecordingParser(Parser):
    """The engine's parser, keeping every token it takes."""

    def __init__(self, source: SourceText):
        super().__init__(source)
        self.taken: dict[int, Token] = {}

    def next(self, mode: str) -> Token:
        tok = super().next(mode)
        if tok.kind is not T.EOF:
            # Backtracking may read the same place again; the last reading is the one that counts.
            self.taken[tok.extent.start] = tok
        return tok


@dataclass
class Scan:
    text: str
    tokens: list[Token]
    errors: list[ParseError]

    @property
    def incomplete(self) -> bool:
        return any(e.incomplete for e in self.errors)

    def first_error(self) -> ParseError | None:
        """The first error more typing cannot fix (incomplete input is not an error yet)."""
        for err in self.errors:
            if not err.incomplete:
                return err
        return None


def scan(text: str) -> Scan:
    """Parse ``text`` and return the tokens the parser took, in order, and its errors."""
    source = SourceText(text)
    parser = _RecordingParser(source)
    errors: list[ParseError]
    try:
        parser.parse_script()
        errors = list(parser.errors)
    except RecursionError:
        errors = list(parser.errors) + [ParseError("ScriptTooComplicated", "The script is too deeply nested to parse.",
                                                   Extent(source, 0, min(len(text), 1)))]
    tokens: list[Token] = []
    end = 0
    for start in sorted(parser.taken):
        tok = parser.taken[start]
        if start >= end:
            tokens.append(tok)
            end = tok.extent.end
    return Scan(text, tokens, errors)


def comment_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comments in a stretch of text between tokens (the tokenizer skips them)."""
    spans: list[tuple[int, int]] = []
    i = start
    while i < end:
        if text.startswith("<#", i):
            close = text.find("#>", i + 2, end)
            stop = end if close < 0 else close + 2
            spans.append((i, stop))
            i = stop
        elif text[i] == "#":
            nl = text.find("\n", i, end)
            stop = end if nl < 0 else nl
            spans.append((i, stop))
            i = stop
        elif text[i] in "'\"":
            return spans   # not a gap the tokenizer skipped: unparsed text follows
        else:
            i += 1
    return spans


# --- the outline ----------------------------------------------------------------------------------

@dataclass(eq=False)
class Element:
    """One element of a pipeline: a command, a keyword statement or an expression."""

    frame: "Frame"
    pipeline: list["Element"]
    tokens: list[Token] = field(default_factory=list)
    kind: str = ""          # "command", "keyword" or "expression" once the first token is known

    @property
    def index(self) -> int:
        return self.pipeline.index(self)

    @property
    def upstream(self) -> "Element | None":
        i = self.index
        return self.pipeline[i - 1] if i > 0 else None

    @property
    def command_token(self) -> Token | None:
        """The token naming the command (after `&` or `.` when those invoke it)."""
        if self.kind != "command" or not self.tokens:
            return None
        first = self.tokens[0]
        if first.kind is T.AMP or (first.kind is T.GENERIC and first.value == "."):
            return self.tokens[1] if len(self.tokens) > 1 else None
        return first

    @property
    def command_name(self) -> str | None:
        tok = self.command_token
        if tok is None:
            return None
        if tok.kind is T.GENERIC and isinstance(tok.value, str):
            return tok.value
        if tok.kind is T.STRING:
            return tok.value
        return None


@dataclass(eq=False)
class Frame:
    """A bracket pair, or the whole input; ``owner`` is the element the opening bracket is in."""

    opener: Token | None
    owner: Element | None
    pipeline: list[Element] = field(default_factory=list)

    @property
    def kind(self) -> T | None:
        return self.opener.kind if self.opener is not None else None


class Structure:
    """Statements, pipeline elements and open brackets, rebuilt from a token list.

    ``roles`` maps a token's start offset to what it is beyond its kind: "command" (a command
    name), "keyword", or "function" (the name in `function Name`).
    """

    def __init__(self, tokens: list[Token]):
        self.top = Frame(None, None)
        self.stack: list[Frame] = [self.top]
        self.roles: dict[int, str] = {}
        self.element_of: dict[int, Element] = {}
        self._last: Token | None = None
        self._name_next = False       # the next word names a function
        self._invoke_next = False     # the next token is the command after `&` or `.`
        self._tokens = tokens
        for i, tok in enumerate(tokens):
            self._index = i
            self._take(tok)
            self._last = tok

    # -- the walk --------------------------------------------------------------------------------
    @property
    def frame(self) -> Frame:
        return self.stack[-1]

    def current(self, create: bool = False) -> Element | None:
        """The element being written in the innermost open frame."""
        frame = self.frame
        if not frame.pipeline:
            if not create:
                return None
            frame.pipeline.append(Element(frame, frame.pipeline))
        return frame.pipeline[-1]

    def _new_statement(self) -> None:
        self.frame.pipeline = []

    def _take(self, tok: Token) -> None:
        kind = tok.kind
        if kind in CLOSERS:
            if len(self.stack) > 1:
                self.stack.pop()
            return
        if kind is T.NEWLINE:
            last = self._last
            if self.frame.kind in (T.LPAREN, T.LBRACKET) or (last is not None and last.kind is T.PIPE):
                return
            self._new_statement()
            return
        if kind is T.SEMI or (kind is T.OPERATOR and tok.value in ("&&", "||")):
            self._new_statement()
            return
        if kind is T.PIPE:
            frame = self.frame
            if not frame.pipeline:
                frame.pipeline.append(Element(frame, frame.pipeline))
            frame.pipeline.append(Element(frame, frame.pipeline))
            return
        element = self.current(create=True)
        if not element.tokens:
            element.kind = self._element_kind(tok)
        element.tokens.append(tok)
        self.element_of[tok.extent.start] = element
        if kind is T.LBRACKET:
            if not self._tokens_inside(tok):
                # `[int]`: the parser reads a type name without tokens, so no `]` token will
                # close a frame (an attribute's `(...)]` does have tokens).
                self.roles[tok.extent.start] = "type"
                return
            if not self._is_index(tok):
                self.roles[tok.extent.start] = "type"
        self._assign_role(element, tok)
        if kind in OPENERS:
            self.stack.append(Frame(tok, element))

    def _tokens_inside(self, tok: Token) -> bool:
        text = tok.extent.source.text if tok.extent.source else ""
        close = text.find("]", tok.extent.end)
        following = self._tokens[self._index + 1] if self._index + 1 < len(self._tokens) else None
        if close < 0:
            return True      # unfinished: whatever follows is inside
        return following is not None and following.extent.start < close

    def _is_index(self, tok: Token) -> bool:
        last = self._last
        return (last is not None and not tok.space_before and last.extent.end == tok.extent.start
                and last.kind in (T.VARIABLE, T.RPAREN, T.RBRACKET, T.IDENT, T.STRING, T.EXPANDABLE, T.RCURLY))

    def _element_kind(self, tok: Token) -> str:
        if tok.kind is T.GENERIC and isinstance(tok.value, str):
            return "keyword" if tok.value.lower() in KEYWORDS else "command"
        if tok.kind in (T.AMP, T.PARAMETER):
            return "command"
        return "expression"

    def _assign_role(self, element: Element, tok: Token) -> None:
        start = tok.extent.start
        word = tok.value.lower() if tok.kind is T.GENERIC and isinstance(tok.value, str) else None
        if self._invoke_next:
            self._invoke_next = False
            self.roles[start] = "command"
            return
        if self._name_next and word is not None:
            self._name_next = False
            self.roles[start] = "function"
            return
        if element.kind == "command" and len(element.tokens) == 1:
            if tok.kind is T.AMP or word == ".":
                self._invoke_next = True
            else:
                self.roles[start] = "command"
            return
        if element.kind == "keyword" and word is not None and word in KEYWORDS:
            self.roles[start] = "keyword"
            if word in ("function", "filter"):
                self._name_next = True
            elif word in _PIPELINE_KEYWORDS and len(element.tokens) == 1:
                # What follows is a pipeline of its own: start a fresh statement after the keyword.
                self.frame.pipeline = []
            return
        if word == "in" and element.kind == "expression":
            self.roles[start] = "keyword"      # foreach ($x in $list)
            return
        if tok.kind is T.IDENT and tok.value.lower() in KEYWORDS and element.kind != "command":
            prev = element.tokens[-2] if len(element.tokens) > 1 else None
            if prev is None or prev.kind not in (T.DOT, T.COLONCOLON):
                self.roles[start] = "keyword"

    # -- questions ---------------------------------------------------------------------------------
    def enclosing_blocks(self) -> list[Frame]:
        """The open `{` frames, innermost first."""
        return [f for f in reversed(self.stack) if f.kind is T.LCURLY]
