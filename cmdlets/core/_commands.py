"""Command objects as Get-Command and Get-Alias write them (CmdletInfo, AliasInfo, FunctionInfo),
and where each command comes from.

pyshell keeps PowerShell's own cmdlets in one module; Windows PowerShell 5.1 ships most of them in
Microsoft.PowerShell.Utility and a few in Microsoft.PowerShell.Core. `source_of` reports the module
5.1 names, so Get-Command shows what a user of the real shell expects.
"""
from __future__ import annotations

from cmdlets.core._parameter_metadata import parameters_of
from pyshell.runtime.values import PSObject, enum_type

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterator

CommandTypes = enum_type("System.Management.Automation.CommandTypes", {
    "Alias": 1, "Function": 2, "Filter": 4, "Cmdlet": 8, "ExternalScript": 16, "Application": 32, "Script": 64,
    "Workflow": 128, "Configuration": 256, "All": 511}, flags=True)

CORE_MODULE = "Microsoft.PowerShell.Core"
UTILITY_MODULE = "Microsoft.PowerShell.Utility"
MANAGEMENT_MODULE = "Microsoft.PowerShell.Management"
SECURITY_MODULE = "Microsoft.PowerShell.Security"
HOST_MODULE = "Microsoft.PowerShell.Host"
_VERSIONS = {CORE_MODULE: "3.0.0.0", UTILITY_MODULE: "3.1.0.0", MANAGEMENT_MODULE: "3.1.0.0",
             SECURITY_MODULE: "3.0.0.0", HOST_MODULE: "3.0.0.0"}
# Where Windows PowerShell 5.1 keeps the cmdlets of pyshell's core module: in the snap-in
# Microsoft.PowerShell.Core, or in one of the modules below; the others live in Microsoft.PowerShell.Utility.
_IN_CORE = frozenset(n.lower() for n in (
    "Where-Object", "ForEach-Object", "Get-Command", "Get-Help", "Import-Module", "Get-Module", "Remove-Module",
    "Out-Null", "Out-Host", "Out-Default", "Get-History", "Invoke-History", "Add-History", "Clear-History",
    "Invoke-Command", "Get-Job", "Start-Job", "Set-StrictMode", "New-Module", "Export-ModuleMember", "Set-PSDebug"))
_ELSEWHERE = {
    **dict.fromkeys((n.lower() for n in (
        "Add-Content", "Clear-Content", "Clear-Item", "Copy-Item", "Get-ChildItem", "Get-Content", "Get-Item",
        "Get-Location", "Get-Process", "Get-PSDrive", "Get-PSProvider", "Join-Path", "Move-Item", "New-Item",
        "Pop-Location", "Push-Location", "Remove-Item", "Rename-Item", "Resolve-Path", "Set-Content", "Set-Item",
        "Set-Location", "Split-Path", "Test-Path", "Convert-Path", "New-PSDrive", "Remove-PSDrive")),
        MANAGEMENT_MODULE),
    **dict.fromkeys(("get-executionpolicy", "set-executionpolicy"), SECURITY_MODULE),
    **dict.fromkeys(("start-transcript", "stop-transcript"), HOST_MODULE),
}


def module_of(module: str, command: str) -> str:
    """The module Windows PowerShell 5.1 names for `command` of pyshell's module `module`."""
    if module != CORE_MODULE:
        return module
    key = command.lower()
    if key in _IN_CORE:
        return CORE_MODULE
    return _ELSEWHERE.get(key, UTILITY_MODULE)

COMMAND_INFO = "System.Management.Automation.CommandInfo"


def source_of(cls: Any) -> str:
    """The module a cmdlet belongs to, as Windows PowerShell 5.1 names it."""
    return module_of(getattr(cls, "module_name", "") or "", cls.command_name())


def version_of(module: str) -> str:
    return _VERSIONS.get(module, "")


def alias_source(entry: Any) -> str:
    """Aliases PowerShell defines itself belong to no module."""
    return "" if entry.module in ("", CORE_MODULE) else entry.module


def cmdlet_info(cls: Any) -> PSObject:
    name = cls.command_name()
    source = source_of(cls)
    meta = cls.metadata
    return PSObject([
        ("HelpUri", cls.online_uri or ""), ("DLL", ""), ("Verb", cls.verb), ("Noun", cls.noun), ("HelpFile", ""),
        ("PSSnapIn", None), ("ImplementingType", cls.implementing_type or None), ("Definition", _syntax(cls)),
        ("DefaultParameterSet", meta.default_set), ("OutputType", list(cls.output_types)), ("Options", "ReadOnly"),
        ("Name", name), ("CommandType", CommandTypes.Cmdlet), ("Source", source), ("Version", version_of(source)),
        ("Visibility", "Public"), ("ModuleName", source), ("Module", None), ("RemotingCapability", "PowerShell"),
        ("Parameters", parameters_of(cls)), ("ParameterSets", list(meta.effective_sets())),
    ], type_names=["System.Management.Automation.CmdletInfo", COMMAND_INFO, "System.Object"], string_form=name)


def alias_info(entry: Any, table: Any) -> PSObject:
    resolved = resolve_alias(entry.definition, table)
    source = alias_source(entry)
    return PSObject([
        ("HelpUri", ""), ("ResolvedCommandName", resolved), ("DisplayName", f"{entry.name} -> {entry.definition}"),
        ("ReferencedCommand", entry.definition), ("ResolvedCommand", resolved), ("Definition", entry.definition),
        ("Options", entry.options), ("Description", entry.description), ("OutputType", []), ("Name", entry.name),
        ("CommandType", CommandTypes.Alias), ("Source", source), ("Version", version_of(source)),
        ("Visibility", "Public"), ("ModuleName", source), ("Module", None), ("RemotingCapability", "PowerShell"),
        ("Parameters", None), ("ParameterSets", None),
    ], type_names=["System.Management.Automation.AliasInfo", COMMAND_INFO, "System.Object"], string_form=entry.name)


def function_info(name: str, info: Any) -> PSObject:
    body = getattr(info, "body", None)
    definition = body.ps_to_string() if body is not None and hasattr(body, "ps_to_string") else ""
    kind = CommandTypes.Filter if getattr(info, "is_filter", False) else CommandTypes.Function
    node = getattr(body, "node", None)
    if node is not None:
        from pyshell.commands.function_metadata import is_advanced
        binding = is_advanced(node)
    else:
        binding = False
    return PSObject([
        ("HelpUri", ""), ("ScriptBlock", body), ("CmdletBinding", binding), ("DefaultParameterSet", None),
        ("Definition", definition), ("Options", "None"), ("Description", ""), ("OutputType", []), ("Name", name),
        ("CommandType", kind), ("Source", ""), ("Version", ""), ("Visibility", "Public"), ("ModuleName", ""),
        ("Module", None), ("RemotingCapability", "PowerShell"), ("Parameters", None), ("ParameterSets", None),
    ], type_names=["System.Management.Automation.FunctionInfo", COMMAND_INFO, "System.Object"], string_form=name)


def resolve_alias(target: str, table: Any, ctx: Any = None) -> str:
    """The command an alias finally stands for (following aliases of aliases) as `ctx`'s current
    scope sees them (the global aliases without a ctx)."""
    seen = 0
    entry = table.find_alias(target, ctx)
    while entry is not None and seen < 16:
        target = entry.definition
        entry = table.find_alias(target, ctx)
        seen += 1
    cls = table.cmdlets.get(target.lower())
    return cls.command_name() if cls is not None else target


def visible_functions(ctx: Any) -> Iterator[tuple[str, Any]]:
    """(name, FunctionInfo) of every function seen from the current scope, the nearest first."""
    seen: set[str] = set()
    scope = ctx.scope
    while scope is not None:
        for key, info in scope.functions.items():
            if key not in seen:
                seen.add(key)
                yield getattr(info, "name", key) or key, info
        scope = scope.parent


def _syntax(cls: type) -> str:
    from pyshell.commands.help import command_syntax
    return command_syntax(cls)
