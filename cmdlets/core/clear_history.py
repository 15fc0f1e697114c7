"""Clear-History: removes entries from the session's command history."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.commands.validators import validate_range
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.operators import has_wildcards, wildcard_match
from pyshell.runtime.values import SwitchParameter

ID_SET, COMMAND_LINE_SET = "IDParameter", "CommandLineParameter"
_AT_LEAST_ONE = validate_range(1, 2 ** 31 - 1)


class ClearHistory(Cmdlet):
    """Deletes entries from the command history."""

    verb, noun = "Clear", "History"
    implementing_type = "Microsoft.PowerShell.Commands.ClearHistoryCommand"
    default_set = ID_SET
    supports_should_process = True
    description = ("Clear-History removes entries from the history Get-History lists: all of them without "
                   "parameters, the entries with the given ids (-Id), the oldest -Count entries (-Newest: the "
                   "newest), or those whose command line matches -CommandLine (a wildcard pattern removes every "
                   "match, a plain text the oldest one). The ids of the entries that stay do not change. "
                   "Up-arrow recall in the editor keeps its own history.")

    id = Parameter(ListOf(int), sets={ID_SET: SetOptions(position=0)}, validators=(_AT_LEAST_ONE,),
                   help="The ids of the entries to remove (with -Count: that many entries, ending at the one id).")
    command_line = Parameter(ListOf(str), name="CommandLine", sets={COMMAND_LINE_SET: SetOptions()},
                             help="Removes entries whose command line matches; wildcards remove every match.")
    count = Parameter(int, position=1, validators=(_AT_LEAST_ONE,),
                      help="How many entries to remove: the oldest unless -Newest.")
    newest = Parameter(SwitchParameter, help="With -Count or -CommandLine: the newest entries instead of the oldest.")

    examples = (
        Example("Clear-History", "Removes every entry of the session's history."),
        Example("Clear-History -Count 5 -Newest", "Removes the five most recent entries."),
        Example('Clear-History -CommandLine "*Password*"', "Removes every entry that mentions a password."),
    )

    def process(self) -> None:
        history = self.context.history
        counted = self.is_bound(ClearHistory.count)
        if self.parameter_set_name == COMMAND_LINE_SET:
            if counted and len(self.command_line) > 1:
                self._invalid("The count cannot be combined with multiple CommandLine parameters.",
                              "NoCountWithMultipleCmdLine ")
            for pattern in self.command_line:
                matching = [e for e in history if wildcard_match(pattern, e.command_line)]
                if not counted and has_wildcards(pattern):
                    chosen = matching
                else:
                    n = self.count if counted else 1
                    chosen = matching[-n:] if self.newest else matching[:n]
                self._remove(chosen)
            return
        if self.id is not None:
            if not counted:
                for wanted in self.id:
                    entry = next((e for e in history if e.id == wanted), None)
                    if entry is None:
                        self._no_entry(wanted)
                    else:
                        self._remove([entry])
                return
            if len(self.id) > 1:
                self._invalid("The count cannot be combined with multiple Ids.", "GetHistoryNoCountWithMultipleIds")
            last = self.id[0]
            if not any(e.id == last for e in history):
                self._no_entry(last)
            if self.newest:
                self._remove([e for e in history if last <= e.id < last + self.count])
            else:
                self._remove([e for e in history if last - self.count < e.id <= last])
            return
        if not counted:
            if self.should_process("This command will clear all the entries from the session history."):
                self._remove(list(history))
            return
        self._remove(history[len(history) - self.count:] if self.newest else history[:self.count])

    def _remove(self, entries: list) -> None:
        gone = {id(e) for e in entries}
        self.context.history[:] = [e for e in self.context.history if id(e) not in gone]

    def _no_entry(self, wanted: int) -> None:
        self.write_error(self.error_record(f"Cannot locate the history for Id {wanted}.", "GetHistoryNoHistoryForId",
                                           ErrorCategory.ObjectNotFound, target=wanted,
                                           exception_type="ArgumentException"))

    def _invalid(self, message: str, error_id: str) -> None:
        self.throw_terminating(self.error_record(message, error_id, ErrorCategory.InvalidArgument,
                                                 exception_type="ArgumentException"))
