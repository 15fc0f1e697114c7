"""Expression parsing: precedence climbing over PowerShell's operator table.

Precedence, loosest first: -and/-or/-xor; -band/-bor/-bxor; comparison (-eq, -match, -is, -join ...);
+ -; * / %; -f; the range operator `..`. The comma binds tighter than every binary operator, and
unary operators (`-not`, `!`, `-`, casts) tighter still.
"""
from __future__ import annotations

from pyshell.language import nodes as N
from pyshell.language.diagnostics import ParseAbort, ParseError
from pyshell.language.tokenizer import COMMAND, EXPRESSION
from pyshell.language.tokens import PRECEDENCE, T, Token

_UNARY_OPS = {"!": "!", "not": "not", "bnot": "bnot", "-": "-", "+": "+", "split": "split",
              "join": "join", "++": "++", "--": "--"}
_OPERAND_START = {T.NUMBER, T.STRING, T.EXPANDABLE, T.VARIABLE, T.LPAREN, T.DOLLAR_PAREN, T.AT_PAREN,
                  T.AT_CURLY, T.LCURLY, T.LBRACKET, T.IDENT}
# What may follow `[` when no index expression does.
_NO_INDEX = frozenset({T.EOF, T.RBRACKET, T.RPAREN, T.RCURLY, T.SEMI, T.PIPE})


class ExpressionParser:
    """Mixed into the Parser; relies on its peek/next/expect/error helpers."""

    def expression(self) -> N.Node:
        return self.binary(1)

    def binary(self, min_prec: int) -> N.Node:
        tok = self._seen_expression.get(self.tz.pos) or self.peek(EXPRESSION)
        kind = tok.kind
        if kind is T.VARIABLE or kind is T.NUMBER or kind is T.STRING:
            # The commonest operand, a variable or a constant: made here as primary would make it,
            # rather than through array_literal, unary and primary, which would each find nothing to
            # do but pass it on.
            self.next(EXPRESSION)
            if kind is T.VARIABLE:
                v = tok.value
                left = N.Variable(extent=tok.extent, name=v.name, scope=v.scope, splat=v.splat)
                if v.splat:
                    self.suspects += 1      # semantics.MAY_ERR for a Variable, written out on this hot path
            elif kind is T.NUMBER:
                left = N.Constant(extent=tok.extent, value=tok.value)
            else:
                left = N.StringConstant(extent=tok.extent, value=tok.value, quote="'")
            left = self.postfix(left)
            if (self._seen_expression.get(self.tz.pos) or self.peek(EXPRESSION)).kind is T.COMMA:
                left = self.array_rest(left)
        else:
            left = self.array_literal()
        while True:
            tok = self._seen_expression.get(self.tz.pos) or self.peek(EXPRESSION)
            if tok.kind is not T.OPERATOR:
                break
            op = tok.value
            prec = PRECEDENCE.get(op)
            if prec is None or prec < min_prec or op in ("not", "bnot"):
                break
            self.next(EXPRESSION)
            self.skip_newlines(EXPRESSION)
            if not self.starts_operand():
                self.fail_expected_value(tok)
            right = self.binary(prec + 1)
            left = N.Binary(extent=left.extent.to(right.extent), operator=op, left=left, right=right,
                            operator_extent=tok.extent)
        return left

    def fail_expected_value(self, op_tok: Token) -> None:
        nxt = self.peek(EXPRESSION)
        incomplete = nxt.kind is T.EOF
        raise ParseAbort(ParseError(
            "ExpectedValueExpression",
            f"You must provide a value expression following the '{op_tok.text}' operator.",
            N.Extent(op_tok.extent.source, op_tok.extent.end, op_tok.extent.end), incomplete))

    def starts_operand(self) -> bool:
        tok = self.peek(EXPRESSION)
        if tok.kind in _OPERAND_START or tok.kind is T.COMMA:
            return True
        return tok.kind is T.OPERATOR and tok.value in _UNARY_OPS

    def array_literal(self) -> N.Node:
        first = self.unary()
        if (self._seen_expression.get(self.tz.pos) or self.peek(EXPRESSION)).kind is not T.COMMA:
            return first
        return self.array_rest(first)

    def array_rest(self, first: N.Node) -> N.Node:
        """The array literal whose first element is `first`, a comma next."""
        items = [first]
        while self.peek(EXPRESSION).kind is T.COMMA:
            comma = self.next(EXPRESSION)
            self.skip_newlines(EXPRESSION)
            if not self.starts_operand():
                nxt = self.peek(EXPRESSION)
                raise ParseAbort(ParseError("MissingExpressionAfterToken",
                                            "Missing expression after ','.", comma.extent,
                                            nxt.kind is T.EOF))
            items.append(self.unary())
        return N.ArrayLiteral(extent=items[0].extent.to(items[-1].extent), elements=tuple(items))

    def unary(self) -> N.Node:
        tok = self._seen_expression.get(self.tz.pos) or self.peek(EXPRESSION)
        if tok.kind is T.OPERATOR and tok.value in _UNARY_OPS:
            self.next(EXPRESSION)
            self.skip_newlines(EXPRESSION)
            if not self.starts_operand():
                self.fail_expected_value(tok)
            operand = self.unary()
            op = _UNARY_OPS[tok.value]
            if op == "-" and isinstance(operand, N.Constant) and isinstance(operand.value, (int, float)) \
                    and not isinstance(operand.value, bool) and operand.extent.start == tok.extent.end:
                return N.Constant(extent=tok.extent.to(operand.extent), value=-operand.value)
            return self.checked(N.Unary(extent=tok.extent.to(operand.extent), operator=op, operand=operand))
        if tok.kind is T.COMMA:
            self.next(EXPRESSION)
            self.skip_newlines(EXPRESSION)
            operand = self.unary()
            return self.checked(N.Unary(extent=tok.extent.to(operand.extent), operator=",", operand=operand))
        if tok.kind is T.LBRACKET:
            return self.type_or_cast()
        return self.postfix(self.primary())

    def type_or_cast(self) -> N.Node:
        start_tok = self.peek(EXPRESSION)
        attr = self.attribute_or_none()
        if isinstance(attr, N.Attribute):
            # [ValidateRange(1, 5)]$x: an attribute on what follows (the semantic checks allow only a
            # variable there).
            self.skip_newlines(EXPRESSION)
            if not self.starts_operand():
                raise self.fail("UnexpectedAttribute", attr.extent, attr.name)
            child = self.unary()
            return self.checked(N.AttributedExpression(extent=attr.extent.to(child.extent), attribute=attr,
                                                       child=child))
        type_node = attr
        nxt = self.peek(EXPRESSION)
        if nxt.kind is T.COLONCOLON or (nxt.kind is T.DOT and not nxt.space_before):
            return self.postfix(N.TypeLiteral(extent=type_node.extent, type=type_node))
        # A comma after a type literal makes a list of types ([string], [int]), as in PowerShell's
        # parser; anything that can start an operand makes a cast.
        if nxt.kind in _OPERAND_START or (nxt.kind is T.OPERATOR and nxt.value in _UNARY_OPS):
            operand = self.unary()
            return self.checked(N.Convert(extent=start_tok.extent.to(operand.extent), type=type_node, operand=operand))
        return N.TypeLiteral(extent=type_node.extent, type=type_node)

    def type_constraint(self) -> N.TypeConstraint:
        """`[TypeName]`, with array and generic suffixes: [string[]], [System.Collections.Generic.List[int]]."""
        open_tok = self.next(EXPRESSION)
        text = self.tz.text
        i = open_tok.extent.end
        depth = 1
        while i < self.tz.end:
            ch = text[i]
            if ch == "[":
                depth += 1
            elif ch == "]":
                depth -= 1
                if depth == 0:
                    break
            elif ch in "\r\n":
                i = self.tz.end
                break
            i += 1
        if i >= self.tz.end:
            # PowerShell reads the type name, then blames the start of whatever follows it (the end of
            # the input for `[int`); more typing does not make it a type literal, so it is no
            # unfinished input.
            j = open_tok.extent.end
            while j < self.tz.end and (text[j].isalnum() or text[j] in "._`+"):
                j += 1
            while j < self.tz.end and text[j] in " \t":
                j += 1
            raise ParseAbort(ParseError("EndSquareBracketExpectedAtEndOfAttribute",
                                        "Missing ] at end of attribute or type literal.",
                                        N.Extent(open_tok.extent.source, j, j), False))
        name = text[open_tok.extent.end:i].strip()
        if not name:
            raise ParseAbort(ParseError("MissingTypename", "Missing type name after '['.", open_tok.extent))
        self.tz.pos = i + 1
        self.forget_peek()
        ext = N.Extent(open_tok.extent.source, open_tok.extent.start, i + 1)
        self.last_end = i + 1
        if self.namespaces:
            return N.TypeConstraint(extent=ext, name=name, namespaces=self.namespaces)
        return N.TypeConstraint(extent=ext, name=name)

    def primary(self) -> N.Node:
        tok = self.next(EXPRESSION)
        kind = tok.kind
        if kind is T.NUMBER:
            return N.Constant(extent=tok.extent, value=tok.value)
        if kind is T.VARIABLE:
            v = tok.value
            return self.checked(N.Variable(extent=tok.extent, name=v.name, scope=v.scope, splat=v.splat))
        if kind is T.STRING:
            return N.StringConstant(extent=tok.extent, value=tok.value, quote="'")
        if kind is T.EXPANDABLE:
            return self.expandable(tok, bare=False)
        if kind is T.LPAREN:
            self.skip_newlines()
            if self.peek(COMMAND).kind in (T.SEMI, T.NEWLINE, T.RPAREN, T.RCURLY, T.EOF):
                raise self.fail("ExpectedExpression", self.after(tok))
            inner = self.statement(in_paren=True)
            self.skip_newlines()
            close = self.peek(EXPRESSION)
            if close.kind is not T.RPAREN:
                raise self.fail("MissingEndParenthesisInExpression", self.after(inner), detected=close.extent)
            self.next(EXPRESSION)
            return N.Paren(extent=tok.extent.to(close.extent), pipeline=inner)
        if kind in (T.DOLLAR_PAREN, T.AT_PAREN):
            stmts = self.statement_list((T.RPAREN,))
            self.skip_newlines()
            close = self.peek(EXPRESSION)
            if close.kind is not T.RPAREN:
                raise self.fail("MissingEndParenthesisInSubexpression", close.extent)
            self.next(EXPRESSION)
            if kind is T.DOLLAR_PAREN:
                return N.SubExpression(extent=tok.extent.to(close.extent), statements=tuple(stmts))
            return N.ArrayExpression(extent=tok.extent.to(close.extent), statements=tuple(stmts))
        if kind is T.AT_CURLY:
            return self.hashtable(tok)
        if kind is T.LCURLY:
            body = self.script_block_body(tok)
            return N.ScriptBlockExpression(extent=body.extent, body=body)
        if kind is T.EOF:
            raise ParseAbort(ParseError("ExpectedExpression", "An expression was expected after '('.",
                                        tok.extent, True))
        raise ParseAbort(ParseError("UnexpectedToken", f"Unexpected token '{tok.text}' in expression or statement.",
                                    tok.extent))

    def postfix(self, node: N.Node) -> N.Node:
        text = self.tz.text
        while True:
            pos = self.tz.pos
            if pos >= self.tz.end or text[pos] not in ".[:+-":
                return node
            if text[pos] == "." and pos + 1 < self.tz.end and text[pos + 1].isdigit():
                node = self.numbered_member(node, pos)
                continue
            tok = self._seen_expression.get(pos) or self.peek(EXPRESSION)
            if tok.space_before:
                return node
            if tok.kind is T.DOT or tok.kind is T.COLONCOLON:
                self.next(EXPRESSION)
                static = tok.kind is T.COLONCOLON
                name_tok = self.peek(EXPRESSION)
                # PowerShell accepts white space after the dot ($results. Count), but not a new line.
                if name_tok.kind not in (T.IDENT, T.STRING, T.EXPANDABLE, T.VARIABLE,
                                         T.LPAREN, T.DOLLAR_PAREN, T.NUMBER):
                    raise ParseAbort(ParseError("MissingPropertyName", "Missing property name after reference operator.",
                                                tok.extent, name_tok.kind is T.EOF))
                if name_tok.kind is T.IDENT:
                    self.next(EXPRESSION)
                    member: N.Node = N.StringConstant(extent=name_tok.extent, value=name_tok.value)
                elif name_tok.kind is T.NUMBER:
                    self.next(EXPRESSION)
                    member = N.StringConstant(extent=name_tok.extent, value=name_tok.text)
                else:
                    member = self.primary()
                after = self.peek(EXPRESSION)
                if after.kind is T.LCURLY and not after.space_before:
                    # .ForEach{ ... } / .Where{ ... }: a script block as the only argument, no parentheses.
                    self.next(EXPRESSION)
                    body = self.script_block_body(after)
                    block = N.ScriptBlockExpression(extent=body.extent, body=body)
                    node = N.InvokeMember(extent=N.Extent(node.extent.source, node.extent.start, self.last_end),
                                          target=node, member=member, arguments=(block,), static=static)
                elif after.kind is T.LPAREN and not after.space_before:
                    self.next(EXPRESSION)
                    args = self.method_arguments(after)
                    node = N.InvokeMember(extent=N.Extent(node.extent.source, node.extent.start, self.last_end),
                                          target=node, member=member, arguments=args, static=static)
                else:
                    node = N.Member(extent=N.Extent(node.extent.source, node.extent.start, member.extent.end),
                                    target=node, member=member, static=static)
            elif tok.kind is T.LBRACKET:
                self.next(EXPRESSION)
                self.skip_newlines(EXPRESSION)
                if self.peek(EXPRESSION).kind in _NO_INDEX:       # `$a[` or `$a[]`: no index at all
                    raise self.fail("MissingArrayIndexExpression", self.after(tok))
                index = self.expression()
                self.skip_newlines(EXPRESSION)
                if self.peek(EXPRESSION).kind is not T.RBRACKET:
                    raise self.fail("MissingEndSquareBracket", self.after(index))
                close = self.next(EXPRESSION)
                node = N.Index(extent=node.extent.to(close.extent), target=node, index=index)
            elif tok.kind is T.OPERATOR and tok.value in ("++", "--"):
                self.next(EXPRESSION)
                node = self.checked(N.Unary(extent=node.extent.to(tok.extent), operator="post" + tok.value,
                                            operand=node))
            else:
                return node

    def numbered_member(self, node: N.Node, pos: int) -> N.Node:
        """`$h.23`: right after an expression a dot is member access even before a digit, as
        PowerShell's GetMemberAccessOperator reads it; the tokenizer alone would make `.23` a number."""
        text, end = self.tz.text, pos + 1
        while end < self.tz.end and (text[end].isalnum() or text[end] == "_"):
            end += 1
        source = node.extent.source
        member = N.StringConstant(extent=N.Extent(source, pos + 1, end), value=text[pos + 1:end])
        self.tz.pos = self.last_end = end
        return N.Member(extent=N.Extent(source, node.extent.start, end), target=node, member=member, static=False)

    def method_arguments(self, open_tok: Token) -> tuple[N.Node, ...]:
        args: list[N.Node] = []
        self.skip_newlines(EXPRESSION)
        if self.peek(EXPRESSION).kind is T.RPAREN:
            self.next(EXPRESSION)
            return ()
        while True:
            self.skip_newlines(EXPRESSION)
            args.append(self.method_argument())
            self.skip_newlines(EXPRESSION)
            tok = self.peek(EXPRESSION)
            if tok.kind is T.COMMA:
                self.next(EXPRESSION)
                continue
            self.expect(T.RPAREN, "MissingEndParenthesisInMethodCall", "Missing closing ')' in method call.",
                        open_tok)
            return tuple(args)

    def method_argument(self) -> N.Node:
        """One method argument: a full expression, but a comma separates arguments."""
        left = self.unary()
        while True:
            tok = self.peek(EXPRESSION)
            if tok.kind is not T.OPERATOR or tok.value not in PRECEDENCE or tok.value in ("not", "bnot"):
                return left
            self.next(EXPRESSION)
            self.skip_newlines(EXPRESSION)
            right = self.unary_then_binary(PRECEDENCE[tok.value] + 1)
            left = N.Binary(extent=left.extent.to(right.extent), operator=tok.value, left=left, right=right,
                            operator_extent=tok.extent)

    def unary_then_binary(self, min_prec: int) -> N.Node:
        left = self.unary()
        while True:
            tok = self.peek(EXPRESSION)
            if tok.kind is not T.OPERATOR:
                return left
            prec = PRECEDENCE.get(tok.value)
            if prec is None or prec < min_prec or tok.value in ("not", "bnot"):
                return left
            self.next(EXPRESSION)
            self.skip_newlines(EXPRESSION)
            right = self.unary_then_binary(prec + 1)
            left = N.Binary(extent=left.extent.to(right.extent), operator=tok.value, left=left, right=right,
                            operator_extent=tok.extent)

    def hashtable(self, open_tok: Token) -> N.Node:
        pairs: list[tuple[N.Node, N.Node]] = []
        while True:
            self.skip_separators(EXPRESSION)
            tok = self.peek(EXPRESSION)
            if tok.kind is T.RCURLY:
                close = self.next(EXPRESSION)
                return self.checked(N.Hashtable(extent=open_tok.extent.to(close.extent), pairs=tuple(pairs)))
            if tok.kind is T.EOF:
                raise self.fail("IncompleteHashLiteral", self.after(pairs[-1][1] if pairs else open_tok),
                                detected=tok.extent)
            if tok.kind is T.IDENT:
                self.next(EXPRESSION)
                key: N.Node = N.StringConstant(extent=tok.extent, value=tok.value)
            else:
                key = self.unary()
            eq = self.peek(EXPRESSION)
            if not eq.is_op("="):
                raise self.fail("MissingEqualsInHashLiteral", self.after(key), complete=True)
            self.next(EXPRESSION)
            self.skip_newlines()
            if self.peek(COMMAND).kind in (T.RCURLY, T.SEMI, T.EOF, T.RPAREN):
                raise self.fail("MissingStatementInHashLiteral", self.after(eq))
            value = self.statement(in_hash=True)
            pairs.append((key, value))
            nxt = self.peek(EXPRESSION)
            if nxt.kind is T.EOF:
                raise self.fail("IncompleteHashLiteral", self.after(value), detected=nxt.extent)
            if nxt.kind not in (T.SEMI, T.NEWLINE, T.RCURLY):
                raise self.fail("IncompleteHashLiteral", self.after(value), detected=nxt.extent)

    def expandable(self, tok: Token, bare: bool) -> N.Node:
        """Turn the tokenizer's parts of a double-quoted string (or bare word) into nodes."""
        parts: list[N.Node] = []
        src = tok.extent.source
        for part in tok.value:
            if isinstance(part, str):
                parts.append(N.StringConstant(extent=tok.extent, value=part))
            elif part[0] == "var":
                v = part[1]
                parts.append(N.Variable(extent=N.Extent(src, part[2], part[3]), name=v.name, scope=v.scope))
            else:
                stmts = self.sub_parse(part[1], part[2])
                parts.append(N.SubExpression(extent=N.Extent(src, part[1] - 2, part[2] + 1), statements=stmts))
        if all(isinstance(p, N.StringConstant) for p in parts):
            return N.StringConstant(extent=tok.extent, value="".join(p.value for p in parts),
                                    bare=bare, quote="" if bare else '"')
        return N.ExpandableString(extent=tok.extent, parts=tuple(parts), bare=bare)
