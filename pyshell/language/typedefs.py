"""Parsing of type definitions: `enum Name { A; B = 5 }` and `class Name : Base { members }`, as
PowerShell's EnumDefinitionRule, ClassDefinitionRule, ClassMemberRule and MethodDeclarationRule.
The rules join the Parser the first time a script may hold a definition.

The definitions are read in expression mode, where a member's name is an identifier and `[type]`
an attribute or type constraint. Errors carry PowerShell's ids, blamed where PowerShell blames
them (usually just after the last thing read).
"""
from __future__ import annotations

import re

from pyshell.language import nodes as N, patterns
from pyshell.language.source import Extent
from pyshell.language.tokenizer import COMMAND, EXPRESSION
from pyshell.language.tokens import T, Token

# Attributes (no nested brackets beyond one level) and then `enum` or `class`: a statement that
# starts with `[` is a type definition only when this matches where it starts.
_ATTRIBUTED_TYPE = patterns.compile(r"(?:\[(?:[^\[\]\r\n]|\[[^\[\]\r\n]*\])*\][ \t\r\n]*)+(?:enum|class)(?![\w-])",
                                    re.IGNORECASE)
# A type name as a base class or an enum's underlying type: dotted words, maybe generic arguments.
_TYPE_NAME = patterns.compile(r"[A-Za-z_][\w.`]*(?:\[[^\r\n{]*?\])?")
_TERMINATORS = (T.NEWLINE, T.SEMI, T.RCURLY, T.EOF)  # at the end of input: the missing } is reported


def _ident(tok: Token) -> str:
    """The lower-cased text of an identifier token, else ""."""
    return tok.value.lower() if tok.kind is T.IDENT and isinstance(tok.value, str) else ""


class TypeDefinitionParser:
    """The rules parser.Parser takes on when first asked for one (Parser.__getattr__)."""

    # -- entry points ---------------------------------------------------------------------------------
    def attributed_type_ahead(self, tok: Token) -> bool:
        """Attributes at `tok` followed by `enum` or `class` ([Flags()] enum E {...})."""
        return _ATTRIBUTED_TYPE.match(self.tz.text, tok.extent.start, self.tz.end) is not None

    def attributed_type_definition(self) -> N.Node:
        attrs = self.attributes()
        self.skip_newlines()
        tok = self.next(COMMAND)
        types = [a for a in attrs if isinstance(a, N.TypeConstraint)]
        if types:
            raise self.fail("TypeNotAllowedBeforeStatement", types[0].extent, types[0].name, complete=True)
        handler = self.kw_enum if tok.value.lower() == "enum" else self.kw_class
        return handler(tok, tuple(a for a in attrs if isinstance(a, N.Attribute)))

    # -- shared pieces --------------------------------------------------------------------------------
    def simple_name(self, keyword: Token) -> Token:
        self.skip_newlines(EXPRESSION)
        name = self.peek(EXPRESSION)
        if name.kind is not T.IDENT:
            raise self.fail("MissingNameAfterKeyword", self.after(keyword), keyword.text)
        return self.next(EXPRESSION)

    def type_name_or_none(self) -> N.TypeConstraint | None:
        """A bare type name (after `:`), read from the text as PowerShell's TypeNameRule reads it."""
        self.skip_newlines(EXPRESSION)
        text, i = self.tz.text, self.tz.pos
        while i < self.tz.end and text[i] in " \t":
            i += 1
        m = _TYPE_NAME.match(text, i, self.tz.end)
        if m is None:
            return None
        self.tz.pos = self.last_end = m.end()
        return N.TypeConstraint(extent=Extent(self.source, m.start(), m.end()), name=m.group().strip())

    def colon_or_none(self) -> Token | None:
        self.skip_newlines(EXPRESSION)
        tok = self.peek(EXPRESSION)
        if tok.kind is T.GENERIC and tok.value == ":":
            return self.next(EXPRESSION)
        return None

    def type_body_end(self, open_tok: Token) -> Token:
        self.skip_separators(EXPRESSION)
        close = self.peek(EXPRESSION)
        if close.kind is not T.RCURLY:
            raise self.fail("MissingEndCurlyBrace", self.after(open_tok), detected=close.extent)
        return self.next(EXPRESSION)

    def open_body(self, keyword: Token, last: Token | N.Node) -> Token:
        self.skip_newlines(EXPRESSION)
        open_tok = self.peek(EXPRESSION)
        if open_tok.kind is not T.LCURLY:
            raise self.fail("MissingTypeBody", self.after(last), keyword.value.lower())
        self.next(EXPRESSION)
        return open_tok

    def terminated(self, end: Extent) -> None:
        """After a property or enumerator: a new line, `;` or `}` must follow."""
        tok = self.peek(EXPRESSION)
        if tok.kind not in _TERMINATORS:
            raise self.fail("MissingPropertyTerminator", self.after(end), detected=tok.extent)

    # -- enum ----------------------------------------------------------------------------------------
    def kw_enum(self, tok: Token, attributes: tuple[N.Attribute, ...] = ()) -> N.Node:
        name = self.simple_name(tok)
        bases: tuple[N.TypeConstraint, ...] = ()
        last: Token | N.Node = name
        colon = self.colon_or_none()
        if colon is not None:
            underlying = self.type_name_or_none()
            if underlying is None:
                raise self.fail("TypeNameExpected", self.after(colon))
            bases, last = (underlying,), underlying
        open_tok = self.open_body(tok, last)
        members: list[N.Node] = []
        while True:
            self.skip_newlines(EXPRESSION)
            member_tok = self.peek(EXPRESSION)
            if member_tok.kind is not T.IDENT:
                break
            self.next(EXPRESSION)
            value = None
            end = member_tok.extent
            if self.peek(EXPRESSION).is_op("="):
                eq = self.next(EXPRESSION)
                if not self.starts_operand():
                    raise self.fail("ExpectedValueExpression", self.after(eq), "=")
                value = self.expression()
                end = value.extent
            self.terminated(end)
            members.append(N.EnumMember(extent=member_tok.extent.to(end), name=member_tok.value, value=value))
            self.skip_separators(EXPRESSION)
        close = self.type_body_end(open_tok)
        start = attributes[0].extent if attributes else tok.extent
        return self.checked(N.TypeDefinition(extent=start.to(close.extent), name=name.value, kind="enum",
                                             members=tuple(members), base_types=bases, attributes=attributes,
                                             name_extent=name.extent))

    # -- class ---------------------------------------------------------------------------------------
    def kw_class(self, tok: Token, attributes: tuple[N.Attribute, ...] = ()) -> N.Node:
        name = self.simple_name(tok)
        bases: list[N.TypeConstraint] = []
        last: Token | N.Node = name
        colon = self.colon_or_none()
        if colon is not None:
            after: Token = colon
            while True:
                base = self.type_name_or_none()
                if base is None:
                    raise self.fail("TypeNameExpected", self.after(after))
                bases.append(base)
                last = base
                self.skip_newlines(EXPRESSION)
                if self.peek(EXPRESSION).kind is not T.COMMA:
                    break
                after = self.next(EXPRESSION)
        open_tok = self.open_body(tok, last)
        members: list[N.Node] = []
        while True:
            member = self.class_member(name.value)
            if member is None:
                break
            members.append(member)
        close = self.type_body_end(open_tok)
        start = attributes[0].extent if attributes else tok.extent
        return self.checked(N.TypeDefinition(extent=start.to(close.extent), name=name.value, kind="class",
                                             members=tuple(members), base_types=tuple(bases),
                                             attributes=attributes, name_extent=name.extent))

    def class_member(self, class_name: str) -> N.Node | None:
        """One property or method, or None at the end of the members."""
        attrs: list[N.Attribute] = []
        type_c: N.TypeConstraint | None = None
        static: Token | None = None
        hidden: Token | None = None
        last: Token | N.Node | None = None
        start: Extent | None = None
        while True:
            self.skip_newlines(EXPRESSION)
            attr = self.attribute_or_none()
            if attr is not None:
                start = start or attr.extent
                last = attr
                if isinstance(attr, N.Attribute):
                    attrs.append(attr)
                elif type_c is None:
                    type_c = attr
                else:
                    self.report("TooManyTypes", attr.extent)
                continue
            tok = self.peek(EXPRESSION)
            word = _ident(tok)
            if word in ("static", "hidden"):
                if (static if word == "static" else hidden) is not None:
                    self.report("DuplicateQualifier", tok.extent, tok.value)
                if word == "static":
                    static = tok
                else:
                    hidden = tok
                start = start or tok.extent
                last = self.next(EXPRESSION)
                continue
            break
        start = start or tok.extent
        if tok.kind is T.VARIABLE:
            self.next(EXPRESSION)
            default = None
            end = tok.extent
            if self.peek(EXPRESSION).is_op("="):
                eq = self.next(EXPRESSION)
                self.skip_newlines(EXPRESSION)
                if not self.starts_operand():
                    raise self.fail("ExpectedValueExpression", self.after(eq), "=")
                default = self.expression()
                end = default.extent
            self.terminated(end)
            self.skip_separators(EXPRESSION)
            return N.PropertyMember(extent=start.to(end), name=tok.value.name, type=type_c, default=default,
                                    attributes=tuple(attrs), static=static is not None, hidden=hidden is not None)
        if tok.kind is T.IDENT:
            self.next(EXPRESSION)
            return self.method_member(tok, class_name, start, type_c, tuple(attrs), static is not None,
                                      hidden is not None)
        if last is not None:
            raise self.fail("IncompleteMemberDefinition", self.after(last))
        return None

    def method_member(self, name: Token, class_name: str, start: Extent, return_type: N.TypeConstraint | None,
                      attrs: tuple[N.Attribute, ...], static: bool, hidden: bool) -> N.MethodMember:
        open_paren = self.peek(EXPRESSION)
        if open_paren.kind is not T.LPAREN:
            raise self.fail("MissingMethodParameterList", self.after(name))
        self.next(EXPRESSION)
        params = self.parameter_list(open_paren)
        last = Extent(self.source, self.last_end - 1, self.last_end)
        constructor = name.value.lower() == class_name.lower() and not static
        base_args = None
        if constructor:
            colon = self.colon_or_none()
            if colon is not None:
                self.skip_newlines(EXPRESSION)
                base = self.peek(EXPRESSION)
                if _ident(base) != "base":
                    raise self.fail("MissingBaseCtorCall", self.after(colon))
                self.next(EXPRESSION)
                self.skip_newlines(EXPRESSION)
                paren = self.peek(EXPRESSION)
                if paren.kind is not T.LPAREN:
                    raise self.fail("MissingMethodParameterList", self.after(base))
                self.next(EXPRESSION)
                base_args = self.method_arguments(paren)
                last = Extent(self.source, self.last_end - 1, self.last_end)
        self.skip_newlines(EXPRESSION)
        open_tok = self.peek(EXPRESSION)
        if open_tok.kind is not T.LCURLY:
            raise self.fail("MissingFunctionBody", self.after(last))
        self.next(EXPRESSION)
        body = self.script_block_body(open_tok)
        return N.MethodMember(extent=start.to(body.extent), name=name.value, parameters=tuple(params), body=body,
                              return_type=return_type, attributes=attrs, static=static, hidden=hidden,
                              constructor=constructor, base_arguments=base_args, name_extent=name.extent)
