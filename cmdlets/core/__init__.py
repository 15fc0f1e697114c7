"""The core module: PowerShell's own cmdlets. One line per cmdlet and per alias, in the lists below."""
from cmdlets.core.import_module import ImportModule
from cmdlets.core.invoke_expression import InvokeExpression
from cmdlets.core.where_object import WhereObject
from pyshell.commands.module import Module

CMDLETS = (
    WhereObject,
    ImportModule,
    InvokeExpression,
)

ALIASES = {
    "where": "Where-Object",
    "?": "Where-Object",
    "ipmo": "Import-Module",
    "iex": "Invoke-Expression",
}

MODULE = Module(
    name="Microsoft.PowerShell.Core",
    cmdlets=CMDLETS,
    aliases=ALIASES,
    description="The cmdlets every PowerShell session has.",
)
