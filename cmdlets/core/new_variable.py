"""New-Variable: create a variable, refusing one that exists unless -Force."""
from __future__ import annotations

from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.scope import CONSTANT as CONSTANT_FLAG, MISSING, PRIVATE, VariableInfo, mark_private, variable_info
from pyshell.runtime.values import SwitchParameter

from cmdlets.core._variables import (CONSTANT, PS_VARIABLE, ScopedItemOptions, SessionStateEntryVisibility,
                                     VariableCmdlet, options_flags, psvariable, remember_spelling)


class NewVariable(VariableCmdlet):
    """Creates a new variable."""

    verb, noun = "New", "Variable"
    implementing_type = "Microsoft.PowerShell.Commands.NewVariableCommand"
    output_types = (PS_VARIABLE,)
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113361"
    description = (
        "New-Variable creates a variable in the current scope, or in the scope -Scope names. If the "
        "variable already exists in that scope it reports an error and leaves it alone, unless "
        "-Force is given, in which case the variable is replaced (not a constant one). The name is "
        "given without the $. -Option ReadOnly or Constant protects the value, -Description gives it a "
        "description that Get-Variable shows. -PassThru writes the new variable's PSVariable object.")

    name = Parameter(str, position=0, mandatory=True, by_property_name=True,
                     help="The name of the new variable, without the $.")
    value = Parameter(object, position=1, pipeline=True, by_property_name=True,
                      help="The value of the new variable ($null if it is not given).")
    force = Parameter(SwitchParameter, help="Replace the value of a variable that exists already.")
    pass_thru = Parameter(SwitchParameter, help="Write the new variable as a PSVariable object.")
    scope = Parameter(str, help="Create the variable in this scope: Global, Script, Local, or a number.")
    description = Parameter(str, help="A description of the variable, shown by Get-Variable | Format-List.")
    option = Parameter(ListOf(ScopedItemOptions),
                       help="ReadOnly: the value can be changed only with -Force; Constant: never, and the "
                            "variable cannot be removed; Private and AllScope are recorded (pyshell does not "
                            "act on them yet). None is the default.")
    visibility = Parameter(SessionStateEntryVisibility, help="Public (the default) or Private.")

    supports_should_process = True

    examples = (
        Example("New-Variable -Name Site -Value Redmond; $Site", "Creates $Site.", "Redmond\n"),
        Example("New-Variable Days 30; New-Variable Days 31", "The second call fails: $Days exists already."),
        Example("New-Variable Max 10 -Option ReadOnly -Description 'Upper limit'; "
                "try { $Max = 11 } catch { $_.FullyQualifiedErrorId }; $Max",
                "A read-only variable keeps its value.", "VariableNotWritable\n10\n"),
    )

    def process(self) -> None:
        ctx = self.context
        target = self.scope_or_fail(self.scope)
        key = self.name.lower()
        existing = variable_info(target, key)
        if key in CONSTANT or (existing is not None and existing.options & CONSTANT_FLAG):
            self.not_writable(self.name)
            return
        if target.vars.get(key, MISSING) is not MISSING and not self.force:
            self.write_error(self.error_record(f"A variable with name '{self.name}' already exists.",
                                               "VariableAlreadyExists", ErrorCategory.ResourceExists,
                                               target=self.name, exception_type="SessionStateException"))
            return
        if not self.should_process(f"Name: {self.name} Value: {'' if self.value is None else self.value}",
                                   "New variable"):
            return
        # a new variable: whatever type or options one of that name had are gone
        target.constraints.pop(key, None)
        target.vars[key] = self.value
        info = None
        if self.option or self.description is not None or self.visibility is not None:
            info = VariableInfo(self.name, options_flags(self.option), self.description or "",
                                self.visibility.name if self.visibility is not None else "Public")
            target.constraints[key] = info
        mark_private(target, key, info is not None and bool(info.options & PRIVATE))
        remember_spelling(ctx, self.name)
        if self.pass_thru:
            self.write_object(psvariable(ctx, key, target.vars[key], info))
