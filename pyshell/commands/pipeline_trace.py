"""The pipeline explain view (Trace-Pipeline, `pyshell --explain`): what each stage of a pipeline
took in and gave out, and why Where-Object kept or dropped each object.

While `ctx.pipeline_tracer` holds a :class:`PipelineTracer`, `run_stages` hands it each pipeline
it is about to run (see pipeline.py). The tracer counts the objects that enter and leave every
stage, remembers the first few by their identity, and for a Where-Object stage works out the
condition for each object: the value of each side of a comparison such as
`$_.SaslNegotiation -eq "Required"`, and whether the whole was True (kept) or False (dropped).

The pipeline's own output is held back until it has finished, so that the report (written to the
host) comes first and the objects follow, unchanged, to wherever they were going. Pipelines that
run inside a traced one (in a function it calls, in a ForEach-Object block) are not traced
themselves: the view is about the pipeline the user wrote.
"""
from __future__ import annotations

from pyshell.errors import PSError
from pyshell.language import nodes as N
from pyshell.runtime.scope import MISSING, restore_variable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

DEFAULT_SAMPLE = 5
_IDENTITY_WIDTH = 40
_PURE = (N.Variable, N.Member, N.Constant, N.StringConstant, N.Index, N.Paren, N.ArrayLiteral, N.TypeLiteral)
_LOGICAL = ("and", "or", "xor")


def identity_of(obj: Any) -> str:
    """How the report names an object: its Identity, else its Name, else its text."""
    from pyshell.runtime.conversion import to_string
    from pyshell.runtime.values import PSObject
    text = None
    if isinstance(obj, PSObject):
        for key in ("Identity", "Name", "Id"):
            if obj.has(key):
                value = obj.get(key)
                if value is not None:
                    text = to_string(value)
                    break
    if text is None:
        try:
            text = to_string(obj)
        except Exception:  # noqa: BLE001 - an object that cannot be shown is shown by its type
            text = type(obj).__name__
    if obj is None:
        text = "$null"
    text = " ".join(text.split())
    return text if len(text) <= _IDENTITY_WIDTH else text[:_IDENTITY_WIDTH - 3] + "..."


def _shown(value: Any) -> str:
    from pyshell.runtime.conversion import to_string
    if value is None:
        return "$null"
    if isinstance(value, bool):
        return "$true" if value else "$false"
    if isinstance(value, (list, tuple)):
        inner = ", ".join(_shown(v) for v in list(value)[:4])
        return "@(" + inner + (", ..." if len(value) > 4 else "") + ")"
    try:
        text = " ".join(to_string(value).split())
    except Exception:  # noqa: BLE001
        text = type(value).__name__
    if isinstance(value, str):
        text = f'"{text}"'
    return text if len(text) <= 50 else text[:47] + "..."


class _Stage:
    def __init__(self, label: str) -> None:
        self.label = label
        self.entered = 0
        self.left = 0
        self.samples: list[str] = []
        self.decisions: list[str] = []
        self.more_decisions = 0


class PipelineTracer:
    """Traces the pipelines run_stages gives it (see the module docstring)."""

    def __init__(self, sample: int = DEFAULT_SAMPLE, write: Callable[[str], None] | None = None):
        self.sample = max(sample, 1)
        self.write = write            # None: the session's host
        self._compiled: dict[int, Any] = {}

    # -- running -----------------------------------------------------------------------------------
    def run(self, ctx: Any, stages: list[Any], processors: list[Any], emit: Callable[[Any], None],
            wire: Callable[[Callable[[Any], None]], None], start: Callable[[], None]) -> None:
        """Run one pipeline with every stage instrumented, then report and let its output go on.
        `wire(emit)` connects the processors as run_stages does; `start()` runs them."""
        ctx.pipeline_tracer = None          # pipelines inside this one are not traced
        sample = self.sample
        report: list[_Stage] = []
        source = None
        if stages[0][0] == "expr":
            source = _Stage(stages[0][2].extent.text)
            report.append(source)
        commands = [node for kind, _, node in stages if kind == "cmd"]
        own = [_Stage(node.extent.text) for node in commands]
        report.extend(own)
        held: list[Any] = []
        try:
            for i, p in enumerate(processors):
                # Instance attributes: the wiring below links each command to the instrumented input.
                p.process_record = self._feeder(ctx, p, own[i], source if i == 0 else None, sample)
            wire(held.append)
            for i, p in enumerate(processors):
                p.runtime.downstream = self._counter(own[i], p.runtime.downstream, sample)
            try:
                start()
            finally:
                self._write(ctx, self.render(report))
                for obj in held:
                    emit(obj)
        finally:
            ctx.pipeline_tracer = self

    @staticmethod
    def _counter(stage: _Stage, inner: Callable[[Any], None], sample: int) -> Callable[[Any], None]:
        def out(obj: Any) -> None:
            stage.left += 1
            if len(stage.samples) < sample:
                stage.samples.append(identity_of(obj))
            inner(obj)
        return out

    def _feeder(self, ctx: Any, proc: Any, stage: _Stage, source: _Stage | None,
                sample: int) -> Callable[[Any], None]:
        target = proc.process_record
        explain = self._explainer(ctx, proc)

        def into(obj: Any) -> None:
            if source is not None:
                source.left += 1
                if len(source.samples) < sample:
                    source.samples.append(identity_of(obj))
            stage.entered += 1
            before = stage.left
            target(obj)
            if explain is not None:
                if len(stage.decisions) < sample * 2:
                    kept = stage.left > before
                    stage.decisions.append(f"{'kept   ' if kept else 'dropped'}  {identity_of(obj)}: "
                                           f"{explain(obj, kept)}")
                else:
                    stage.more_decisions += 1
        return into

    # -- Where-Object ---------------------------------------------------------------------------------
    def _explainer(self, ctx: Any, proc: Any) -> Callable[[Any, bool], str] | None:
        cmd = getattr(proc, "cmd", None)
        if cmd is None or cmd.command_name() != "Where-Object":
            return None
        block = getattr(cmd, "filter_script", None)
        if block is not None:
            expr = _single_expression(block.node)
            if expr is None:
                text = " ".join(block.node.extent.text.split())
                return lambda obj, kept: f"{text} was {'True' if kept else 'False'}"
            return lambda obj, kept: self._explain_expr(ctx, expr, obj, kept)
        name = getattr(cmd, "property", None)
        if name is None:
            return None

        def simplified(obj: Any, kept: bool) -> str:
            from pyshell.runtime.members import get_member
            op, _ = type(cmd)._BY_SET.get(cmd.parameter_set_name, ("eq", False))
            try:
                actual = get_member(obj, name) if obj is not None else None
            except PSError:
                actual = None
            if op == "not":
                return f"{name} is {_shown(actual)}, so -Not is {kept}"
            if not cmd.is_bound(type(cmd).value):
                return f"{name} is {_shown(actual)}, which counts as {kept}"
            return f"{name} is {_shown(actual)}, so -{op} {_shown(cmd.value)} is {kept}"
        return simplified

    def _explain_expr(self, ctx: Any, expr: Any, obj: Any, kept: bool) -> str:
        parts = self._explain_parts(ctx, expr, obj)
        return parts if parts is not None else f"{_src(expr)} is {kept}"

    def _explain_parts(self, ctx: Any, expr: Any, obj: Any) -> str | None:
        if not isinstance(expr, N.Binary):
            if isinstance(expr, _PURE):
                value = self._value(ctx, expr, obj)
                return f"{_src(expr)} is {_shown(value)}"
            return None
        if expr.operator in _LOGICAL:
            left = self._explain_parts(ctx, expr.left, obj)
            right = self._explain_parts(ctx, expr.right, obj)
            if left is None or right is None:
                return None
            whole = self._value(ctx, expr, obj)
            return f"({left}) -{expr.operator} ({right}): {_truth(whole)}"
        if not isinstance(expr.left, _PURE) or not isinstance(expr.right, _PURE):
            return None
        left = self._value(ctx, expr.left, obj)
        whole = self._value(ctx, expr, obj)
        right_text = _src(expr.right) if isinstance(expr.right, (N.Constant, N.StringConstant)) else \
            f"{_src(expr.right)} ({_shown(self._value(ctx, expr.right, obj))})"
        return f"{_src(expr.left)} is {_shown(left)}, so -{expr.operator} {right_text} is {_truth(whole)}"

    def _value(self, ctx: Any, node: Any, obj: Any) -> Any:
        fn = self._compiled.get(id(node))
        if fn is None:
            fn = ctx.compiler.expr(node)
            self._compiled[id(node)] = fn
        vars_ = ctx.scope.vars
        saved = vars_.get("_", MISSING)
        vars_["_"] = obj
        try:
            return fn(ctx)
        except PSError:
            return None
        finally:
            restore_variable(vars_, "_", saved)

    # -- the report ---------------------------------------------------------------------------------
    def render(self, report: list[_Stage]) -> str:
        sample = self.sample
        whole = " | ".join(s.label for s in report)
        lines = [f"Pipeline: {whole}"]
        for n, stage in enumerate(report, start=1):
            lines.append(f"  [{n}] {stage.label}")
            entered = "-" if n == 1 else str(stage.entered)
            lines.append(f"      in: {entered}  out: {stage.left}")
            if stage.decisions:
                lines.extend(f"      {d}" for d in stage.decisions)
                if stage.more_decisions:
                    lines.append(f"      ... and {stage.more_decisions} more")
            elif stage.samples:
                more = stage.left - len(stage.samples)
                shown = ", ".join(stage.samples[:sample])
                lines.append(f"      first: {shown}" + (f" (and {more} more)" if more > 0 else ""))
        return "\n".join(lines) + "\n\n"

    def _write(self, ctx: Any, text: str) -> None:
        if self.write is not None:
            self.write(text)
        else:
            ctx.host.write(text)


def _single_expression(block: Any) -> Any:
    """The expression of `{ <expression> }`, or None for anything longer."""
    if block.begin or block.process or not block.end or len(block.end.statements) != 1:
        return None
    stmt = block.end.statements[0]
    if isinstance(stmt, N.Pipeline) and len(stmt.elements) == 1 and isinstance(stmt.elements[0], N.CommandExpression):
        return stmt.elements[0].expression
    return None


def _src(node: Any) -> str:
    return " ".join(node.extent.text.split())


def _truth(value: Any) -> str:
    from pyshell.runtime.conversion import to_bool
    try:
        return "True" if to_bool(value) else "False"
    except Exception:  # noqa: BLE001
        return "?"
