"""The compiler: turns expression nodes into Python closures, once.

An expression compiles to `fn(ctx) -> value`; statements (compile_statements.py) compile to
`fn(ctx, emit) -> None`, where `emit` takes each output object. Script blocks that run per object
(Where-Object, ForEach-Object) therefore never walk the tree again.

The expression compiler is split by concern: this module (dispatch, leaves, collections, type
literals), compile_members.py (member access, method calls, indexing) and compile_operators.py
(operators and casts); what they share is in compile_support.py.
"""
from __future__ import annotations

from pyshell.errors import ErrorCategory
from pyshell.language import nodes as N
from pyshell.runtime import strict
from pyshell.runtime.compile_members import MemberCompiler
from pyshell.runtime.compile_operators import OperatorCompiler
from pyshell.runtime.compile_support import unwrap
from pyshell.runtime.context import runtime_error
from pyshell.runtime.flow import ReturnSignal
from pyshell.runtime.conversion import to_string
from pyshell.runtime.scope import MISSING
from pyshell.runtime.types import TypeRef, resolve_in, resolve_type
from pyshell.runtime.scriptblock import ScriptBlock
from pyshell.runtime.values import AUTOMATION_NULL, PSHashtable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    Expr = Callable[[Any], Any]


_CONSTANT_VARS = {"true": True, "false": False, "null": None}


def _discard(obj: Any) -> None:
    pass


class ExpressionCompiler(MemberCompiler, OperatorCompiler):
    """Mixed into the Compiler (see compile_statements.py)."""

    def expr(self, node: N.Node) -> Expr:
        method = getattr(self, "x_" + type(node).__name__, None)
        if method is None:
            raise TypeError(f"cannot compile {type(node).__name__} as an expression")
        return method(node)

    # -- leaves --------------------------------------------------------------------------------
    def x_Constant(self, node: N.Constant) -> Expr:
        value = node.value
        return lambda ctx: value

    def x_StringConstant(self, node: N.StringConstant) -> Expr:
        value = node.value
        return lambda ctx: value

    def x_ExpandableString(self, node: N.ExpandableString) -> Expr:
        # strict mode 1 lets a string name a variable that was never set (see x_Variable)
        outer = self.__dict__.get("_in_string", False)
        self._in_string = True
        try:
            parts = [self.expr(p) for p in node.parts]
        finally:
            self._in_string = outer

        def expand(ctx: Any) -> str:
            ofs = ctx.ofs
            return "".join(to_string(p(ctx), ofs) for p in parts)
        return expand

    def x_Variable(self, node: N.Variable) -> Expr:
        key = node.name.lower()
        scope = node.scope
        if not scope and key in _CONSTANT_VARS:
            value = _CONSTANT_VARS[key]
            return lambda ctx: value
        if not scope:
            if key in ("_", "psitem"):
                def dollar_under(ctx: Any) -> Any:
                    scope = ctx.scope
                    v = scope.vars.get("_", MISSING)       # usually set in the current scope
                    if v is MISSING:
                        v = scope.lookup("_")
                    return None if v is MISSING else v
                return dollar_under
            if key == "?":
                return lambda ctx: ctx.last_success
            if key == "error":
                return lambda ctx: ctx.errors
            if key in ("^", "$"):
                which = 0 if key == "^" else 1

                def edge(ctx: Any) -> Any:
                    from pyshell.runtime.edgetokens import edge_values
                    return edge_values(ctx)[which]
                return edge

            in_string = self.__dict__.get("_in_string", False)
            extent = node.extent

            def read(ctx: Any) -> Any:
                v = ctx.scope.lookup(key)
                if v is MISSING:
                    if ctx.strict_on:
                        strict.undefined_variable(ctx, node.name, extent, in_string)
                    return None
                return v
            return read
        if scope not in ("global", "script", "local", "private", "variable"):
            return lambda ctx: ctx.read_var(key, scope)      # a drive ($env:x): never a strict-mode error
        return self.scoped_read(node)

    def scoped_read(self, node: N.Variable) -> Expr:
        """`$global:x`, `$script:x`, `$local:x`: read from that scope (strict mode may refuse a
        variable that is not set)."""
        key, scope, extent = node.name.lower(), node.scope, node.extent
        written = extent.text.lstrip("$").lstrip("{").rstrip("}") if extent.source is not None else ""
        shown = written if written.lower().endswith(key) else f"{scope}:{node.name}"
        in_string = self.__dict__.get("_in_string", False)

        def read(ctx: Any) -> Any:
            v = ctx.read_var(key, scope)
            if v is None and ctx.strict_on and not ctx.has_scoped_var(key, scope):
                strict.undefined_variable(ctx, shown, extent, in_string)
            return v
        return read

    def x_TypeLiteral(self, node: N.TypeLiteral) -> Expr:
        ref_holder: list = []
        name, namespaces = node.type.name, node.type.namespaces
        extent = node.extent

        def type_value(ctx: Any) -> TypeRef:
            if not ref_holder:
                ref_holder.append(self.resolve(ctx, name, extent, namespaces))
            return ref_holder[0]
        return type_value

    def resolve(self, ctx: Any, name: str, extent: N.Extent, namespaces: tuple[str, ...] = ()) -> TypeRef:
        ref = resolve_in(name, namespaces, ctx.module_types) if namespaces else resolve_type(name, ctx.module_types)
        if ref is None:
            raise runtime_error(f"Unable to find type [{name}].", "TypeNotFound", extent,
                                ErrorCategory.InvalidOperation)
        return ref

    # -- collections ----------------------------------------------------------------------------
    def x_ArrayLiteral(self, node: N.ArrayLiteral) -> Expr:
        items = [self.expr(e) for e in node.elements]
        return lambda ctx: [f(ctx) for f in items]

    def x_ArrayExpression(self, node: N.ArrayExpression) -> Expr:
        return self.written(node.statements)

    def written(self, statements: Any) -> Expr:
        """Everything the statements write, as one list (what @( ) gives)."""
        body = self.statements(statements)

        def collect(ctx: Any) -> list:
            out: list = []
            try:
                body(ctx, out.append)
            except ReturnSignal as ret:
                ret.keep(out)
                raise
            return out
        return collect

    def x_SubExpression(self, node: N.SubExpression) -> Expr:
        body = self.statements(node.statements)

        def sub(ctx: Any) -> Any:
            out: list = []
            try:
                body(ctx, out.append)
            except ReturnSignal as ret:
                ret.keep(out)
                raise
            return unwrap(out)
        return sub

    def x_Paren(self, node: N.Paren) -> Expr:
        return self.value_of_statement(node.pipeline)

    def pipeline_input(self, node: N.Node) -> Expr:
        """An expression that starts a pipeline. `(cmd) | ...` and `$(cmd) | ...` feed nothing when
        the commands wrote nothing (PowerShell's AutomationNull), where `($null) | ...` feeds one
        $null; and `$(...)` feeds what was written as it was written."""
        if isinstance(node, N.SubExpression):
            return self.written(node.statements)
        stmt = node.pipeline if isinstance(node, N.Paren) else None
        if not isinstance(stmt, N.Pipeline) or not stmt.elements or (
                len(stmt.elements) == 1 and isinstance(stmt.elements[0], N.CommandExpression)
                and not stmt.elements[0].redirections):
            return self.expr(node)
        body = self.statement(stmt)

        def collected(ctx: Any) -> Any:
            out: list = []
            try:
                body(ctx, out.append)
            except ReturnSignal as ret:
                ret.keep(out)
                raise
            return unwrap(out) if out else AUTOMATION_NULL
        return collected

    def value_of_statement(self, stmt: N.Node) -> Expr:
        """The value of a statement used as an expression: a lone expression keeps its value as is;
        anything else is run and its output collected."""
        if isinstance(stmt, N.Pipeline) and len(stmt.elements) == 1 and \
                isinstance(stmt.elements[0], N.CommandExpression) and not stmt.elements[0].redirections:
            return self.expr(stmt.elements[0].expression)
        if isinstance(stmt, N.Pipeline) and not stmt.elements:
            return lambda ctx: None
        if isinstance(stmt, N.Assignment):
            # ($x = 5) and $a = $b = 5: an assignment used as a value gives the value assigned.
            assign = self.statement(stmt)
            read = self.expr(stmt.target)

            def assigned(ctx: Any) -> Any:
                assign(ctx, _discard)
                return read(ctx)
            return assigned
        body = self.statement(stmt)

        def collect(ctx: Any) -> Any:
            out: list = []
            try:
                body(ctx, out.append)
            except ReturnSignal as ret:
                ret.keep(out)
                raise
            return unwrap(out)
        return collect

    def x_Hashtable(self, node: N.Hashtable) -> Expr:
        pairs = [(self.expr(k), self.value_of_statement(v)) for k, v in node.pairs]
        extent = node.extent

        def table(ctx: Any) -> PSHashtable:
            h = PSHashtable()
            for kf, vf in pairs:
                k = kf(ctx)
                if k in h:
                    raise runtime_error(f"Duplicate keys '{to_string(k)}' are not allowed in hash literals.",
                                        "DuplicateKeyInHashLiteral", extent, ErrorCategory.ParserError,
                                        "ParseException")
                h[k] = vf(ctx)
            return h
        return table

    def x_ScriptBlockExpression(self, node: N.ScriptBlockExpression) -> Expr:
        compiled: list = []

        def block(ctx: Any) -> ScriptBlock:
            if not compiled:
                compiled.append(self.script_block(node.body))
            return ScriptBlock(node.body, compiled[0])
        return block
