"""It: one test. Its body passes when it runs to the end without a terminating error."""
from __future__ import annotations

import os
import re
import time
from cmdlets.pester.blocks import pester, run_block
from cmdlets.pester.state import TestResult, _where
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.conversion import to_string
from pyshell.runtime.types import ScriptBlockType
from pyshell.runtime.values import PSHashtable, PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class It(Cmdlet):
    """Defines and runs one test (Pester)."""

    command_word = "It"
    implementing_type = ""
    name = Parameter(str, position=0, mandatory=True,
                     help="The test's name; <key> placeholders take the values of each test case.")
    test = Parameter(ScriptBlockType, position=1, help="The test's body. Without one the test is pending.")
    test_cases = Parameter(list, name="TestCases",
                           help="Hashtables; the body runs once per hashtable, with its keys as parameters.")
    skip = Parameter(SwitchParameter, help="Report the test as skipped without running it.")
    pending = Parameter(SwitchParameter, help="Report the test as pending without running it.")

    examples = (Example('Describe "Math" { It "adds <a> and <b>" -TestCases @{a = 1; b = 2} { param($a, $b) $a + $b | Should -Be 3 } }',
                        "A test that runs once per test case."),)

    def end(self) -> None:
        state = pester(self)
        if not state.frames:
            self.throw_terminating(self.error_record("The It command may only be used inside a Describe block.",
                                                     "ItOutsideDescribe", ErrorCategory.InvalidOperation))
        cases = [c for c in (self.test_cases or [None])]
        for case in cases:
            if case is not None and not isinstance(case, PSHashtable):
                self.throw_terminating(self.error_record("Each test case must be a hashtable.",
                                                         "InvalidTestCase", ErrorCategory.InvalidArgument,
                                                         target=case))
            title = _expand(self.name, case)
            describe, context = state.path()
            if self.skip:
                self._report(TestResult(state.file, describe, context, title, "Skipped"))
            elif self.pending or self.test is None:
                self._report(TestResult(state.file, describe, context, title, "Pending"))
            else:
                self._report(self._run(title, case, describe, context))

    def _report(self, result: TestResult) -> None:
        state = pester(self)
        state.results.append(result)
        if state.reporter:
            state.reporter.test(result, len(state.frames))

    def _run(self, title: str, case: PSHashtable | None, describe: str, context: str) -> TestResult:
        state = pester(self)
        ctx = self.context
        state.current_it = state.new_id()
        start = time.monotonic()
        parent = ctx.push_scope()
        # Pester 4 runs the body with `& $ScriptBlock`: its $MyInvocation is a script block's, whose
        # command has no name (so Write-Error's error id has no command suffix).
        ctx.scope.vars["myinvocation"] = _block_invocation(self.test)
        ctx.try_depth += 1
        failure = None
        try:
            try:
                for frame in state.frames:
                    for block in frame.hoisted["beforeeach"]:
                        run_block(ctx, block)
                args = []
                if case is not None:
                    for key, value in case.items():
                        ctx.scope.vars[to_string(key).lower()] = value
                    params = self.test.block.params
                    args = [case[p.name] for p in params] if params else []
                self.test.invoke(ctx, lambda obj: None, args=args, new_scope=False)
            except PSError as exc:
                failure = exc.record
            finally:
                for frame in reversed(state.frames):
                    for block in frame.hoisted["aftereach"]:
                        try:
                            run_block(ctx, block)
                        except PSError as exc:
                            failure = failure or exc.record
        finally:
            ctx.try_depth -= 1
            ctx.pop_scope(parent)
        seconds = time.monotonic() - start
        if failure is None:
            return TestResult(state.file, describe, context, title, "Passed", seconds=seconds)
        return TestResult(state.file, describe, context, title, "Failed", failure.message, _where(failure), seconds)


def _expand(name: str, case: PSHashtable | None) -> str:
    if case is None:
        return name

    def sub(m: re.Match) -> str:
        key = m.group(1)
        return to_string(case[key]) if key in case else m.group(0)
    return re.sub(r"<([^<>]+)>", sub, name)


def _block_invocation(block: Any) -> PSObject:
    extent = block.node.extent
    source = extent.source
    name = source.name if source is not None and source.name else ""
    command = PSObject([("Name", ""), ("CommandType", "Script"), ("Path", None), ("Definition", "")],
                       type_names=["System.Management.Automation.ScriptInfo", "System.Management.Automation.CommandInfo",
                                   "System.Object"], string_form="")
    return PSObject([("MyCommand", command), ("BoundParameters", PSHashtable()), ("UnboundArguments", []),
                     ("ScriptLineNumber", extent.start_line), ("OffsetInLine", extent.start_column),
                     ("ScriptName", name), ("Line", source.line_text(extent.start_line) if source is not None else ""),
                     ("InvocationName", "&"), ("PSScriptRoot", os.path.dirname(name) if name else ""),
                     ("PSCommandPath", name), ("ExpectingInput", False)],
                    type_names=["System.Management.Automation.InvocationInfo", "System.Object"])
