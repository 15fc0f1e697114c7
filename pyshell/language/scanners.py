"""The tokenizer's scanners for strings, here-strings, numbers and the quoted parts of bare words,
mixed into Tokenizer (tokenizer.py), whose helpers (_make, _error, _soft, scan_variable) they use."""
from __future__ import annotations

import re

from pyshell.language import patterns
from pyshell.language.diagnostics import ParseAbort
from pyshell.language.tokens import DASHES, DOUBLE_QUOTES, SINGLE_QUOTES, WHITESPACE, T, Token

EXPRESSION = "expression"      # the tokenizer's mode name (tokenizer.py imports this module)

_NUMBER = patterns.compile(
    r"(?:0[xX](?P<hex>[0-9a-fA-F]+)|(?P<dec>(?:\d+(?:\.(?!\.)\d*)?|\.\d+)(?:[eE][+-]?\d+)?))"
    r"(?P<type>[dDlL])?(?P<mult>[kKmMgGtTpP][bB])?")
_MULTIPLIERS = {"kb": 1024, "mb": 1024 ** 2, "gb": 1024 ** 3, "tb": 1024 ** 4, "pb": 1024 ** 5}
GENERIC_STOP = set(" \t\r\n\f\v\u00a0;|&(){},") | set(WHITESPACE)
_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "e": "\x1b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def run_without(chars: str) -> re.Pattern:
    """A regex matching a (possibly empty) run of characters none of which is in `chars`."""
    return patterns.compile("[^" + "".join(sorted({re.escape(c) for c in chars})) + "]*")


_SINGLE_QUOTED_RUN = run_without(SINGLE_QUOTES)
_EXPANDABLE_RUN = run_without("`$\n" + DOUBLE_QUOTES)


class StringScanner:
    """Mixed into Tokenizer: the scanners that read past more than a word or an operator."""

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
        sub = type(self)(self.source, i, self.end)
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


def number_literal(text: str) -> object | None:
    """The whole of `text` read as a number literal, sign included ('1kb', '-0x10', '12L', '1.5e3');
    None when it is not one. A whole number too big for Int64 is a Decimal, or a Double when it is
    too big for that too, as in a script."""
    start = 1 if text[:1] in DASHES or text[:1] == "+" else 0
    m = _NUMBER.fullmatch(text, start)
    if m is None:
        return None
    value = _number_value(m)
    if value is None:
        return None
    if start and text[0] != "+":
        value = -value      # type: ignore[operator]
    return value


def _ends_number_in_expression(ch: str) -> bool:
    """A character that may follow a number in expression mode (PowerShell's ForceStartNewToken and
    ForceStartNewTokenAfterNumber characters)."""
    return ch in GENERIC_STOP or ch in "\r\n!#%*+./<=>]" or ch in DASHES


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
        return widened_integer(int(dec))
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
    return Int64(int(dec) * mult) if kind == "l" else widened_integer(int(dec) * mult)


_DECIMAL_MAX = 79228162514264337593543950335


def widened_integer(value: int) -> object:
    """A whole number literal as the tokenizer types it: Int32 or Int64 when it fits, else a Decimal
    (9223372036854775808 is one), else a Double."""
    if -(2 ** 63) <= value < 2 ** 63:
        return value
    if -_DECIMAL_MAX <= value <= _DECIMAL_MAX:
        import decimal
        return decimal.Decimal(value)
    return float(value)
