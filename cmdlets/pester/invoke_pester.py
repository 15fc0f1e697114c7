"""Invoke-Pester: run the *.Tests.ps1 files under a path and report the results."""
from __future__ import annotations

import os
import time
from cmdlets.pester.report import ConsoleReporter, count, nunit_xml
from cmdlets.pester.state import PesterState, TestResult
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.flow import ExitSignal
from pyshell.runtime.operators import wildcard_match
from pyshell.runtime.values import PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    pass


def test_files(path: str) -> list[str]:
    if os.path.isfile(path):
        return [path]
    found = []
    for root, _dirs, files in os.walk(path):
        for name in files:
            if name.lower().endswith(".tests.ps1"):
                found.append(os.path.join(root, name))
    return sorted(found)


class InvokePester(Cmdlet):
    """Runs Pester tests (files named *.Tests.ps1) and reports what passed and what failed."""

    verb, noun = "Invoke", "Pester"
    description = ("Invoke-Pester runs every *.Tests.ps1 file under the given paths (the current folder by "
                   "default), prints each test as Pester 4 does, and ends with the totals. -PassThru writes an "
                   "object with the counts and every result; -OutputFile with -OutputFormat NUnitXml writes the "
                   "results for a CI server; -EnableExit ends pyshell with the number of failed tests as its "
                   "exit code.")

    script = Parameter(ListOf(str), position=0, aliases=("Path", "relative_path"),
                       help="Test files or folders (default: the current folder).")
    test_name = Parameter(ListOf(str), position=1, aliases=("Name",),
                          help="Run only the Describe blocks whose names match (wildcards allowed).")
    enable_exit = Parameter(SwitchParameter, help="Exit with the number of failed tests as the exit code.")
    output_file = Parameter(str, help="Write the results to this file.")
    output_format = Parameter(str, default="NUnitXml", help="The file's format: NUnitXml.")
    pass_thru = Parameter(SwitchParameter, help="Write an object with the counts and every result.")
    show = Parameter(str, help="What to print: All (default) or None.")
    tag = Parameter(ListOf(str), help="Accepted for compatibility; tags are not filtered yet.")

    examples = (Example("Invoke-Pester -Script ./tests -PassThru | Select-Object -ExpandProperty FailedCount",
                        "Runs the tests in ./tests and writes how many failed."),)

    def end(self) -> None:
        ctx = self.context
        if (self.output_format or "NUnitXml").lower() not in ("nunitxml", "legacynunitxml"):
            self.throw_terminating(self.error_record(
                f"The output format '{self.output_format}' is not supported; use NUnitXml.",
                "UnsupportedOutputFormat", ErrorCategory.InvalidArgument, target=self.output_format))
        state = ctx.module_state("Pester")
        fresh = PesterState()
        state.__dict__.update(fresh.__dict__)
        quiet = (self.show or "").lower() == "none"
        reporter = None if quiet else ConsoleReporter(ctx.host.write)
        state.reporter = reporter
        state.in_run = True
        paths = self.script or ["."]
        started = time.monotonic()
        if reporter:
            reporter.write(f"Executing all tests in '{paths[0] if len(paths) == 1 else ', '.join(paths)}'\n")
        for path in paths:
            files = test_files(path)
            if not files and not os.path.exists(path):
                self.write_error(self.error_record(f"Cannot find path '{path}' because it does not exist.",
                                                   "PathNotFound", ErrorCategory.ObjectNotFound, target=path))
            for file in files:
                self.run_file(state, file)
        seconds = time.monotonic() - started
        state.reporter = None
        state.in_run = False
        if reporter:
            reporter.summary(state.results, seconds)
        if self.output_file:
            try:
                with open(self.output_file, "w", encoding="utf-8") as fh:
                    fh.write(nunit_xml(state.results, seconds))
            except OSError as exc:
                self.write_error(self.error_record(f"Could not write '{self.output_file}': {exc.strerror}.",
                                                   "FileOpenFailure", ErrorCategory.OpenError,
                                                   target=self.output_file))
        counts = count(state.results)
        if self.pass_thru:
            self.write_object(self.result_object(state.results, counts, seconds))
        if self.enable_exit:
            raise ExitSignal(min(counts["Failed"], 255))

    def run_file(self, state: PesterState, path: str) -> None:
        from pyshell.commands.functions import ScriptBlockProcessor
        from pyshell.commands.scripts import load_script
        ctx = self.context
        state.file = path
        if state.reporter:
            state.reporter.file(path)
        names = self.test_name
        if names:
            state.describe_filter = lambda name: any(wildcard_match(n, name) for n in names)
        try:
            block = load_script(ctx, path, self.runtime.extent)
            proc = ScriptBlockProcessor(ctx, block, [], self.runtime.extent, False, False, script_path=path)
            proc.begin()
            proc.process_alone()
            proc.end()
        except PSError as exc:
            result = TestResult(path, "", "", f"Error occurred in test script '{path}'", "Failed", exc.record.message)
            state.results.append(result)
            if state.reporter:
                state.reporter.test(result, 0)
        finally:
            state.frames.clear()

    @staticmethod
    def result_object(results: list[TestResult], counts: dict[str, int], seconds: float) -> PSObject:
        rows = [PSObject([("Describe", r.describe), ("Context", r.context), ("Name", r.name), ("Result", r.result),
                          ("Passed", r.passed), ("FailureMessage", r.message), ("StackTrace", r.where),
                          ("Time", round(r.seconds, 4))], type_names=["PSCustomObject", "System.Object"])
                for r in results]
        return PSObject([("TotalCount", len(results)), ("PassedCount", counts["Passed"]),
                         ("FailedCount", counts["Failed"]), ("SkippedCount", counts["Skipped"]),
                         ("PendingCount", counts["Pending"]), ("InconclusiveCount", 0),
                         ("Time", round(seconds, 4)), ("TestResult", rows)],
                        type_names=["PSCustomObject", "System.Object"])
