"""Invoke-History: run a command from the session's history again."""
from __future__ import annotations

from cmdlets.core.session_state import core_state
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory, ErrorRecord, ParseException
from pyshell.language.parser import parse
from pyshell.runtime.history import HistoryEntry


class InvokeHistory(Cmdlet):
    """Runs commands from the session history."""

    verb, noun = "Invoke", "History"
    implementing_type = "Microsoft.PowerShell.Commands.InvokeHistoryCommand"
    supports_should_process = True
    description = ("Invoke-History runs a command from this session's history again, in the current scope: the "
                   "most recent one, the one with the given id, or the most recent one that starts with the given "
                   "text. It first shows the command it runs, and the history records that command, not the "
                   "Invoke-History line.")

    id = Parameter(str, position=0, by_property_name=True,
                   help="The id of the entry to run, or the first characters of its command line (the most recent "
                        "match runs). Without it the last command runs again.")

    examples = (
        Example("Invoke-History", "Runs the previous command again."),
        Example("Invoke-History 3", "Runs the command whose history id is 3."),
        Example("r Get-Cs", "Runs the most recent command that starts with Get-Cs."),
    )

    def begin(self) -> None:
        self._done = False

    def process(self) -> None:
        if self._done:
            self.throw_terminating(self.error_record(
                "Cannot process multiple history commands. You can only run a single command by using "
                "Invoke-History.", "InvokeHistoryMultipleCommandsError", ErrorCategory.InvalidArgument,
                exception_type="ArgumentException"))
        self._done = True
        entry = self._entry()
        ctx = self.context
        state = core_state(ctx)
        if entry.id in state.invoking_history:
            self.throw_terminating(self.error_record("The Invoke-History cmdlet is called repeatedly, in a loop.",
                                                     "InvokeHistoryLoopDetected", ErrorCategory.InvalidOperation,
                                                     exception_type="InvalidOperationException"))
        ctx.history_replacement = entry.command_line
        if not self.should_process(entry.command_line):
            return
        self.write_host(entry.command_line)
        result = parse(entry.command_line)
        if result.errors:
            first = result.errors[0]
            raise ParseException(ErrorRecord(first.message, first.error_id, ErrorCategory.ParserError,
                                             "ParseException", extent=first.extent, parse_errors=list(result.errors)))
        block = ctx.compiler.script_block(result.tree)
        state.invoking_history.add(entry.id)
        try:
            for part in (block.begin, block.process, block.end):
                if part is not None:
                    part(ctx, self.runtime.emit)
        finally:
            state.invoking_history.discard(entry.id)

    def _entry(self) -> HistoryEntry:
        history = self.context.history
        if self.id is None:
            if not history:
                self._fail("Cannot locate most recent history.", "InvokeHistoryNoLastHistoryEntryFound",
                           ErrorCategory.InvalidOperation, "InvalidOperationException")
            return history[-1]
        text = self.id
        try:
            wanted = int(text.strip())
        except ValueError:
            for entry in reversed(history):
                if entry.command_line.startswith(text):
                    return entry
            self._fail(f"Cannot locate the history for command line {text}.", "InvokeHistoryNoHistoryForCommandline",
                       ErrorCategory.ObjectNotFound, "ArgumentException", target=text)
            raise AssertionError("unreachable")
        if wanted <= 0:
            self._fail(f"The identifier {wanted} is not a valid value for a History identifier. Specify a positive "
                       "number, and then try again.", "InvokeHistoryInvalidIdGetHistory",
                       ErrorCategory.InvalidArgument, "ArgumentOutOfRangeException", target=wanted)
        entry = next((e for e in history if e.id == wanted), None)
        if entry is None:
            self._fail(f"Cannot locate the history for Id {wanted}.", "InvokeHistoryNoHistoryForId",
                       ErrorCategory.ObjectNotFound, "ArgumentException", target=wanted)
        return entry  # type: ignore[return-value]

    def _fail(self, message: str, error_id: str, category: ErrorCategory, exception_type: str,
              target: object = None) -> None:
        self.throw_terminating(self.error_record(message, error_id, category, target=target,
                                                 exception_type=exception_type))
