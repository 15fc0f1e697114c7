"""New-Alias: make a new alias (an existing one is an error unless -Force)."""
from __future__ import annotations

from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.values import SwitchParameter

from cmdlets.core._aliases import ALIAS_INFO, AliasCmdlet, AliasOptions, alias_object


class NewAlias(AliasCmdlet):
    """Creates a new alias."""

    verb, noun = "New", "Alias"
    implementing_type = "Microsoft.PowerShell.Commands.NewAliasCommand"
    output_types = (ALIAS_INFO,)
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113352"
    supports_should_process = True
    description = (
        "New-Alias makes a new alias for the session. Unlike Set-Alias it refuses a name that is "
        "already an alias, unless you add -Force (and even then not a read-only one without -Force, "
        "nor a constant one). The alias is not checked: an alias for a command that does not exist "
        "fails only when it is used.")

    name = Parameter(str, position=0, mandatory=True, by_property_name=True, help="The name of the new alias.")
    value = Parameter(str, position=1, mandatory=True, by_property_name=True,
                      help="The command the alias stands for: a cmdlet, function or another alias.")
    # `description` is the cmdlet's own help text, so the parameter keeps another attribute name.
    description_ = Parameter(str, name="Description", help="A description of the alias.")
    option = Parameter(AliasOptions, help="ReadOnly (changed only with -Force), Constant (never changed), AllScope, "
                                          "Private or None.")
    pass_thru = Parameter(SwitchParameter, help="Write the new alias as an AliasInfo object.")
    scope = Parameter(str, help="The scope to make the alias in: Global, Local, Script, or a number counting out from the current scope (0). Without it, the current scope: an alias made in a function or a script goes when it ends.")
    force = Parameter(SwitchParameter, help="Replace an alias of the same name.")

    examples = (
        Example("New-Alias -Name roles -Value Get-CsAdminRole; (roles -Identity CsHelpDesk).Identity",
                "Makes an alias for a Lync cmdlet.", "CsHelpDesk\n"),
        Example("New-Alias gm Get-Command", "Fails: gm exists already."),
    )

    def process(self) -> None:
        entry = self.write_alias(self.name, self.value, self.option, self.description_, bool(self.force),
                                 must_be_new=True)
        if entry is not None and self.pass_thru:
            self.write_object(alias_object(entry, self.context.commands))
