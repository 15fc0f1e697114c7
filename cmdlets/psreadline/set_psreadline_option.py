"""Set-PSReadLineOption: change how the line editor behaves and colours the input."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.values import PSHashtable, SwitchParameter

from cmdlets.psreadline import MODULE_NAME
from cmdlets.psreadline.options import (COLOR_NAMES, ColorError, EditMode, HistorySaveStyle, PredictionSource,
                                        parse_color)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def _at_least_one(value: Any) -> str | None:
    if isinstance(value, int) and value < 1:
        return (f"The {value} argument is less than the minimum allowed range of 1. Supply an argument "
                "that is greater than or equal to 1 and then try the command again.")
    return None


class SetPSReadLineOption(Cmdlet):
    """Customizes the behavior of command line editing in the console."""

    verb, noun = "Set", "PSReadLineOption"
    implementing_type = "Microsoft.PowerShell.SetPSReadLineOption"
    description = (
        "Changes the options of the line editor for the rest of the session: the editing mode, the "
        "continuation prompt, how history is kept and searched, whether grey suggestions from history "
        "appear, and the colours of each kind of token. A change shows from the next prompt on. Put "
        "the command in your profile script ($PROFILE) to keep a setting for every session.")

    edit_mode = Parameter(EditMode, help="Windows (the default), Emacs or Vi key bindings.")
    continuation_prompt = Parameter(str, help="The prompt shown on the second and later lines of an "
                                              "unfinished command; '>> ' by default.")
    prompt_text = Parameter(str, help="The end of your prompt (default '> '). It turns the error colour "
                                      "while the input has a syntax error.")
    history_no_duplicates = Parameter(SwitchParameter, help="Keep only the newest of identical history "
                                                            "entries (on by default).")
    history_save_style = Parameter(HistorySaveStyle, help="SaveIncrementally (after every command), "
                                                          "SaveAtExit, or SaveNothing.")
    history_save_path = Parameter(str, help="The file the history is kept in.")
    history_search_case_sensitive = Parameter(SwitchParameter, help="Make history search (Ctrl+R, and "
                                                                    "Up/Down by prefix) match case.")
    maximum_history_count = Parameter(int, validators=(_at_least_one,),
                                      help="How many history entries are kept (4096 by default).")
    prediction_source = Parameter(PredictionSource, help="History to show a grey suggestion from history "
                                                         "as you type (Right arrow accepts it), or None.")
    show_tool_tips = Parameter(SwitchParameter, help="Show a description next to each completion.")
    colors = Parameter(PSHashtable, help="Colours by token kind, for example @{Command = 'Yellow'; "
                                         "String = '#88cc88'}. Keys: " + ", ".join(COLOR_NAMES) + ".")

    examples = (
        Example("Set-PSReadLineOption -EditMode Emacs", "Uses Emacs key bindings from the next prompt on."),
        Example("Set-PSReadLineOption -Colors @{ Command = 'Cyan'; Parameter = 'DarkYellow' }",
                "Shows command names in cyan and parameter names in dark yellow."),
        Example("Set-PSReadLineOption -PredictionSource None",
                "Stops the grey suggestions from history."),
    )

    _SIMPLE = ("edit_mode", "continuation_prompt", "prompt_text", "history_no_duplicates", "history_save_style",
               "history_save_path", "history_search_case_sensitive", "maximum_history_count",
               "prediction_source", "show_tool_tips")

    def end(self) -> None:
        options = self.context.module_state(MODULE_NAME)
        colors: dict[str, str] = {}
        if self.colors is not None:
            for key, value in self.colors.items():
                name = next((n for n in COLOR_NAMES if n.lower() == str(key).lower()), None)
                if name is None:
                    self.throw_terminating(self.error_record(
                        f"'{key}' is not a colour setting. The keys of -Colors are: {', '.join(COLOR_NAMES)}.",
                        "InvalidColorProperty", ErrorCategory.InvalidArgument, target=key,
                        exception_type="ArgumentException"))
                try:
                    colors[name] = parse_color(value)
                except ColorError as exc:
                    self.throw_terminating(self.error_record(
                        f"Cannot set the {name} colour. {exc}", "InvalidColorValue", ErrorCategory.InvalidArgument,
                        target=value, exception_type="ArgumentException"))
        for attr in self._SIMPLE:
            param = getattr(type(self), attr)
            if self.is_bound(param):
                setattr(options, attr, getattr(self, attr))
        options.colors.update(colors)
