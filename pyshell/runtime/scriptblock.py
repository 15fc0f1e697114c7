"""Script block values: compiled once, invoked many times."""
from __future__ import annotations

from pyshell.structs import dataclass, field
from pyshell.language import nodes as N
from pyshell.runtime.flow import ReturnSignal
from pyshell.runtime.scope import MISSING

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    Stmt = Callable[[Any, Callable[[Any], None]], None]


@dataclass
class CompiledBlock:
    node: N.ScriptBlock
    begin: Stmt | None
    process: Stmt | None
    end: Stmt | None
    params: tuple[N.ParameterDecl, ...]
    defaults: dict[str, Callable[[Any], Any]] = field(default_factory=dict)
    # When the body is one plain expression: its compiled form, for per-object predicates.
    single_expression: Callable[[Any], Any] | None = None
    # The parameters as CommandMetadata, built on first invocation (commands/function_metadata.py).
    metadata: Any = None


class ScriptBlock:
    """The value of `{ ... }`. Runs in the scope it is invoked from (PowerShell's dynamic scoping)."""

    ps_type_name = "System.Management.Automation.ScriptBlock"
    __slots__ = ("node", "block")

    def __init__(self, node: N.ScriptBlock, block: CompiledBlock):
        self.node = node
        self.block = block

    def ps_to_string(self) -> str:
        text = self.node.extent.text
        return text[1:-1] if text.startswith("{") and text.endswith("}") else text

    def invoke(self, ctx: Any, emit: Callable[[Any], None], args: list | tuple = (), dollar_under: Any = MISSING,
               input_objects: list | None = None, new_scope: bool = True) -> None:
        """Run begin, process (once, or once per input object) and end, writing output to `emit`."""
        block = self.block
        parent = ctx.push_scope() if new_scope else None
        vars_ = ctx.scope.vars
        saved_under = vars_.get("_", MISSING) if not new_scope else MISSING
        try:
            vars_["args"] = list(args)
            if dollar_under is not MISSING:
                vars_["_"] = dollar_under
            self.bind_params(ctx, args)
            if input_objects is not None:
                vars_["input"] = list(input_objects)
            try:
                if block.begin:
                    block.begin(ctx, emit)
                if block.process:
                    items = input_objects if input_objects is not None else [dollar_under if dollar_under is not MISSING else None]
                    for item in items:
                        vars_["_"] = item
                        block.process(ctx, emit)
                if block.end:
                    block.end(ctx, emit)
            except ReturnSignal as ret:
                ret.flush(emit)
                if ret.value is not None:
                    from pyshell.runtime.compile_statements import emit_value
                    emit_value(ret.value, emit)
        finally:
            if parent is not None:
                ctx.pop_scope(parent)
            elif saved_under is not MISSING:
                vars_["_"] = saved_under

    def bind_params(self, ctx: Any, args: list | tuple) -> None:
        """Simple positional binding of `param()` names from `args` (functions use the full binder)."""
        vars_ = ctx.scope.vars
        for i, p in enumerate(self.block.params):
            key = p.name.lower()
            if i < len(args):
                vars_[key] = args[i]
            else:
                default = self.block.defaults.get(key)
                vars_[key] = default(ctx) if default else None
        if self.block.params and len(args) > len(self.block.params):
            vars_["args"] = list(args[len(self.block.params):])
        elif self.block.params:
            vars_["args"] = []

    def collect(self, ctx: Any, **kwargs: Any) -> list:
        out: list = []
        self.invoke(ctx, out.append, **kwargs)
        return out

    def new_closure(self, ctx: Any) -> "ClosureScriptBlock":
        """GetNewClosure(): the same code bound to a copy of the variables of the current scope (the
        simple ones: not ReadOnly, Constant or otherwise optioned), as PowerShell binds it to a new
        dynamic module holding them. That scope's parent is the global scope, so the variables of
        the caller's other scopes are not seen from inside, as in PowerShell."""
        from pyshell.runtime.scope import NONE, Scope, variable_info
        current = ctx.scope
        module = Scope(ctx.global_scope, is_script=True)
        for key, value in current.vars.items():
            info = variable_info(current, key)
            if info is not None and info.options != NONE:
                continue
            module.vars[key] = value
            constraint = current.constraints.get(key)
            if constraint is not None:
                module.constraints[key] = constraint
        b = self.block
        # no single_expression: no shortcut evaluating it in the caller's scope
        block = CompiledBlock(b.node, b.begin, b.process, b.end, b.params, b.defaults, None, b.metadata)
        return ClosureScriptBlock(self.node, block, module)


class ClosureScriptBlock(ScriptBlock):
    """A script block made by GetNewClosure(): it runs in (a child of) its own scope of captured
    variables, whoever invokes it. `closure_scope` is also that scope for ForEach-Object and
    Where-Object, which run a block in place (cmdlet.run_script_block)."""

    __slots__ = ("closure_scope",)

    def __init__(self, node: N.ScriptBlock, block: CompiledBlock, closure_scope: Any):
        super().__init__(node, block)
        self.closure_scope = closure_scope

    def invoke(self, ctx: Any, emit: Callable[[Any], None], args: list | tuple = (), dollar_under: Any = MISSING,
               input_objects: list | None = None, new_scope: bool = True) -> None:
        saved, saved_script = ctx.scope, ctx.script_scope
        ctx.scope = ctx.script_scope = self.closure_scope
        try:
            super().invoke(ctx, emit, args, dollar_under, input_objects, new_scope)
        finally:
            ctx.scope, ctx.script_scope = saved, saved_script


class DelayParsedScriptBlock(ScriptBlock):
    """A script block kept as text until something needs its tree or its code, as PowerShell keeps
    its built-in functions (the default `prompt`): a session that never looks at one never parses
    it. The first read of `node` or `block` parses and compiles the text and fills both slots."""

    __slots__ = ("_text", "_compiler")

    def __init__(self, text: str, compiler: Any):
        # ScriptBlock's own slots stay empty here: __getattr__ fills them on first use.
        self._text = text
        self._compiler = compiler

    def __getattr__(self, name: str) -> Any:
        # Only reached while a slot is still empty (a set slot answers before __getattr__ is asked).
        if name not in ("node", "block"):
            raise AttributeError(name)
        made = self._compiler.script_block_from_text(None, self._text)
        self.node, self.block = made.node, made.block
        return made.node if name == "node" else made.block
