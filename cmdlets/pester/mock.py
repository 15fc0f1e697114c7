"""Mock and Assert-MockCalled: replace a command for the rest of the block that defines the mock,
and count how it was called."""
from __future__ import annotations

from cmdlets.pester.blocks import pester
from cmdlets.pester.state import MockCall, MockDefinition
from pyshell.commands.binder import Arg
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.functions import FunctionInfo
from pyshell.commands.parameters import Example, Parameter, compile_metadata
from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.language.source import MISSING as NO_EXTENT
from pyshell.runtime.conversion import to_bool
from pyshell.runtime.scriptblock import CompiledBlock, ScriptBlock
from pyshell.runtime.types import ScriptBlockType
from pyshell.runtime.values import PSHashtable, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def _original(ctx: Any, name: str) -> Any:
    target = ctx.commands.resolve(name, ctx)
    while isinstance(target, FunctionInfo) and getattr(target, "mocked", None) is not None:
        target = target.mocked
    return target


def _cmdlet_parameters(original: Any) -> Any:
    """A cmdlet's parameters, each spelled as the variable a mock body reads ($Identity, $LocalStore)."""
    from pyshell.commands.parameters import Parameter as P
    params = []
    for p in original.metadata.parameters:
        copy = P(p.type, name=p.name, sets=dict(p.set_options), aliases=p.aliases, help=p.help,
                 remaining=getattr(p, "remaining", False))
        copy.attr = p.name.lower()
        params.append(copy)
    return compile_metadata(original.command_name(), params, original.metadata.default_set)


class Mock(Cmdlet):
    """Replaces a command with a script block for the rest of the current block (Pester)."""

    command_word = "Mock"
    command_name_ = Parameter(str, name="CommandName", position=0, mandatory=True, help="The command to replace.")
    mock_with = Parameter(ScriptBlockType, position=1, help="What the command does instead (default: nothing).")
    parameter_filter = Parameter(ScriptBlockType, help="Use this mock only for calls whose parameters make it true.")
    verifiable = Parameter(SwitchParameter, help="Assert-VerifiableMock checks that the mock was used.")
    module_name = Parameter(str, help="Accepted for compatibility; pyshell's mocks apply everywhere.")

    examples = (Example('Describe "m" { It "mocks" { Mock Get-CsAdminRole { "fake" }; Get-CsAdminRole | Should -Be "fake" } }',
                        "Replaces Get-CsAdminRole inside one test."),)

    def end(self) -> None:
        ctx = self.context
        state = pester(self)
        name = self.command_name_
        original = _original(ctx, name)
        if original is None:
            self.throw_terminating(self.error_record(f"Could not find Command {name}", "MockCommandNotFound",
                                                     ErrorCategory.ObjectNotFound, target=name))
        key = original.name.lower() if isinstance(original, FunctionInfo) else original.command_name().lower()
        frame_id = state.frames[-1].id if state.frames else 0
        definition = MockDefinition(self.mock_with, self.parameter_filter, bool(self.verifiable), frame_id)
        state.mocks.setdefault(key, []).append(definition)
        existing = ctx.scope.functions.get(key)
        if isinstance(existing, FunctionInfo) and getattr(existing, "mocked", None) is not None:
            return
        display = original.name if isinstance(original, FunctionInfo) else original.command_name()

        def run_mock(run_ctx: Any, emit: Any) -> None:
            bound = run_ctx.scope.vars.get("psboundparameters") or PSHashtable()
            frames = tuple(f.id for f in state.frames)
            state.calls.append(MockCall(key, bound.copy(), frames, state.current_it))
            for mock in reversed(state.mocks.get(key, [])):
                if mock.parameter_filter is None or to_bool(
                        mock.parameter_filter.collect(run_ctx, new_scope=False)):
                    mock.used = True
                    if mock.body is not None:
                        mock.body.invoke(run_ctx, emit, new_scope=False)
                    return
            _call_original(run_ctx, original, bound, emit)

        ctx.scope.functions[key] = _mock_function(display, original, run_mock)


def _mock_function(display: str, original: Any, run_mock: Any) -> FunctionInfo:
    """A function that takes the original command's parameters and runs `run_mock`."""
    if isinstance(original, FunctionInfo):
        node = original.body.node
        block = CompiledBlock(node, None, None, run_mock, original.body.block.params, original.body.block.defaults)
    else:
        from pyshell.language.parser import parse
        node = parse("param()").tree
        block = CompiledBlock(node, None, None, run_mock, ())
        block.metadata = _cmdlet_parameters(original)
    info = FunctionInfo(display, ScriptBlock(node, block))
    info.mocked = original
    return info


def _call_original(ctx: Any, original: Any, bound: PSHashtable, emit: Any) -> None:
    from pyshell.commands.pipeline import CmdletProcessor
    args = [Arg("param", v, NO_EXTENT, str(k), True) for k, v in bound.items()]
    if isinstance(original, FunctionInfo):
        out = original.body.collect(ctx, args=[v for _, v in bound.items()])
        for item in out:
            emit(item)
        return
    proc = CmdletProcessor(ctx, original, args, NO_EXTENT, False)
    proc.runtime.downstream = emit
    proc.begin()
    proc.process_alone()
    proc.end()


class AssertMockCalled(Cmdlet):
    """Fails the test unless a mocked command was called as expected (Pester)."""

    verb, noun = "Assert", "MockCalled"
    command_name_ = Parameter(str, name="CommandName", position=0, mandatory=True, help="The mocked command.")
    times = Parameter(int, position=1, default=1, help="How many calls are expected (at least, unless -Exactly).")
    exactly = Parameter(SwitchParameter, help="The number of calls must be exactly -Times.")
    parameter_filter = Parameter(ScriptBlockType, help="Count only the calls whose parameters make this true.")
    scope = Parameter(str, help="Count the calls of this It, Context or Describe (default: the current block).")
    module_name = Parameter(str, help="Accepted for compatibility.")

    examples = (Example('Describe "m" { It "calls" { Mock Get-CsAdminRole {}; Get-CsAdminRole; Assert-MockCalled Get-CsAdminRole -Times 1 -Exactly } }',
                        "Checks that the mock was called once."),)

    def end(self) -> None:
        ctx = self.context
        state = pester(self)
        original = _original(ctx, self.command_name_)
        key = (original.name if isinstance(original, FunctionInfo) else original.command_name()).lower() \
            if original is not None else self.command_name_.lower()
        calls = [c for c in state.calls if c.command == key and self._in_scope(state, c)]
        if self.parameter_filter is not None:
            calls = [c for c in calls if self._matches(c)]
        n = len(calls)
        ok = n == self.times if self.exactly else n >= self.times
        if not ok:
            kind = "exactly" if self.exactly else "at least"
            raise PSError(ErrorRecord(f"Expected {self.command_name_} to be called {kind} {self.times} times but "
                                      f"was called {n} times", "PesterAssertionFailed", ErrorCategory.InvalidResult),
                          script_terminating=True)

    def _in_scope(self, state: Any, call: MockCall) -> bool:
        scope = (self.scope or "").lower()
        if scope == "it":
            return call.it_id == state.current_it
        frames = state.frames
        if scope in ("describe", "context"):
            chosen = [f for f in frames if f.kind.lower() == scope]
            frame = chosen[-1] if chosen else None
        else:
            frame = frames[-1] if frames else None
        return frame is None or frame.id in call.frames

    def _matches(self, call: MockCall) -> bool:
        ctx = self.context
        parent = ctx.push_scope()
        try:
            for k, v in call.bound.items():
                ctx.scope.vars[str(k).lower()] = v
            return to_bool(self.parameter_filter.collect(ctx, new_scope=False))
        finally:
            ctx.pop_scope(parent)
