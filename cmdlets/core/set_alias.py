"""Set-Alias: make an alias, or point an existing one at another command."""
from __future__ import annotations

from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.values import SwitchParameter

from cmdlets.core._aliases import ALIAS_INFO, AliasCmdlet, AliasOptions, alias_object


class SetAlias(AliasCmdlet):
    """Creates or changes an alias for a cmdlet or other command in the current PowerShell session."""

    verb, noun = "Set", "Alias"
    implementing_type = "Microsoft.PowerShell.Commands.SetAliasCommand"
    output_types = (ALIAS_INFO,)
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113390"
    supports_should_process = True
    description = (
        "Set-Alias gives a command another name, or points an existing alias at a different "
        "command. Like a variable, the alias belongs to the scope it is made in: one made in a "
        "function or a script goes when it ends (dot-source the script, or use -Scope Global, to "
        "keep it), and one made at the prompt lasts for the session and only for this session: "
        "another pyshell does not see it (put it in your profile to keep it). Most of PowerShell's own "
        "aliases are read-only; changing one needs -Force, and a constant alias cannot be changed at "
        "all. Aliases take no arguments of their own: to fix an argument, write a function.")

    name = Parameter(str, position=0, mandatory=True, by_property_name=True, help="The name of the alias.")
    value = Parameter(str, position=1, mandatory=True, by_property_name=True,
                      help="The command the alias stands for: a cmdlet, function or another alias.")
    # `description` is the cmdlet's own help text, so the parameter keeps another attribute name.
    description_ = Parameter(str, name="Description",
                             help="A description of the alias, shown by Get-Alias's Description property.")
    option = Parameter(AliasOptions, help="ReadOnly (changed only with -Force), Constant (never changed), AllScope, "
                                          "Private or None.")
    pass_thru = Parameter(SwitchParameter, help="Write the alias as an AliasInfo object.")
    scope = Parameter(str, help="The scope to make the alias in: Global, Local, Script, or a number counting out from the current scope (0). Without it, the current scope: an alias made in a function or a script goes when it ends.")
    force = Parameter(SwitchParameter, help="Change a read-only alias.")

    examples = (
        Example("Set-Alias -Name partners -Value Get-CsXmppAllowedPartner; (partners -Identity gmail.com).Identity",
                "Makes a short name for a cmdlet.", "gmail.com\n"),
        Example("Set-Alias gm Get-Command", "Fails: gm is read-only. Add -Force to change it anyway."),
    )

    def process(self) -> None:
        entry = self.write_alias(self.name, self.value, self.option, self.description_, bool(self.force),
                                 must_be_new=False)
        if entry is not None and self.pass_thru:
            self.write_object(alias_object(entry, self.context.commands))
