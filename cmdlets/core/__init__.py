"""The core module: PowerShell's own cmdlets. One line per cmdlet and per alias, in the lists below."""
from cmdlets.core.import_module import ImportModule
from cmdlets.core.invoke_expression import InvokeExpression
from cmdlets.core.where_object import WhereObject
from cmdlets.core.add_member import AddMember
from cmdlets.core.discovery_views import DISCOVERY_VIEWS
from cmdlets.core.get_member import GetMember
from cmdlets.core.new_object import NewObject
from cmdlets.core.get_alias import GetAlias
from cmdlets.core.get_command import GetCommand
from cmdlets.core.get_help import GetHelp
from cmdlets.core.new_alias import NewAlias
from cmdlets.core.set_alias import SetAlias
from cmdlets.core.clear_variable import ClearVariable
from cmdlets.core.get_variable import GetVariable
from cmdlets.core.new_variable import NewVariable
from cmdlets.core.remove_variable import RemoveVariable
from cmdlets.core.set_variable import SetVariable
from cmdlets.core.write_debug import WriteDebug
from cmdlets.core.write_error import WriteError
from cmdlets.core.write_host import WriteHost
from cmdlets.core.write_output import WriteOutput
from cmdlets.core.write_verbose import WriteVerbose
from cmdlets.core.write_warning import WriteWarning
from cmdlets.core.set_psdebug import SetPSDebug
from cmdlets.core.trace_pipeline import TracePipeline
from cmdlets.core.foreach_object import ForEachObject
from cmdlets.core.measure_object import MeasureObject
from cmdlets.core.select_object import SelectObject
from cmdlets.core.compare_object import CompareObject
from cmdlets.core.get_unique import GetUnique
from cmdlets.core.group_object import VIEWS as GROUP_VIEWS, GroupObject
from cmdlets.core.sort_object import SortObject
from cmdlets.core.select_string import VIEWS as MATCH_INFO_VIEWS, SelectString
from pyshell.commands.module import Module

CMDLETS = (
    TracePipeline,
    SetPSDebug,
    WhereObject,
    ImportModule,
    InvokeExpression,
    NewObject,
    AddMember,
    GetMember,
    GetCommand,
    GetHelp,
    GetAlias,
    SetAlias,
    NewAlias,
    GetVariable,
    SetVariable,
    NewVariable,
    RemoveVariable,
    ClearVariable,
    WriteOutput,
    WriteHost,
    WriteError,
    WriteWarning,
    WriteVerbose,
    WriteDebug,
    ForEachObject,
    SelectObject,
    MeasureObject,
    SortObject,
    GroupObject,
    CompareObject,
    GetUnique,
    SelectString,
)

ALIASES = {
    "where": "Where-Object",
    "?": "Where-Object",
    "ipmo": "Import-Module",
    "iex": "Invoke-Expression",
    "gm": "Get-Member",
    "gcm": "Get-Command",
    "help": "Get-Help",
    "man": "help",
    "gal": "Get-Alias",
    "sal": "Set-Alias",
    "nal": "New-Alias",
    "gv": "Get-Variable",
    "sv": "Set-Variable",
    "set": "Set-Variable",
    "nv": "New-Variable",
    "rv": "Remove-Variable",
    "clv": "Clear-Variable",
    "echo": "Write-Output",
    "write": "Write-Output",
    "foreach": "ForEach-Object",
    "%": "ForEach-Object",
    "select": "Select-Object",
    "measure": "Measure-Object",
    "sort": "Sort-Object",
    "group": "Group-Object",
    "compare": "Compare-Object",
    "diff": "Compare-Object",
    "gu": "Get-Unique",
    "sls": "Select-String",
}

MODULE = Module(
    name="Microsoft.PowerShell.Core",
    cmdlets=CMDLETS,
    aliases=ALIASES,
    views=DISCOVERY_VIEWS + GROUP_VIEWS + MATCH_INFO_VIEWS,
    description="The cmdlets every PowerShell session has.",
)
