"""The core module: PowerShell's own cmdlets."""
from cmdlets.core.where_object import WhereObject
from pyshell.commands.module import Module

MODULE = Module(
    name="Microsoft.PowerShell.Core",
    cmdlets=(WhereObject,),
    aliases={"where": "Where-Object", "?": "Where-Object"},
    description="The cmdlets every PowerShell session has.",
)
