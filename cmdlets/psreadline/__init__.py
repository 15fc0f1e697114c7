"""The PSReadLine module: the line editor's options, kept in the session.

The cmdlets work without an editor (in a profile, under -Command); the REPL reads the options
before every prompt. Nothing here imports the editor itself.
"""
from __future__ import annotations

from pyshell.commands.module import Module

from cmdlets.psreadline.get_psreadline_option import OPTIONS_TYPE, OPTIONS_VIEW, GetPSReadLineOption
from cmdlets.psreadline.options import EditMode, HistorySaveStyle, PredictionSource, state_factory
from cmdlets.psreadline.set_psreadline_option import MODULE_NAME, SetPSReadLineOption

MODULE = Module(
    name=MODULE_NAME,
    cmdlets=(GetPSReadLineOption, SetPSReadLineOption),
    state_factory=state_factory,
    views=(OPTIONS_VIEW,),
    types={"Microsoft.PowerShell.EditMode": EditMode, "Microsoft.PowerShell.HistorySaveStyle": HistorySaveStyle,
           "Microsoft.PowerShell.PredictionSource": PredictionSource},
    type_properties={OPTIONS_TYPE: ()},
    description="Options of the interactive line editor: editing mode, history, prediction and colours.",
)
