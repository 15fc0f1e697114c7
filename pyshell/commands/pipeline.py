"""Pipelines: compile a Pipeline node, then at run time resolve and bind every command, begin them
in order, stream each object through process(), and end them in order."""
from __future__ import annotations

from typing import Any, Callable

from pyshell.commands.binder import Arg, Binder
from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.language import nodes as N
from pyshell.language.source import Extent
from pyshell.runtime.flow import FlowSignal, StopUpstream
from pyshell.runtime.values import AUTOMATION_NULL, PSHashtable

Emit = Callable[[Any], None]


class CommandRuntime:
    """What a running command sees: where its output and errors go."""

    def __init__(self, context: Any, extent: Extent, command_name: str):
        self.context = context
        self.extent = extent
        self.command_name = command_name
        self.downstream: Emit = lambda obj: None
        self.error_action: str | None = None
        self.error_variable: list | None = None

    def emit(self, obj: Any) -> None:
        self.downstream(obj)

    def emit_error(self, record: ErrorRecord) -> None:
        if not record.command_name:
            record.command_name = self.command_name
        if record.extent is None or record.extent.source is None:
            record.extent = self.extent
        if self.error_variable is not None:
            self.error_variable.append(record)
        self.context.write_error_record(record, self.error_action)

    def write_stream(self, stream: str, text: str) -> None:
        self.context.write_stream(stream, text)


class ArgSpec:
    __slots__ = ("kind", "name", "value", "extent", "has_value", "bare", "splat")

    def __init__(self, kind: str, extent: Extent, name: str = "", value: Any = None, has_value: bool = False,
                 bare: bool = False, splat: bool = False):
        self.kind, self.extent, self.name, self.value = kind, extent, name, value
        self.has_value, self.bare, self.splat = has_value, bare, splat


class CommandSpec:
    __slots__ = ("node", "name", "name_fn", "args", "invocation")

    def __init__(self, node: N.Command, name: str | None, name_fn: Any, args: list[ArgSpec], invocation: str):
        self.node, self.name, self.name_fn, self.args, self.invocation = node, name, name_fn, args, invocation


def compile_pipeline(compiler: Any, node: N.Pipeline) -> Callable[[Any, Emit], None]:
    stages: list[Any] = []
    for el in node.elements:
        if isinstance(el, N.CommandExpression):
            stages.append(("expr", compiler.expr(el.expression), el))
        else:
            stages.append(("cmd", compile_command(compiler, el), el))
    if len(stages) == 1 and stages[0][0] == "expr" and not stages[0][2].redirections:
        fn = stages[0][1]
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
                    emit(item)
            elif value is not AUTOMATION_NULL:
                emit(value)
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
    return CommandSpec(node, name, name_fn, args, node.invocation)


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
    for i, (kind, payload, node) in enumerate(stages):
        if kind == "expr":
            if i != 0:
                raise PSError(ErrorRecord("Expressions are only allowed as the first element of a pipeline.",
                                          "ExpressionsMustBeFirstInPipeline", ErrorCategory.ParserError,
                                          "ParseException", extent=node.extent))
            continue
        processors.append(make_processor(ctx, payload, expects_input=i > 0))
    source = stages[0][1] if stages[0][0] == "expr" else None
    if not processors:
        return
    for a, b in zip(processors, processors[1:]):
        a.runtime.downstream = b.process_record
    processors[-1].runtime.downstream = emit
    try:
        for p in processors:
            p.begin()
        if source is not None:
            value = source(ctx)
            items = value if isinstance(value, (list, tuple)) else ([] if value is AUTOMATION_NULL else [value])
            first = processors[0]
            for item in items:
                first.process_record(item)
        else:
            processors[0].process_alone()
        for p in processors:
            p.end()
    except StopUpstream as stop:
        # A command downstream has all it needs: end the ones after the one that stopped.
        idx = next((k for k, p in enumerate(processors) if p is stop.owner), -1)
        for p in processors[idx:]:
            p.end()


def make_processor(ctx: Any, spec: CommandSpec, expects_input: bool) -> Any:
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
    name = target if isinstance(target, str) else str(target)
    resolved = ctx.commands.resolve(name, ctx)
    if resolved is None:
        from pyshell.commands.registry import command_not_found
        raise command_not_found(ctx, name, name_extent)
    if isinstance(resolved, FunctionInfo):
        return FunctionProcessor(ctx, resolved, args, node.extent, expects_input, spec.invocation == ".")
    return CmdletProcessor(ctx, resolved, args, node.extent, expects_input)


class CmdletProcessor:
    def __init__(self, ctx: Any, cls: type, args: list[Arg], extent: Extent, expects_input: bool):
        self.ctx = ctx
        name = cls.command_name()
        self.runtime = CommandRuntime(ctx, extent, name)
        self.cmd = cls(self.runtime)
        self.binder = Binder(cls.metadata, self.cmd, name, extent, ctx, cls.implementing_type,
                             supports_should_process=cls.supports_should_process)
        self.binder.bind_arguments(args)
        self.binder.resolve_set(expects_input)
        self.apply_common()
        self.cmd.bound_parameters = self.binder.bound
        self.cmd.parameter_set_name = self.binder.set_name
        self.takes_input = any(p.takes_pipeline for p in cls.metadata.parameters)

    def apply_common(self) -> None:
        common = self.binder.common
        self.cmd.common_parameters = common
        if "ErrorAction" in common:
            from pyshell.runtime.conversion import to_string
            self.runtime.error_action = to_string(common["ErrorAction"])
        if "ErrorVariable" in common:
            name = str(common["ErrorVariable"])
            append = name.startswith("+")
            key = name.lstrip("+").lower()
            existing = self.ctx.get_var(key) if append else None
            self.runtime.error_variable = list(existing) if isinstance(existing, list) else []
            self.ctx.set_var(key, self.runtime.error_variable)

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
            raise PSError(ErrorRecord(message=f"{type(exc).__name__}: {exc}", error_id="InternalError",
                                      category=ErrorCategory.NotSpecified, exception_type="InternalError",
                                      command_name=self.runtime.command_name, extent=self.runtime.extent)) from exc

    def begin(self) -> None:
        self.guard(self.cmd.begin)

    def process_record(self, obj: Any) -> None:
        if not self.binder.bind_pipeline(obj):
            self.runtime.emit_error(self.binder.error(
                "The input object cannot be bound to any parameters for the command either because the command does "
                "not take pipeline input or the input and its properties do not match any of the parameters that "
                "take pipeline input.", "InputObjectNotBound", self.runtime.extent, target=obj).record)
            return
        if len(self.binder.candidates) == 1:
            self.cmd.parameter_set_name = self.binder.candidates[0]
        self.guard(self.cmd.process)

    def process_alone(self) -> None:
        if self.binder.candidates and len(self.binder.candidates) > 1:
            self.binder.resolve_set(False)
            self.cmd.parameter_set_name = self.binder.set_name
        self.guard(self.cmd.process)

    def end(self) -> None:
        self.guard(self.cmd.end)
