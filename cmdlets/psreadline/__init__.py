"""The PSReadLine module: the line editor's options, kept in the session.

The cmdlets work without an editor (in a profile, under -Command); the REPL reads the options
before every prompt. Nothing here imports the editor itself, nor (until used) the cmdlets.
"""
from __future__ import annotations

from pyshell.commands.module import Module, deferred

MODULE_NAME = "PSReadLine"
OPTIONS_TYPE = "Microsoft.PowerShell.PSConsoleReadLineOptions"

MODULE = Module(
    name=MODULE_NAME,
    package=__name__,
    commands={
        "Get-PSReadLineOption": ".get_psreadline_option:GetPSReadLineOption",
        "Set-PSReadLineOption": ".set_psreadline_option:SetPSReadLineOption",
    },
    state_factory=deferred("cmdlets.psreadline.options:state_factory"),
    views=((".get_psreadline_option:OPTIONS_VIEW", (OPTIONS_TYPE,)),),
    types=".options:MODULE_TYPES",
    type_properties={OPTIONS_TYPE: ()},
    description="Options of the interactive line editor: editing mode, history, prediction and colours.",
)
