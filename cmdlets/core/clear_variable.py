"""Clear-Variable: set variables to $null, keeping the variables."""
from __future__ import annotations

from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import SwitchParameter

from pyshell.runtime.scope import variable_info

from cmdlets.core._variables import PS_VARIABLE, VariableCmdlet, psvariable


class ClearVariable(VariableCmdlet):
    """Deletes the value of a variable."""

    verb, noun = "Clear", "Variable"
    implementing_type = "Microsoft.PowerShell.Commands.ClearVariableCommand"
    output_types = (PS_VARIABLE,)
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113285"
    supports_should_process = True
    description = (
        "Clear-Variable sets the named variables to $null. The variables themselves remain, so "
        "Get-Variable still lists them (with an empty value). Without -Scope the nearest variable of "
        "each name is cleared; with -Scope, the one in that scope. -PassThru writes the cleared "
        "variables as PSVariable objects.")

    name = Parameter(ListOf(str), position=0, mandatory=True, by_property_name=True,
                     help="The names of the variables to clear, without the $; wildcards are allowed.")
    include = Parameter(ListOf(str), help="Only variables whose names match one of these patterns.")
    exclude = Parameter(ListOf(str), help="Leave out variables whose names match one of these patterns.")
    force = Parameter(SwitchParameter, help="Clear a read-only variable too (the constant ones stay).")
    pass_thru = Parameter(SwitchParameter, help="Write each cleared variable as a PSVariable object.")
    scope = Parameter(str, help="Clear the variable in this scope only: Global, Script, Local, or a number.")

    examples = (
        Example("$Site = 'Redmond'; Clear-Variable Site; $Site -eq $null; (Get-Variable Site).Name",
                "The value is gone; the variable stays.", "True\nSite\n"),
    )

    def process(self) -> None:
        for key, scope in self.chosen_variables("Clear variable", self.not_writable):
            if scope is not None:
                scope.vars[key] = None
            if self.pass_thru:
                self.write_object(psvariable(self.context, key, None, None if scope is None else
                                             variable_info(scope, key)))
