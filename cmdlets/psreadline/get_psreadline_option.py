"""Get-PSReadLineOption: show the line editor's options."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example
from pyshell.format.views import Column, View
from pyshell.runtime.values import PSObject

from cmdlets.psreadline import MODULE_NAME, OPTIONS_TYPE
from cmdlets.psreadline.options import COLOR_NAMES, ReadLineOptions

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_PROPERTIES = (("EditMode", "edit_mode"), ("ContinuationPrompt", "continuation_prompt"),
               ("PromptText", "prompt_text"), ("HistoryNoDuplicates", "history_no_duplicates"),
               ("HistorySavePath", "history_save_path"), ("HistorySaveStyle", "history_save_style"),
               ("HistorySearchCaseSensitive", "history_search_case_sensitive"),
               ("MaximumHistoryCount", "maximum_history_count"), ("PredictionSource", "prediction_source"),
               ("ShowToolTips", "show_tool_tips"))
_COLOR_PROPERTIES = tuple(sorted(f"{name}Color" if name != "Default" else "DefaultTokenColor"
                                 for name in COLOR_NAMES))


def _color_key(prop: str) -> str:
    return "Default" if prop == "DefaultTokenColor" else prop[:-len("Color")]


def options_object(options: ReadLineOptions) -> PSObject:
    props: list[tuple[str, Any]] = [(name, getattr(options, attr)) for name, attr in _PROPERTIES]
    props += [(prop, options.colors.get(_color_key(prop), "")) for prop in _COLOR_PROPERTIES]
    return PSObject(props, type_names=(OPTIONS_TYPE, "System.Object"))


def _shown(prop: str):
    # A colour shows as the text that would set it again, rather than as a raw escape that would
    # recolour the terminal: "$([char]0x1b)[93m".
    def text(obj: PSObject) -> str:
        value = str(obj.get(prop) or "")
        return '"' + value.replace("\x1b", "$([char]0x1b)") + '"'
    return text


OPTIONS_VIEW = View(OPTIONS_TYPE, "list",
                    properties=tuple(name for name, _ in _PROPERTIES)
                    + tuple(Column(prop, _shown(prop)) for prop in _COLOR_PROPERTIES))


class GetPSReadLineOption(Cmdlet):
    """Gets values for the options that can be configured."""

    verb, noun = "Get", "PSReadLineOption"
    implementing_type = "Microsoft.PowerShell.GetPSReadLineOption"
    output_types = (OPTIONS_TYPE,)
    description = ("Returns one object holding the line editor's current options, the ones "
                   "Set-PSReadLineOption changes. Colours are escape sequences; the list view shows each "
                   "as the text that sets it.")
    examples = (
        Example("(Get-PSReadLineOption).EditMode", "Shows the editing mode in use.", "Windows\n"),
        Example("(Get-PSReadLineOption).ContinuationPrompt", "The prompt of continuation lines.", ">> \n"),
    )

    def end(self) -> None:
        self.write_object(options_object(self.context.module_state(MODULE_NAME)))
