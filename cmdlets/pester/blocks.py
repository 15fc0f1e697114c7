"""Describe and Context: named groups of tests whose bodies run at once (Pester 4 has no
separate discovery phase), in a scope of their own, with their setup blocks hoisted."""
from __future__ import annotations

from cmdlets.pester import test_drive
from cmdlets.pester.state import Frame, hoisted_blocks
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import PSError
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.types import ScriptBlockType

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def pester(cmdlet: Cmdlet) -> Any:
    return cmdlet.context.module_state("Pester")


def run_block(ctx: Any, block: Any, emit: Any = None, dollar_under: Any = None) -> None:
    """Run a script block in the current scope (setup blocks share the scope they run in)."""
    from pyshell.runtime.scope import MISSING
    block.invoke(ctx, emit or (lambda obj: None), new_scope=False,
                 dollar_under=MISSING if dollar_under is None else dollar_under)


class TestGroup(Cmdlet):
    """Shared by Describe and Context."""

    name = Parameter(str, position=0, mandatory=True, help="The name of the group, shown in the results.")
    fixture = Parameter(ScriptBlockType, position=1, mandatory=True,
                        help="The body: tests, setup blocks and any code they need.")
    tag = Parameter(ListOf(str), aliases=("Tags",), help="Labels for selecting groups with Invoke-Pester -Tag.")

    def end(self) -> None:
        state = pester(self)
        ctx = self.context
        if self.command_word == "Describe" and state.describe_filter is not None and not state.describe_filter(self.name):
            return
        frame = Frame(self.command_word, self.name, state.new_id())
        # A Describe typed outside Invoke-Pester reports to the console as it runs, as Pester 4 does.
        standalone = not state.in_run and not state.frames
        if standalone:
            from cmdlets.pester.report import ConsoleReporter
            state.reporter = ConsoleReporter(ctx.host.write)
        parent = ctx.push_scope()
        state.frames.append(frame)
        if state.reporter:
            state.reporter.group(frame, len(state.frames))
        drive_token = test_drive.enter(ctx, self.command_word)
        try:
            compiled = ctx.compiler
            for kind, nodes in hoisted_blocks(self.fixture.node).items():
                frame.hoisted[kind] = [compiled.expr(n)(ctx) for n in nodes]
            for block in frame.hoisted["beforeall"]:
                run_block(ctx, block)
            try:
                self.fixture.invoke(ctx, lambda obj: None, new_scope=False)
            finally:
                for block in frame.hoisted["afterall"]:
                    run_block(ctx, block)
        except PSError as exc:
            # An error outside any It (in the body or a setup block) fails the group as a whole.
            state.record_group_failure(frame, exc.record)
        finally:
            test_drive.leave(ctx, drive_token)
            state.frames.pop()
            ctx.pop_scope(parent)
            if standalone:
                state.reporter = None


class Describe(TestGroup):
    """Groups tests (Pester)."""

    command_word = "Describe"
    examples = (Example('Describe "Partners" { It "exist" { (Get-CsXmppAllowedPartner).Count | Should -BeGreaterThan 0 } }',
                        "A group with one test."),)


class Context(TestGroup):
    """Groups tests inside a Describe (Pester)."""

    command_word = "Context"
    examples = (Example('Describe "Roles" { Context "standard" { It "has CsHelpDesk" { Get-CsAdminRole CsHelpDesk | Should -Not -BeNullOrEmpty } } }',
                        "A context inside a describe."),)
