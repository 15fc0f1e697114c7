"""Parsing of script blocks, param blocks, attributes, functions, data sections and flow statements
(break, return, throw ...), and the dispatch of keyword statements (mixed into Parser; the control
statements are in control.py).

Each rule follows PowerShell's own (Parser.cs): the same error id, blamed at the same place, usually
just after the last thing that was there (`self.after(...)`), and marked incomplete when nothing but
blanks follows, so the REPL asks for another line.
"""
from __future__ import annotations

from pyshell.language import nodes as N
from pyshell.language.diagnostics import ParseAbort, ParseError
from pyshell.language.source import Extent
from pyshell.language.tokenizer import COMMAND, EXPRESSION
from pyshell.language.tokens import T, Token

_LOOP_KEYWORDS = ("foreach", "for", "while", "do", "switch")
_NAMED_BLOCKS = ("begin", "process", "end", "dynamicparam")
# Tokens that end a statement before a pipeline starts: PowerShell's PipelineRule finds nothing there.
_NO_PIPELINE = (T.SEMI, T.NEWLINE, T.RPAREN, T.RCURLY, T.EOF)
# Tokens that cannot be a command argument (GetSingleCommandArgument finds nothing).
_NO_ARGUMENT = (T.PIPE, T.RCURLY, T.RPAREN, T.EOF, T.NEWLINE, T.SEMI, T.REDIRECTION, T.AMP, T.COMMA)


def _word(tok: Token) -> str:
    """The lower-cased text of a bare word (keywords are bare words), else ""."""
    return tok.value.lower() if tok.kind is T.GENERIC and isinstance(tok.value, str) else ""


class StatementParser:
    """Mixed into the Parser."""

    # -- script blocks ----------------------------------------------------------------------------
    def script_body(self, closers: tuple[T, ...], start: int) -> N.ScriptBlock:
        self.skip_separators()
        if not closers:
            self.using_statements()
        param_block = self.maybe_param_block()
        self.skip_separators()
        tok = self.peek(COMMAND)
        blocks: dict[str, N.NamedBlock] = {}
        if _word(tok) in _NAMED_BLOCKS:
            # begin/process/end/dynamicparam first: the body is a list of named blocks.
            while True:
                self.skip_separators()
                tok = self.peek(COMMAND)
                kind = _word(tok)
                if kind not in _NAMED_BLOCKS:
                    if tok.kind is T.EOF or tok.kind in closers:
                        break
                    raise self.fail("UnexpectedToken", tok.extent, tok.text, complete=True)
                self.next(COMMAND)
                body = self.block_or_none()
                if body is None:
                    # PowerShell reports the missing block and reads on: another block may follow.
                    self.report("MissingNamedStatementBlock", self.after(tok), kind, incomplete=True)
                    body = N.StatementBlock(extent=tok.extent)
                if kind in blocks:
                    self.report("DuplicateScriptCommandClause", tok.extent.to(body.extent), kind)
                    continue
                blocks[kind] = N.NamedBlock(extent=tok.extent.to(body.extent), kind=kind, statements=body.statements)
        else:
            stmts = self.statement_list(closers)
            ext = Extent(self.source, start, self.last_end)
            blocks["end"] = N.NamedBlock(extent=ext, kind="end", statements=tuple(stmts))
        ext = Extent(self.source, start, self.last_end)
        return N.ScriptBlock(extent=ext, param_block=param_block, begin=blocks.get("begin"),
                             process=blocks.get("process"), end=blocks.get("end"),
                             namespaces=self.namespaces if not closers else ())

    def peek_after_word_is_curly(self, tok: Token) -> bool:
        text = self.tz.text
        i = tok.extent.end
        while i < self.tz.end and text[i] in " \t\r\n":
            i += 1
        return i < self.tz.end and text[i] == "{"

    def script_block_body(self, open_tok: Token) -> N.ScriptBlock:
        """After `{`: the body up to the matching `}` (consumed)."""
        self.enter(open_tok)
        try:
            body = self.script_body((T.RCURLY,), open_tok.extent.end)
        finally:
            self.depth -= 1
        tok = self.peek(EXPRESSION)
        if tok.kind is not T.RCURLY:
            if tok.kind is T.EOF:
                raise self.fail("MissingEndCurlyBrace", open_tok.extent, detected=tok.extent)
            raise self.fail("UnexpectedToken", tok.extent, tok.text, complete=True)
        close = self.next(EXPRESSION)
        return N.ScriptBlock(extent=open_tok.extent.to(close.extent), param_block=body.param_block,
                             begin=body.begin, process=body.process, end=body.end)

    def block_or_none(self) -> N.StatementBlock | None:
        """A `{ ... }` statement block after optional new lines, or None when no `{` comes."""
        self.skip_newlines()
        open_tok = self.peek(EXPRESSION)
        if open_tok.kind is not T.LCURLY:
            return None
        self.next(EXPRESSION)
        self.enter(open_tok)
        try:
            stmts = self.statement_list((T.RCURLY,))
        finally:
            self.depth -= 1
        tok = self.peek(EXPRESSION)
        if tok.kind is not T.RCURLY:
            raise self.fail("MissingEndCurlyBrace", open_tok.extent, detected=tok.extent)
        close = self.next(EXPRESSION)
        return N.StatementBlock(extent=open_tok.extent.to(close.extent), statements=tuple(stmts))

    def pipeline_or_none(self) -> N.Node | None:
        """The pipeline (or statement) that may stand here, or None when the next token ends it."""
        if self.peek(COMMAND).kind in _NO_PIPELINE:
            return None
        return self.statement()

    def argument_or_none(self) -> N.Node | None:
        """One command argument (a bare word or a primary expression), as after `switch -file`, for a
        switch clause's condition or a data section's command name; None when none stands here."""
        tok = self.peek(COMMAND)
        if tok.kind in _NO_ARGUMENT or (tok.kind is T.OPERATOR and tok.value in ("&&", "||")):
            return None
        return self.argument_value()

    # -- param blocks and attributes -------------------------------------------------------------
    def maybe_param_block(self) -> N.ParamBlock | None:
        save = start = self.tz.pos
        tok = self.peek(COMMAND)
        attrs: list[N.Attribute] = []
        if tok.kind is T.GENERIC and self.tz.text[tok.extent.start] == "[":
            try:
                self.forget_peek()
                attrs = [a for a in self.attributes() if isinstance(a, N.Attribute)]
                self.skip_newlines()
                tok = self.peek(COMMAND)
            except ParseAbort:
                tok = None
            if tok is None or _word(tok) != "param":
                self.tz.pos = save
                self.forget_peek()
                return None
        if _word(tok) != "param":
            return None
        self.next(COMMAND)
        self.skip_newlines()
        open_tok = self.peek(EXPRESSION)
        if open_tok.kind is not T.LPAREN:
            # Not a param block: a command named param.
            self.tz.pos = start
            self.forget_peek()
            return None
        self.next(EXPRESSION)
        params = self.parameter_list(open_tok)
        return self.checked(N.ParamBlock(extent=tok.extent.to(Extent(self.source, self.last_end - 1, self.last_end)),
                                         parameters=tuple(params), attributes=tuple(attrs)))

    def parameter_list(self, open_tok: Token) -> list[N.ParameterDecl]:
        """Parameters after `(`, up to and including the closing `)`."""
        params: list[N.ParameterDecl] = []
        comma: Token | None = None
        while True:
            param = self.parameter_or_none()
            if param is None:
                if comma is not None:
                    raise self.fail("MissingExpressionAfterToken", self.after(comma), ",")
                break
            params.append(param)
            self.skip_newlines(EXPRESSION)
            if self.peek(EXPRESSION).kind is not T.COMMA:
                break
            comma = self.next(EXPRESSION)
        self.skip_newlines(EXPRESSION)
        close = self.peek(EXPRESSION)
        if close.kind is not T.RPAREN:
            raise self.fail("MissingEndParenthesisInFunctionParameterList",
                            self.after(params[-1] if params else open_tok))
        self.next(EXPRESSION)
        return params

    def parameter_or_none(self) -> N.ParameterDecl | None:
        self.skip_newlines(EXPRESSION)
        attrs = self.attributes()
        self.skip_newlines(EXPRESSION)
        var = self.peek(EXPRESSION)
        if var.kind is not T.VARIABLE:
            if attrs:
                raise self.fail("InvalidFunctionParameter", self.after(attrs[-1]), detected=var.extent)
            return None
        self.next(EXPRESSION)
        default = None
        self.skip_newlines(EXPRESSION)
        if self.peek(EXPRESSION).is_op("="):
            eq = self.next(EXPRESSION)
            self.skip_newlines(EXPRESSION)
            if not self.starts_operand():
                raise self.fail("MissingExpressionAfterToken", self.after(eq), "=")
            default = self.method_argument()   # a comma ends the default: it separates parameters
        types = [a for a in attrs if isinstance(a, N.TypeConstraint)]
        start = attrs[0].extent if attrs else var.extent
        return N.ParameterDecl(extent=start.to(Extent(self.source, self.last_end, self.last_end)),
                               name=var.value.name, type=types[-1] if types else None, default=default,
                               attributes=tuple(a for a in attrs if isinstance(a, N.Attribute)),
                               name_extent=var.extent, splat=var.value.splat)

    def attributes(self) -> list[N.Node]:
        """`[Name(args)]` attributes and `[type]` constraints, as many as follow."""
        out: list[N.Node] = []
        while True:
            self.skip_newlines(EXPRESSION)
            attr = self.attribute_or_none()
            if attr is None:
                return out
            out.append(attr)

    def attribute_or_none(self) -> N.Node | None:
        """One `[Name(args)]` attribute or `[type]` constraint at the next token, else None."""
        tok = self.peek(EXPRESSION)
        if tok.kind is not T.LBRACKET:
            return None
        text = self.tz.text
        i = tok.extent.end
        while i < self.tz.end and text[i] in " \t":
            i += 1
        j = i
        while j < self.tz.end and (text[j].isalnum() or text[j] in "._`"):
            j += 1
        if j == i or j >= self.tz.end or text[j] != "(":
            return self.type_constraint()
        self.next(EXPRESSION)
        name = text[i:j]
        self.tz.pos = j
        self.forget_peek()
        open_paren = self.next(EXPRESSION)
        positional, named = self.attribute_arguments(open_paren)
        self.skip_newlines(EXPRESSION)
        close = self.peek(EXPRESSION)
        if close.kind is not T.RBRACKET:
            raise self.fail("EndSquareBracketExpectedAtEndOfAttribute", self.after(Extent(self.source, j, self.last_end)),
                            detected=close.extent)
        self.next(EXPRESSION)
        return N.Attribute(extent=tok.extent.to(close.extent), name=name, positional=tuple(positional),
                           named=tuple(named))

    def attribute_arguments(self, open_tok: Token) -> tuple[list[N.Node], list[tuple[str, N.Node | None]]]:
        positional: list[N.Node] = []
        named: list[tuple[str, N.Node | None]] = []
        last: Token | N.Node = open_tok
        seen: set[str] = set()
        while True:
            self.skip_newlines(EXPRESSION)
            tok = self.peek(EXPRESSION)
            if tok.kind is T.RPAREN:
                self.next(EXPRESSION)
                return positional, named
            if tok.kind is T.IDENT:
                self.next(EXPRESSION)
                if tok.value.lower() in seen:
                    self.report("DuplicateNamedArgument", tok.extent, tok.value)
                seen.add(tok.value.lower())
                if self.peek(EXPRESSION).is_op("="):
                    self.next(EXPRESSION)
                    self.skip_newlines(EXPRESSION)
                    value = self.method_argument()
                    named.append((tok.value, value))
                    last = value
                else:
                    named.append((tok.value, None))
                    last = tok
            elif tok.kind is T.EOF:
                raise self.fail("MissingEndParenthesisInExpression", self.after(last), detected=tok.extent)
            else:
                value = self.method_argument()
                positional.append(value)
                last = value
            self.skip_newlines(EXPRESSION)
            sep = self.peek(EXPRESSION)
            if sep.kind is T.COMMA:
                last = self.next(EXPRESSION)
            elif sep.kind is not T.RPAREN:
                raise self.fail("MissingEndParenthesisInExpression", self.after(last), detected=sep.extent)

    # -- keyword statements -------------------------------------------------------------------------
    def keyword_statement(self, word: str, tok: Token, label: str | None = None) -> N.Node | None:
        handler = getattr(self, f"kw_{word}", None)
        if handler is None:
            if word in ("define", "from", "var"):
                self.next(COMMAND)
                raise self.fail("ReservedKeywordNotAllowed", tok.extent, word, complete=True)
            if word == "using":
                # Read it anyway, as PowerShell does, then report where it stands.
                self.next(COMMAND)
                self.using_statement(tok)
                raise self.fail("UsingMustBeAtStartOfScript", Extent(self.source, tok.extent.start, self.last_end),
                                complete=True)
            if word == "configuration":
                raise ParseAbort(ParseError("KeywordNotSupported",
                                            f"The '{word}' keyword is not supported by pyshell.", tok.extent))
            return None
        self.next(COMMAND)
        if word in _LOOP_KEYWORDS:
            return handler(tok, label)
        return handler(tok)

    def using_statements(self) -> None:
        """`using namespace System.Text` lines at the start of a script: the namespaces hold for the
        type names written after them (TypeConstraint.namespaces)."""
        while True:
            tok = self.peek(COMMAND)
            if _word(tok) != "using":
                return
            self.next(COMMAND)
            self.namespaces = self.namespaces + (self.using_statement(tok),)
            self.skip_separators()

    def using_statement(self, using_tok: Token) -> str:
        """The namespace a `using namespace` statement names. pyshell loads no modules or assemblies,
        so `using module` and `using assembly` are refused."""
        directive = self.peek(COMMAND)
        kind = _word(directive)
        if kind not in ("namespace", "module", "assembly", "type", "command"):
            raise self.fail("MissingUsingStatementDirective", self.after(using_tok))
        self.next(COMMAND)
        if kind != "namespace":
            raise ParseAbort(ParseError("KeywordNotSupported",
                                        f"The 'using {kind}' statement is not supported by pyshell.",
                                        using_tok.extent.to(directive.extent)))
        item = self.peek(COMMAND)
        if item.kind in (T.EOF, T.NEWLINE) or not isinstance(item.value, str):
            raise self.fail("MissingUsingItemName", self.after(directive))
        self.next(COMMAND)
        return item.value.strip()

    def labelled_statement(self, tok: Token) -> N.Node:
        self.next(COMMAND)
        label = tok.value[1:]
        self.skip_newlines()
        nxt = self.peek(COMMAND)
        if _word(nxt) in _LOOP_KEYWORDS:
            return self.keyword_statement(_word(nxt), nxt, label)
        return self.pipeline_statement()

    def kw_data(self, tok: Token) -> N.Node:
        self.skip_newlines()
        name_tok = self.peek(COMMAND)
        name = None
        last: Token | N.Node = tok
        if name_tok.kind is T.GENERIC and isinstance(name_tok.value, str) and name_tok.value.replace("_", "a").isalnum():
            self.next(COMMAND)
            name = name_tok.value
            last = name_tok
        self.skip_newlines()
        commands: list[N.Node] = []
        p = self.peek(COMMAND)
        if p.kind is T.PARAMETER:
            self.next(COMMAND)
            # Only -SupportedCommand is allowed; after another name the command list is still read, and
            # then the statement ends with that error.
            bad = None
            if not (p.value.name and "supportedcommand".startswith(p.value.name.lower())):
                bad = self.error("InvalidParameterForDataSectionStatement", p.extent, p.value.name, complete=True)
            after: Token = p
            while True:
                self.skip_newlines()
                cmd = self.argument_or_none()
                if cmd is None:
                    if bad is not None:
                        raise ParseAbort(bad)
                    raise self.fail("MissingValueForSupportedCommandInDataSectionStatement", self.after(after))
                commands.append(cmd)
                last = cmd
                if self.peek(COMMAND).kind is not T.COMMA:
                    break
                after = self.next(COMMAND)
            if bad is not None:
                raise ParseAbort(bad)
        body = self.block_or_none()
        if body is None:
            raise self.fail("MissingStatementBlockForDataSection", self.after(last))
        return self.checked(N.DataStatement(extent=tok.extent.to(body.extent), name=name, commands=tuple(commands),
                                            body=body))

    def kw_function(self, tok: Token, is_filter: bool = False) -> N.Node:
        self.skip_newlines()
        name_tok = self.peek(COMMAND)
        if name_tok.kind not in (T.GENERIC, T.PARAMETER, T.NUMBER):
            raise self.fail("MissingNameAfterKeyword", self.after(tok), tok.text)
        self.next(COMMAND)
        name = name_tok.text
        params = None
        self.skip_newlines()
        nxt = self.peek(EXPRESSION)
        last: Token = name_tok
        if nxt.kind is T.LPAREN:
            self.next(EXPRESSION)
            decls = self.parameter_list(nxt)
            params = self.checked(N.ParamBlock(extent=nxt.extent.to(Extent(self.source, self.last_end - 1,
                                                                            self.last_end)),
                                               parameters=tuple(decls)))
            self.skip_newlines()
            last = Token(T.RPAREN, ")", Extent(self.source, self.last_end - 1, self.last_end))
            nxt = self.peek(EXPRESSION)
        if nxt.kind is not T.LCURLY:
            raise self.fail("MissingFunctionBody", self.after(last))
        self.next(EXPRESSION)
        body = self.script_block_body(nxt)
        if params is not None:
            if body.param_block is not None:
                raise self.fail("OnlyOneParameterListAllowed", body.param_block.extent, complete=True)
            body = N.ScriptBlock(extent=body.extent, param_block=params, begin=body.begin, process=body.process,
                                 end=body.end)
        if is_filter and body.process is None and body.begin is None:
            body = N.ScriptBlock(extent=body.extent, param_block=body.param_block,
                                 process=body.end, end=None, is_filter=True)
        return N.FunctionDefinition(extent=tok.extent.to(body.extent), name=name, body=body, is_filter=is_filter,
                                    name_extent=name_tok.extent)

    def kw_filter(self, tok: Token) -> N.Node:
        return self.kw_function(tok, is_filter=True)

    def flow(self, tok: Token, kind: str) -> N.Node:
        nxt = self.peek(COMMAND)
        value = None
        if nxt.kind not in (T.NEWLINE, T.SEMI, T.RCURLY, T.RPAREN, T.EOF, T.PIPE):
            if kind in ("break", "continue"):
                if nxt.kind is T.GENERIC:
                    self.next(COMMAND)
                    value = N.StringConstant(extent=nxt.extent, value=nxt.value if isinstance(nxt.value, str) else nxt.text)
                else:
                    value = self.expression()
            else:
                value = self.statement()
        end = value.extent if value is not None else tok.extent
        return N.FlowStatement(extent=tok.extent.to(end), kind=kind, value=value)

    def kw_break(self, tok: Token) -> N.Node:
        return self.flow(tok, "break")

    def kw_continue(self, tok: Token) -> N.Node:
        return self.flow(tok, "continue")

    def kw_return(self, tok: Token) -> N.Node:
        return self.flow(tok, "return")

    def kw_exit(self, tok: Token) -> N.Node:
        return self.flow(tok, "exit")

    def kw_throw(self, tok: Token) -> N.Node:
        return self.flow(tok, "throw")
