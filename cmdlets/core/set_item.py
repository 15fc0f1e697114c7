"""Set-Item: give an item on the Env:, Variable:, Function: or Alias: drive a new value."""
from __future__ import annotations

from cmdlets.core._filesystem import check_path_arguments
from cmdlets.core._provider_ops import set_item
from cmdlets.core._providers import each_target, not_supported
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import SwitchParameter

PATH_SET, LITERAL_SET = "Path", "LiteralPath"


class SetItem(Cmdlet):
    """Changes the value of an item to the value specified in the command."""

    verb, noun = "Set", "Item"
    implementing_type = "Microsoft.PowerShell.Commands.SetItemCommand"
    default_set = PATH_SET
    supports_should_process = True
    description = ("Set-Item gives an item a value: an environment variable (Set-Item env:NAME value, the same "
                   "as $env:NAME = 'value'), a variable, a function (a script block or the text of one) or an "
                   "alias (the command it stands for). An item that does not exist is made. Files have no value "
                   "of their own: use Set-Content for what is in a file.")

    path = Parameter(ListOf(str), sets={PATH_SET: SetOptions(position=0, mandatory=True, by_property_name=True)},
                     help="The items to set; wildcards set every match.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The items to set, named exactly (no wildcards).")
    value = Parameter(object, position=1, pipeline=True, by_property_name=True, help="The new value.")
    force = Parameter(SwitchParameter, help="Changes a read-only alias too.")
    pass_thru = Parameter(SwitchParameter, help="Writes the item after it is set.")

    examples = (
        Example("Set-Item env:GREETING hello; $env:GREETING", "Sets an environment variable.", "hello\n"),
        Example("Set-Item function:hi { 'hi there' }; hi", "Defines a function.", "hi there\n"),
    )

    def begin(self) -> None:
        check_path_arguments(self, SetItem.path, SetItem.literal_path)

    def process(self) -> None:
        literal = self.parameter_set_name == LITERAL_SET
        for _given, target in each_target(self, self.literal_path if literal else self.path, literal):
            if target is None:
                not_supported(self)
                continue
            set_item(self, target, self.value, bool(self.pass_thru))
