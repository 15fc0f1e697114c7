"""Functions and script blocks as pipeline commands."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pyshell.commands.binder import Arg
from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.language.source import Extent
from pyshell.runtime.context import MAX_CALL_DEPTH
from pyshell.runtime.flow import ReturnSignal
from pyshell.runtime.scope import MISSING
from pyshell.runtime.scriptblock import ScriptBlock


@dataclass
class FunctionInfo:
    name: str
    body: ScriptBlock
    is_filter: bool = False


class _Runtime:
    def __init__(self, ctx: Any, extent: Extent, name: str):
        self.context = ctx
        self.extent = extent
        self.command_name = name
        self.downstream: Any = lambda obj: None


class ScriptBlockProcessor:
    """`& { ... }` / `. { ... }` / a function: runs begin, then process per input object, then end."""

    def __init__(self, ctx: Any, block: ScriptBlock, args: list[Arg], extent: Extent, dot: bool,
                 expects_input: bool, name: str = ""):
        self.ctx = ctx
        self.block = block
        self.runtime = _Runtime(ctx, extent, name)
        self.dot = dot
        self.expects_input = expects_input
        self.named: dict[str, Any] = {}
        self.positional: list[Any] = []
        params = {p.name.lower(): p.name for p in block.block.params}
        i = 0
        while i < len(args):
            a = args[i]
            if a.kind == "param" and params:
                matches = [k for k in params if k.startswith(a.name.lower())]
                exact = a.name.lower() in params
                if exact or len(matches) == 1:
                    key = a.name.lower() if exact else matches[0]
                    if a.has_value:
                        self.named[key] = a.value
                    elif i + 1 < len(args) and args[i + 1].kind == "value":
                        self.named[key] = args[i + 1].value
                        i += 1
                    else:
                        self.named[key] = True
                    i += 1
                    continue
            self.positional.append(a.value if a.kind == "value" else f"-{a.name}")
            i += 1
        self.inputs: list[Any] = []
        self.parent: Any = None

    def _enter(self) -> None:
        if self.ctx.call_depth >= MAX_CALL_DEPTH:
            raise PSError(ErrorRecord(
                message="The script failed due to call depth overflow.", error_id="CallDepthOverflow",
                category=ErrorCategory.InvalidOperation, exception_type="ScriptCallDepthException",
                extent=self.runtime.extent))
        self.ctx.call_depth += 1
        if not self.dot:
            self.parent = self.ctx.push_scope()
        vars_ = self.ctx.scope.vars
        block = self.block.block
        remaining = list(self.positional)
        for p in block.params:
            key = p.name.lower()
            if key in self.named:
                vars_[key] = self.named[key]
            elif remaining:
                vars_[key] = remaining.pop(0)
            else:
                default = block.defaults.get(key)
                vars_[key] = default(self.ctx) if default else None
        vars_["args"] = remaining

    def _leave(self) -> None:
        if self.parent is not None:
            self.ctx.pop_scope(self.parent)
            self.parent = None
        self.ctx.call_depth -= 1

    def _run(self, stmt: Any, item: Any = MISSING) -> None:
        if stmt is None:
            return
        if item is not MISSING:
            self.ctx.scope.vars["_"] = item
        try:
            stmt(self.ctx, self.runtime.downstream)
        except ReturnSignal:
            pass

    def begin(self) -> None:
        self._enter()
        try:
            self._run(self.block.block.begin)
        except BaseException:
            self._leave()
            raise

    def process_record(self, obj: Any) -> None:
        block = self.block.block
        if block.process is not None:
            self._guarded(lambda: self._run(block.process, obj))
        else:
            self.inputs.append(obj)

    def process_alone(self) -> None:
        block = self.block.block
        if block.process is not None:
            self._guarded(lambda: self._run(block.process, None if not self.expects_input else MISSING))

    def _guarded(self, fn: Any) -> None:
        try:
            fn()
        except BaseException:
            self._leave()
            raise

    def end(self) -> None:
        try:
            self.ctx.scope.vars["input"] = self.inputs
            self._run(self.block.block.end)
        finally:
            self._leave()


class FunctionProcessor(ScriptBlockProcessor):
    def __init__(self, ctx: Any, info: FunctionInfo, args: list[Arg], extent: Extent, expects_input: bool,
                 dot: bool = False):
        super().__init__(ctx, info.body, args, extent, dot, expects_input, info.name)
