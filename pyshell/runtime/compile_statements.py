"""Statement compilation: each statement becomes `fn(ctx, emit)`."""
from __future__ import annotations

from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.language import nodes as N
from pyshell.runtime import arith
from pyshell.runtime.compile_support import op_error
from pyshell.runtime.compiler import ExpressionCompiler
from pyshell.runtime.context import runtime_error
from pyshell.runtime.conversion import PSConversionError, to_bool, to_int, to_string
from pyshell.runtime.flow import BreakSignal, ContinueSignal, ExitSignal, ReturnSignal
from pyshell.runtime.members import set_member
from pyshell.runtime.psdebug import trace_set, trace_statement
from pyshell.runtime.operators import PSOperatorError, compare, compile_regex, match_table, wildcard_match
from pyshell.runtime.scope import MISSING, restore_variable
from pyshell.runtime.typenames import type_name_of
from pyshell.runtime.scriptblock import CompiledBlock, ScriptBlock
from pyshell.runtime.values import AUTOMATION_NULL, PSHashtable, PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    Emit = Callable[[Any], None]
    Stmt = Callable[[Any, Emit], None]


MAX_LOOP_ITEMS = None


def _is_increment(node: N.Node) -> bool:
    """$i++ and the like: as a statement it changes the variable and writes nothing, so its value
    is not the block's output."""
    return isinstance(node, N.Unary) and node.operator in ("++", "--", "post++", "post--")


def emit_value(value: Any, emit: Emit) -> None:
    """Write a statement's value to the output: collections are enumerated, nothing writes nothing."""
    if value is AUTOMATION_NULL:
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            emit(item)
    else:
        emit(value)


def iterate(value: Any) -> Any:
    if value is None or value is AUTOMATION_NULL:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, range):          # a lazy `a..b` (Compiler.lazy_range): not copied
        return value
    return [value]


def best_handler(handlers: list, record: ErrorRecord) -> Any:
    """The catch (or trap) for an error: the one naming the most specific matching type; a handler
    that names no type takes what no typed one does."""
    from pyshell.runtime.errorobjects import catch_matches
    from pyshell.runtime.exceptions import specificity
    best, best_rank = None, -1
    for types, handler in handlers:
        if not catch_matches(types, record):
            continue
        rank = max((specificity(t) for t in types if catch_matches((t,), record)), default=0) + 1 if types else 0
        if rank > best_rank:
            best, best_rank = handler, rank
    return best


def _matches_label(signal: Any, label: str | None) -> bool:
    return signal.label is None or (label is not None and signal.label.lower() == label.lower())


class Compiler(ExpressionCompiler):
    def __init__(self) -> None:
        self._pipeline_compiler: Any = None

    # -- lists -----------------------------------------------------------------------------------
    def statements(self, nodes: tuple[N.Node, ...] | list[N.Node]) -> Stmt:
        traps = [n for n in nodes if isinstance(n, N.Trap)]
        body = [n for n in nodes if not isinstance(n, N.Trap)]
        fns = [self.statement(n) for n in body]
        # Where Set-PSDebug marks each statement (a foreach marks its own parts, as PowerShell does).
        marks = [None if isinstance(n, N.ForEach) else n.extent for n in body]
        if traps:
            return self.trapped([self.trap_handler(t) for t in traps], fns, marks)
        steps = list(zip(fns, marks))

        def run(ctx: Any, emit: Emit) -> None:
            for fn, mark in steps:
                if ctx.psdebug is not None:
                    trace_statement(ctx, mark)
                try:
                    fn(ctx, emit)
                except PSError as exc:
                    # A statement-terminating error ends this statement only, unless a try or trap
                    # is waiting for it.
                    if ctx.try_depth or exc.script_terminating:
                        raise
                    ctx.report_error(exc.record)
        return run

    def statement(self, node: N.Node) -> Stmt:
        method = getattr(self, "s_" + type(node).__name__, None)
        if method is None:
            raise TypeError(f"cannot compile statement {type(node).__name__}")
        return method(node)

    def s_StatementBlock(self, node: N.StatementBlock) -> Stmt:
        return self.statements(node.statements)

    def s_ErrorStatement(self, node: N.ErrorStatement) -> Stmt:
        return lambda ctx, emit: None

    def s_Pipeline(self, node: N.Pipeline) -> Stmt:
        from pyshell.commands.pipeline import compile_pipeline
        return compile_pipeline(self, node)

    def s_PipelineChain(self, node: N.PipelineChain) -> Stmt:
        """a && b runs b when a succeeded ($? true after it), a || b when it failed; both write to the
        same output. A terminating error in a stops the whole chain."""
        left = self.statement(node.left)
        right = self.statement(node.right)
        on_success = node.operator == "&&"

        def chain(ctx: Any, emit: Emit) -> None:
            ctx.last_success = True
            left(ctx, emit)
            if ctx.last_success == on_success:
                ctx.last_success = True
                right(ctx, emit)
        return chain

    def s_DataStatement(self, node: N.DataStatement) -> Stmt:
        """data [name] { ... }: the block's output, to $name or the pipeline. The restricted language was
        checked when the script was parsed, unless a -SupportedCommand name is only known now."""
        body = self.statements(node.body.statements)
        write = self.assigner(N.Variable(extent=node.extent, name=node.name)) if node.name else None
        dynamic = [self.expr(c) for c in node.commands] \
            if not all(isinstance(c, N.StringConstant) for c in node.commands) else None
        block = node.body

        def run_data(ctx: Any, emit: Emit) -> None:
            if dynamic is not None:
                from pyshell.errors import ParseException
                from pyshell.language.semantics import restricted_language_errors
                allowed = ["ConvertFrom-StringData"] + [to_string(f(ctx)) for f in dynamic]
                errors = restricted_language_errors(block, allowed)
                if errors:
                    first = errors[0]
                    raise ParseException(ErrorRecord(first.message, first.error_id, ErrorCategory.ParserError,
                                                     "ParseException", extent=first.extent, parse_errors=errors))
            if write is None:
                body(ctx, emit)
                return
            out: list = []
            body(ctx, out.append)
            write(ctx, out[0] if len(out) == 1 else (out or None))
        return run_data

    def x_AttributedExpression(self, node: N.AttributedExpression) -> Callable[[Any], Any]:
        # Read as a value, an attribute changes nothing (PowerShell compiles only what it is on).
        return self.expr(node.child)

    # -- assignment ------------------------------------------------------------------------------
    def s_Assignment(self, node: N.Assignment) -> Stmt:
        value = self.value_of_statement(node.value)
        write = self.assigner(node.target)
        op = node.operator
        extent = node.extent
        traced_name = node.target.name if isinstance(node.target, N.Variable) else None
        if op == "=":
            def assign(ctx: Any, emit: Emit) -> None:
                result = value(ctx)
                write(ctx, result)
                if traced_name is not None and ctx.psdebug is not None:
                    trace_set(ctx, traced_name, result)
            return assign
        read = self.expr(node.target)
        fn = {"+=": arith.add, "-=": arith.subtract, "*=": arith.multiply, "/=": arith.divide,
              "%=": arith.modulo}[op]

        def update(ctx: Any, emit: Emit) -> None:
            try:
                result = fn(read(ctx), value(ctx))
                write(ctx, result)
            except (PSOperatorError, PSConversionError) as exc:
                raise op_error(exc, extent) from None
            if traced_name is not None and ctx.psdebug is not None:
                trace_set(ctx, traced_name, result)
        return update

    def assigner(self, target: N.Node) -> Callable[[Any, Any], None]:
        if isinstance(target, N.Variable):
            key = target.name.lower()
            scope = target.scope
            if not scope and key in ("true", "false", "null", "?"):
                extent = target.extent

                def readonly(ctx: Any, value: Any) -> None:
                    if key == "null":
                        return
                    raise runtime_error(f"Cannot overwrite variable {target.name} because it is read-only or constant.",
                                        "VariableNotWritable", extent, ErrorCategory.WriteError,
                                        "SessionStateUnauthorizedAccessException", target.name)
                return readonly
            if not scope:
                var_extent = target.extent

                def set_local(ctx: Any, value: Any) -> None:
                    s = ctx.scope
                    if s.constraints:
                        ref = s.constraints.get(key)
                        if ref is not None:
                            try:
                                value = ref.convert(value)
                            except PSConversionError as exc:
                                raise runtime_error(exc.message, "RuntimeException", var_extent,
                                                    ErrorCategory.MetadataError,
                                                    "ArgumentTransformationMetadataException") from None
                            except ValidationFailure as exc:
                                raise exc.error(var_extent) from None
                    s.vars[key] = value
                return set_local
            return lambda ctx, value: ctx.set_var(key, value, scope)
        if isinstance(target, N.Convert):
            inner = self.assigner(target.operand)
            name = target.type.name
            ext = target.extent

            constrained = target.operand.name.lower() if isinstance(target.operand, N.Variable) and \
                not target.operand.scope else None

            def typed(ctx: Any, value: Any) -> None:
                ref = self.resolve(ctx, name, ext)
                try:
                    converted = ref.convert(value)
                except PSConversionError as exc:
                    raise op_error(exc, ext) from None
                if constrained is not None:
                    ctx.scope.constraints.pop(constrained, None)
                    ctx.scope.vars[constrained] = converted
                    ctx.scope.constraints[constrained] = ref
                else:
                    inner(ctx, converted)
            return typed
        if isinstance(target, N.AttributedExpression):
            return self.attributed_assigner(target)
        if isinstance(target, N.Member):
            obj_fn = self.expr(target.target)
            name_fn = self.member_name(target.member)
            ext = target.extent

            def set_prop(ctx: Any, value: Any) -> None:
                obj = obj_fn(ctx)
                name = name_fn(ctx)
                try:
                    ok = set_member(obj, name, value)
                except PSConversionError as exc:
                    raise op_error(exc, ext) from None
                if not ok:
                    raise runtime_error(f"The property '{name}' cannot be found on this object. Verify that the "
                                        "property exists and can be set.", "PropertyAssignmentException", ext,
                                        ErrorCategory.InvalidOperation)
            return set_prop
        if isinstance(target, N.Index):
            obj_fn = self.expr(target.target)
            idx_fn = self.expr(target.index)
            ext = target.extent

            def set_item(ctx: Any, value: Any) -> None:
                obj = obj_fn(ctx)
                i = idx_fn(ctx)
                if isinstance(obj, PSHashtable):
                    obj[i] = value
                    return
                if isinstance(obj, list):
                    try:
                        n = to_int(i[0] if isinstance(i, (list, tuple)) and len(i) == 1 else i)
                    except PSConversionError as exc:
                        raise op_error(exc, ext) from None
                    if -len(obj) <= n < len(obj):
                        obj[n] = value
                        return
                    raise runtime_error("Index was outside the bounds of the array.", "IndexOutOfRange", ext,
                                        ErrorCategory.InvalidOperation)
                if obj is None:
                    raise runtime_error("Cannot index into a null array.", "NullArray", ext)
                raise runtime_error(f"Unable to index into an object of type {type_name_of(obj)}.",
                                    "CannotIndex", ext)
            return set_item
        if isinstance(target, N.ArrayLiteral):
            writers = [self.assigner(e) for e in target.elements]

            def spread(ctx: Any, value: Any) -> None:
                items = iterate(value)
                for i, w in enumerate(writers):
                    if i == len(writers) - 1:
                        rest = items[i:]
                        w(ctx, rest[0] if len(rest) == 1 else (rest or None))
                    else:
                        w(ctx, items[i] if i < len(items) else None)
            return spread
        ext = target.extent

        def invalid(ctx: Any, value: Any) -> None:
            raise runtime_error("The assignment expression is not valid. The input to an assignment operator must be "
                                "an object that is able to accept assignments, such as a variable or a property.",
                                "InvalidLeftHandSide", ext, ErrorCategory.ParserError, "ParseException")
        return invalid

    def attributed_assigner(self, target: N.AttributedExpression) -> Callable[[Any, Any], None]:
        """[ValidateRange(1, 5)][int]$x = 3: the value is converted by the types and checked by the
        validation attributes, now and at every later assignment to $x in this scope."""
        from pyshell.commands.function_metadata import variable_validators
        attrs: list[N.Attribute] = []
        types: list[N.TypeConstraint] = []
        inner: N.Node = target
        while isinstance(inner, (N.AttributedExpression, N.Convert)):
            if isinstance(inner, N.AttributedExpression):
                attrs.append(inner.attribute)
                inner = inner.child
            else:
                types.append(inner.type)
                inner = inner.operand
        if not isinstance(inner, N.Variable) or inner.scope:
            ext = target.extent

            def unsupported(ctx: Any, value: Any) -> None:
                raise runtime_error("pyshell keeps attributes only on local variables ($name, not $scope:name).",
                                    "AttributeOnVariableNotSupported", ext, ErrorCategory.NotImplemented)
            return unsupported
        key = inner.name.lower()
        name = inner.name
        ext = target.extent

        def assign(ctx: Any, value: Any) -> None:
            refs = [self.resolve(ctx, t.name, t.extent) for t in reversed(types)]
            checks = variable_validators(ctx, attrs, ext)
            constraint = _VariableConstraint(name, refs, checks)
            try:
                value = constraint.convert(value)
            except PSConversionError as exc:
                raise op_error(exc, ext) from None
            except ValidationFailure as exc:
                raise exc.error(ext) from None
            ctx.scope.constraints[key] = constraint
            ctx.scope.vars[key] = value
        return assign

    # -- control flow ----------------------------------------------------------------------------
    def s_If(self, node: N.If) -> Stmt:
        clauses = [(self.value_of_statement(c), self.statements(b.statements)) for c, b in node.clauses]
        else_body = self.statements(node.else_body.statements) if node.else_body else None

        def run_if(ctx: Any, emit: Emit) -> None:
            for cond, body in clauses:
                if to_bool(cond(ctx)):
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
            for item in iterate(source(ctx)):
                write(ctx, item)
                if not once(ctx, emit):
                    break

        var_extent, var_name = node.variable.extent, getattr(node.variable, "name", "")

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
        for c in node.clauses:
            body = self.statements(c.body.statements)
            if c.condition is None:
                clauses.append(("default", None, body))
            elif isinstance(c.condition, N.ScriptBlockExpression):
                clauses.append(("block", self.expr(c.condition), body))
            else:
                clauses.append(("value", self.expr(c.condition), body))
        label = node.label

        def test(ctx: Any, kind: str, cond: Any, item: Any) -> bool:
            if kind == "block":
                sb = cond(ctx)
                return to_bool(sb.collect(ctx, dollar_under=item, new_scope=False) if isinstance(sb, ScriptBlock) else sb)
            value = cond(ctx)
            if "regex" in flags:
                m = compile_regex(to_string(value), cs).search(to_string(item))
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

        def items_of(ctx: Any) -> list:
            value = subject(ctx)
            if not from_file:
                return iterate(value)
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
            finally:
                restore_variable(vars_, "_", saved)
        return run_switch

    def s_FlowStatement(self, node: N.FlowStatement) -> Stmt:
        kind = node.kind
        extent = node.extent
        if kind in ("break", "continue"):
            label = node.value.value if isinstance(node.value, N.StringConstant) else None
            signal = BreakSignal if kind == "break" else ContinueSignal

            def jump(ctx: Any, emit: Emit) -> None:
                raise signal(label)
            return jump
        value = self.value_of_statement(node.value) if node.value is not None else (lambda ctx: None)
        if kind == "return":
            def ret(ctx: Any, emit: Emit) -> None:
                v = value(ctx)
                emit_value(v, emit) if node.value is not None else None
                raise ReturnSignal(None)
            return ret
        if kind == "exit":
            def do_exit(ctx: Any, emit: Emit) -> None:
                v = value(ctx)
                try:
                    code = int(arith.add(0, v)) if v is not None else 0
                except (PSOperatorError, PSConversionError):
                    code = 0
                raise ExitSignal(code)
            return do_exit

        def throw(ctx: Any, emit: Emit) -> None:
            from pyshell.runtime.errorobjects import record_of
            if node.value is None:
                # A bare `throw` inside a catch block throws the error being handled again.
                current = record_of(ctx.scope.lookup("_"))
                if current is not None:
                    raise PSError(current, script_terminating=True)
            v = value(ctx)
            record = record_of(v)
            if record is None and isinstance(v, PSObject) and "System.Exception" in v.type_names:
                # throw [SomeException]::new("text"): the error is of that exception's type.
                message = to_string(v.get("Message"))
                record = ErrorRecord(message=message, error_id=message, category=ErrorCategory.OperationStopped,
                                     exception_type=v.type_names[0].rsplit(".", 1)[-1], target=v, extent=extent)
            if record is None:
                text = to_string(v) if v is not None else "ScriptHalted"
                record = ErrorRecord(message=text, error_id=text, category=ErrorCategory.OperationStopped,
                                     exception_type="RuntimeException", target=v if v is not None else None,
                                     extent=extent)
            raise PSError(record, script_terminating=True)
        return throw

    def s_Try(self, node: N.Try) -> Stmt:
        from pyshell.runtime.errorobjects import catch_matches, error_object
        body = self.statements(node.body.statements)
        catches = [(tuple(t.name for t in c.types), self.statements(c.body.statements)) for c in node.catches]
        final = self.statements(node.finally_body.statements) if node.finally_body else None

        def run_try(ctx: Any, emit: Emit) -> None:
            try:
                ctx.try_depth += 1
                try:
                    body(ctx, emit)
                finally:
                    ctx.try_depth -= 1
            except PSError as exc:
                handler = best_handler(catches, exc.record)
                if handler is None:
                    raise
                ctx.record_error(exc.record)
                vars_ = ctx.scope.vars
                saved = vars_.get("_", MISSING)
                vars_["_"] = error_object(exc.record)
                try:
                    handler(ctx, emit)
                finally:
                    restore_variable(vars_, "_", saved)
            finally:
                if final is not None:
                    final(ctx, emit)
        return run_try

    def trap_handler(self, node: N.Trap) -> tuple[tuple[str, ...], Stmt]:
        return ((node.type.name,) if node.type else ()), self.statements(node.body.statements)

    def trapped(self, traps: list, fns: list[Stmt], marks: list | None = None) -> Stmt:
        from pyshell.runtime.errorobjects import catch_matches, error_object
        steps = list(zip(fns, marks or [None] * len(fns)))

        def run(ctx: Any, emit: Emit) -> None:
            for fn, mark in steps:
                if ctx.psdebug is not None:
                    trace_statement(ctx, mark)
                try:
                    ctx.try_depth += 1
                    try:
                        fn(ctx, emit)
                    finally:
                        ctx.try_depth -= 1
                except PSError as exc:
                    for types, handler in traps:
                        if catch_matches(types, exc.record):
                            ctx.record_error(exc.record)
                            ctx.scope.vars["_"] = error_object(exc.record)
                            try:
                                handler(ctx, emit)
                            except ContinueSignal:
                                break
                            except BreakSignal:
                                raise exc from None
                            ctx.report_error(exc.record)
                            break
                    else:
                        raise
        return run

    def s_Trap(self, node: N.Trap) -> Stmt:
        return lambda ctx, emit: None

    def s_FunctionDefinition(self, node: N.FunctionDefinition) -> Stmt:
        name = node.name
        compiled: list = []

        def define(ctx: Any, emit: Emit) -> None:
            if not compiled:
                compiled.append(self.script_block(node.body))
            from pyshell.commands.functions import FunctionInfo
            scope = ctx.scope
            key = name.lower()
            for prefix in ("global:", "script:", "local:"):
                if key.startswith(prefix):
                    scope = ctx.target_scope(prefix[:-1])
                    key = key[len(prefix):]
            scope.functions[key] = FunctionInfo(name.split(":")[-1], ScriptBlock(node.body, compiled[0]),
                                                node.is_filter, node)
        return define

    # -- script blocks ------------------------------------------------------------------------------
    def script_block(self, node: N.ScriptBlock) -> CompiledBlock:
        params = node.param_block.parameters if node.param_block else ()
        defaults = {p.name.lower(): self.expr(p.default) for p in params if p.default is not None}
        begin = self.statements(node.begin.statements) if node.begin else None
        process = self.statements(node.process.statements) if node.process else None
        end = self.statements(node.end.statements) if node.end else None
        single = None
        if node.end and not node.begin and not node.process and not params and len(node.end.statements) == 1:
            stmt = node.end.statements[0]
            if isinstance(stmt, N.Pipeline) and len(stmt.elements) == 1 and \
                    isinstance(stmt.elements[0], N.CommandExpression) and not stmt.elements[0].redirections \
                    and not _is_increment(stmt.elements[0].expression):
                single = self.expr(stmt.elements[0].expression)
        return CompiledBlock(node, begin, process, end, params, defaults, single)


class ValidationFailure(Exception):
    """A value a variable's validation attributes refuse."""

    def __init__(self, name: str, value: Any):
        super().__init__(name)
        self.name, self.value = name, value

    def error(self, extent: Any) -> PSError:
        shown = "$null" if self.value is None else to_string(self.value)
        return runtime_error(f"The variable cannot be validated because the value {shown} is not a valid value for "
                             f"the {self.name} variable.", "ValidateSetFailure", extent, ErrorCategory.MetadataError,
                             "ValidationMetadataException")


class _VariableConstraint:
    """What a variable declared with types and validation attributes accepts: each assignment is
    converted by the types (innermost first) and then checked, as PowerShell's PSVariable does."""

    def __init__(self, name: str, refs: list, checks: list):
        self.name, self.refs, self.checks = name, refs, checks

    def convert(self, value: Any) -> Any:
        for ref in self.refs:
            value = ref.convert(value)
        if any(check(value) is not None for check in self.checks):
            raise ValidationFailure(self.name, value)
        return value
