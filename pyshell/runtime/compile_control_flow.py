"""Compiling control flow: if, the loops (while, do, for, foreach) with their break and continue
labels, and switch. Mixed into the Compiler (compile_statements.py)."""
from __future__ import annotations

from pyshell.errors import ErrorCategory, PSError
from pyshell.language import nodes as N
from pyshell.runtime import arith
from pyshell.runtime.compile_support import SEQUENCE_POINTS, iterate, op_error, place_at_statement
from pyshell.runtime.context import runtime_error
from pyshell.runtime.conversion import PSConversionError, to_bool, to_string
from pyshell.runtime.dictviews import CollectionModified, DictionaryView
from pyshell.runtime.flow import BreakSignal, ContinueSignal
from pyshell.runtime.psdebug import trace_set, trace_statement
from pyshell.runtime.operators import PSOperatorError, compare, compile_regex, match_table, wildcard_match
from pyshell.runtime.scope import MISSING, restore_variable
from pyshell.runtime.scriptblock import ScriptBlock

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    Emit = Callable[[Any], None]
    Stmt = Callable[[Any, Emit], None]


def _matches_label(signal: Any, label: str | None) -> bool:
    return signal.label is None or (label is not None and signal.label.lower() == label.lower())


class ControlFlowCompiler:
    """if, loops and switch; part of the Compiler (compile_statements.py)."""

    def s_If(self, node: N.If) -> Stmt:
        # A condition is a sequence point of its own: an error in it is blamed on the condition.
        clauses = [(self.value_of_statement(c), self.statements(b.statements),
                    c.extent if isinstance(c, SEQUENCE_POINTS) else None) for c, b in node.clauses]
        else_body = self.statements(node.else_body.statements) if node.else_body else None

        def run_if(ctx: Any, emit: Emit) -> None:
            for cond, body, spot in clauses:
                try:
                    value = cond(ctx)
                except PSError as exc:
                    if exc.record.at_statement:
                        place_at_statement(exc.record, spot)
                    raise
                if to_bool(value):
                    body(ctx, emit)
                    return
            if else_body is not None:
                else_body(ctx, emit)
        return run_if

    def loop(self, body: Stmt, label: str | None) -> Callable[[Any, Emit], bool]:
        """Run a loop body once; False when the loop must stop (break)."""
        def once(ctx: Any, emit: Emit) -> bool:
            try:
                body(ctx, emit)
            except BreakSignal as sig:
                if _matches_label(sig, label):
                    return False
                raise
            except ContinueSignal as sig:
                if _matches_label(sig, label):
                    return True
                raise
            return True
        return once

    def s_While(self, node: N.While) -> Stmt:
        cond = self.value_of_statement(node.condition)
        once = self.loop(self.statements(node.body.statements), node.label)

        def run_while(ctx: Any, emit: Emit) -> None:
            while to_bool(cond(ctx)):
                if not once(ctx, emit):
                    break
        return run_while

    def s_DoLoop(self, node: N.DoLoop) -> Stmt:
        cond = self.value_of_statement(node.condition)
        once = self.loop(self.statements(node.body.statements), node.label)
        until = node.until

        def run_do(ctx: Any, emit: Emit) -> None:
            while True:
                if not once(ctx, emit):
                    break
                if to_bool(cond(ctx)) == until:
                    break
        return run_do

    def s_For(self, node: N.For) -> Stmt:
        init = self.statement(node.init) if node.init else None
        cond = self.value_of_statement(node.condition) if node.condition else None
        step = self.statement(node.step) if node.step else None
        once = self.loop(self.statements(node.body.statements), node.label)

        def run_for(ctx: Any, emit: Emit) -> None:
            if init:
                init(ctx, emit)
            while cond is None or to_bool(cond(ctx)):
                if not once(ctx, emit):
                    break
                if step:
                    step(ctx, emit)
        return run_for

    def lazy_range(self, node: N.Node) -> Callable[[Any], range] | None:
        """For `a..b` where PowerShell enumerates the range as it goes (the collection of a foreach
        loop, the first element of a pipeline): a function giving a lazy range, so
        `foreach ($i in 1..2e9) { ... break }` needs no memory. None for any other expression."""
        if isinstance(node, N.Pipeline) and len(node.elements) == 1 and \
                isinstance(node.elements[0], N.CommandExpression) and not node.elements[0].redirections:
            node = node.elements[0].expression
        if not (isinstance(node, N.Binary) and node.operator == ".."):
            return None
        left, right, ext = self.expr(node.left), self.expr(node.right), node.extent

        def lazy(ctx: Any) -> range:
            try:
                return arith.lazy_range(left(ctx), right(ctx))
            except (PSConversionError, PSOperatorError) as exc:
                raise op_error(exc, ext) from None
        return lazy

    def s_ForEach(self, node: N.ForEach) -> Stmt:
        source = self.lazy_range(node.iterable) or self.value_of_statement(node.iterable)
        write = self.assigner(node.variable)
        once = self.loop(self.statements(node.body.statements), node.label)

        def run_foreach(ctx: Any, emit: Emit) -> None:
            if ctx.psdebug is not None:
                return traced_foreach(ctx, emit)
            items = source(ctx)
            if isinstance(items, DictionaryView):
                return foreach_view(ctx, emit, items)
            for item in iterate(items):
                write(ctx, item)
                if not once(ctx, emit):
                    break

        var_extent, var_name = node.variable.extent, getattr(node.variable, "name", "")

        def foreach_view(ctx: Any, emit: Emit, view: DictionaryView) -> None:
            # A dictionary's Keys or Values, enumerated as the loop goes: a change to the dictionary
            # in the body stops it at the next step, blamed on the loop variable as PowerShell does.
            try:
                for item in view:
                    write(ctx, item)
                    if not once(ctx, emit):
                        break
            except CollectionModified as exc:
                if exc.record.extent.source is None:
                    exc.blame(var_extent)
                raise

        def traced_foreach(ctx: Any, emit: Emit) -> None:
            # Set-PSDebug marks the collection once, then the variable before each item and once more
            # when the items run out, as PowerShell does.
            trace_statement(ctx, node.iterable.extent)
            trace_set(ctx, "foreach", "IEnumerator")
            for item in iterate(source(ctx)):
                trace_statement(ctx, var_extent)
                write(ctx, item)
                trace_set(ctx, var_name, item)
                if not once(ctx, emit):
                    break
            else:
                trace_statement(ctx, var_extent)
            trace_set(ctx, "foreach", "")
        return run_foreach

    def s_Switch(self, node: N.Switch) -> Stmt:
        subject = self.value_of_statement(node.subject) if node.subject else (lambda ctx: None)
        flags = set(node.flags)
        cs = "casesensitive" in flags
        clauses = []
        extents: dict[Any, Any] = {}         # each value clause's condition: where its errors point
        for c in node.clauses:
            body = self.statements(c.body.statements)
            if c.condition is None:
                clauses.append(("default", None, body))
            elif isinstance(c.condition, N.ScriptBlockExpression):
                clauses.append(("block", self.expr(c.condition), body))
            else:
                clauses.append(("value", self.expr(c.condition), body))
                extents[clauses[-1][1]] = c.condition.extent
        label = node.label

        def test(ctx: Any, kind: str, cond: Any, item: Any) -> bool:
            if kind == "block":
                sb = cond(ctx)
                return to_bool(sb.collect(ctx, dollar_under=item, new_scope=False) if isinstance(sb, ScriptBlock) else sb)
            value = cond(ctx)
            if "regex" in flags:
                try:
                    pattern = compile_regex(to_string(value), cs)
                except PSOperatorError as exc:          # a clause that is not a regular expression
                    raise op_error(exc, extents.get(cond, node.extent)) from None
                m = pattern.search(to_string(item))
                if m:
                    ctx.scope.vars["matches"] = match_table(m)
                return m is not None
            if "wildcard" in flags:
                return wildcard_match(to_string(value), to_string(item), cs)
            if isinstance(item, str) or isinstance(value, str):
                return compare("eq", to_string(item), value, cs) is True
            return compare("eq", item, value, cs) is True

        from_file = "file" in flags
        extent = node.extent

        def items_of(ctx: Any) -> Any:
            value = subject(ctx)
            if not from_file:
                # a dictionary's Keys or Values are enumerated as the switch goes (dictviews.py)
                return value if isinstance(value, DictionaryView) else iterate(value)
            from pyshell.commands.scripts import read_script_text
            path = to_string(value)
            try:
                return read_script_text(path).split("\n")[:-1] if path else []
            except (OSError, UnicodeDecodeError):
                raise runtime_error(f"Cannot find path '{path}' because it does not exist.", "PathNotFound",
                                    extent, ErrorCategory.ObjectNotFound, "ItemNotFoundException", path) from None

        def run_switch(ctx: Any, emit: Emit) -> None:
            vars_ = ctx.scope.vars
            saved = vars_.get("_", MISSING)
            try:
                for item in items_of(ctx):
                    vars_["_"] = item
                    matched = False
                    try:
                        for kind, cond, body in clauses:
                            if kind == "default":
                                continue
                            if test(ctx, kind, cond, item):
                                matched = True
                                body(ctx, emit)
                        if not matched:
                            for kind, cond, body in clauses:
                                if kind == "default":
                                    body(ctx, emit)
                    except ContinueSignal as sig:
                        if _matches_label(sig, label):
                            continue
                        raise
            except BreakSignal as sig:
                if not _matches_label(sig, label):
                    raise
            except CollectionModified as exc:
                if exc.record.extent.source is None:
                    exc.blame(subject_extent)
                raise
            finally:
                restore_variable(vars_, "_", saved)
        subject_extent = node.subject.extent if node.subject else extent
        return run_switch
