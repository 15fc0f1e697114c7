"""Parsing of the control statements: if, the loops (while, do, for, foreach), switch, try/catch/finally
and trap (mixed into Parser, next to StatementParser in statements.py, which dispatches to these
`kw_` methods by keyword)."""
from __future__ import annotations

from pyshell.language import nodes as N
from pyshell.language.statements import _word
from pyshell.language.tokenizer import COMMAND, EXPRESSION
from pyshell.language.tokens import T, Token

# In PowerShell's order: a flag is the first of these its name begins (-c is -casesensitive).
_SWITCH_FLAGS = ("regex", "wildcard", "exact", "casesensitive", "parallel", "file")


class ControlStatementParser:
    """Mixed into the Parser."""

    def continuation(self, words: tuple[str, ...]) -> Token | None:
        """The keyword that goes on with a statement (else, catch ...), one of `words`, after any new
        lines: taken. None, with nothing taken or skipped, when another word or token follows."""
        save = self.tz.pos
        self.skip_newlines()
        nxt = self.peek(COMMAND)
        if _word(nxt) in words:
            self.next(COMMAND)
            return nxt
        self.tz.pos = save
        self.forget_peek()
        return None

    def kw_if(self, tok: Token) -> N.Node:
        clauses = []
        else_body = None
        keyword = tok
        while True:
            self.skip_newlines()
            open_tok = self.peek(EXPRESSION)
            if open_tok.kind is not T.LPAREN:
                raise self.fail("MissingOpenParenthesisInIfStatement", self.after(keyword), keyword.text)
            self.next(EXPRESSION)
            self.skip_newlines()
            cond = self.pipeline_or_none()
            if cond is None:
                raise self.fail("IfStatementMissingCondition", self.after(open_tok), keyword.text)
            self.skip_newlines()
            close = self.peek(EXPRESSION)
            if close.kind is not T.RPAREN:
                raise self.fail("MissingEndParenthesisAfterStatement", close.extent, keyword.text)
            self.next(EXPRESSION)
            body = self.block_or_none()
            if body is None:
                raise self.fail("MissingStatementBlock", close.extent, keyword.text, detected=self.after(close))
            clauses.append((cond, body))
            nxt = self.continuation(("elseif", "else"))
            if nxt is None:
                break
            if _word(nxt) == "elseif":
                keyword = nxt
                continue
            else_body = self.block_or_none()
            if else_body is None:
                raise self.fail("MissingStatementBlockAfterElse", self.after(nxt))
            break
        end = else_body.extent if else_body else clauses[-1][1].extent
        return N.If(extent=tok.extent.to(end), clauses=tuple(clauses), else_body=else_body)

    def loop_condition(self, keyword: Token) -> tuple[N.Node, Token]:
        """`( condition )` after while, or after a do loop's while/until; the condition and the `)`."""
        name = keyword.text.lower()
        self.skip_newlines()
        open_tok = self.peek(EXPRESSION)
        if open_tok.kind is not T.LPAREN:
            raise self.fail("MissingOpenParenthesisAfterKeyword", self.after(keyword), name)
        self.next(EXPRESSION)
        self.skip_newlines()
        cond = self.pipeline_or_none()
        if cond is None:
            raise self.fail("MissingExpressionAfterKeyword", self.after(open_tok), name)
        self.skip_newlines()
        close = self.peek(EXPRESSION)
        if close.kind is not T.RPAREN:
            raise self.fail("MissingEndParenthesisAfterStatement", self.after(cond), name)
        return cond, self.next(EXPRESSION)

    def kw_while(self, tok: Token, label: str | None) -> N.Node:
        cond, close = self.loop_condition(tok)
        body = self.block_or_none()
        if body is None:
            raise self.fail("MissingLoopStatement", self.after(close), "while")
        return N.While(extent=tok.extent.to(body.extent), condition=cond, body=body, label=label)

    def kw_do(self, tok: Token, label: str | None) -> N.Node:
        body = self.block_or_none()
        if body is None:
            raise self.fail("MissingLoopStatement", self.after(tok), "do")
        self.skip_newlines()
        nxt = self.peek(COMMAND)
        word = _word(nxt)
        if word not in ("while", "until"):
            raise self.fail("MissingWhileOrUntilInDoWhile", self.after(body))
        self.next(COMMAND)
        cond, close = self.loop_condition(nxt)
        return N.DoLoop(extent=tok.extent.to(close.extent), body=body, condition=cond, until=word == "until",
                        label=label)

    def kw_for(self, tok: Token, label: str | None) -> N.Node:
        self.skip_newlines()
        open_tok = self.peek(EXPRESSION)
        if open_tok.kind is not T.LPAREN:
            raise self.fail("MissingOpenParenthesisAfterKeyword", self.after(tok), "for")
        self.next(EXPRESSION)
        last: Token | N.Node = open_tok
        parts: list[N.Node | None] = []
        for i in range(3):
            self.skip_newlines()
            part = self.pipeline_or_none()
            parts.append(part)
            if part is not None:
                last = part
            if i < 2 and self.peek(EXPRESSION).kind is T.SEMI:
                last = self.next(EXPRESSION)
        self.skip_newlines()
        close = self.peek(EXPRESSION)
        if close.kind is not T.RPAREN:
            raise self.fail("MissingEndParenthesisAfterStatement", self.after(last), "for")
        self.next(EXPRESSION)
        body = self.block_or_none()
        if body is None:
            raise self.fail("MissingLoopStatement", self.after(close), "for")
        return N.For(extent=tok.extent.to(body.extent), init=parts[0], condition=parts[1], step=parts[2], body=body,
                     label=label)

    def kw_foreach(self, tok: Token, label: str | None) -> N.Node:
        self.skip_newlines()
        while self.peek(COMMAND).kind is T.PARAMETER:
            p = self.next(COMMAND)
            name = p.value.name
            if name and "parallel".startswith(name.lower()):
                self.report("ParallelNotSupported", tok.extent.to(p.extent))
            elif name and "throttlelimit".startswith(name.lower()):
                self.skip_newlines()
                if self.argument_or_none() is None:
                    raise self.fail("MissingThrottleLimit", self.after(p))
                self.report("ParallelNotSupported", tok.extent.to(p.extent))
            else:
                self.report("InvalidForeachFlag", p.extent, name)
            self.skip_newlines()
        open_tok = self.peek(EXPRESSION)
        if open_tok.kind is not T.LPAREN:
            raise self.fail("MissingOpenParenthesisAfterKeyword", self.after(tok), "foreach")
        self.next(EXPRESSION)
        self.skip_newlines()
        var_tok = self.peek(EXPRESSION)
        if var_tok.kind is not T.VARIABLE:
            raise self.fail("MissingVariableNameAfterForeach", self.after(open_tok))
        self.next(EXPRESSION)
        var = self.checked(N.Variable(extent=var_tok.extent, name=var_tok.value.name, scope=var_tok.value.scope,
                                      splat=var_tok.value.splat))
        self.skip_newlines()
        in_tok = self.peek(COMMAND)
        if _word(in_tok) != "in":
            raise self.fail("MissingInInForeach", self.after(var_tok))
        self.next(COMMAND)
        self.skip_newlines()
        iterable = self.pipeline_or_none()
        if iterable is None:
            raise self.fail("MissingForeachExpression", self.after(in_tok))
        self.skip_newlines()
        close = self.peek(EXPRESSION)
        if close.kind is not T.RPAREN:
            raise self.fail("MissingEndParenthesisAfterForeach", self.after(iterable))
        self.next(EXPRESSION)
        body = self.block_or_none()
        if body is None:
            raise self.fail("MissingForeachStatement", self.after(close))
        return N.ForEach(extent=tok.extent.to(body.extent), variable=var, iterable=iterable, body=body, label=label)

    def kw_switch(self, tok: Token, label: str | None) -> N.Node:
        start = tok
        last: Token | N.Node = tok
        flags: list[str] = []
        subject: N.Node | None = None
        problem = False         # an error was reported; the statement is kept only to find more
        self.skip_newlines()
        while self.peek(COMMAND).kind is T.PARAMETER:
            p = self.next(COMMAND)
            last = p
            name = p.value.name.lower()
            flag = next((f for f in _SWITCH_FLAGS if f.startswith(name)), None)
            if flag is None:
                self.report("InvalidSwitchFlag", p.extent, p.value.name)
                problem = True
            elif flag == "parallel":
                self.report("ParallelNotSupported", start.extent.to(p.extent))
                problem = True
            elif flag == "file":
                self.skip_newlines()
                name = self.argument_or_none()
                if name is None:
                    raise self.fail("MissingFilenameOption", self.after(p))
                subject = N.Pipeline(extent=name.extent, elements=(N.CommandExpression(extent=name.extent,
                                                                                        expression=name),))
                last = name
            if flag is not None and flag not in flags:
                flags.append(flag)
            if flag in ("regex", "wildcard", "exact"):
                flags = [f for f in flags if f == flag or f not in ("regex", "wildcard", "exact")]
        open_tok = self.peek(EXPRESSION)
        if open_tok.kind is T.LPAREN:
            self.next(EXPRESSION)
            last = open_tok
            if "file" in flags:
                self.report("PipelineValueRequired", open_tok.extent)
                problem = True
            self.skip_newlines()
            subject = self.pipeline_or_none()
            if subject is None:
                raise self.fail("PipelineValueRequired", self.after(open_tok))
            last = subject
            self.skip_newlines()
            close = self.peek(EXPRESSION)
            if close.kind is not T.RPAREN:
                raise self.fail("MissingEndParenthesisInSwitchStatement", self.after(subject))
            last = self.next(EXPRESSION)
        elif subject is None:
            raise self.fail("PipelineValueRequired", self.after(last))
        self.skip_newlines()
        body_open = self.peek(EXPRESSION)
        if body_open.kind is not T.LCURLY:
            raise self.fail("MissingCurlyBraceInSwitchStatement", self.after(last))
        self.next(EXPRESSION)
        last = body_open
        clauses: list[N.SwitchClause] = []
        default_seen = False
        self.skip_newlines()
        while True:
            ctok = self.peek(COMMAND)
            cond = self.argument_or_none()
            if cond is None:
                raise self.fail("MissingSwitchConditionExpression", self.after(last))
            last = cond
            body = self.block_or_none()
            if body is None:
                raise self.fail("MissingSwitchStatementClause", self.after(cond))
            last = body
            is_default = isinstance(cond, N.StringConstant) and cond.bare and cond.value.lower() == "default"
            if is_default:
                if default_seen:
                    self.report("MultipleSwitchDefaultClauses", cond.extent)
                    problem = True
                default_seen = True
            clauses.append(N.SwitchClause(extent=cond.extent.to(body.extent),
                                          condition=None if is_default else cond, body=body))
            self.skip_separators()
            nxt = self.peek(EXPRESSION)
            if nxt.kind is T.RCURLY:
                close = self.next(EXPRESSION)
                break
            if nxt.kind is T.EOF:
                raise self.fail("MissingEndCurlyBrace", body_open.extent, detected=nxt.extent)
            del ctok
        if problem:
            return N.ErrorStatement(extent=start.extent.to(close.extent))
        if default_seen:
            # Only the last default clause counts (PowerShell forgets the earlier ones).
            defaults = [c for c in clauses if c.condition is None]
            clauses = [c for c in clauses if c.condition is not None or c is defaults[-1]]
        return N.Switch(extent=tok.extent.to(close.extent), subject=subject, clauses=tuple(clauses),
                        flags=tuple(flags), label=label)

    def kw_try(self, tok: Token) -> N.Node:
        self.skip_newlines()
        body = self.block_or_none()
        if body is None:
            raise self.fail("MissingTryStatementBlock", self.after(tok))
        catches: list[N.CatchClause] = []
        finally_body = None
        while True:
            nxt = self.continuation(("catch", "finally"))
            if nxt is None:
                break
            if _word(nxt) == "catch":
                catches.append(self.catch_clause(nxt))
                continue
            finally_body = self.block_or_none()
            if finally_body is None:
                raise self.fail("MissingFinallyStatementBlock", self.after(nxt))
            break
        if not catches and finally_body is None:
            raise self.fail("MissingCatchOrFinally", self.after(body))
        end = finally_body.extent if finally_body else catches[-1].extent
        return self.checked(N.Try(extent=tok.extent.to(end), body=body, catches=tuple(catches),
                                  finally_body=finally_body))

    def catch_clause(self, catch_tok: Token) -> N.CatchClause:
        types: list[N.TypeConstraint] = []
        comma: Token | None = None
        while True:
            save = self.tz.pos
            self.skip_newlines()
            attr = self.attribute_or_none() if self.peek(EXPRESSION).kind is T.LBRACKET else None
            if attr is None:
                if comma is not None:
                    raise self.fail("MissingTypeLiteralToken", self.after(comma))
                break
            if not isinstance(attr, N.TypeConstraint):
                # An attribute belongs to whatever follows; the handler block is missing.
                self.tz.pos = save
                self.forget_peek()
                break
            types.append(attr)
            self.skip_newlines()
            if self.peek(EXPRESSION).kind is not T.COMMA:
                break
            comma = self.next(EXPRESSION)
        handler = self.block_or_none()
        if handler is None:
            raise self.fail("MissingCatchHandlerBlock", self.after(types[-1] if types else catch_tok))
        return N.CatchClause(extent=catch_tok.extent.to(handler.extent), types=tuple(types), body=handler)

    def kw_trap(self, tok: Token) -> N.Node:
        save = self.tz.pos
        self.skip_newlines()
        type_ = None
        if self.peek(EXPRESSION).kind is T.LBRACKET:
            attr = self.attribute_or_none()
            if isinstance(attr, N.TypeConstraint):
                type_ = attr
            else:
                self.tz.pos = save
                self.forget_peek()
        body = self.block_or_none()
        if body is None:
            raise self.fail("MissingTrapStatement", self.after(type_ or tok))
        return N.Trap(extent=tok.extent.to(body.extent), type=type_, body=body)
