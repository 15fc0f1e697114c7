"""Get-Variable: the variables of the session, as PSVariable objects or just their values."""
from __future__ import annotations

from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import SwitchParameter

from cmdlets.core._variables import PS_VARIABLE, VariableCmdlet, info_of, psvariable, remember_spelling


class GetVariable(VariableCmdlet):
    """Gets the variables in the current console."""

    verb, noun = "Get", "Variable"
    implementing_type = "Microsoft.PowerShell.Commands.GetVariableCommand"
    output_types = (PS_VARIABLE,)
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113336"
    description = (
        "Get-Variable lists the variables visible from where it runs, sorted by name and shown as a "
        "Name/Value table: those you set, the preference variables ($ErrorActionPreference, ...) "
        "and automatic ones such as $true, $null and $PSVersionTable. -Name takes names without "
        "the $ and accepts wildcards; -Include and -Exclude filter further. -Scope looks in one "
        "scope only (Global, Script, Local, or a number counting outwards from the current scope). "
        "-ValueOnly writes the values instead of the variable objects.")

    name = Parameter(ListOf(str), position=0, pipeline=True, by_property_name=True,
                     help="The names of the variables to get, without the $; wildcards are allowed. "
                          "Without it every variable is listed.")
    value_only = Parameter(SwitchParameter, help="Write only the values of the variables.")
    include = Parameter(ListOf(str), help="Only variables whose names match one of these patterns.")
    exclude = Parameter(ListOf(str), help="Leave out variables whose names match one of these patterns.")
    scope = Parameter(str, help="Look in this scope only: Global, Script, Local, or a number (0 is the "
                                "current scope, 1 its parent, ...).")

    examples = (
        Example("$Partner = 'gmail.com'; Get-Variable Partner",
                "Shows one variable as a Name/Value table.",
                "\n" + "".join(line.ljust(79) + "\n" for line in (
                    "Name                           Value", "----                           -----",
                    "Partner                        gmail.com")) + "\n\n"),
        Example("Get-Variable -Name *Preference", "Lists the preference variables."),
        Example("$Count = 10; Get-Variable Count -ValueOnly", "Writes just the value.", "10\n"),
    )

    def process(self) -> None:
        ctx = self.context
        table = self.visible_or_fail(self.scope)
        for pattern in self.name or ["*"]:
            keys, filtered = self.matching(pattern, table, self.include, self.exclude)
            if not keys and not filtered:
                self.not_found(pattern)
                continue
            if keys and pattern.lower() == keys[0] and len(keys) == 1:
                remember_spelling(ctx, pattern)
            for key in keys:
                value = table[key]
                self.write_object(value if self.value_only else
                                  psvariable(ctx, key, value, info_of(ctx, key, self.scope)))
