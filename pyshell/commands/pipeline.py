"""Pipelines: compile a Pipeline node, then at run time resolve and bind every command, begin them
in order, stream each object through process(), and end them in order."""
from __future__ import annotations

from itertools import repeat
from operator import is_

from pyshell.commands.binder import Arg, Binder
from pyshell.commands.runtime import CommandRuntime, apply_common_parameters
from pyshell.commands.streams import Redirector, compile_redirections
from pyshell.errors import ILLEGAL_PATH, ErrorCategory, ErrorRecord, PSError, is_illegal_path
from pyshell.language import nodes as N
from pyshell.language.source import Extent
from pyshell.runtime.dictviews import CollectionModified
from pyshell.runtime.flow import FlowSignal, StopUpstream
from pyshell.runtime.values import AUTOMATION_NULL, PSHashtable, PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    Emit = Callable[[Any], None]


class ArgSpec:
    __slots__ = ("kind", "name", "value", "extent", "has_value", "bare", "splat")

    def __init__(self, kind: str, extent: Extent, name: str = "", value: Any = None, has_value: bool = False,
                 bare: bool = False, splat: bool = False):
        self.kind, self.extent, self.name, self.value = kind, extent, name, value
        self.has_value, self.bare, self.splat = has_value, bare, splat


class CommandSpec:
    __slots__ = ("node", "name", "name_fn", "args", "invocation", "redirections")

    def __init__(self, node: N.Command, name: str | None, name_fn: Any, args: list[ArgSpec], invocation: str,
                 redirections: list[tuple]):
        self.node, self.name, self.name_fn, self.args, self.invocation = node, name, name_fn, args, invocation
        self.redirections = redirections


def compile_pipeline(compiler: Any, node: N.Pipeline) -> Callable[[Any, Emit], None]:
    stages: list[Any] = []
    for el in node.elements:
        if isinstance(el, N.CommandExpression):
            lazy = compiler.lazy_range(el.expression) if len(node.elements) > 1 and not el.redirections else None
            stages.append(("expr", (lazy or compiler.pipeline_input(el.expression),
                                    compile_redirections(compiler, el.redirections)), el))
        else:
            stages.append(("cmd", compile_command(compiler, el), el))
    if len(stages) == 1 and stages[0][0] == "expr" and not stages[0][2].redirections:
        fn = stages[0][1][0]
        expr = stages[0][2].expression
        if isinstance(expr, N.Unary) and expr.operator in ("++", "--", "post++", "post--"):
            # $i++ as a statement changes $i and writes nothing.
            def increment_statement(ctx: Any, emit: Emit) -> None:
                fn(ctx)
            return increment_statement

        def expression_statement(ctx: Any, emit: Emit) -> None:
            value = fn(ctx)
            if isinstance(value, (list, tuple)):
                for item in value:
                    if item is not AUTOMATION_NULL:     # an element that is "nothing" ([void]1, 2) is skipped
                        emit(item)
            elif value is not AUTOMATION_NULL:
                _feed(value, emit)
        return expression_statement

    def run(ctx: Any, emit: Emit) -> None:
        run_stages(ctx, stages, emit)
    return run


def compile_command(compiler: Any, node: N.Command) -> CommandSpec:
    first = node.elements[0]
    name = first.value if isinstance(first, N.StringConstant) else None
    name_fn = None if name is not None else compiler.expr(first)
    args: list[ArgSpec] = []
    for el in node.elements[1:]:
        if isinstance(el, N.CommandParameter):
            value = compiler.expr(el.argument) if el.argument is not None else None
            args.append(ArgSpec("param", el.extent, el.name, value, el.argument is not None))
        elif isinstance(el, N.Variable) and el.splat:
            args.append(ArgSpec("value", el.extent, value=compiler.expr(
                N.Variable(extent=el.extent, name=el.name, scope=el.scope)), splat=True))
        else:
            args.append(ArgSpec("value", el.extent, value=compiler.expr(el),
                                bare=isinstance(el, N.StringConstant) and el.bare))
    if _method_call_syntax(node):
        args[0] = _strict_checked(args[0], node.extent)
    return CommandSpec(node, name, name_fn, args, node.invocation, compile_redirections(compiler, node.redirections))


def _method_call_syntax(node: N.Command) -> bool:
    """`f(1,2)`: a name and, with no space between, one parenthesised list of arguments."""
    if len(node.elements) != 2 or not isinstance(node.elements[1], N.Paren):
        return False
    first, paren = node.elements
    inner = paren.pipeline
    if first.extent.end != paren.extent.start or not isinstance(inner, N.Pipeline) or len(inner.elements) != 1:
        return False
    only = inner.elements[0]
    return isinstance(only, N.CommandExpression) and isinstance(only.expression, N.ArrayLiteral)


def _strict_checked(spec: ArgSpec, extent: Any) -> ArgSpec:
    """The argument of `f(1,2)`, evaluated only after strict mode (2 or later) has had its say."""
    from pyshell.runtime import strict
    value = spec.value

    def checked(ctx: Any) -> Any:
        if ctx.strict_on:
            strict.method_call_syntax(ctx, extent)
        return value(ctx)
    return ArgSpec(spec.kind, spec.extent, spec.name, checked, spec.has_value, spec.bare, spec.splat)


def evaluate_args(ctx: Any, specs: list[ArgSpec]) -> list[Arg]:
    out: list[Arg] = []
    for s in specs:
        if s.kind == "param":
            out.append(Arg("param", s.value(ctx) if s.has_value else None, s.extent, s.name, s.has_value))
        elif s.splat:
            value = s.value(ctx)
            if isinstance(value, PSHashtable):
                for k, v in value.items():
                    out.append(Arg("param", v, s.extent, str(k), True))
            elif isinstance(value, (list, tuple)):
                out.extend(Arg("value", v, s.extent) for v in value)
            elif value is not None:
                out.append(Arg("value", value, s.extent))
        else:
            out.append(Arg("value", s.value(ctx), s.extent, bare=s.bare))
    return out


def run_stages(ctx: Any, stages: list[Any], emit: Emit) -> None:
    processors = []
    redirectors: list[Redirector] = []
    for i, (kind, payload, node) in enumerate(stages):
        if kind == "expr":
            if i != 0:
                raise PSError(ErrorRecord("Expressions are only allowed as the first element of a pipeline.",
                                          "ExpressionsMustBeFirstInPipeline", ErrorCategory.ParserError,
                                          "ParseException", extent=node.extent))
            continue
        proc = make_processor(ctx, payload, expects_input=i > 0, position=i + 1)
        if payload.redirections:
            try:
                proc.runtime.redirector = Redirector(ctx, payload.redirections)
            except PSError:
                for r in redirectors:       # the files opened so far are closed, left as they are
                    r.close(write=False)
                raise
            redirectors.append(proc.runtime.redirector)
        processors.append(proc)
    if processors:
        processors[-1].runtime.inherit()     # the last command writes where the pipeline's output goes
    source = source_redirector = None
    if stages[0][0] == "expr":
        source, source_redirections = stages[0][1]
        if source_redirections:
            try:
                source_redirector = Redirector(ctx, source_redirections)
            except PSError:
                for r in redirectors:
                    r.close(write=False)
                raise
            redirectors.append(source_redirector)
            source = _redirected_source(source, source_redirector, stages[0][2].extent,
                                        processors[0].process_record if processors else emit)
    try:
        if not processors:
            if source is not None:
                feed = source_redirector.output(emit) if source_redirector else emit
                _feed(source(ctx), feed)
            return
        tracer = ctx.pipeline_tracer
        if tracer is not None:     # Trace-Pipeline / --explain (pipeline_trace.py)
            tracer.run(ctx, stages, processors, emit, lambda out: _wire(processors, out),
                       lambda: _run_processors(processors, source, source_redirector))
            return
        _wire(processors, emit)
        _run_processors(processors, source, source_redirector)
    except CollectionModified as exc:
        # A dictionary's Keys or Values changed while the pipeline was enumerating them: the
        # expression that gave them is where the enumeration failed.
        if source is not None and exc.record.extent.source is None:
            exc.blame(stages[0][2].extent)
        raise
    finally:
        for r in redirectors:
            r.close()
        for p in processors:
            if p.runtime.pipeline_variable is not None:
                vars_, key = p.runtime.pipeline_variable
                vars_[key] = None        # the pipeline is over: the variable stays, empty


def _redirected_source(source: Any, redirector: Redirector, extent: Extent, target: Emit) -> Any:
    """`(a | b) 2>&1`: the errors the commands inside write while the expression is evaluated go
    through the expression's redirections, as if it were a script command around them."""
    def evaluate(ctx: Any) -> Any:
        frame = CommandRuntime(ctx, extent, "")
        frame.redirector = redirector
        frame.merged = redirector.output(target)
        frame.inherit()
        outer = ctx.command_frame
        ctx.command_frame = frame
        try:
            return source(ctx)
        finally:
            ctx.command_frame = outer
    return evaluate


def _check_execution_policy(ctx: Any, name: str, path: str, extent: Extent) -> None:
    """A script file the session's execution policy does not let run stops here (UnauthorizedAccess)."""
    from pyshell.runtime.executionpolicy import refusal
    reason = refusal(ctx, path)
    if reason is not None:
        raise PSError(ErrorRecord(reason, "UnauthorizedAccess", ErrorCategory.SecurityError, "PSSecurityException",
                                  command_name=name, extent=extent))


def _wire(processors: list[Any], emit: Emit) -> None:
    """Connect each command's output to the next one's input, and the last one's to `emit`."""
    for a, b in zip(processors, processors[1:]):
        a.runtime.downstream = b.process_record
    processors[-1].runtime.downstream = emit
    for p in processors:
        if p.runtime.redirector is not None:
            p.runtime.downstream = p.runtime.merged = p.runtime.redirector.output(p.runtime.downstream)
        out_var = getattr(p, "out_variable", None)
        if out_var is not None:
            p.runtime.downstream = _tee(out_var, p.runtime.downstream)
        if p.runtime.pipeline_variable is not None:
            p.runtime.downstream = _hold(p.runtime.pipeline_variable, p.runtime.downstream)


def _feed(value: Any, feed: Emit) -> None:
    if isinstance(value, (list, tuple, range)):      # range: `1..N | ...`, enumerated as it goes
        for item in value:
            if item is not AUTOMATION_NULL:             # as PowerShell's pipe, which drops "nothing"
                feed(item)
    elif value is not AUTOMATION_NULL:
        own = getattr(type(value), "ps_enumerate", None)
        if own is not None:                             # an enumerator: the items it has left
            for item in own(value):
                feed(item)
            return
        feed(value)


def _hold(variable: tuple, emit: Emit) -> Emit:
    """-PipelineVariable: the variable holds each object the command writes while it goes on."""
    vars_, key = variable

    def hold(obj: Any) -> None:
        vars_[key] = obj
        emit(obj)
    return hold


def _tee(store: list, emit: Emit) -> Emit:
    def tee(obj: Any) -> None:
        store.append(obj)
        emit(obj)
    return tee


def _run_processors(processors: list[Any], source: Any, source_redirector: Any) -> None:
    ctx = processors[0].ctx
    start = 0
    try:
        for p in processors:
            p.begin()
        if source is not None:
            first = processors[0]
            value = source(ctx)
            many = getattr(first, "process_records", None)
            if many is not None and source_redirector is None and isinstance(value, (list, tuple)):
                if any(map(is_, value, repeat(AUTOMATION_NULL))):     # C speed: this runs over every object
                    value = [item for item in value if item is not AUTOMATION_NULL]
                many(value)
            else:
                feed = first.process_record
                _feed(value, source_redirector.output(feed) if source_redirector else feed)
        else:
            processors[0].process_alone()
    except StopUpstream as stop:
        # A command has all it needs (Select-Object -First): the commands before it stop here,
        # it and the ones after it still end.
        start = _stopping_command(processors, stop)
    i = start
    while i < len(processors):
        try:
            processors[i].end()
            i += 1
        except StopUpstream as stop:
            # A command further down stopped while an earlier one was writing its last objects.
            k = _stopping_command(processors, stop)
            i = k if k > i else i + 1


def _stopping_command(processors: list[Any], stop: StopUpstream) -> int:
    """Where in this pipeline the command that raised `stop` is; a command of an enclosing pipeline
    (a pipeline inside a script block feeding it) is not here, and the signal travels on up."""
    for k, p in enumerate(processors):
        if p is stop.owner or p.runtime is stop.owner:
            return k
    raise stop


def make_processor(ctx: Any, spec: CommandSpec, expects_input: bool, position: int = 1) -> Any:
    from pyshell.commands.functions import FunctionInfo, FunctionProcessor, ScriptBlockProcessor
    from pyshell.runtime.scriptblock import ScriptBlock
    node = spec.node
    name_extent = node.elements[0].extent
    if spec.name is not None:
        target: Any = spec.name
    else:
        target = spec.name_fn(ctx)
    args = evaluate_args(ctx, spec.args)
    if isinstance(target, ScriptBlock):
        return ScriptBlockProcessor(ctx, target, args, node.extent, spec.invocation == ".", expects_input)
    name = target if isinstance(target, str) else _command_name_of(target)
    if not name:
        from pyshell.runtime.context import runtime_error
        op = spec.invocation if spec.invocation in ("&", ".") else "&"
        raise runtime_error(f"The expression after '{op}' in a pipeline element produced an object that was not "
                            "valid. It must result in a command name, a script block, or a CommandInfo object.",
                            "BadExpression", name_extent)
    resolved = ctx.commands.resolve(name, ctx)
    if resolved is None:
        from pyshell.commands.scripts import load_script, looks_like_path, resolve_script
        path = resolve_script(name, ctx) if looks_like_path(name) else None
        if path is None:
            from pyshell.commands.registry import command_not_found
            raise command_not_found(ctx, name, name_extent)
        if _asks_for_help(args):
            return _help_processor(ctx, path, node.extent, expects_input, position)
        _check_execution_policy(ctx, name, path, name_extent)
        block = load_script(ctx, path, name_extent)
        proc = ScriptBlockProcessor(ctx, block, args, node.extent, spec.invocation == ".", expects_input,
                                    script_path=path)
        proc.catches_exit = not ctx.exit_ends_session
        return proc
    if _asks_for_help(args):
        return _help_processor(ctx, name, node.extent, expects_input, position)
    if isinstance(resolved, FunctionInfo):
        return FunctionProcessor(ctx, resolved, args, node.extent, expects_input, spec.invocation == ".")
    return CmdletProcessor(ctx, resolved, args, node.extent, expects_input, position)


def _asks_for_help(args: list[Arg]) -> bool:
    """`command -?`: the command does not run; its help is shown instead."""
    return any(a.kind == "param" and a.name == "?" for a in args)


def _help_processor(ctx: Any, name: str, extent: Extent, expects_input: bool, position: int) -> Any:
    get_help = ctx.commands.resolve("Get-Help", ctx)
    return CmdletProcessor(ctx, get_help, [Arg("value", name, extent)], extent, expects_input, position)


_COMMAND_INFO_TYPES = ("System.Management.Automation.CommandInfo", "System.Management.Automation.CmdletInfo",
                       "System.Management.Automation.FunctionInfo", "System.Management.Automation.AliasInfo",
                       "System.Management.Automation.ExternalScriptInfo")


def _command_name_of(target: Any) -> str:
    """What `& $value` runs when the value is not a script block: a CommandInfo (Get-Command's
    output) by its name, anything else by its PowerShell string form (never a Python repr)."""
    from pyshell.runtime.conversion import to_string
    from pyshell.runtime.members import get_member
    from pyshell.runtime.values import PSObject
    if isinstance(target, PSObject) and any(t in _COMMAND_INFO_TYPES for t in target.type_names):
        return to_string(get_member(target, "Name"))
    return to_string(target)


class CmdletProcessor:
    def __init__(self, ctx: Any, cls: type, args: list[Arg], extent: Extent, expects_input: bool,
                 position: int = 1):
        self.ctx = ctx
        name = cls.command_name()
        self.runtime = CommandRuntime(ctx, extent, name)
        self.cmd = cls(self.runtime)
        self.binder = Binder(cls.metadata, self.cmd, name, extent, ctx, cls.implementing_type,
                             supports_should_process=cls.supports_should_process)
        self.binder.position = position   # named in the prompt for missing mandatory parameters
        self.binder.bind_arguments(args)
        self.binder.resolve_set(expects_input)
        self.apply_common()
        self.cmd.bound_parameters = self.binder.bound
        self.cmd.parameter_set_name = self.binder.set_name
        self.takes_input = any(p.takes_pipeline for p in cls.metadata.parameters)
        # Mandatory parameters left for the pipeline to supply: only then is each object checked.
        self.input_mandatory = any(o.mandatory and (o.pipeline or o.by_property_name)
                                   for p in cls.metadata.parameters for o in p.set_options.values())
        self.began = False
        self.plain_input: Any = _UNDECIDED
        # A command's own way to take one input object at a time, when its input needs no binding
        # (Cmdlet.record_stream): decided with plain_input, on the first object.
        self.stream: Callable[[Any], None] | None = None

    def apply_common(self) -> None:
        self.cmd.common_parameters = self.binder.common
        self.out_variable = apply_common_parameters(self.ctx, self.runtime, self.binder.common, self.binder.qualifier)

    def guard(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except (PSError, FlowSignal):
            raise
        except RecursionError:
            raise
        except KeyboardInterrupt:
            raise
        except Exception as exc:  # noqa: BLE001 - a bug in a command must not reach the user as a traceback
            raise self.internal_error(exc) from exc

    def internal_error(self, exc: Exception) -> PSError:
        if is_illegal_path(exc):
            return PSError(self.cmd.error_record(ILLEGAL_PATH, "System.ArgumentException",
                                                 ErrorCategory.NotSpecified, exception_type="ArgumentException"))
        return PSError(ErrorRecord(message=f"{type(exc).__name__}: {exc}", error_id="InternalError",
                                   category=ErrorCategory.NotSpecified, exception_type="InternalError",
                                   command_name=self.runtime.command_name, extent=self.runtime.extent))

    def begin(self) -> None:
        if self.began:
            return
        self.began = True
        if self.binder.tracer is not None:
            self.binder.tracer.calling("BeginProcessing")
        self.guard(self.cmd.begin)

    def process_record(self, obj: Any) -> None:
        stream = self.stream
        if stream is not None:
            try:
                stream(obj)
            except (PSError, FlowSignal, RecursionError, KeyboardInterrupt):
                raise
            except Exception as exc:  # noqa: BLE001 - as in guard()
                raise self.internal_error(exc) from exc
            return
        if not self.began:
            # An upstream command wrote during its own begin: this one begins first, as in PowerShell.
            self.begin()
        plain = self.plain_input
        if plain is _UNDECIDED:
            plain = self.decide_plain_input()
            if self.stream is not None:
                self.process_record(obj)
                return
        if plain is not None:
            # The one parameter that takes input takes any object as it is: no binding to do.
            attr, name = plain
            if obj is AUTOMATION_NULL:
                obj = None
            setattr(self.cmd, attr, obj)
            self.binder.bound[name] = obj
            try:
                self.cmd.process()
            except (PSError, FlowSignal, RecursionError, KeyboardInterrupt):
                raise
            except Exception as exc:  # noqa: BLE001 - as in guard()
                raise self.internal_error(exc) from exc
            return
        if not self.binder.bind_pipeline(obj):
            self.runtime.emit_error(self.binder.input_not_bound(obj, self.runtime.extent))
            return
        if len(self.binder.candidates) == 1:
            self.cmd.parameter_set_name = self.binder.candidates[0]
        # A mandatory parameter the input was to supply (by property name) and did not: asked for
        # when someone can answer, otherwise this object is an error and the next one is tried.
        if self.input_mandatory:
            try:
                self.binder.check_mandatory(self.binder.set_name, False)
            except PSError as exc:
                self.runtime.emit_error(exc.record)
                return
        self.guard(self.cmd.process)

    def decide_plain_input(self) -> tuple[str, str] | None:
        plain = self.plain_input = _plain_input(self.binder, self.ctx)
        if plain is not None:
            self.cmd.parameter_set_name = self.binder.candidates[0]
            # A tracer that put its own process_record on this processor sees every object.
            if "process_record" not in self.__dict__:
                self.stream = self.cmd.record_stream()
        return plain

    def process_records(self, items: list | tuple) -> None:
        """Each of `items` in turn, as process_record takes them. A command that declares
        process_batch gets them all in one call when its input needs no binding (see _plain_input),
        which saves the calls per object that would only repeat the same decisions."""
        if not self.began:
            self.begin()
        batch = getattr(self.cmd, "process_batch", None)
        # A tracer that put its own process_record on this processor sees every object.
        if batch is not None and "process_record" not in self.__dict__:
            plain = self.plain_input
            if plain is _UNDECIDED:
                plain = self.decide_plain_input()
            if plain is not None:
                try:
                    batch(items)
                except (PSError, FlowSignal, RecursionError, KeyboardInterrupt):
                    raise
                except Exception as exc:  # noqa: BLE001 - as in guard()
                    raise self.internal_error(exc) from exc
                return
        record = self.process_record
        for obj in items:
            record(obj)

    def process_alone(self) -> None:
        if self.binder.candidates and len(self.binder.candidates) > 1:
            self.binder.resolve_set(False)
            self.cmd.parameter_set_name = self.binder.set_name
        self.guard(self.cmd.process)

    def end(self) -> None:
        if not self.began:
            self.begin()
        if self.binder.tracer is not None:
            self.binder.tracer.calling("EndProcessing")
        self.guard(self.cmd.end)


_UNDECIDED = object()


def _plain_input(binder: Binder, ctx: Any) -> tuple[str, str] | None:
    """(attribute, name) of the parameter that takes every pipeline object when binding can only
    ever put the object itself there: one parameter set is left, exactly one parameter of it takes
    input by value, none by property name, that one is not bound already and its type accepts any
    value unchanged (Where-Object's and ForEach-Object's -InputObject). None otherwise, and while
    parameter binding is being traced, so that the binder reports every object."""
    if len(binder.candidates) != 1 or getattr(ctx, "binding_tracer", None) is not None:
        return None
    set_name = binder.candidates[0]
    found = None
    for p in binder.meta.parameters:
        opts = p.options(set_name) if p.in_set(set_name) else None
        if opts is None:
            continue
        if opts.by_property_name or (opts.pipeline and found is not None):
            return None
        if opts.pipeline:
            found = p
    if found is None or found.name in binder.bound or found.type not in (object, PSObject):
        return None
    return found.attr, found.name
