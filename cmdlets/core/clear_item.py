"""Clear-Item: take the value from an item on the Env:, Variable:, Function: or Alias: drive."""
from __future__ import annotations

from cmdlets.core._filesystem import check_path_arguments
from cmdlets.core._provider_ops import clear_items
from cmdlets.core._providers import each_target, not_supported
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import SwitchParameter

PATH_SET, LITERAL_SET = "Path", "LiteralPath"


class ClearItem(Cmdlet):
    """Clears the contents of an item, but does not delete the item."""

    verb, noun = "Clear", "Item"
    implementing_type = "Microsoft.PowerShell.Commands.ClearItemCommand"
    default_set = PATH_SET
    supports_should_process = True
    description = ("Clear-Item takes the value from an item: a variable stays, with the value $null; an "
                   "environment variable, a function or an alias, which cannot be empty, goes away.")

    path = Parameter(ListOf(str), sets={PATH_SET: SetOptions(position=0, mandatory=True, pipeline=True,
                                                             by_property_name=True)},
                     help="The items to clear; wildcards are allowed.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The items to clear, named exactly (no wildcards).")
    force = Parameter(SwitchParameter, help="Clears read-only items too.")

    examples = (
        Example("$count = 5; Clear-Item variable:count; $null -eq $count", "The variable stays, without a value.",
                "True\n"),
    )

    def begin(self) -> None:
        check_path_arguments(self, ClearItem.path, ClearItem.literal_path)

    def process(self) -> None:
        literal = self.parameter_set_name == LITERAL_SET
        for _given, target in each_target(self, self.literal_path if literal else self.path, literal):
            if target is None:
                not_supported(self)
                continue
            clear_items(self, target, literal)
