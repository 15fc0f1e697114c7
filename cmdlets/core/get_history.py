"""Get-History: the commands run in this session."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.commands.validators import validate_range
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.history import HISTORY_INFO, HistoryEntry
from pyshell.runtime.types import Int64
from pyshell.runtime.values import PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

def history_info(entry: HistoryEntry) -> PSObject:
    """A history entry as PowerShell's HistoryInfo object (its ToString() is the command line)."""
    return PSObject([("Id", entry.id), ("CommandLine", entry.command_line), ("ExecutionStatus", entry.status),
                     ("StartExecutionTime", entry.start), ("EndExecutionTime", entry.end)],
                    type_names=[HISTORY_INFO, "System.Object"], string_form=entry.command_line)


def _ids_positive(value: Any) -> str | None:
    for item in value or []:
        if item < 1:
            return (f"The {item} argument is less than the minimum allowed range of 1. Supply an argument that is "
                    "greater than or equal to 1 and then try the command again.")
    return None


class GetHistory(Cmdlet):
    """Gets a list of the commands entered during the current session."""

    verb, noun = "Get", "History"
    implementing_type = "Microsoft.PowerShell.Commands.GetHistoryCommand"
    output_types = (HISTORY_INFO,)
    description = ("Get-History lists the commands typed in this session, oldest first, each with its id, status "
                   "and start and end times. -Count keeps the most recent ones; -Id picks entries by id (with "
                   "-Count, that many entries ending at the id). Invoke-History runs one again.")

    id = Parameter(ListOf(Int64), position=0, pipeline=True, validators=(_ids_positive,),
                   help="The ids of the entries to get.")
    count = Parameter(int, position=1, validators=(validate_range(0, 32767),),
                      help="How many of the most recent entries to get (or, with one -Id, how many ending there).")

    examples = (
        Example("Get-History", "Lists the commands run so far in this session."),
        Example("Get-History -Count 5", "The five most recent commands."),
        Example('"one"; Get-History', "A new session has no history yet, so only the string is written.",
                "one\n"),
    )

    def process(self) -> None:
        history = self.context.history
        if self.id is not None:
            if not self.is_bound(GetHistory.count):
                for wanted in self.id:
                    entry = next((e for e in history if e.id == wanted), None)
                    if entry is None:
                        self.write_error(self.error_record(f"Cannot locate the history for Id {wanted}.",
                                                           "GetHistoryNoHistoryForId", ErrorCategory.ObjectNotFound,
                                                           target=wanted, exception_type="ArgumentException"))
                    else:
                        self.write_object(history_info(entry))
                return
            if len(self.id) > 1:
                self.throw_terminating(self.error_record("The count cannot be combined with multiple Ids.",
                                                         "GetHistoryNoCountWithMultipleIds",
                                                         ErrorCategory.InvalidArgument, target=self.count,
                                                         exception_type="ArgumentException"))
            last = self.id[0]
            entries = [e for e in history if last - self.count < e.id <= last]
        else:
            count = self.count if self.is_bound(GetHistory.count) else len(history)
            entries = history[len(history) - count:] if count else []
        for entry in entries:
            self.write_object(history_info(entry))
