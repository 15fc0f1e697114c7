"""Get-Alias: the aliases of the session."""
from __future__ import annotations

from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.operators import has_wildcards, wildcard_match

from cmdlets.core._aliases import ALIAS_INFO, alias_object
from cmdlets.core._variables import VariableCmdlet

DEFAULT = "Default"
DEFINITION = "Definition"


class GetAlias(VariableCmdlet):
    """Gets the aliases for the current session."""

    verb, noun = "Get", "Alias"
    default_set = DEFAULT
    implementing_type = "Microsoft.PowerShell.Commands.GetAliasCommand"
    output_types = (ALIAS_INFO,)
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113306"
    description = (
        "Get-Alias lists the aliases of the session, sorted by name, each shown as 'name -> command': "
        "the ones PowerShell defines (gm, ?, %, ...) and those made with Set-Alias or New-Alias. "
        "-Name finds aliases by their names and -Definition by the commands they stand for; both "
        "take wildcards, and -Exclude leaves names out. Without -Scope it lists every alias the "
        "current scope sees (an alias made in a function hides one of the same name outside it); "
        "with -Scope, only those made in that scope.")

    name = Parameter(ListOf(str), sets={DEFAULT: SetOptions(position=0, pipeline=True, by_property_name=True)},
                     help="The names of the aliases to get; wildcards are allowed. Without it every alias is listed.")
    definition = Parameter(ListOf(str), sets={DEFINITION: SetOptions()},
                           help="Get the aliases of these commands, such as Get-Member; wildcards are allowed.")
    exclude = Parameter(ListOf(str), help="Leave out aliases whose names match one of these patterns.")
    scope = Parameter(str, help="List only the aliases made in this scope: Global, Local, Script, or a number "
                                "counting out from the current scope (0).")

    examples = (
        Example("Get-Alias gm", "The alias gm and the command it stands for."),
        Example("Get-Alias -Definition Where-Object", "The aliases of Where-Object."),
        Example("(Get-Alias -Definition Get-Member).Name", "Just the names.", "gm\n"),
    )

    def process(self) -> None:
        scope = self.scope_or_fail(self.scope)
        table = self.context.commands
        if self.scope is None:
            chosen = table.visible_aliases(self.context).values()
        elif scope is self.context.global_scope:
            chosen = table.alias_info.values()
        else:
            chosen = (scope.aliases or {}).values()
        entries = sorted(chosen, key=lambda e: e.name.lower())
        entries = [e for e in entries if not (self.exclude and any(wildcard_match(x, e.name) for x in self.exclude))]
        if self.parameter_set_name == DEFINITION:
            for pattern in self.definition:
                chosen = [e for e in entries if wildcard_match(pattern, e.definition)]
                self._write(chosen, pattern, "definition")
            return
        for pattern in self.name or ["*"]:
            chosen = [e for e in entries if wildcard_match(pattern, e.name)]
            self._write(chosen, pattern, "name")

    def _write(self, chosen: list, pattern: str, what: str) -> None:
        table = self.context.commands
        if not chosen and not has_wildcards(pattern):
            self.write_error(self.error_record(
                f"This command cannot find a matching alias because an alias with the {what} '{pattern}' does "
                "not exist.", "ItemNotFoundException", ErrorCategory.ObjectNotFound, target=pattern,
                exception_type="ItemNotFoundException"))
            return
        for entry in chosen:
            self.write_object(alias_object(entry, table))
