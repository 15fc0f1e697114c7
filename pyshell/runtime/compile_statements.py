"""Statement compilation: each statement becomes `fn(ctx, emit)`.

The Compiler is put together from families by concern: this module has statement lists, pipelines,
data sections, flow statements (return, throw, exit, break, continue), try/catch/finally and traps,
function definitions and script blocks; expressions (compiler.py and its parts), assignments
(compile_assignment.py) and control flow (compile_control_flow.py) are the other families. Those are
imported the first time the compiler needs one of their methods (see Compiler.__getattr__), so a
script that needs none of them (`exit`) loads none of them."""
from __future__ import annotations

from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.language import nodes as N
from pyshell.runtime.compile_support import SEQUENCE_POINTS, place_at_statement
from pyshell.runtime.flow import BreakSignal, ContinueSignal, ExitSignal, ReturnSignal
from pyshell.runtime.scope import MISSING, restore_variable
from pyshell.runtime.scriptblock import CompiledBlock, ScriptBlock
from pyshell.runtime.values import AUTOMATION_NULL, PSObject

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


def best_handler(handlers: list, record: ErrorRecord, stopped: bool = False) -> Any:
    """The catch (or trap) for an error: the one naming the most specific matching type; a handler
    that names no type takes what no typed one does. `stopped`: -ErrorAction Stop made it terminating."""
    from pyshell.runtime.errorobjects import catch_matches, wrapper_matches
    from pyshell.runtime.exceptions import specificity
    best, best_rank = None, -1
    for types, handler in handlers:
        if not catch_matches(types, record, stopped):
            continue
        rank = max((specificity(t) for t in types if catch_matches((t,), record, stopped)), default=0) + 1 \
            if types else 0
        if rank > best_rank:
            best, best_rank = handler, rank
    if best_rank <= 0:
        # no handler named the exception's own type: look again with the RuntimeException
        # PowerShell wraps it in (a handler naming no type still comes after a typed one)
        best = next((h for types, h in handlers if types and wrapper_matches(types)), best)
    return best


# The other families, in the order a missing method is looked for in them (their methods' order
# of precedence, as when they were the Compiler's base classes); each is a class whose methods, its
# bases' too, become the Compiler's when its module is first needed.
FAMILIES = ("pyshell.runtime.compiler:ExpressionCompiler",
            "pyshell.runtime.compile_assignment:AssignmentCompiler",
            "pyshell.runtime.compile_control_flow:ControlFlowCompiler",
            "pyshell.runtime.compile_typedefs:TypeDefinitionCompiler")


def exit_code(value: Any) -> int:
    """The process exit code `exit <value>` gives: the value as an int, 0 for nothing or what
    does not convert."""
    if value is None:
        return 0
    from pyshell.runtime import arith
    from pyshell.runtime.conversion import PSConversionError
    from pyshell.runtime.operators import PSOperatorError
    try:
        return int(arith.add(0, value))
    except (PSOperatorError, PSConversionError):
        return 0


def merge_family(cls: type, reference: str) -> None:
    """Give `cls` the methods of the family class `reference` ("module:Class") names and of its
    bases, without replacing one it has (so the precedence is the method resolution order's)."""
    import importlib
    module_name, _, class_name = reference.partition(":")
    family = getattr(importlib.import_module(module_name), class_name)
    for klass in family.__mro__[:-1]:
        for key, value in vars(klass).items():
            if not key.startswith("__") and key not in cls.__dict__:
                setattr(cls, key, value)


class Compiler:
    _merged: set[str] = set()      # the families merged in so far (shared by every session: code, not state)

    def __init__(self) -> None:
        self._pipeline_compiler: Any = None

    def __getattr__(self, name: str) -> Any:
        """Called only for a name the class does not have (yet): merge in the families not merged
        so far, one at a time, until one has it."""
        cls = type(self)
        if not name.startswith("__"):
            for reference in FAMILIES:
                if reference not in cls._merged:
                    merge_family(cls, reference)
                    cls._merged.add(reference)
                    if name in cls.__dict__:
                        return getattr(self, name)
        raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}")

    # -- lists -----------------------------------------------------------------------------------
    def statements(self, nodes: tuple[N.Node, ...] | list[N.Node]) -> Stmt:
        traps = [n for n in nodes if isinstance(n, N.Trap)]
        body = [n for n in nodes if not isinstance(n, N.Trap)]
        fns = [self.statement(n) for n in body]
        # Where Set-PSDebug marks each statement (a foreach marks its own parts, as PowerShell does).
        marks = [None if isinstance(n, N.ForEach) else n.extent for n in body]
        # Where an error with no position of its own is blamed: a simple statement as a whole, as
        # PowerShell's sequence points do (a compound statement leaves it at the expression).
        spots = [n.extent if isinstance(n, SEQUENCE_POINTS) else None for n in body]
        if any(n.__class__ is N.TypeDefinition for n in body):
            # Classes and enums are defined before the first statement runs, as PowerShell defines
            # a script's types before it runs the script.
            fns.insert(0, self.type_definer([n for n in body if n.__class__ is N.TypeDefinition]))
            marks.insert(0, None)
            spots.insert(0, None)
        if traps:
            return self.trapped([self.trap_handler(t) for t in traps], fns, marks, spots)
        steps = list(zip(fns, marks, spots))

        def run(ctx: Any, emit: Emit) -> None:
            for fn, mark, spot in steps:
                if ctx.psdebug is not None:
                    from pyshell.runtime.psdebug import trace_statement
                    trace_statement(ctx, mark)
                try:
                    failures = ctx.failures
                    fn(ctx, emit)
                    if ctx.failures == failures:
                        ctx._last_success = True     # $? after a statement that did not fail
                except PSError as exc:
                    if exc.record.at_statement:
                        place_at_statement(exc.record, spot)
                    # A statement-terminating error ends this statement only, unless a try or trap
                    # is waiting for it, or $ErrorActionPreference says otherwise.
                    statement_error(ctx, exc)
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
                from pyshell.runtime.conversion import to_string
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
            if self.__dict__.get("_method_return"):
                # In a class method only the value returned is its result (compile_typedefs.py).
                def method_return(ctx: Any, emit: Emit) -> None:
                    raise ReturnSignal(value(ctx))
                return method_return

            def ret(ctx: Any, emit: Emit) -> None:
                v = value(ctx)
                emit_value(v, emit) if node.value is not None else None
                raise ReturnSignal(None)
            return ret
        if kind == "exit":
            def do_exit(ctx: Any, emit: Emit) -> None:
                v = value(ctx)
                raise ExitSignal(exit_code(v))
            return do_exit

        def throw(ctx: Any, emit: Emit) -> None:
            from pyshell.runtime.conversion import to_string
            from pyshell.runtime.errorobjects import record_of
            if node.value is None:
                # A bare `throw` inside a catch block throws the error being handled again.
                current = record_of(ctx.scope.lookup("_"))
                if current is not None:
                    rethrown = PSError(current, script_terminating=True)
                    rethrown.thrown = rethrown.from_throw = True
                    raise rethrown
            v = value(ctx)
            record = record_of(v)
            if record is None and isinstance(v, PSObject) and "System.Exception" in v.type_names:
                # throw [SomeException]::new("text"): the error is of that exception's type.
                message = to_string(v.get("Message"))
                record = ErrorRecord(message=message, error_id=message, category=ErrorCategory.OperationStopped,
                                     exception_type=v.type_names[0].rsplit(".", 1)[-1], target=v, extent=extent)
                record.exception_object = v         # $_.Exception is the very object thrown
            if record is None:
                text = to_string(v) if v is not None else "ScriptHalted"
                record = ErrorRecord(message=text, error_id=text, category=ErrorCategory.OperationStopped,
                                     exception_type="RuntimeException", target=v if v is not None else None,
                                     extent=extent)
            error = PSError(record, script_terminating=True)
            error.thrown = error.from_throw = True
            raise error
        return throw

    def s_Try(self, node: N.Try) -> Stmt:
        from pyshell.runtime.errorobjects import error_object
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
                handler = best_handler(catches, exc.record, exc.action_stop)
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

    def trapped(self, traps: list, fns: list[Stmt], marks: list | None = None,
                spots: list | None = None) -> Stmt:
        from pyshell.runtime.errorobjects import catch_matches, error_object, wrapper_matches
        steps = list(zip(fns, marks or [None] * len(fns), spots or [None] * len(fns)))

        def run(ctx: Any, emit: Emit) -> None:
            for fn, mark, spot in steps:
                if ctx.psdebug is not None:
                    from pyshell.runtime.psdebug import trace_statement
                    trace_statement(ctx, mark)
                try:
                    ctx.try_depth += 1
                    try:
                        failures = ctx.failures
                        fn(ctx, emit)
                        if ctx.failures == failures:
                            ctx._last_success = True
                    finally:
                        ctx.try_depth -= 1
                except PSError as exc:
                    if exc.record.at_statement:
                        place_at_statement(exc.record, spot)
                    handler = next((h for types, h in traps if catch_matches(types, exc.record, exc.action_stop)),
                                   None)
                    if handler is None:
                        handler = next((h for types, h in traps if types and wrapper_matches(types)), None)
                    if handler is None:
                        raise
                    ctx.record_error(exc.record)
                    ctx.scope.vars["_"] = error_object(exc.record)
                    try:
                        handler(ctx, emit)
                    except ContinueSignal:
                        continue
                    except BreakSignal:
                        raise exc from None
                    ctx.report_error(exc.record)
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
        if node.namespaces:
            begin, process, end = (_with_namespaces(b, node.namespaces) if b is not None else None
                                   for b in (begin, process, end))
        single = None
        if node.end and not node.begin and not node.process and not params and len(node.end.statements) == 1:
            stmt = node.end.statements[0]
            if isinstance(stmt, N.Pipeline) and len(stmt.elements) == 1 and \
                    isinstance(stmt.elements[0], N.CommandExpression) and not stmt.elements[0].redirections \
                    and not _is_increment(stmt.elements[0].expression):
                single = self.expr(stmt.elements[0].expression)
        return CompiledBlock(node, begin, process, end, params, defaults, single)


def _with_namespaces(block: Stmt, namespaces: tuple[str, ...]) -> Stmt:
    """A script's block that first records its `using namespace` namespaces in its scope."""
    def run(ctx: Any, emit: Emit) -> None:
        ctx.scope.type_namespaces = namespaces
        block(ctx, emit)
    return run


def statement_error(ctx: Any, exc: PSError) -> None:
    """A terminating error reached the end of a statement: raise it on, or handle it there.
    A try or trap waiting for it (at any depth) takes it; an error -ErrorAction Stop made goes on
    up; one a `throw` raised asks this level's $ErrorActionPreference, as PowerShell's
    CheckActionPreference does: SilentlyContinue and Ignore keep it in $Error only and the next
    statement runs, Stop and Continue send it on (Stop for good); any other error ends only this
    statement (statement_failed)."""
    if ctx.try_depth:
        raise exc
    if exc.thrown:
        preference = ctx.preference("erroractionpreference", "Continue").lower()
        if preference in ("silentlycontinue", "ignore"):
            ctx.record_error(exc.record)
            return
        if preference == "stop":
            exc.thrown = False
        raise exc
    if exc.script_terminating:
        raise exc
    statement_failed(ctx, exc)


def statement_failed(ctx: Any, exc: PSError) -> None:
    """A statement-terminating error that no try or trap waits for, as PowerShell's
    CheckActionPreference takes it: $ErrorActionPreference Stop turns it into one that ends the
    script (it is kept in $Error and shown where it stops); SilentlyContinue and Ignore keep it in
    $Error without showing it; anything else shows it, and the script goes on."""
    preference = ctx.preference("erroractionpreference", "Continue").lower()
    if preference == "stop":
        exc.script_terminating = True
        raise exc
    if preference in ("silentlycontinue", "ignore"):
        ctx.record_error(exc.record)
        return
    frame = ctx.command_frame
    if frame is not None and frame.route_error(exc.record):
        # In a function's or script's body the error goes to that command's error stream, as
        # PowerShell writes it to the function's error pipe: `f 2>$null` hides it, `f 2>&1` keeps it.
        ctx.record_error(exc.record)
        return
    ctx.report_error(exc.record)
