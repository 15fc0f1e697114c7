"""Parsing of keyword statements, script blocks, param blocks and attributes (mixed into Parser)."""
from __future__ import annotations

from pyshell.language import nodes as N
from pyshell.language.diagnostics import ParseAbort, ParseError
from pyshell.language.source import Extent
from pyshell.language.tokenizer import COMMAND, EXPRESSION
from pyshell.language.tokens import T, Token

_LOOP_KEYWORDS = ("foreach", "for", "while", "do", "switch")
_NAMED_BLOCKS = ("begin", "process", "end", "dynamicparam")
_SWITCH_FLAGS = {"regex": "regex", "wildcard": "wildcard", "exact": "exact", "casesensitive": "casesensitive",
                 "file": "file", "parallel": "parallel"}


def _missing_curly(opener: Token) -> ParseError:
    return ParseError("MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.",
                      opener.extent, True)


class StatementParser:
    """Mixed into the Parser."""

    # -- script blocks ----------------------------------------------------------------------------
    def script_body(self, closers: tuple[T, ...], start: int) -> N.ScriptBlock:
        self.skip_separators()
        param_block = self.maybe_param_block()
        self.skip_separators()
        tok = self.peek(COMMAND)
        blocks: dict[str, N.NamedBlock] = {}
        if tok.kind is T.GENERIC and isinstance(tok.value, str) and tok.value.lower() in _NAMED_BLOCKS \
                and self.peek_after_word_is_curly(tok):
            while True:
                self.skip_separators()
                tok = self.peek(COMMAND)
                if tok.kind is T.EOF or tok.kind in closers:
                    break
                if not (tok.kind is T.GENERIC and isinstance(tok.value, str) and tok.value.lower() in _NAMED_BLOCKS):
                    raise ParseAbort(ParseError("UnexpectedToken",
                                                f"Unexpected token '{tok.text}' in expression or statement.", tok.extent))
                self.next(COMMAND)
                kind = tok.value.lower()
                body = self.statement_block()
                blocks[kind] = N.NamedBlock(extent=tok.extent.to(body.extent), kind=kind, statements=body.statements)
        else:
            stmts = self.statement_list(closers)
            ext = Extent(self.source, start, self.last_end)
            blocks["end"] = N.NamedBlock(extent=ext, kind="end", statements=tuple(stmts))
        ext = Extent(self.source, start, self.last_end)
        return N.ScriptBlock(extent=ext, param_block=param_block, begin=blocks.get("begin"),
                             process=blocks.get("process"), end=blocks.get("end"))

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
        except ParseAbort as exc:
            if exc.error.error_id == "UnexpectedToken" or exc.error.incomplete:
                raise
            raise
        finally:
            self.depth -= 1
        tok = self.peek(EXPRESSION)
        if tok.kind is not T.RCURLY:
            raise ParseAbort(_missing_curly(open_tok) if tok.kind is T.EOF else
                             ParseError("UnexpectedToken", f"Unexpected token '{tok.text}' in expression or statement.",
                                        tok.extent))
        close = self.next(EXPRESSION)
        return N.ScriptBlock(extent=open_tok.extent.to(close.extent), param_block=body.param_block,
                             begin=body.begin, process=body.process, end=body.end)

    def statement_block(self) -> N.StatementBlock:
        self.skip_newlines()
        open_tok = self.peek(EXPRESSION)
        if open_tok.kind is not T.LCURLY:
            raise ParseAbort(ParseError("MissingStatementBlock", "Missing statement block.",
                                        open_tok.extent if open_tok.kind is not T.EOF
                                        else Extent(self.source, self.last_end, self.last_end),
                                        open_tok.kind is T.EOF))
        self.next(EXPRESSION)
        self.enter(open_tok)
        try:
            stmts = self.statement_list((T.RCURLY,))
        finally:
            self.depth -= 1
        tok = self.peek(EXPRESSION)
        if tok.kind is not T.RCURLY:
            raise ParseAbort(_missing_curly(open_tok))
        close = self.next(EXPRESSION)
        return N.StatementBlock(extent=open_tok.extent.to(close.extent), statements=tuple(stmts))

    # -- param blocks and attributes -------------------------------------------------------------
    def maybe_param_block(self) -> N.ParamBlock | None:
        save = self.tz.pos
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
            if tok is None or not (tok.kind is T.GENERIC and isinstance(tok.value, str) and tok.value.lower() == "param"):
                self.tz.pos = save
                self.forget_peek()
                return None
        if tok.kind is T.GENERIC and isinstance(tok.value, str) and tok.value.lower() == "param":
            self.next(COMMAND)
            open_tok = self.peek(EXPRESSION)
            if open_tok.kind is not T.LPAREN:
                raise ParseAbort(ParseError("MissingOpenParenthesisInFunctionParameterList",
                                            "Missing '(' in the param block.", open_tok.extent, open_tok.kind is T.EOF))
            self.next(EXPRESSION)
            params = self.parameter_list(open_tok)
            return N.ParamBlock(extent=tok.extent.to(Extent(self.source, self.last_end - 1, self.last_end)),
                                parameters=tuple(params), attributes=tuple(attrs))
        return None

    def parameter_list(self, open_tok: Token) -> list[N.ParameterDecl]:
        """Parameters up to and including the closing `)`."""
        params: list[N.ParameterDecl] = []
        while True:
            self.skip_newlines()
            tok = self.peek(EXPRESSION)
            if tok.kind is T.RPAREN:
                self.next(EXPRESSION)
                return params
            if tok.kind is T.EOF:
                raise ParseAbort(ParseError("MissingEndParenthesisInFunctionParameterList",
                                            "Missing ')' in function parameter list.", open_tok.extent, True))
            attrs = self.attributes()
            self.skip_newlines()
            var = self.next(EXPRESSION)
            if var.kind is not T.VARIABLE:
                raise ParseAbort(ParseError("InvalidFunctionParameter" if var.kind is not T.EOF else "MissingEndParenthesisInFunctionParameterList",
                                            "Parameter declarations are a comma-separated list of variable names "
                                            "with optional initializer expressions.", var.extent, var.kind is T.EOF))
            default = None
            self.skip_newlines()
            if self.peek(EXPRESSION).is_op("="):
                self.next(EXPRESSION)
                self.skip_newlines()
                default = self.method_argument()   # a comma ends the default: it separates parameters
            types = [a for a in attrs if isinstance(a, N.TypeConstraint)]
            start = attrs[0].extent if attrs else var.extent
            params.append(N.ParameterDecl(extent=start.to(Extent(self.source, self.last_end, self.last_end)),
                                          name=var.value.name, type=types[-1] if types else None, default=default,
                                          attributes=tuple(a for a in attrs if isinstance(a, N.Attribute))))
            self.skip_newlines()
            sep = self.peek(EXPRESSION)
            if sep.kind is T.COMMA:
                self.next(EXPRESSION)
            elif sep.kind is not T.RPAREN:
                raise ParseAbort(ParseError("MissingEndParenthesisInFunctionParameterList",
                                            "Missing ')' in function parameter list.", sep.extent, sep.kind is T.EOF))

    def attributes(self) -> list[N.Node]:
        """`[Name(args)]` attributes and `[type]` constraints, as many as follow."""
        out: list[N.Node] = []
        while True:
            self.skip_newlines()
            tok = self.peek(EXPRESSION)
            if tok.kind is not T.LBRACKET:
                return out
            text = self.tz.text
            i = tok.extent.end
            j = i
            while j < self.tz.end and (text[j].isalnum() or text[j] in "._"):
                j += 1
            if j < self.tz.end and text[j] == "(":
                self.next(EXPRESSION)
                name = text[i:j]
                self.tz.pos = j
                self.forget_peek()
                open_paren = self.next(EXPRESSION)
                positional, named = self.attribute_arguments(open_paren)
                close = self.expect(T.RBRACKET, "EndSquareBracketExpectedAtEndOfAttribute",
                                    "Missing ] at end of attribute or type literal.", tok)
                out.append(N.Attribute(extent=tok.extent.to(close.extent), name=name, positional=tuple(positional),
                                       named=tuple(named)))
            else:
                out.append(self.type_constraint())

    def attribute_arguments(self, open_tok: Token) -> tuple[list[N.Node], list[tuple[str, N.Node | None]]]:
        positional: list[N.Node] = []
        named: list[tuple[str, N.Node | None]] = []
        while True:
            self.skip_newlines()
            tok = self.peek(EXPRESSION)
            if tok.kind is T.RPAREN:
                self.next(EXPRESSION)
                return positional, named
            if tok.kind is T.IDENT:
                self.next(EXPRESSION)
                if self.peek(EXPRESSION).is_op("="):
                    self.next(EXPRESSION)
                    self.skip_newlines()
                    named.append((tok.value, self.method_argument()))
                else:
                    named.append((tok.value, None))
            else:
                positional.append(self.method_argument())
            self.skip_newlines()
            sep = self.peek(EXPRESSION)
            if sep.kind is T.COMMA:
                self.next(EXPRESSION)
            elif sep.kind is not T.RPAREN:
                raise ParseAbort(ParseError("MissingEndParenthesisInExpression", "Missing closing ')' in expression.",
                                            sep.extent if sep.kind is not T.EOF else open_tok.extent,
                                            sep.kind is T.EOF))

    # -- keyword statements -------------------------------------------------------------------------
    def keyword_statement(self, word: str, tok: Token, label: str | None = None) -> N.Node | None:
        handler = getattr(self, f"kw_{word}", None)
        if handler is None:
            if word in ("class", "enum", "using", "data", "define", "from", "var", "configuration"):
                raise ParseAbort(ParseError("KeywordNotSupported",
                                            f"The '{word}' keyword is not supported by pyshell.", tok.extent))
            if word in ("else", "elseif", "catch", "finally", "until", "in", "begin", "process", "end",
                        "dynamicparam", "param"):
                return None
            return None
        self.next(COMMAND)
        if word in _LOOP_KEYWORDS:
            return handler(tok, label)
        return handler(tok)

    def labelled_statement(self, tok: Token) -> N.Node:
        self.next(COMMAND)
        label = tok.value[1:]
        self.skip_newlines()
        nxt = self.peek(COMMAND)
        if nxt.kind is T.GENERIC and isinstance(nxt.value, str) and nxt.value.lower() in _LOOP_KEYWORDS:
            return self.keyword_statement(nxt.value.lower(), nxt, label)
        return self.pipeline_statement()

    def paren_condition(self, keyword: Token) -> N.Node:
        open_tok = self.peek(EXPRESSION)
        if open_tok.kind is not T.LPAREN:
            raise ParseAbort(ParseError(f"MissingOpenParenthesisIn{keyword.text.capitalize()}Statement" if keyword.text.lower() != "elseif" else "MissingOpenParenthesisInIfStatement",
                                        f"Missing '(' after '{keyword.text}' in {keyword.text.lower() if keyword.text.lower() != 'elseif' else 'if'} statement.",
                                        open_tok.extent if open_tok.kind is not T.EOF else keyword.extent,
                                        open_tok.kind is T.EOF))
        self.next(EXPRESSION)
        self.skip_newlines()
        nxt = self.peek(COMMAND)
        if nxt.kind in (T.RPAREN, T.EOF):
            raise ParseAbort(ParseError("IfStatementMissingCondition" if keyword.text.lower() in ("if", "elseif")
                                        else "MissingExpression",
                                        f"Missing condition in {keyword.text.lower()} statement after '{keyword.text} ('.",
                                        nxt.extent, nxt.kind is T.EOF))
        cond = self.statement()
        self.skip_newlines()
        self.expect(T.RPAREN, "MissingEndParenthesisAfterStatement",
                    f"Missing closing ')' after expression in '{keyword.text}' statement.", open_tok)
        return cond

    def kw_if(self, tok: Token) -> N.Node:
        clauses = []
        cond = self.paren_condition(tok)
        body = self.statement_block()
        clauses.append((cond, body))
        else_body = None
        while True:
            save = self.tz.pos
            self.skip_newlines()
            nxt = self.peek(COMMAND)
            word = nxt.value.lower() if nxt.kind is T.GENERIC and isinstance(nxt.value, str) else ""
            if word == "elseif":
                self.next(COMMAND)
                cond = self.paren_condition(nxt)
                clauses.append((cond, self.statement_block()))
            elif word == "else":
                self.next(COMMAND)
                else_body = self.statement_block()
                break
            else:
                self.tz.pos = save
                self.forget_peek()
                break
        end = else_body.extent if else_body else clauses[-1][1].extent
        return N.If(extent=tok.extent.to(end), clauses=tuple(clauses), else_body=else_body)

    def kw_while(self, tok: Token, label: str | None) -> N.Node:
        cond = self.paren_condition(tok)
        body = self.statement_block()
        return N.While(extent=tok.extent.to(body.extent), condition=cond, body=body, label=label)

    def kw_do(self, tok: Token, label: str | None) -> N.Node:
        body = self.statement_block()
        self.skip_newlines()
        nxt = self.next(COMMAND)
        word = nxt.value.lower() if nxt.kind is T.GENERIC and isinstance(nxt.value, str) else ""
        if word not in ("while", "until"):
            raise ParseAbort(ParseError("MissingWhileOrUntilInDoWhile",
                                        "Missing while or until keyword in do loop.", nxt.extent, nxt.kind is T.EOF))
        cond = self.paren_condition(nxt)
        return N.DoLoop(extent=tok.extent.to(Extent(self.source, self.last_end - 1, self.last_end)), body=body,
                        condition=cond, until=word == "until", label=label)

    def kw_for(self, tok: Token, label: str | None) -> N.Node:
        open_tok = self.peek(EXPRESSION)
        if open_tok.kind is not T.LPAREN:
            raise ParseAbort(ParseError("MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'for'.",
                                        open_tok.extent, open_tok.kind is T.EOF))
        self.next(EXPRESSION)
        parts: list[N.Node | None] = []
        for i in range(3):
            self.skip_newlines()
            nxt = self.peek(COMMAND)
            if nxt.kind in (T.SEMI, T.RPAREN):
                parts.append(None)
            else:
                parts.append(self.statement())
            self.skip_newlines()
            sep = self.peek(EXPRESSION)
            if i < 2 and sep.kind is T.SEMI:
                self.next(EXPRESSION)
            elif sep.kind is T.RPAREN:
                parts.extend([None] * (2 - i))
                break
            elif i < 2 and sep.kind is T.NEWLINE:
                continue
        self.expect(T.RPAREN, "MissingEndParenthesisAfterForLoop", "Missing closing ')' after expression in 'for' statement.",
                    open_tok)
        body = self.statement_block()
        return N.For(extent=tok.extent.to(body.extent), init=parts[0], condition=parts[1], step=parts[2], body=body,
                     label=label)

    def kw_foreach(self, tok: Token, label: str | None) -> N.Node:
        while self.peek(COMMAND).kind is T.PARAMETER:
            self.next(COMMAND)
        open_tok = self.peek(EXPRESSION)
        if open_tok.kind is not T.LPAREN:
            raise ParseAbort(ParseError("MissingOpenParenthesisAfterKeyword",
                                        "Missing opening '(' after keyword 'foreach'.", open_tok.extent
                                        if open_tok.kind is not T.EOF else tok.extent, open_tok.kind is T.EOF))
        self.next(EXPRESSION)
        self.skip_newlines()
        var_tok = self.next(EXPRESSION)
        if var_tok.kind is not T.VARIABLE:
            raise ParseAbort(ParseError("MissingVariableNameAfterForeach", "Missing variable name after foreach.",
                                        var_tok.extent, var_tok.kind is T.EOF))
        self.skip_newlines()
        in_tok = self.next(COMMAND)
        if not (in_tok.kind is T.GENERIC and isinstance(in_tok.value, str) and in_tok.value.lower() == "in"):
            raise ParseAbort(ParseError("MissingInInForeach", "Missing 'in' after variable in foreach loop.",
                                        in_tok.extent, in_tok.kind is T.EOF))
        self.skip_newlines()
        iterable = self.statement()
        self.skip_newlines()
        self.expect(T.RPAREN, "MissingEndParenthesisAfterForeach",
                    "Missing closing ')' after expression in 'foreach' statement.", open_tok)
        body = self.statement_block()
        var = N.Variable(extent=var_tok.extent, name=var_tok.value.name, scope=var_tok.value.scope)
        return N.ForEach(extent=tok.extent.to(body.extent), variable=var, iterable=iterable, body=body, label=label)

    def kw_switch(self, tok: Token, label: str | None) -> N.Node:
        flags: list[str] = []
        while self.peek(COMMAND).kind is T.PARAMETER:
            p = self.next(COMMAND)
            name = p.value.name.lower()
            match = [v for k, v in _SWITCH_FLAGS.items() if k.startswith(name)]
            if len(match) != 1:
                raise ParseAbort(ParseError("InvalidSwitchFlag", f"'-{p.value.name}' is not a valid switch flag. "
                                            "Valid flags are: -regex, -wildcard, -exact, -casesensitive, -file.",
                                            p.extent))
            flags.append(match[0])
        open_tok = self.peek(EXPRESSION)
        if open_tok.kind is not T.LPAREN:
            raise ParseAbort(ParseError("PipelineValueRequired", "Missing expression after 'switch'.",
                                        open_tok.extent, open_tok.kind is T.EOF))
        self.next(EXPRESSION)
        self.skip_newlines()
        subject = self.statement()
        self.skip_newlines()
        self.expect(T.RPAREN, "MissingEndParenthesisInSwitchStatement",
                    "Missing closing ')' after expression in 'switch' statement.", open_tok)
        self.skip_newlines()
        body_open = self.peek(EXPRESSION)
        if body_open.kind is not T.LCURLY:
            raise ParseAbort(ParseError("MissingCurlyBraceInSwitchStatement", "Missing '{' in switch statement.",
                                        body_open.extent, body_open.kind is T.EOF))
        self.next(EXPRESSION)
        clauses: list[N.SwitchClause] = []
        while True:
            self.skip_separators()
            ctok = self.peek(COMMAND)
            if ctok.kind is T.RCURLY:
                close = self.next(COMMAND)
                break
            if ctok.kind is T.EOF:
                raise ParseAbort(_missing_curly(body_open))
            if ctok.kind is T.GENERIC and isinstance(ctok.value, str) and ctok.value.lower() == "default" \
                    and self.peek_after_word_is_curly(ctok):
                self.next(COMMAND)
                cond = None
            elif ctok.kind is T.GENERIC:
                self.next(COMMAND)
                cond = self.word(ctok)
            elif ctok.kind is T.LCURLY:
                open_sb = self.next(EXPRESSION)
                body = self.script_block_body(open_sb)
                cond = N.ScriptBlockExpression(extent=body.extent, body=body)
            else:
                cond = self.unary()
            body = self.statement_block()
            clauses.append(N.SwitchClause(extent=(cond.extent if cond else ctok.extent).to(body.extent),
                                          condition=cond, body=body))
        return N.Switch(extent=tok.extent.to(close.extent), subject=subject, clauses=tuple(clauses),
                        flags=tuple(flags), label=label)

    def kw_try(self, tok: Token) -> N.Node:
        body = self.statement_block()
        catches: list[N.CatchClause] = []
        finally_body = None
        while True:
            save = self.tz.pos
            self.skip_newlines()
            nxt = self.peek(COMMAND)
            word = nxt.value.lower() if nxt.kind is T.GENERIC and isinstance(nxt.value, str) else ""
            if word == "catch":
                self.next(COMMAND)
                types: list[N.TypeConstraint] = []
                self.skip_newlines()
                while self.peek(EXPRESSION).kind is T.LBRACKET:
                    types.append(self.type_constraint())
                    self.skip_newlines()
                    if self.peek(EXPRESSION).kind is T.COMMA:
                        self.next(EXPRESSION)
                        self.skip_newlines()
                cbody = self.statement_block()
                catches.append(N.CatchClause(extent=nxt.extent.to(cbody.extent), types=tuple(types), body=cbody))
            elif word == "finally":
                self.next(COMMAND)
                finally_body = self.statement_block()
                break
            else:
                self.tz.pos = save
                self.forget_peek()
                break
        if not catches and finally_body is None:
            raise ParseAbort(ParseError("MissingCatchOrFinally", "The Try statement is missing its Catch or Finally block.",
                                        body.extent, self.peek(EXPRESSION).kind is T.EOF))
        end = finally_body.extent if finally_body else catches[-1].extent
        return N.Try(extent=tok.extent.to(end), body=body, catches=tuple(catches), finally_body=finally_body)

    def kw_trap(self, tok: Token) -> N.Node:
        type_ = self.type_constraint() if self.peek(EXPRESSION).kind is T.LBRACKET else None
        body = self.statement_block()
        return N.Trap(extent=tok.extent.to(body.extent), type=type_, body=body)

    def kw_function(self, tok: Token, is_filter: bool = False) -> N.Node:
        name_tok = self.next(COMMAND)
        if name_tok.kind not in (T.GENERIC, T.PARAMETER, T.NUMBER) or not isinstance(name_tok.value, (str, object)):
            raise ParseAbort(ParseError("MissingNameAfterKeyword", f"Missing name after '{tok.text}' keyword.",
                                        name_tok.extent if name_tok.kind is not T.EOF else tok.extent,
                                        name_tok.kind is T.EOF))
        name = name_tok.text
        params = None
        self.skip_newlines()
        nxt = self.peek(EXPRESSION)
        if nxt.kind is T.LPAREN:
            self.next(EXPRESSION)
            decls = self.parameter_list(nxt)
            params = N.ParamBlock(extent=nxt.extent.to(Extent(self.source, self.last_end - 1, self.last_end)),
                                  parameters=tuple(decls))
            self.skip_newlines()
            nxt = self.peek(EXPRESSION)
        if nxt.kind is not T.LCURLY:
            raise ParseAbort(ParseError("MissingFunctionBody", "Missing function body in function declaration.",
                                        nxt.extent if nxt.kind is not T.EOF else name_tok.extent, nxt.kind is T.EOF))
        self.next(EXPRESSION)
        body = self.script_block_body(nxt)
        if params is not None:
            if body.param_block is not None:
                raise ParseAbort(ParseError("OnlyOneParameterListAllowed",
                                            "A function cannot have both a parameter list and a param block.",
                                            body.param_block.extent))
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
