"""The tokenizer. Like PowerShell's own, it has two modes that the parser switches between:
command mode (arguments are bare words, `-Name` is a parameter) and expression mode
(`-eq` is an operator, `-` is minus). It accepts the en dash, em dash and horizontal bar wherever a
dash is allowed, and curly quotes wherever quotes are."""
from __future__ import annotations

import re

from pyshell.language.diagnostics import ParseAbort, ParseError
from pyshell.language.messages import message
from pyshell.language.source import Extent, SourceText
from pyshell.language.tokens import (DASH_OPERATORS, DASHES, DOUBLE_QUOTES, SINGLE_QUOTES, WHITESPACE,
                                     ParameterToken, T, Token, VariableToken)

COMMAND, EXPRESSION = "command", "expression"

_NUMBER = re.compile(
    r"(?:0[xX](?P<hex>[0-9a-fA-F]+)|(?P<dec>(?:\d+(?:\.(?!\.)\d*)?|\.\d+)(?:[eE][+-]?\d+)?))"
    r"(?P<type>[dDlL])?(?P<mult>[kKmMgGtTpP][bB])?")
_MULTIPLIERS = {"kb": 1024, "mb": 1024 ** 2, "gb": 1024 ** 3, "tb": 1024 ** 4, "pb": 1024 ** 5}
_GENERIC_STOP = set(" \t\r\n\f\v\u00a0;|&(){},") | set(WHITESPACE)
_VAR_CHARS = re.compile(r"[\w?]+")
_VARIABLE_SPECIAL = ("", "{", "$", "?", "^")     # after $: no name, ${...}, $$, $?, $^
_IDENT = re.compile(r"(?:(?!\d)\w)\w*(?:-[A-Za-z]\w*)*")
_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "e": "\x1b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_WORD = re.compile(r"[A-Za-z0-9_]+")


def _run_without(chars: str) -> re.Pattern:
    """A regex matching a (possibly empty) run of characters none of which is in `chars`."""
    return re.compile("[^" + "".join(sorted({re.escape(c) for c in chars})) + "]*")


# Runs of characters the scanners below would take one by one with nothing special to do; matching
# them in one step is what keeps the tokenizer from being a Python loop per character.
_PLAIN_WORD = _run_without("".join(_GENERIC_STOP) + "`$" + SINGLE_QUOTES + DOUBLE_QUOTES)
_PARAMETER_REST = _run_without("".join(_GENERIC_STOP) + ":" + SINGLE_QUOTES + DOUBLE_QUOTES)
_SINGLE_QUOTED_RUN = _run_without(SINGLE_QUOTES)
_EXPANDABLE_RUN = _run_without("`$\n" + DOUBLE_QUOTES)
_SIMPLE_PUNCTUATION = {";": T.SEMI, "{": T.LCURLY, "}": T.RCURLY, "(": T.LPAREN, ")": T.RPAREN, ",": T.COMMA}
_ONE_CHAR = dict(_SIMPLE_PUNCTUATION, **{"\n": T.NEWLINE})
_REDIRECTION = re.compile(r"([1-6*])?(>>?)(&([12]))?")
_REDIRECTION_START = frozenset("123456*>")
_SPACE_BEFORE = WHITESPACE + "\n"
_SKIP_START = frozenset(WHITESPACE + "`#<")


def _is_name_start(ch: str) -> bool:
    return ch.isalpha() or ch == "_" or ch == "?"


class Tokenizer:
    """Scans tokens on demand from `source.text[start:end]`."""

    def __init__(self, source: SourceText, start: int = 0, end: int | None = None,
                 soft_errors: dict[int, ParseError] | None = None):
        self.source = source
        self.text = source.text
        self.pos = start
        self.end = len(self.text) if end is None else end
        # Errors that do not stop the scan (PowerShell reports them and reads on), by offset.
        self.soft_errors: dict[int, ParseError] = {} if soft_errors is None else soft_errors
        self.mode_free = True       # the last token scanned reads the same in both modes

    def _soft(self, error_id: str, start: int, end: int) -> None:
        if start not in self.soft_errors:
            self.soft_errors[start] = ParseError(error_id, message(error_id), self._ext(start, end))

    # -- helpers -------------------------------------------------------------------------------
    def _ext(self, start: int, end: int) -> Extent:
        return Extent(self.source, start, end)

    def _error(self, error_id: str, message: str, start: int, end: int, incomplete: bool = False) -> ParseAbort:
        return ParseAbort(ParseError(error_id, message, self._ext(start, end), incomplete))

    def _ch(self, offset: int = 0) -> str:
        i = self.pos + offset
        return self.text[i] if i < self.end else ""

    def skip_space(self) -> bool:
        """Skip blanks, comments and line continuations (not newlines); True if anything was skipped."""
        start = self.pos
        text, end = self.text, self.end
        if start >= end or text[start] not in _SKIP_START:
            return False
        while self.pos < end:
            ch = text[self.pos]
            if ch in WHITESPACE:
                self.pos += 1
            elif ch == "`" and self.pos + 1 < end and text[self.pos + 1] in "\r\n":
                self.pos += 2 if text[self.pos + 1] == "\n" or text[self.pos + 2:self.pos + 3] != "\n" else 3
            elif ch == "#":
                nl = text.find("\n", self.pos, end)
                self.pos = end if nl < 0 else nl
            elif ch == "<" and text.startswith("<#", self.pos):
                close = text.find("#>", self.pos + 2, end)
                if close < 0:
                    raise self._error("MissingEndOfComment", "The comment is not terminated (missing '#>').",
                                      self.pos, end, incomplete=True)
                self.pos = close + 2
            else:
                break
        return self.pos > start

    def at_end(self) -> bool:
        return self.pos >= self.end

    # -- the scanner ---------------------------------------------------------------------------
    def next(self, mode: str) -> Token:
        text, end = self.text, self.end
        pos = self.pos
        if pos > end:
            self.pos = pos = end
        spaced = pos == 0 or text[pos - 1] in _SPACE_BEFORE
        if pos < end and text[pos] in _SKIP_START:
            if self.skip_space():
                spaced = True
            pos = self.pos
        # Whether the token reads the same in both modes: only words, numbers and operators differ.
        self.mode_free = True
        if pos >= end:
            # An error at the end of the input points just after the last thing written.
            at = end
            while at > 0 and text[at - 1].isspace():
                at -= 1
            return Token(T.EOF, "", Extent(self.source, at, at), None, spaced)
        ch = text[pos]
        kind = _ONE_CHAR.get(ch)
        if kind is not None:
            # The commonest tokens (new line, ; { } ( ) ,) are one character in either mode.
            self.pos = pos + 1
            return Token(kind, ch, Extent(self.source, pos, pos + 1), None, spaced)
        if ch == "$":
            tok = self._dollar(pos)
        elif ch.isalpha():
            # A word: no punctuation, operator, parameter or number starts with a letter.
            self.mode_free = False
            if mode == COMMAND:
                i = _PLAIN_WORD.match(text, pos, end).end()
                if i >= end or text[i] in _GENERIC_STOP or text[i] in "\r\n":
                    self.pos = i
                    word = text[pos:i]
                    return Token(T.GENERIC, word, Extent(self.source, pos, i), word, spaced)
                tok = self._generic(pos)
            else:
                i = _IDENT.match(text, pos, end).end()
                self.pos = i
                word = text[pos:i]
                return Token(T.IDENT, word, Extent(self.source, pos, i), word, spaced)
        else:
            tok = self._punctuation(ch, pos, mode)
            if tok is None:
                if ch == "@":
                    tok = self._at(pos)
                elif ch in SINGLE_QUOTES:
                    tok = self._single_quoted(pos)
                elif ch in DOUBLE_QUOTES:
                    tok = self._double_quoted(pos)
                elif mode == COMMAND:
                    self.mode_free = False
                    tok = self._command_word(pos)
                else:
                    self.mode_free = False
                    tok = self._expression_word(pos)
        if spaced:
            # Every scanner makes a new token (_make), so marking this one changes no other.
            tok.space_before = True
        return tok

    def _make(self, kind: T, start: int, end: int, value=None) -> Token:
        self.pos = end
        return Token(kind, self.text[start:end], Extent(self.source, start, end), value)

    def _punctuation(self, ch: str, start: int, mode: str) -> Token | None:
        nxt = self.text[start + 1] if start + 1 < self.end else ""
        if ch == "\n":
            return self._make(T.NEWLINE, start, start + 1)
        if ch == "\r":
            return self._make(T.NEWLINE, start, start + (2 if nxt == "\n" else 1))
        simple = _SIMPLE_PUNCTUATION.get(ch)
        if simple is not None:
            return self._make(simple, start, start + 1)
        if ch == "|":
            if nxt == "|":
                return self._make(T.OPERATOR, start, start + 2, "||")
            return self._make(T.PIPE, start, start + 1)
        if ch == "&":
            if nxt == "&":
                return self._make(T.OPERATOR, start, start + 2, "&&")
            return self._make(T.AMP, start, start + 1)
        redir = self._redirection(start) if ch in _REDIRECTION_START else None
        if redir is not None:
            return redir
        if mode == EXPRESSION:
            tok = self._operator(ch, nxt, start)
            if tok is not None:
                self.mode_free = False
            return tok
        return None

    def _redirection(self, start: int) -> Token | None:
        m = _REDIRECTION.match(self.text, start, self.end)
        if not m or (m.group(1) is None and self.text[start] != ">"):
            return None
        if m.group(1) and m.group(1) != "*" and start > 0 and self.text[start - 1] not in WHITESPACE + "\n;|(":
            return None
        stream = m.group(1) or "1"
        append = m.group(2) == ">>"
        target = m.group(4)
        return self._make(T.REDIRECTION, start, m.end(), (stream, target, append))

    def _operator(self, ch: str, nxt: str, start: int) -> Token | None:
        if ch in DASHES:
            if nxt and (nxt.isalpha()):
                m = _WORD.match(self.text, start + 1, self.end)
                word = m.group(0).lower() if m else ""
                op = DASH_OPERATORS.get(word)
                if op is not None:
                    return self._make(T.OPERATOR, start, m.end(), op)
                # Not an operator: hand the parser a word it will report where it stands.
                return self._make(T.GENERIC, start, m.end() if m else start + 2, self.text[start:m.end() if m else start + 2])
            if nxt in DASHES:
                return self._make(T.OPERATOR, start, start + 2, "--")
            if nxt == "=":
                return self._make(T.OPERATOR, start, start + 2, "-=")
            return self._make(T.OPERATOR, start, start + 1, "-")
        two = ch + nxt
        if two in ("++", "+=", "*=", "/=", "%=", "..", "::", "==" ):
            if two == "::":
                return self._make(T.COLONCOLON, start, start + 2)
            if two == "==":
                return self._make(T.OPERATOR, start, start + 1, "=")
            return self._make(T.OPERATOR, start, start + 2, two)
        if ch in "+*/%=!":
            return self._make(T.OPERATOR, start, start + 1, ch)
        if ch == ".":
            if nxt.isdigit():
                return None
            return self._make(T.DOT, start, start + 1)
        if ch == "[":
            return self._make(T.LBRACKET, start, start + 1)
        if ch == "]":
            return self._make(T.RBRACKET, start, start + 1)
        return None

    # -- variables -----------------------------------------------------------------------------
    def _dollar(self, start: int) -> Token:
        text, end = self.text, self.end
        nxt = text[start + 1] if start + 1 < end else ""
        self.pos = start
        if nxt == "(":
            return self._make(T.DOLLAR_PAREN, start, start + 2)
        if nxt not in _VARIABLE_SPECIAL:
            # The common case, $name with no scope: what scan_variable would find, in one step.
            m = _VAR_CHARS.match(text, start + 1, end)
            if m is not None:
                j = m.end()
                if j >= end or text[j] != ":":
                    self.pos = j
                    return Token(T.VARIABLE, text[start:j], Extent(self.source, start, j),
                                 VariableToken(m.group(), "", False, False))
        var, end = self.scan_variable(start)
        if var is None:
            return self._make(T.GENERIC, start, start + 1, "$")
        return self._make(T.VARIABLE, start, end, var)

    def scan_variable(self, start: int, splat: bool = False) -> tuple[VariableToken | None, int]:
        """Scan `$name`, `${name}`, `$scope:name`, `$_`, `$$`, `$?`, `$^` (or `@name` when splat)."""
        text, end = self.text, self.end
        i = start + 1
        if i >= end:
            return None, start + 1
        ch = text[i]
        if ch == "{":
            close = text.find("}", i + 1, end)
            if close < 0:
                raise self._error("IncompleteDollarVariableReference", "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.", start, end, incomplete=True)
            name = text[i + 1:close]
            scope, name = _split_scope(name)
            return VariableToken(name, scope, splat, True), close + 1
        if ch in "$?^" and not splat:
            return VariableToken(ch, "", False, False), i + 1
        m = _VAR_CHARS.match(text, i, end)
        if not m:
            return None, start + 1
        j = m.end()
        name = m.group(0)
        if j < end and text[j] == ":" and j + 1 < end and (text[j + 1].isalnum() or text[j + 1] == "_") \
                and not text.startswith("::", j):
            m2 = _VAR_CHARS.match(text, j + 1, end)
            if m2:
                return VariableToken(m2.group(0), name.lower(), splat, False), m2.end()
        return VariableToken(name, "", splat, False), j

    def _at(self, start: int) -> Token:
        nxt = self.text[start + 1:start + 2]
        if nxt == "(":
            return self._make(T.AT_PAREN, start, start + 2)
        if nxt == "{":
            return self._make(T.AT_CURLY, start, start + 2)
        if nxt and nxt in SINGLE_QUOTES + DOUBLE_QUOTES:
            return self._here_string(start)
        var, end = self.scan_variable(start, splat=True)
        if var is not None:
            return self._make(T.VARIABLE, start, end, var)
        raise self._error("UnrecognizedToken", "Unrecognized token in source text.", start, start + 1)

    # -- strings -------------------------------------------------------------------------------
    def _single_quoted(self, start: int) -> Token:
        text, end = self.text, self.end
        i = start + 1
        out = []
        while i < end:
            run = _SINGLE_QUOTED_RUN.match(text, i, end).end()
            if run > i:
                out.append(text[i:run])
                i = run
                continue
            ch = text[i]
            if ch in SINGLE_QUOTES:
                if i + 1 < end and text[i + 1] in SINGLE_QUOTES:
                    out.append(ch)
                    i += 2
                    continue
                return self._make(T.STRING, start, i + 1, "".join(out))
            out.append(ch)
            i += 1
        raise self._error("TerminatorExpectedAtEndOfString", "The string is missing the terminator: '.",
                          start, end, incomplete=True)

    def _double_quoted(self, start: int) -> Token:
        parts, end = self.scan_expandable(start + 1, DOUBLE_QUOTES, start)
        return self._make(T.EXPANDABLE, start, end, parts)

    def scan_expandable(self, i: int, closers: str | None, start: int, here: bool = False,
                        stop: int | None = None) -> tuple[list, int]:
        """Scan the body of an expandable string from `i`. Parts are literal str, or
        ("var", VariableToken, start, end), or ("sub", start, end) for `$( ... )`.
        Returns the parts and the offset just past the closing quote."""
        text = self.text
        end = self.end if stop is None else stop
        parts: list = []
        buf: list[str] = []
        while i < end:
            run = _EXPANDABLE_RUN.match(text, i, end).end()
            if run > i:
                # Characters with no meaning here (no quote, backtick, $ or new line): as they are.
                buf.append(text[i:run])
                i = run
                continue
            ch = text[i]
            if closers is not None and ch in closers and not here:
                if i + 1 < end and text[i + 1] in closers:
                    buf.append(ch)
                    i += 2
                    continue
                break
            if here and ch == "\n" and i + 2 < end + 1 and text[i + 1:i + 2] and text[i + 1] in DOUBLE_QUOTES \
                    and text[i + 2:i + 3] == "@":
                break
            if ch == "`" and i + 1 < end:
                nxt = text[i + 1]
                if nxt == "u":
                    char, i = self._unicode_escape(i, end)
                    buf.append(char)
                    continue
                buf.append(_ESCAPES.get(nxt, nxt))
                i += 2
                continue
            if ch == "$" and i + 1 < end:
                nxt = text[i + 1]
                if nxt == "(":
                    close = self.find_closing_paren(i + 2)
                    if buf:
                        parts.append("".join(buf))
                        buf = []
                    parts.append(("sub", i + 2, close))
                    i = close + 1
                    continue
                var, vend = self.scan_variable(i)
                if var is not None and not (var.name in "?^$" and not var.braced and nxt not in "?^$"):
                    if buf:
                        parts.append("".join(buf))
                        buf = []
                    parts.append(("var", var, i, vend))
                    i = vend
                    continue
            buf.append(ch)
            i += 1
        else:
            if closers is None:
                if buf:
                    parts.append("".join(buf))
                return parts, end
            raise self._error("TerminatorExpectedAtEndOfString", 'The string is missing the terminator: ".',
                              start, end, incomplete=True)
        if buf:
            parts.append("".join(buf))
        return parts, i + 1

    def _unicode_escape(self, i: int, end: int) -> tuple[str, int]:
        """`u{XXXX} at `i` (PowerShell 6's escape): one to six hex digits in braces. A malformed one is
        reported (the scan goes on) and stands for nothing. Returns the character and where to go on."""
        text = self.text
        if text[i + 2:i + 3] != "{":
            self._soft("InvalidUnicodeEscapeSequence", i, i + 2)
            return "", i + 2
        j = i + 3
        while j < end and j - (i + 3) <= 6:
            ch = text[j]
            if ch == "}":
                if j == i + 3:
                    self._soft("InvalidUnicodeEscapeSequence", i, j + 1)
                    return "", j + 1
                break
            if ch not in "0123456789abcdefABCDEF":
                digits = j - (i + 3)
                self._soft("InvalidUnicodeEscapeSequence" if digits < 6 else "MissingUnicodeEscapeSequenceTerminator",
                           j, j)
                return "", j
            if j - (i + 3) == 6:
                self._soft("TooManyDigitsInUnicodeEscapeSequence", j, j)
                return "", j
            j += 1
        else:
            # the text ends inside the escape
            digits = j - (i + 3)
            self._soft("InvalidUnicodeEscapeSequence" if digits < 6 else "MissingUnicodeEscapeSequenceTerminator", j, j)
            return "", j
        value = int(text[i + 3:j], 16)
        if value > 0x10FFFF:
            self._soft("InvalidUnicodeEscapeSequenceValue", i + 3, j)
            return "", j + 1
        return chr(value), j + 1

    def find_closing_paren(self, i: int) -> int:
        """Offset of the `)` that closes a `(` opened just before `i` (strings and nesting respected)."""
        sub = Tokenizer(self.source, i, self.end)
        depth = 1
        while True:
            try:
                tok = sub.next(EXPRESSION)
            except ParseAbort as exc:
                if exc.error.incomplete:
                    raise
                sub.pos = max(sub.pos + 1, exc.error.extent.end)
                continue
            if tok.kind is T.EOF:
                raise self._error("MissingEndParenthesisInSubexpression",
                                  "Missing closing ')' in subexpression.", i - 2, self.end, incomplete=True)
            if tok.kind in (T.LPAREN, T.DOLLAR_PAREN, T.AT_PAREN):
                depth += 1
            elif tok.kind is T.RPAREN:
                depth -= 1
                if depth == 0:
                    return tok.extent.start
            elif tok.kind is T.GENERIC and tok.extent.end == sub.pos and tok.text == "":
                sub.pos += 1

    def _here_string(self, start: int) -> Token:
        text, end = self.text, self.end
        quote = text[start + 1]
        i = start + 2
        while i < end and text[i] in " \t":
            i += 1
        if i < end and text[i] == "\r":
            i += 1
        if i >= end or text[i] != "\n":
            raise self._error("UnexpectedCharactersAfterHereStringHeader",
                              "No characters are allowed after a here-string header but before the end of the line.",
                              start, min(end, i + 1))
        body_start = i + 1
        closer = ("\n" + quote + "@") if quote in SINGLE_QUOTES else None
        # find the closing line: a line starting with quote + @
        j = body_start
        close_at = -1
        while j <= end:
            if j < end and text[j] in (SINGLE_QUOTES if quote in SINGLE_QUOTES else DOUBLE_QUOTES) \
                    and text[j + 1:j + 2] == "@" and (j == body_start or text[j - 1] == "\n"):
                close_at = j
                break
            nl = text.find("\n", j, end)
            if nl < 0:
                break
            j = nl + 1
        if close_at < 0:
            raise self._error("TerminatorExpectedAtEndOfString", f"The string is missing the terminator: {quote}@.",
                              start, end, incomplete=True)
        body_end = close_at - 1 if close_at > body_start else body_start
        if body_end > body_start and text[body_end - 1] == "\r":
            body_end -= 1
        del closer
        if quote in SINGLE_QUOTES:
            return self._make(T.STRING, start, close_at + 2, text[body_start:body_end].replace("\r\n", "\n"))
        parts, _ = self.scan_expandable(body_start, None, start, stop=body_end)
        parts = [p.replace("\r\n", "\n") if isinstance(p, str) else p for p in parts]
        return self._make(T.EXPANDABLE, start, close_at + 2, parts)

    # -- words ---------------------------------------------------------------------------------
    def _number_at(self, start: int) -> tuple[object, int] | None:
        text = self.text
        neg = False
        i = start
        if text[i] in DASHES:
            neg = True
            i += 1
        elif text[i] == "+":
            i += 1
        m = _NUMBER.match(text, i, self.end)
        if not m:
            return None
        value = _number_value(m)
        if value is None:
            return None
        if neg:
            value = -value
        return value, m.end()

    def _command_word(self, start: int) -> Token:
        text, end = self.text, self.end
        ch = text[start]
        nxt = text[start + 1] if start + 1 < end else ""
        if ch in DASHES and nxt and (_is_name_start(nxt)):
            i = _PARAMETER_REST.match(text, start + 1, end).end()
            colon = i < end and text[i] == ":"
            name = text[start + 1:i]
            return self._make(T.PARAMETER, start, i + (1 if colon else 0), ParameterToken(name, colon))
        if ch.isdigit() or (ch in DASHES + "+." and (nxt.isdigit() or (nxt == "." and text[start + 2:start + 3].isdigit()))):
            num = self._number_at(start)
            if num is not None:
                value, nend = num
                if nend >= end or text[nend] in _GENERIC_STOP or text[nend] in "\r\n":
                    return self._make(T.NUMBER, start, nend, value)
        return self._generic(start)

    def _generic(self, start: int) -> Token:
        text, end = self.text, self.end
        i = _PLAIN_WORD.match(text, start, end).end()
        if i > start and (i >= end or text[i] in _GENERIC_STOP or text[i] in "\r\n"):
            # The common case: a word with no quote, backtick or $ in it.
            return self._make(T.GENERIC, start, i, text[start:i])
        i = start
        buf: list[str] = []
        expands = False
        while i < end:
            ch = text[i]
            if ch in _GENERIC_STOP or ch in "\r\n":
                break
            if ch == "`" and i + 1 < end:
                if text[i + 1] in "\r\n":
                    break
                buf.append(text[i + 1])
                i += 2
                continue
            if ch in SINGLE_QUOTES + DOUBLE_QUOTES:
                # A quoted part of a bare word runs to its closing quote, whatever it holds: a"b,c"d
                # is one word, and so is A="x,y" when a hash literal's key is peeked in command mode.
                expands = True
                close = self._quoted_end(i)
                buf.append(text[i:close])
                i = close
                continue
            if ch == "$":
                expands = True
            buf.append(ch)
            i += 1
        if i == start:
            raise self._error("UnrecognizedToken", f"Unexpected token '{text[start]}' in expression or statement.",
                              start, start + 1)
        word = "".join(buf)
        if expands:
            return self._make(T.GENERIC, start, i, self._generic_parts(start, i))
        return self._make(T.GENERIC, start, i, word)

    def _quoted_end(self, i: int) -> int:
        """Just past the quote that closes the one at `i` (the end of the text if none does)."""
        text, end = self.text, self.end
        if text[i] in DOUBLE_QUOTES:
            j = i + 1
            while j < end:
                if text[j] == "`":
                    j += 2
                    continue
                if text[j] in DOUBLE_QUOTES:
                    return j + 1
                j += 1
            return end
        j = i + 1
        while j < end:
            if text[j] in SINGLE_QUOTES:
                if j + 1 < end and text[j + 1] in SINGLE_QUOTES:
                    j += 2
                    continue
                return j + 1
            j += 1
        return end

    def _generic_parts(self, start: int, stop: int) -> list:
        """A bare word with `$var` or quotes inside (C:\\$name, foo"bar"): expandable parts."""
        parts: list = []
        i = start
        text = self.text
        while i < stop:
            ch = text[i]
            if ch in SINGLE_QUOTES:
                close = i + 1
                while close < stop and text[close] not in SINGLE_QUOTES:
                    close += 1
                parts.append(text[i + 1:close])
                i = close + 1
            elif ch in DOUBLE_QUOTES:
                sub, nxt = self.scan_expandable(i + 1, DOUBLE_QUOTES, i, stop=stop)
                parts.extend(sub)
                i = nxt
            else:
                j = i
                while j < stop and text[j] not in SINGLE_QUOTES + DOUBLE_QUOTES:
                    j += 1
                sub, _ = self.scan_expandable(i, None, i, stop=j)
                parts.extend(sub)
                i = j
        return parts

    def _expression_word(self, start: int) -> Token:
        text, end = self.text, self.end
        ch = text[start]
        if ch.isdigit() or ch == ".":
            num = self._number_at(start)
            if num is not None:
                value, nend = num
                if nend < end and not _ends_number_in_expression(text[nend]):
                    # Not a number after all (77z.exe, 555Write-Host): PowerShell reads a bare word,
                    # which starts a command or is an unexpected token.
                    return self._generic(start)
                return self._make(T.NUMBER, start, nend, value)
        m = _IDENT.match(text, start, end)
        if m:
            return self._make(T.IDENT, start, m.end(), m.group(0))
        # A character with no meaning in an expression: the parser reports it as an unexpected token.
        return self._make(T.GENERIC, start, start + 1, ch)


def _ends_number_in_expression(ch: str) -> bool:
    """A character that may follow a number in expression mode (PowerShell's ForceStartNewToken and
    ForceStartNewTokenAfterNumber characters)."""
    return ch in _GENERIC_STOP or ch in "\r\n!#%*+./<=>]" or ch in DASHES


def _split_scope(name: str) -> tuple[str, str]:
    if ":" in name:
        scope, rest = name.split(":", 1)
        if scope and rest:
            return scope.lower(), rest
    return "", name


def _number_value(m: re.Match) -> object:
    hex_digits, dec, kind, mult = m.groups()
    if kind is None and mult is None:
        # The common case: a plain decimal or hexadecimal number.
        if hex_digits is not None:
            value = int(hex_digits, 16)
            return value - 2 ** 32 if 2 ** 31 <= value < 2 ** 32 else value    # 0xFFFFFFFF is -1 as an Int32
        if "." in dec or "e" in dec or "E" in dec:
            return float(dec)
        return int(dec)
    return _suffixed_number_value(hex_digits, dec, (kind or "").lower(), _MULTIPLIERS.get((mult or "").lower(), 1))


def _suffixed_number_value(hex_digits: str | None, dec: str | None, kind: str, mult: int) -> object:
    """A number with a type suffix (d, l) or a multiplier (kb ... pb)."""
    from pyshell.runtime.typenames import Int64     # imported only when a script needs it
    if hex_digits is not None:
        value = int(hex_digits, 16)
        if kind == "" and 2 ** 31 <= value < 2 ** 32:
            value -= 2 ** 32      # 0xFFFFFFFF is -1 as an Int32
        return Int64(value * mult) if kind == "l" else value * mult
    if kind == "d":
        import decimal
        return decimal.Decimal(dec) * mult
    if any(c in dec for c in ".eE"):
        value = float(dec) * mult
        if kind == "l" and value == int(value):
            return Int64(int(value))
        return value
    return Int64(int(dec) * mult) if kind == "l" else int(dec) * mult
