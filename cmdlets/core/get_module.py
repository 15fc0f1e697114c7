"""Get-Module: the modules of the session, as PSModuleInfo objects."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.format.views import Column, View
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import PSHashtable, PSObject, SwitchParameter
from pyshell.runtime.wildcards import wildcard_match

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MODULE_INFO = "System.Management.Automation.PSModuleInfo"


def _exported(obj: Any) -> Any:
    table = obj.get("ExportedCommands") if isinstance(obj, PSObject) else None
    return table.keys() if isinstance(table, PSHashtable) else None


# PowerShellCore.format.ps1xml's "Module" view: the kind, the version, the name, then the commands.
VIEWS = (
    View(MODULE_INFO, "table", name="Module",
         columns=(Column("ModuleType", width=10), Column("Version", width=10), Column("Name", width=35),
                  Column("ExportedCommands", _exported))),
)


def module_info(context: Any, module: Any) -> PSObject:
    """A module as Get-Module and Import-Module -PassThru write it. pyshell's modules are Python
    code, which PowerShell would call Binary modules; none of them carries a version number."""
    hidden = context.commands.hidden if context.commands is not None else set()
    names = sorted(n for n in module.commands if n.lower() not in hidden)
    exported = PSHashtable(((n, n) for n in names), ordered=True)
    aliases = PSHashtable(((a, a) for a in sorted(module.aliases)), ordered=True)
    return PSObject([
        ("ModuleType", "Binary"), ("Version", "0.0"), ("Name", module.name), ("Description", module.description),
        ("Path", ""), ("ExportedCommands", exported), ("ExportedCmdlets", exported), ("ExportedAliases", aliases),
    ], type_names=[MODULE_INFO, "System.Object"], string_form=module.name)


class GetModule(Cmdlet):
    """Gets the modules that have been imported or that can be imported into the current session."""

    verb, noun = "Get", "Module"
    implementing_type = "Microsoft.PowerShell.Commands.GetModuleCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=141552"
    output_types = (MODULE_INFO,)
    description = ("Get-Module lists the session's modules: the Lync module, the core cmdlets and the others pyshell "
                   "has. All of them are loaded when a session starts, so -ListAvailable gives the same list. "
                   "-Name picks modules by name, wildcards allowed; a name that matches nothing gives nothing. "
                   "Each module's ExportedCommands lists its commands.")

    name = Parameter(ListOf(str), position=0, pipeline=True,
                     help="Names of the modules to get; wildcards are allowed.")
    list_available = Parameter(SwitchParameter, help="The modules that could be imported: in pyshell, the same "
                                                     "as the loaded ones.")
    all = Parameter(SwitchParameter, help="Accepted for compatibility; pyshell has no nested modules to add.")
    refresh = Parameter(SwitchParameter, help="Accepted for compatibility.")

    examples = (
        Example("Get-Module Lync", "The Lync module, with the first of its commands."),
        Example("(Get-Module Lync).ExportedCommands.Keys -like '*XmppAllowedPartner'",
                "The Lync cmdlets for XMPP allowed partners.",
                "Get-CsXmppAllowedPartner\nNew-CsXmppAllowedPartner\nRemove-CsXmppAllowedPartner\n"
                "Set-CsXmppAllowedPartner\n"),
    )

    def process(self) -> None:
        patterns = self.name or ["*"]
        for module in sorted(self.context.modules.values(), key=lambda m: m.name.lower()):
            if any(wildcard_match(p, module.name, strict=False) for p in patterns):
                self.write_object(module_info(self.context, module))
