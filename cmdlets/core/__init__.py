"""The core module: PowerShell's own cmdlets. One line per cmdlet and per alias, in the lists below."""
from cmdlets.core.import_module import ImportModule
from cmdlets.core.invoke_expression import InvokeExpression
from cmdlets.core.where_object import WhereObject
from cmdlets.core.clear_host import ClearHost
from cmdlets.core.convert_from_csv import ConvertFromCsv
from cmdlets.core.convert_from_json import ConvertFromJson
from cmdlets.core.convert_to_csv import ConvertToCsv
from cmdlets.core.convert_to_html import ConvertToHtml
from cmdlets.core.convert_to_json import ConvertToJson
from cmdlets.core.export_csv import ExportCsv
from cmdlets.core.format_list import FormatList
from cmdlets.core.format_table import FormatTable
from cmdlets.core.format_wide import FormatWide
from cmdlets.core.get_date import GetDate
from cmdlets.core.get_history import GetHistory
from cmdlets.core.get_random import GetRandom
from cmdlets.core.import_csv import ImportCsv
from cmdlets.core.invoke_history import InvokeHistory
from cmdlets.core.measure_command import MeasureCommand
from cmdlets.core.out_file import OutFile
from cmdlets.core.out_host import OutHost
from cmdlets.core.out_null import OutNull
from cmdlets.core.out_string import OutString
from cmdlets.core.session_state import CoreState
from cmdlets.core.start_sleep import StartSleep
from cmdlets.core.tee_object import TeeObject
from cmdlets.core.add_member import AddMember
from cmdlets.core.discovery_views import DISCOVERY_VIEWS
from cmdlets.core.get_member import GetMember
from cmdlets.core.new_object import NewObject
from cmdlets.core.get_alias import GetAlias
from cmdlets.core.get_command import GetCommand
from cmdlets.core.get_help import GetHelp
from cmdlets.core.help_command import HelpCommand
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
from cmdlets.core.trace_command import TraceCommand
from cmdlets.core.start_transcript import StartTranscript
from cmdlets.core.stop_transcript import StopTranscript
from cmdlets.core._filesystem import TYPES as FILE_SYSTEM_TYPES, VIEWS as FILE_SYSTEM_VIEWS
from cmdlets.core.get_child_item import GetChildItem
from cmdlets.core.get_item import GetItem
from cmdlets.core.test_path import TestPath
from cmdlets.core.join_path import JoinPath
from cmdlets.core.split_path import SplitPath
from cmdlets.core.resolve_path import ResolvePath
from cmdlets.core.get_location import GetLocation
from cmdlets.core.set_location import SetLocation
from cmdlets.core.push_location import PushLocation
from cmdlets.core.pop_location import PopLocation
from cmdlets.core.get_content import GetContent
from cmdlets.core.set_content import SetContent
from cmdlets.core.add_content import AddContent
from cmdlets.core.new_item import NewItem
from cmdlets.core.mkdir import Mkdir
from cmdlets.core.remove_item import RemoveItem
from cmdlets.core.copy_item import CopyItem
from cmdlets.core.move_item import MoveItem
from cmdlets.core.rename_item import RenameItem
from pyshell.commands.module import Module

CMDLETS = (
    StopTranscript,
    StartTranscript,
    TraceCommand,
    TracePipeline,
    SetPSDebug,
    WhereObject,
    ClearHost,
    ConvertFromCsv,
    ConvertFromJson,
    ConvertToCsv,
    ConvertToHtml,
    ConvertToJson,
    ExportCsv,
    FormatList,
    FormatTable,
    FormatWide,
    GetDate,
    GetHistory,
    GetRandom,
    ImportCsv,
    InvokeHistory,
    MeasureCommand,
    OutFile,
    OutHost,
    OutNull,
    OutString,
    StartSleep,
    TeeObject,
    ImportModule,
    InvokeExpression,
    NewObject,
    AddMember,
    GetMember,
    GetCommand,
    GetHelp,
    HelpCommand,
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
    GetChildItem,
    GetItem,
    TestPath,
    JoinPath,
    SplitPath,
    ResolvePath,
    GetLocation,
    SetLocation,
    PushLocation,
    PopLocation,
    GetContent,
    SetContent,
    AddContent,
    NewItem,
    Mkdir,
    RemoveItem,
    CopyItem,
    MoveItem,
    RenameItem,
)

ALIASES = {
    "trcm": "Trace-Command",
    "where": "Where-Object",
    "?": "Where-Object",
    "fl": "Format-List",
    "ft": "Format-Table",
    "fw": "Format-Wide",
    "tee": "Tee-Object",
    "cls": "Clear-Host",
    "clear": "Clear-Host",
    "h": "Get-History",
    "history": "Get-History",
    "ghy": "Get-History",
    "r": "Invoke-History",
    "ihy": "Invoke-History",
    "sleep": "Start-Sleep",
    "ipmo": "Import-Module",
    "iex": "Invoke-Expression",
    "gm": "Get-Member",
    "gcm": "Get-Command",
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
    "gci": "Get-ChildItem",
    "dir": "Get-ChildItem",
    "ls": "Get-ChildItem",
    "gi": "Get-Item",
    "rvpa": "Resolve-Path",
    "gl": "Get-Location",
    "pwd": "Get-Location",
    "sl": "Set-Location",
    "cd": "Set-Location",
    "chdir": "Set-Location",
    "pushd": "Push-Location",
    "popd": "Pop-Location",
    "gc": "Get-Content",
    "cat": "Get-Content",
    "type": "Get-Content",
    "sc": "Set-Content",
    "ac": "Add-Content",
    "ni": "New-Item",
    "md": "mkdir",
    "ri": "Remove-Item",
    "rm": "Remove-Item",
    "rmdir": "Remove-Item",
    "del": "Remove-Item",
    "erase": "Remove-Item",
    "rd": "Remove-Item",
    "cpi": "Copy-Item",
    "cp": "Copy-Item",
    "copy": "Copy-Item",
    "mi": "Move-Item",
    "mv": "Move-Item",
    "move": "Move-Item",
    "rni": "Rename-Item",
    "ren": "Rename-Item",
}

MODULE = Module(
    name="Microsoft.PowerShell.Core",
    cmdlets=CMDLETS,
    aliases=ALIASES,
    state_factory=CoreState,
    views=DISCOVERY_VIEWS + GROUP_VIEWS + MATCH_INFO_VIEWS + FILE_SYSTEM_VIEWS,
    types=FILE_SYSTEM_TYPES,
    description="The cmdlets every PowerShell session has.",
)
