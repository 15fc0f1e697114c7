"""Remove-Variable: delete variables (not just their values)."""
from __future__ import annotations

from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import SwitchParameter

from cmdlets.core._variables import VariableCmdlet


class RemoveVariable(VariableCmdlet):
    """Deletes a variable and its value."""

    verb, noun = "Remove", "Variable"
    implementing_type = "Microsoft.PowerShell.Commands.RemoveVariableCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113380"
    supports_should_process = True
    description = (
        "Remove-Variable deletes variables: afterwards $name is $null again and Get-Variable no "
        "longer finds it. Without -Scope it removes the variable from the nearest scope that has "
        "one of that name; with -Scope, only from that scope. A name without wildcards that matches "
        "nothing is an error. The constant variables ($true, $null, $Error, ...) cannot be removed.")

    name = Parameter(ListOf(str), position=0, mandatory=True, by_property_name=True,
                     help="The names of the variables to remove, without the $; wildcards are allowed.")
    include = Parameter(ListOf(str), help="Only variables whose names match one of these patterns.")
    exclude = Parameter(ListOf(str), help="Leave out variables whose names match one of these patterns.")
    force = Parameter(SwitchParameter, help="Remove a read-only variable too (the constant ones stay).")
    scope = Parameter(str, help="Remove the variable from this scope only: Global, Script, Local, or a number.")

    examples = (
        Example("$Temp = 1; Remove-Variable Temp; $Temp -eq $null", "Removes $Temp.", "True\n"),
        Example("$a1 = 1; $a2 = 2; Remove-Variable a*; Get-Variable a* -ValueOnly",
                "Removes every variable whose name begins with a (except those that are constant)."),
    )

    def process(self) -> None:
        for key, scope in self.chosen_variables("Remove variable", self._not_removable):
            if scope is not None:
                scope.vars.pop(key, None)
                constraints = getattr(scope, "constraints", None)
                if constraints:
                    constraints.pop(key, None)

    def _not_removable(self, shown: str) -> None:
        self.write_error(self.error_record(
            f"Cannot remove variable {shown} because it is constant or read-only. If the variable "
            "is read-only, try the operation again specifying the Force option.",
            "VariableNotRemovable", ErrorCategory.WriteError, target=shown,
            exception_type="SessionStateUnauthorizedAccessException"))
