"""Get-Module: the modules of the session, as PSModuleInfo objects."""
from __future__ import annotations

from cmdlets.core._commands import CORE_MODULE, module_of, version_of
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


def module_info(context: Any, module: Any, name: str | None = None, commands: list[str] | None = None) -> PSObject:
    """A module as Get-Module and Import-Module -PassThru write it: one of pyshell's modules (Python
    code, which PowerShell would call a Binary module, with no version number), or one of Windows
    PowerShell's own that pyshell's core module stands for (`name`, with its `commands`)."""
    hidden = context.commands.hidden if context.commands is not None else set()
    if name is None:
        names = sorted(n for n in module.commands if n.lower() not in hidden)
        aliases = PSHashtable(((a, a) for a in sorted(module.aliases)), ordered=True)
        kind, version, description = "Binary", "0.0", module.description
    else:
        names = sorted(n for n in commands or () if n.lower() not in hidden)
        aliases = PSHashtable(ordered=True)     # PowerShell's own aliases belong to no module
        kind, version, description = "Manifest", version_of(name), ""
    exported = PSHashtable(((n, n) for n in names), ordered=True)
    return PSObject([
        ("ModuleType", kind), ("Version", version), ("Name", name or module.name), ("Description", description),
        ("Path", ""), ("ExportedCommands", exported), ("ExportedCmdlets", exported), ("ExportedAliases", aliases),
    ], type_names=[MODULE_INFO, "System.Object"], string_form=name or module.name)


def listed_modules(context: Any) -> list[PSObject]:
    """The session's modules as Windows PowerShell 5.1 lists them, sorted by name: pyshell's core
    module appears as the modules its cmdlets belong to there (Microsoft.PowerShell.Management,
    .Utility, ...); Microsoft.PowerShell.Core is a snap-in in 5.1, which Get-Module does not list."""
    out = []
    for module in context.modules.values():
        if module.name != CORE_MODULE:
            out.append(module_info(context, module))
            continue
        by_module: dict[str, list[str]] = {}
        for command in module.commands:
            by_module.setdefault(module_of(CORE_MODULE, command), []).append(command)
        for name, commands in by_module.items():
            if name != CORE_MODULE:
                out.append(module_info(context, module, name, commands))
    return sorted(out, key=lambda info: info.get("Name").lower())


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
        for info in listed_modules(self.context):
            if any(wildcard_match(p, info.get("Name"), strict=False) for p in patterns):
                self.write_object(info)
