"""The parser: statements, pipelines and commands (expressions are in expressions.py).

`parse(text, name)` never raises: it returns the tree and every error it found, each with
PowerShell's error id and an `incomplete` flag the REPL uses to ask for another line.
"""
from __future__ import annotations

import sys

from pyshell.language import nodes as N
from pyshell.language.control import ControlStatementParser
from pyshell.language.diagnostics import ParseAbort, ParseError
from pyshell.language.expressions import ExpressionParser
from pyshell.language.messages import message
from pyshell.language.semantics import MAY_ERR, semantic_errors
from pyshell.language.source import Extent, SourceText
from pyshell.language.statements import StatementParser
from pyshell.language.tokenizer import COMMAND, EXPRESSION, Tokenizer
from pyshell.language.tokens import ASSIGNMENT_OPERATORS, DASHES, KEYWORDS, T, Token

TYPE_CHECKING = False       # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

MAX_NESTING = 400
_BLOCK_STATEMENTS = (N.If, N.While, N.DoLoop, N.For, N.ForEach, N.Switch, N.Try, N.Trap, N.FunctionDefinition,
                     N.DataStatement, N.ErrorStatement, N.TypeDefinition)
_NO_PIPELINE = (T.SEMI, T.NEWLINE, T.RPAREN, T.RCURLY, T.EOF)

_COMMAND_END = {T.NEWLINE, T.SEMI, T.PIPE, T.RPAREN, T.RCURLY, T.EOF}
_EXPR_START = {T.VARIABLE, T.NUMBER, T.STRING, T.EXPANDABLE, T.LPAREN, T.DOLLAR_PAREN, T.AT_PAREN, T.AT_CURLY,
               T.LCURLY}


_NEWLINES = frozenset((T.NEWLINE,))
_SEPARATORS = frozenset((T.NEWLINE, T.SEMI))

# The rules of typedefs.TypeDefinitionParser that other rules call; reaching one loads them all.
_TYPE_DEFINITION_ENTRIES = frozenset({"kw_class", "kw_enum", "attributed_type_ahead", "attributed_type_definition"})


class Parser(StatementParser, ControlStatementParser, ExpressionParser):
    # The scanner class; comment-based help parses again with one that also notes the comments.
    tokenizer_class = Tokenizer

    def __init__(self, source: SourceText, start: int = 0, end: int | None = None,
                 soft_errors: dict[int, ParseError] | None = None):
        self.source = source
        # Errors the tokenizer reports without stopping (a bad `u{...} escape), by offset, so reading the
        # same text twice reports them once; shared with the parsers of `$( )` inside strings.
        self.soft_errors: dict[int, ParseError] = {} if soft_errors is None else soft_errors
        self.tz = self.tokenizer_class(source, start, end, self.soft_errors)
        # Every token read, by mode and by the offset it was read at: the parser often looks at the
        # same place twice, and in both modes (a statement is peeked in command mode, its expression
        # read in expression mode). A token that reads the same in both modes (punctuation,
        # variables, strings) is filed under both at once. Reading a token moves the position to its
        # end, or to the end of the text after the end-of-input token.
        self._seen: dict[str, dict[int, Token]] = {COMMAND: {}, EXPRESSION: {}}
        self._seen_command = self._seen[COMMAND]
        self._seen_expression = self._seen[EXPRESSION]
        self.last_end = start
        self.errors: list[ParseError] = []
        self.depth = 0
        # How many nodes were made that the semantic checks may find an error in (semantics.MAY_ERR);
        # with none, the finished tree is not walked.
        self.suspects = 0
        self.namespaces: tuple[str, ...] = ()      # `using namespace` at the start of the script

    def __getattr__(self, name: str) -> Any:
        """Only for a name the class lacks: the type-definition rules (typedefs.py) join the class the
        first time a script may define a class or an enum, so runs that define none never load them."""
        if name in _TYPE_DEFINITION_ENTRIES:
            from pyshell.language.typedefs import TypeDefinitionParser
            for key, value in vars(TypeDefinitionParser).items():
                if not key.startswith("__"):
                    setattr(Parser, key, value)
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    # -- token stream ----------------------------------------------------------------------------
    def _scan(self, mode: str, pos: int) -> Token:
        tz = self.tz
        try:
            tok = tz.next(mode)
        finally:
            tz.pos = pos
        if tz.mode_free:
            self._seen_command[pos] = self._seen_expression[pos] = tok
        else:
            self._seen[mode][pos] = tok
        return tok

    def peek(self, mode: str) -> Token:
        tz = self.tz
        pos = tz.pos
        seen = self._seen[mode]
        tok = seen.get(pos)
        if tok is None:
            # _scan, written out: peek is the parser's commonest call
            try:
                tok = tz.next(mode)
            finally:
                tz.pos = pos
            if tz.mode_free:
                self._seen_command[pos] = self._seen_expression[pos] = tok
            else:
                seen[pos] = tok
        return tok

    def next(self, mode: str) -> Token:
        tz = self.tz
        pos = tz.pos
        tok = self._seen[mode].get(pos)
        if tok is None:
            tok = self._scan(mode, pos)
        if tok.kind is T.EOF:
            tz.pos = tz.end
        else:
            tz.pos = self.last_end = tok.extent.end
        return tok

    def forget_peek(self) -> None:
        """Kept for the rules that move the position by hand: tokens are filed by offset, so there is
        nothing to forget."""

    def skip_newlines(self, then: str = COMMAND) -> None:
        """Skip new lines. `then` is the mode the parser reads the token after them in."""
        self._skip(then, "\r\n", _NEWLINES)

    def skip_separators(self, then: str = COMMAND) -> None:
        """Skip new lines and semicolons. `then` is the mode the parser reads the token after them in."""
        self._skip(then, "\r\n;", _SEPARATORS)

    def _skip(self, then: str, chars: str, kinds: frozenset) -> None:
        if then is EXPRESSION:
            self._skip_before_expression(chars)
            return
        seen = self._seen_command
        while True:
            tok = seen.get(self.tz.pos) or self.peek(COMMAND)
            if tok.kind not in kinds:
                return
            self.next(COMMAND)

    def _skip_before_expression(self, starts: str) -> None:
        """Skip new lines (and ; when `starts` has it) when the parser reads what follows them in
        expression mode. New lines and ; read the same in both modes, so a token filed under either
        mode tells whether one comes. When none is and a plain word comes (one the tokenizer can tell
        without making it), the word is not made in command mode only to be found no separator. Any
        other token is made, as reading it in command mode may fail, and the error comes from here, as
        it did when every skip read the next token in command mode."""
        seen, seen_expression, tz = self._seen_command, self._seen_expression, self.tz
        while True:
            pos = tz.pos
            tok = seen.get(pos)
            if tok is None:
                tok = seen_expression.get(pos)
                if tok is None or (tok.kind is not T.NEWLINE and tok.kind is not T.SEMI):
                    if tz.plain_word_next():
                        return
                    tok = self._scan(COMMAND, pos)
            kind = tok.kind
            if kind is not T.NEWLINE and (kind is not T.SEMI or ";" not in starts):
                return
            self.next(COMMAND)      # filed under both modes: new lines and ; read the same in either

    def expect(self, kind: T, error_id: str, message: str, opener: Token | None = None) -> Token:
        tok = self.peek(EXPRESSION)
        if tok.kind is kind:
            return self.next(EXPRESSION)
        blame = tok.extent if tok.kind is not T.EOF else Extent(self.source, self.last_end, self.last_end)
        raise ParseAbort(ParseError(error_id, message, blame, tok.kind is T.EOF))

    def checked(self, node: N.Node) -> N.Node:
        """`node`, counted when the semantic checks may find an error in it."""
        if MAY_ERR[node.__class__](node):
            self.suspects += 1
        return node

    # -- reporting errors ------------------------------------------------------------------------------
    def after(self, thing: Token | N.Node | Extent) -> Extent:
        """The empty extent just after a token, node or extent (where PowerShell blames what is missing)."""
        ext = thing if isinstance(thing, Extent) else thing.extent
        return Extent(self.source, ext.end, ext.end)

    def nothing_after(self, offset: int) -> bool:
        """Only blanks, new lines and comments follow `offset`: more typing could still fix an error there."""
        text, end = self.tz.text, self.tz.end
        i = offset
        while i < end:
            ch = text[i]
            if ch in " \t\r\n\f\v\u00a0\ufeff\u2028\u2029":
                i += 1
            elif ch == "`" and i + 1 < end and text[i + 1] in "\r\n":
                i += 2
            elif ch == "#":
                nl = text.find("\n", i, end)
                i = end if nl < 0 else nl
            elif text.startswith("<#", i):
                close = text.find("#>", i + 2, end)
                i = end if close < 0 else close + 2
            else:
                return False
        return True

    def error(self, error_id: str, extent: Extent, *args: object, detected: Extent | None = None,
              complete: bool = False) -> ParseError:
        """A parse error with PowerShell's id and text. It is incomplete input when nothing but blanks and
        comments follows the place the error was found (`detected`, by default where it is blamed),
        unless `complete` (an error more typing cannot fix, whatever follows)."""
        at = detected if detected is not None else extent
        return ParseError(error_id, message(error_id, *args), extent, not complete and self.nothing_after(at.end))

    def fail(self, error_id: str, extent: Extent, *args: object, detected: Extent | None = None,
             complete: bool = False) -> ParseAbort:
        """An error that stops the statement (raise what this returns)."""
        return ParseAbort(self.error(error_id, extent, *args, detected=detected, complete=complete))

    def report(self, error_id: str, extent: Extent, *args: object, incomplete: bool = False) -> None:
        """An error PowerShell reports and parses on after (a semantic error)."""
        self.errors.append(ParseError(error_id, message(error_id, *args), extent,
                                      incomplete and self.nothing_after(extent.end)))

    def sub_parse(self, start: int, end: int) -> tuple[N.Node, ...]:
        """Parse the statements of a `$( ... )` inside a string."""
        sub = Parser(self.source, start, end, self.soft_errors)
        sub.depth = self.depth + 1
        stmts = sub.statement_list(())
        self.errors.extend(sub.errors)
        self.suspects += sub.suspects
        return tuple(stmts)

    def enter(self, tok: Token) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise ParseAbort(ParseError("ScriptTooComplicated", "The script is too deeply nested to parse.",
                                        tok.extent))

    # -- script and statement lists -----------------------------------------------------------------
    def parse_script(self) -> N.ScriptBlock:
        start = self.tz.pos
        try:
            block = self.script_body((), start)
        except ParseAbort as exc:
            self.errors.append(exc.error)
            block = N.ScriptBlock(extent=Extent(self.source, start, self.tz.end),
                                  end=N.NamedBlock(extent=Extent(self.source, start, self.tz.end), kind="end"))
        tok = self.peek(EXPRESSION) if not self.errors else None
        if tok is not None and tok.kind is not T.EOF:
            self.errors.append(ParseError("UnexpectedToken", f"Unexpected token '{tok.text}' in expression or statement.",
                                          tok.extent))
        # What the tokenizer reported without stopping takes its place among the parse errors, by
        # position; then the checks PowerShell makes on the finished tree.
        for err in sorted(self.soft_errors.values(), key=lambda e: e.extent.start):
            at = next((i for i, e in enumerate(self.errors) if e.extent.end >= err.extent.start), len(self.errors))
            self.errors.insert(at, err)
        if self.suspects:
            self.errors.extend(semantic_errors(block))
        return block

    def statement_list(self, closers: tuple[T, ...]) -> list[N.Node]:
        stmts: list[N.Node] = []
        while True:
            self.skip_separators()
            tok = self.peek(COMMAND)
            if tok.kind is T.EOF or tok.kind in closers:
                return stmts
            if tok.kind in (T.RCURLY, T.RPAREN) and not closers:
                raise ParseAbort(ParseError("UnexpectedToken",
                                            f"Unexpected token '{tok.text}' in expression or statement.", tok.extent))
            try:
                stmt = self.statement()
            except ParseAbort as exc:
                if exc.error.incomplete or closers:
                    raise
                self.errors.append(exc.error)
                self.recover()
                continue
            stmts.append(stmt)
            if isinstance(stmt, _BLOCK_STATEMENTS):
                continue        # a statement that ends with its block needs no separator before the next
            tok = self._seen_expression.get(self.tz.pos) or self.peek(EXPRESSION)
            if tok.kind not in (T.NEWLINE, T.SEMI, T.EOF) and tok.kind not in closers:
                err = ParseError("UnexpectedToken", f"Unexpected token '{tok.text}' in expression or statement.",
                                 tok.extent)
                if closers:
                    raise ParseAbort(err)
                self.errors.append(err)
                self.recover()

    def recover(self) -> None:
        """After an error at the top level, skip to the next line or ';'."""
        self.forget_peek()
        text = self.tz.text
        while self.tz.pos < self.tz.end and text[self.tz.pos] not in "\n;":
            self.tz.pos += 1

    # -- statements ---------------------------------------------------------------------------------
    def statement(self, in_paren: bool = False, in_hash: bool = False) -> N.Node:
        tok = self.peek(COMMAND)
        if tok.kind is T.GENERIC and isinstance(tok.value, str):
            word = tok.value.lower()
            if word in KEYWORDS:
                stmt = self.keyword_statement(word, tok)
                if stmt is not None:
                    return stmt
            elif word.startswith(":") and len(word) > 1:
                return self.labelled_statement(tok)
            elif word.startswith("[") and self.attributed_type_ahead(tok):
                return self.attributed_type_definition()
        return self.pipeline_statement()

    def starts_expression(self, tok: Token) -> bool:
        if tok.kind in _EXPR_START:
            return True
        text = self.tz.text
        first = text[tok.extent.start] if tok.extent.start < len(text) else ""
        if tok.kind is T.COMMA:
            return True
        if tok.kind is T.GENERIC:
            if first.isdigit() or (first in DASHES + "." and tok.extent.end > tok.extent.start + 1 and
                                   (text[tok.extent.start + 1].isdigit() or text[tok.extent.start + 1] == ".")):
                # In command mode a number must end at a blank; read again as an expression, 5+3 is a
                # sum while 555Write-Host (no number at all) names a command.
                return self.peek(EXPRESSION).kind in (T.NUMBER, T.OPERATOR)
            if first in "[!":
                return True
            if first in DASHES + "+" and tok.extent.end > tok.extent.start + 1 \
                    and text[tok.extent.start + 1] in "$(@[":
                return True
            if first in DASHES + "+" and text[tok.extent.start + 1:tok.extent.start + 2] in DASHES + "+" \
                    and text[tok.extent.start + 2:tok.extent.start + 3] == "$":
                return True
        if tok.kind is T.PARAMETER and tok.value.name.lower() in ("not", "bnot", "split", "join") \
                and not tok.value.colon:
            return True
        if tok.kind is T.OPERATOR and tok.value in ("++", "--"):
            return True
        return False

    def pipeline_statement(self) -> N.Node:
        """A pipeline, an assignment, or pipelines joined by && and || (PowerShell 7's chains)."""
        chain = self.pipeline()
        if isinstance(chain, N.Assignment):
            return chain        # its value, a statement, took any chain that follows
        while True:
            op = self._seen_expression.get(self.tz.pos) or self.peek(EXPRESSION)
            if not (op.kind is T.OPERATOR and op.value in ("&&", "||")):
                return chain
            self.next(EXPRESSION)
            self.skip_newlines()
            nxt = self.peek(COMMAND)
            if nxt.kind in _NO_PIPELINE:
                if nxt.kind is T.EOF:
                    raise self.fail("EmptyPipelineChainElement", self.after(op), op.value)
                raise self.fail("EmptyPipelineChainElement", op.extent.to(nxt.extent), op.value, complete=True)
            right = self.pipeline()
            chain = N.PipelineChain(extent=chain.extent.to(right.extent), left=chain, operator=op.value, right=right,
                                    operator_extent=op.extent)

    def pipeline(self) -> N.Node:
        first_tok = self.peek(COMMAND)
        elements: list[N.Node] = []
        if first_tok.kind is T.PIPE:
            raise self.fail("EmptyPipeElement", first_tok.extent, complete=True)
        if self.starts_expression(first_tok):
            expr = self.expression()
            op = self._seen_expression.get(self.tz.pos) or self.peek(EXPRESSION)
            if op.kind is T.OPERATOR and op.value in ASSIGNMENT_OPERATORS:
                self.next(EXPRESSION)
                self.skip_newlines()
                nxt = self.peek(COMMAND)
                if nxt.kind in _NO_PIPELINE:
                    raise self.fail("ExpectedValueExpression", self.after(op), op.text)
                value = self.statement()
                return self.checked(N.Assignment(extent=expr.extent.to(value.extent), target=expr, operator=op.value,
                                                 value=value, operator_extent=op.extent))
            redirs = self.redirections() if op.kind is T.REDIRECTION else []
            end = redirs[-1].extent if redirs else expr.extent
            elements.append(N.CommandExpression(extent=expr.extent.to(end), expression=expr,
                                                redirections=tuple(redirs)))
        else:
            elements.append(self.command())
        while (self._seen_expression.get(self.tz.pos) or self.peek(EXPRESSION)).kind is T.PIPE:
            pipe = self.next(EXPRESSION)
            self.skip_newlines()
            nxt = self.peek(COMMAND)
            if nxt.kind in _COMMAND_END or (nxt.kind is T.OPERATOR and nxt.value in ("&&", "||")):
                raise self.fail("EmptyPipeElement", self.after(pipe))
            if self.starts_expression(nxt) and nxt.kind is not T.LCURLY:
                expr = self.expression()
                raise self.fail("ExpressionsMustBeFirstInPipeline", expr.extent, complete=True)
            elements.append(self.command())
        return N.Pipeline(extent=elements[0].extent.to(elements[-1].extent), elements=tuple(elements))

    def redirections(self) -> list[N.Redirection]:
        out: list[N.Redirection] = []
        while self.peek(EXPRESSION).kind is T.REDIRECTION:
            out.append(self.redirection())
        return out

    def redirection(self) -> N.Redirection:
        tok = self.next(COMMAND)
        stream, merge, append = tok.value
        if merge is not None:
            return N.Redirection(extent=tok.extent, stream=stream, merge_to=merge)
        nxt = self.peek(COMMAND)
        if nxt.kind in _COMMAND_END:
            raise ParseAbort(ParseError("MissingFileSpecification", "Missing file specification after redirection operator.",
                                        tok.extent, nxt.kind is T.EOF))
        target = self.command_argument()
        return N.Redirection(extent=tok.extent.to(target.extent), stream=stream, target=target, append=append)

    # -- commands -----------------------------------------------------------------------------------
    def command(self) -> N.Command:
        first = self.peek(COMMAND)
        invocation = ""
        if first.kind is T.AMP or (first.kind is T.GENERIC and first.value == "." and
                                   self.tz.text[first.extent.end:first.extent.end + 1] in (" ", "\t", "'", '"', "$", "{", "(")):
            self.next(COMMAND)
            invocation = "&" if first.kind is T.AMP else "."
        elements: list[N.Node] = []
        redirs: list[N.Redirection] = []
        name_tok = self.peek(COMMAND)
        if name_tok.kind in _COMMAND_END or name_tok.kind is T.COMMA:
            raise self.fail("MissingExpression", first.extent, first.text, complete=True)
        if name_tok.kind is T.GENERIC:
            self.next(COMMAND)
            elements.append(self.word(name_tok))
        elif name_tok.kind is T.PARAMETER:
            self.next(COMMAND)
            elements.append(N.StringConstant(extent=name_tok.extent, value=name_tok.text, bare=True))
        elif name_tok.kind is T.NUMBER or name_tok.kind is T.REDIRECTION:
            # A redirection where the name goes (`1>>variable:a`, `2>&1` alone) names a command, as
            # PowerShell has allowed since version 3.
            self.next(COMMAND)
            elements.append(N.StringConstant(extent=name_tok.extent, value=name_tok.text, bare=True))
        else:
            elements.append(self.command_argument())
        while True:
            tok = self._seen_command.get(self.tz.pos) or self.peek(COMMAND)
            kind = tok.kind
            if kind in _COMMAND_END or (kind is T.OPERATOR and tok.value in ("&&", "||")):
                break
            if kind is T.COMMA:
                raise self.fail("MissingArgument", tok.extent, complete=True)
            if kind is T.AMP:
                raise ParseAbort(ParseError("AmpersandNotAllowed",
                                            "The ampersand (&) character is not allowed. The & operator is reserved "
                                            "for future use; wrap an ampersand in double quotation marks (\"&\") to "
                                            "pass it as part of a string.", tok.extent))
            if kind is T.REDIRECTION:
                redirs.append(self.redirection())
                continue
            if kind is T.PARAMETER:
                self.next(COMMAND)
                p = tok.value
                if p.colon:
                    nxt = self.peek(COMMAND)
                    if nxt.kind is T.COMMA:
                        raise self.fail("MissingArgument", nxt.extent, complete=True)
                    if nxt.kind in _COMMAND_END or nxt.kind in (T.AMP, T.REDIRECTION) or \
                            (nxt.kind is T.OPERATOR and nxt.value in ("&&", "||")):
                        raise self.fail("ParameterRequiresArgument", self.after(tok), tok.text, complete=True)
                    arg = self.command_argument()
                    elements.append(N.CommandParameter(extent=tok.extent.to(arg.extent), name=p.name, argument=arg,
                                                       colon=True))
                else:
                    elements.append(N.CommandParameter(extent=tok.extent, name=p.name))
                continue
            elements.append(self.command_argument())
        last = redirs[-1].extent if redirs else elements[-1].extent
        start = first.extent if invocation else elements[0].extent
        return N.Command(extent=start.to(last), elements=tuple(elements), invocation=invocation,
                         redirections=tuple(redirs))

    def word(self, tok: Token) -> N.Node:
        if isinstance(tok.value, list):
            return self.expandable(tok, bare=True)
        return N.StringConstant(extent=tok.extent, value=tok.value, bare=True)

    def command_argument(self) -> N.Node:
        first = self.argument_value()
        if self.peek(COMMAND).kind is not T.COMMA:
            return first
        items = [first]
        while self.peek(COMMAND).kind is T.COMMA:
            comma = self.next(COMMAND)
            self.skip_newlines()
            nxt = self.peek(COMMAND)
            if nxt.kind in _COMMAND_END or nxt.kind in (T.COMMA, T.AMP, T.REDIRECTION) or \
                    (nxt.kind is T.OPERATOR and nxt.value in ("&&", "||")):
                raise self.fail("MissingExpression", self.after(comma), ",")
            items.append(self.argument_value())
        return N.ArrayLiteral(extent=items[0].extent.to(items[-1].extent), elements=tuple(items))

    def argument_value(self) -> N.Node:
        tok = self.peek(COMMAND)
        if tok.kind is T.VARIABLE and self.tz.variable_runs_on(tok):
            # $dir\file.txt, $a-b: a variable that runs on into more text is one bare word, as
            # PowerShell's ScanVariable rescans it as a generic token in command mode.
            tok = self.tz.generic_at(tok.extent.start)
            self.tz.pos = self.last_end = tok.extent.end
            return self.word(tok)
        if tok.kind is T.GENERIC:
            self.next(COMMAND)
            return self.word(tok)
        if tok.kind is T.NUMBER:
            self.next(COMMAND)
            return self.postfix(N.Constant(extent=tok.extent, value=tok.value))
        if tok.kind is T.PARAMETER:
            self.next(COMMAND)
            return N.StringConstant(extent=tok.extent, value=tok.text, bare=True)
        if tok.kind in _EXPR_START:
            return self.postfix(self.primary())
        raise ParseAbort(ParseError("UnexpectedToken", f"Unexpected token '{tok.text}' in expression or statement.",
                                    tok.extent, tok.kind is T.EOF))


def parse(text: str, name: str = "") -> N.ParseResult:
    """Parse a whole script. Never raises, except RecursionError when it is called with the stack
    already nearly used up (Invoke-Expression deep inside a runaway recursion): that is the caller's
    call depth overflow, not a script too deeply nested to parse."""
    source = SourceText(text, name)
    parser = Parser(source)
    try:
        tree = parser.parse_script()
    except RecursionError:
        if _stack_depth() > sys.getrecursionlimit() // 2:
            raise
        parser.errors.append(ParseError("ScriptTooComplicated", "The script is too deeply nested to parse.",
                                        Extent(source, 0, min(len(text), 1))))
        tree = N.ScriptBlock(extent=Extent(source, 0, len(text)))
    return N.ParseResult(tree=tree, errors=parser.errors)


def _stack_depth() -> int:
    frame, depth = sys._getframe(), 0
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth
