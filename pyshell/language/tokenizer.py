"""The tokenizer. Like PowerShell's own, it has two modes that the parser switches between:
command mode (arguments are bare words, `-Name` is a parameter) and expression mode
(`-eq` is an operator, `-` is minus). It accepts the en dash, em dash and horizontal bar wherever a
dash is allowed, and curly quotes wherever quotes are."""
from __future__ import annotations

import re

from pyshell.language import patterns
from pyshell.language.diagnostics import ParseAbort, ParseError
from pyshell.language.messages import message
from pyshell.language.scanners import (GENERIC_STOP, StringScanner, _ends_number_in_expression, _split_scope,
                                       run_without, widened_integer)
from pyshell.language.source import Extent, SourceText
from pyshell.language.tokens import (DASH_OPERATORS, DASHES, DOUBLE_QUOTES, SINGLE_QUOTES, WHITESPACE,
                                     ParameterToken, T, Token, VariableToken)

COMMAND, EXPRESSION = "command", "expression"

_VAR_CHARS = patterns.compile(r"[\w?]+")
_VARIABLE_SPECIAL = ("", "{", "$", "?", "^")     # after $: no name, ${...}, $$, $?, $^
_IDENT = patterns.compile(r"(?:(?!\d)\w)\w*(?:-[A-Za-z]\w*)*")
_WORD = patterns.compile(r"[A-Za-z0-9_]+")

# Runs of characters the word scanners below would take one by one with nothing special to do; matching
# them in one step is what keeps the tokenizer from being a Python loop per character.
_PLAIN_WORD = run_without("".join(GENERIC_STOP) + "`$" + SINGLE_QUOTES + DOUBLE_QUOTES)
_PARAMETER_REST = run_without("".join(GENERIC_STOP) + ":" + SINGLE_QUOTES + DOUBLE_QUOTES)
_SIMPLE_PUNCTUATION = {";": T.SEMI, "{": T.LCURLY, "}": T.RCURLY, "(": T.LPAREN, ")": T.RPAREN, ",": T.COMMA}
_ONE_CHAR = dict(_SIMPLE_PUNCTUATION, **{"\n": T.NEWLINE})
_REDIRECTION = patterns.compile(r"([1-6*])?(>>?)(&([12]))?")
_REDIRECTION_START = frozenset("123456*>")
_SPACE_BEFORE = WHITESPACE + "\n"
_SKIP_START = frozenset(WHITESPACE + "`#<")
_BLANKS = patterns.compile("[" + WHITESPACE + "]+")
# A run of decimal digits that ends where both modes end a number (a blank, a new line, ; | & ( ) { } ,
# or the end): a plain integer that reads the same in either mode.
_PLAIN_INTEGER = patterns.compile("[0-9]+(?![^" + re.escape("".join(sorted(GENERIC_STOP | set("\r\n")))) + "])")


# The commonest tokens, each read by one match: blanks (group 1), then one of the groups below. A
# token whose reading depends on more than these patterns say (a scope, a doubled quote, a number
# with a fraction or suffix, a comment) matches none of them and is read by Tokenizer._next_slow, as
# is everything else; where a group matches, it reads exactly what _next_slow would.
_STOP_AFTER = "(?![^" + re.escape("".join(sorted(GENERIC_STOP | set("\r\n")))) + "])"


def _not_in(chars: str) -> str:
    return "[^" + "".join(sorted({re.escape(c) for c in chars})) + "]"


_COMMON = {
    "one": r"([\n;{}(),])",
    "variable": r"\$(\w[\w?]*+)(?!:)",                            # $name, no scope
    "integer": r"([0-9]++)" + _STOP_AFTER,                          # digits ending where both modes end a number
    "single": "[" + SINGLE_QUOTES + "](" + _not_in(SINGLE_QUOTES) + "*+)[" + SINGLE_QUOTES + "](?![" + SINGLE_QUOTES + "])",
    "double": "[" + DOUBLE_QUOTES + "](" + _not_in("`$" + DOUBLE_QUOTES) + "*+)[" + DOUBLE_QUOTES + "](?!["
              + DOUBLE_QUOTES + "])",
    "pipe": r"(\|)(?!\|)",
}
_COMMAND_WORD = (r"([A-Za-z_\[\]=]" + _not_in("".join(GENERIC_STOP) + "`$" + SINGLE_QUOTES + DOUBLE_QUOTES) + "*+)"
                 + _STOP_AFTER)
_PARAMETER = r"-([A-Za-z_?]" + _not_in("".join(GENERIC_STOP) + ":" + SINGLE_QUOTES + DOUBLE_QUOTES) + "*+):?"
_EXPRESSION_WORD = r"((?!\d)\w\w*(?:-[A-Za-z]\w*)*)"
_DASH_WORD = r"-([A-Za-z][A-Za-z0-9_]*+)"
_EXPRESSION_OPERATOR = r"([=\[\]]|\.(?!\.))"
_OPERATOR_KINDS = {"=": T.OPERATOR, "[": T.LBRACKET, "]": T.RBRACKET}
# group numbers (the same in both patterns)
_ONE, _VARIABLE, _INTEGER, _SINGLE, _DOUBLE, _PIPE, _WORD_GROUP, _DASHED, _OPERATOR = range(2, 11)


def _token_pattern(word: str, dashed: str, operator: str) -> re.Pattern:
    alternatives = [_COMMON[k] for k in ("one", "variable", "integer", "single", "double", "pipe")]
    alternatives += [word, dashed, operator]
    return patterns.compile("([" + WHITESPACE + "]*+)(?:" + "|".join(alternatives) + ")?")


_COMMAND_TOKEN = _token_pattern(_COMMAND_WORD, _PARAMETER, "(?!)()")
_EXPRESSION_TOKEN = _token_pattern(_EXPRESSION_WORD, _DASH_WORD, _EXPRESSION_OPERATOR)


def _is_name_start(ch: str) -> bool:
    return ch.isalpha() or ch == "_" or ch == "?"


class Tokenizer(StringScanner):
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
        start = pos = self.pos
        text, end = self.text, self.end
        if start >= end or text[start] not in _SKIP_START:
            return False
        while pos < end:
            ch = text[pos]
            if ch in WHITESPACE:
                pos = _BLANKS.match(text, pos, end).end()
            elif ch == "`" and pos + 1 < end and text[pos + 1] in "\r\n":
                pos += 2 if text[pos + 1] == "\n" or text[pos + 2:pos + 3] != "\n" else 3
            elif ch == "#":
                nl = text.find("\n", pos, end)
                pos = end if nl < 0 else nl
            elif ch == "<" and text.startswith("<#", pos):
                close = text.find("#>", pos + 2, end)
                if close < 0:
                    self.pos = pos
                    raise self._error("MissingEndOfComment", "The comment is not terminated (missing '#>').",
                                      pos, end, incomplete=True)
                pos = close + 2
            else:
                break
        self.pos = pos
        return pos > start

    def plain_word_next(self) -> bool:
        """Whether the next token in command mode is a bare word or parameter with nothing in it to
        expand or unquote (Name, [type], ], =, -Name): one whose reading cannot fail, and which is not
        a new line or ;. Found without making the token."""
        which = _COMMAND_TOKEN.match(self.text, self.pos, self.end).lastindex
        return which == _WORD_GROUP or which == _DASHED

    def at_end(self) -> bool:
        return self.pos >= self.end

    # -- the scanner ---------------------------------------------------------------------------
    def next(self, mode: str) -> Token:
        """The token at the position in `mode`; the position moves past it. The commonest tokens are
        read by one match of the mode's pattern (blanks, then the token); the rest by _next_slow."""
        text, end = self.text, self.end
        pos = self.pos
        if pos > end:
            self.pos = pos = end
        m = (_COMMAND_TOKEN if mode == COMMAND else _EXPRESSION_TOKEN).match(text, pos, end)
        which = m.lastindex
        if which == 1:
            return self._next_slow(mode)        # blanks alone, or not followed by a common token
        start = m.end(1)
        stop = m.end()
        spaced = start > pos or pos == 0 or text[pos - 1] in _SPACE_BEFORE
        if which == _ONE:
            self.pos = stop
            ch = text[start]
            self.mode_free = True
            return Token(_ONE_CHAR[ch], ch, Extent(self.source, start, stop), None, spaced)
        if which == _VARIABLE:
            self.pos = stop
            self.mode_free = True
            return Token(T.VARIABLE, text[start:stop], Extent(self.source, start, stop),
                         VariableToken(m.group(_VARIABLE), "", False, False), spaced)
        if which == _WORD_GROUP:
            self.pos = stop
            self.mode_free = False
            word = text[start:stop]
            return Token(T.IDENT if mode != COMMAND else T.GENERIC, word, Extent(self.source, start, stop), word,
                         spaced)
        if which == _INTEGER:
            self.pos = stop
            self.mode_free = True
            digits = text[start:stop]
            n = int(digits)
            if n >= 2 ** 63:
                n = widened_integer(n)      # too big for Int64: a Decimal, or a Double
            return Token(T.NUMBER, digits, Extent(self.source, start, stop), n, spaced)
        if which == _DASHED:
            self.pos = stop
            self.mode_free = False
            if mode == COMMAND:
                colon = stop > m.end(_DASHED)
                return Token(T.PARAMETER, text[start:stop], Extent(self.source, start, stop),
                             ParameterToken(m.group(_DASHED), colon), spaced)
            op = DASH_OPERATORS.get(m.group(_DASHED).lower())
            word = text[start:stop]
            if op is None:
                # Not an operator: a word the parser reports where it stands.
                return Token(T.GENERIC, word, Extent(self.source, start, stop), word, spaced)
            return Token(T.OPERATOR, word, Extent(self.source, start, stop), op, spaced)
        if which == _SINGLE:
            self.pos = stop
            self.mode_free = True
            return Token(T.STRING, text[start:stop], Extent(self.source, start, stop), m.group(_SINGLE), spaced)
        if which == _DOUBLE:
            self.pos = stop
            self.mode_free = True
            body = m.group(_DOUBLE)
            return Token(T.EXPANDABLE, text[start:stop], Extent(self.source, start, stop), [body] if body else [],
                         spaced)
        if which == _OPERATOR:
            # expression mode: = [ ] and a . that starts no number
            ch = text[start]
            if ch == ".":
                if stop < end and text[stop].isdigit():
                    return self._next_slow(mode)
                kind = T.DOT
            else:
                kind = _OPERATOR_KINDS[ch]
            self.pos = stop
            self.mode_free = False
            return Token(kind, ch, Extent(self.source, start, stop), "=" if ch == "=" else None, spaced)
        # which == _PIPE
        self.pos = stop
        self.mode_free = True
        return Token(T.PIPE, "|", Extent(self.source, start, stop), None, spaced)

    def _next_slow(self, mode: str) -> Token:
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
        elif "0" <= ch <= "9" and (m := _PLAIN_INTEGER.match(text, pos, end)) is not None:
            i = m.end()
            self.pos = i
            digits = text[pos:i]
            n = int(digits)
            if n >= 2 ** 63:
                n = widened_integer(n)
            return Token(T.NUMBER, digits, Extent(self.source, pos, i), n, spaced)
        elif ch == "-":
            # A parameter in command mode, an operator in expression mode (no punctuation starts so).
            self.mode_free = False
            if mode == COMMAND:
                tok = self._command_word(pos)
            else:
                tok = self._operator(ch, text[pos + 1] if pos + 1 < end else "", pos)
        elif ch.isalpha():
            # A word: no punctuation, operator, parameter or number starts with a letter.
            self.mode_free = False
            if mode == COMMAND:
                i = _PLAIN_WORD.match(text, pos, end).end()
                if i >= end or text[i] in GENERIC_STOP or text[i] in "\r\n":
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
                if nend >= end or text[nend] in GENERIC_STOP or text[nend] in "\r\n":
                    return self._make(T.NUMBER, start, nend, value)
        return self._generic(start)

    def variable_runs_on(self, tok: Token) -> bool:
        """Whether the variable token `tok`, read as a command argument, is followed by a character that
        does not start a new token there (PowerShell's ForceStartNewToken): whitespace, ; , | & ( ) { },
        and for a name also . [ and :: (member access, an index, a static member)."""
        text, at = self.text, tok.extent.end
        if at >= self.end:
            return False
        ch = text[at]
        if ch in GENERIC_STOP or ch in "\r\n":
            return False
        var = tok.value
        if var.name in ("$", "?", "^") and not var.braced and not var.scope:
            return True
        return ch not in ".[" and not text.startswith("::", at)

    def generic_at(self, start: int) -> Token:
        """The bare word (generic token) that starts at `start`, whatever begins it."""
        return self._generic(start)

    def _generic(self, start: int) -> Token:
        text, end = self.text, self.end
        i = _PLAIN_WORD.match(text, start, end).end()
        if i > start and (i >= end or text[i] in GENERIC_STOP or text[i] in "\r\n"):
            # The common case: a word with no quote, backtick or $ in it.
            return self._make(T.GENERIC, start, i, text[start:i])
        i = start
        buf: list[str] = []
        expands = False
        while i < end:
            ch = text[i]
            if ch in GENERIC_STOP or ch in "\r\n":
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
                close = text.find("}", i + 2, end) if text.startswith("{", i + 1) else -1
                if close >= 0:          # a${name}b: the braced name, whatever it holds, is part of the word
                    buf.append(text[i:close + 1])
                    i = close + 1
                    continue
            buf.append(ch)
            i += 1
        if i == start:
            raise self._error("UnrecognizedToken", f"Unexpected token '{text[start]}' in expression or statement.",
                              start, start + 1)
        word = "".join(buf)
        if expands:
            return self._make(T.GENERIC, start, i, self._generic_parts(start, i))
        return self._make(T.GENERIC, start, i, word)

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


