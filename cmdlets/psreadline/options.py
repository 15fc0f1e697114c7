"""The line editor's options, kept in the session as the PSReadLine module keeps them.

Set-PSReadLineOption changes them and Get-PSReadLineOption shows them; both work with or without
an editor running (a profile script or `-Command` may set them). The REPL reads them before
each prompt, so a change shows from the next prompt on. Only options the REPL honours exist here.

Colours are stored as SGR escape sequences (``"\\x1b[93m"``), as PSReadLine stores them. A colour
may be given as a console colour name (``Yellow``, ``DarkGreen``), an escape sequence, or
``#rrggbb``.
"""
from __future__ import annotations

import re
from pyshell.structs import dataclass, field
from pyshell import paths
from pyshell.runtime.values import PSEnum, enum_type

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["ReadLineOptions", "EditMode", "HistorySaveStyle", "PredictionSource", "COLOR_NAMES",
           "CONSOLE_COLORS", "parse_color", "ColorError"]

_NS = "Microsoft.PowerShell"
EditMode = enum_type(f"{_NS}.EditMode", ["Windows", "Emacs", "Vi"])
HistorySaveStyle = enum_type(f"{_NS}.HistorySaveStyle", ["SaveIncrementally", "SaveAtExit", "SaveNothing"])
PredictionSource = enum_type(f"{_NS}.PredictionSource", ["None", "History"])

# The console's sixteen colours and the SGR foreground code a VT terminal uses for each.
CONSOLE_COLORS = {
    "Black": 30, "DarkBlue": 34, "DarkGreen": 32, "DarkCyan": 36, "DarkRed": 31, "DarkMagenta": 35,
    "DarkYellow": 33, "Gray": 37, "DarkGray": 90, "Blue": 94, "Green": 92, "Cyan": 96, "Red": 91,
    "Magenta": 95, "Yellow": 93, "White": 97,
}


def _sgr(*codes: int | str) -> str:
    return "\x1b[" + ";".join(str(c) for c in codes) + "m"


# The keys -Colors accepts, with PSReadLine's defaults. "Default" is the terminal's own colour.
DEFAULT_COLORS: dict[str, str] = {
    "ContinuationPrompt": _sgr(39), "Emphasis": _sgr(96), "Error": _sgr(91), "Selection": _sgr(30, 47),
    "Default": _sgr(39), "Comment": _sgr(32), "Keyword": _sgr(92), "String": _sgr(36),
    "Operator": _sgr(90), "Variable": _sgr(92), "Command": _sgr(93), "Parameter": _sgr(90),
    "Type": _sgr(37), "Number": _sgr(97), "Member": _sgr(37), "InlinePrediction": _sgr(38, 5, 238),
}
COLOR_NAMES = tuple(DEFAULT_COLORS)

_SGR = re.compile(r"(?:\x1b\[[0-9;]*m)+")
_HEX = re.compile(r"#([0-9a-fA-F]{6})")


class ColorError(ValueError):
    pass


def parse_color(value: Any) -> str:
    """An SGR escape sequence for a colour given as a name, an escape sequence or #rrggbb."""
    if isinstance(value, PSEnum):
        value = value.name
    if not isinstance(value, str) or not value.strip():
        raise ColorError(f"'{value}' is not a colour.")
    text = value.strip()
    for name, code in CONSOLE_COLORS.items():
        if name.lower() == text.lower():
            return _sgr(code)
    if _SGR.fullmatch(text):
        return text
    m = _HEX.fullmatch(text)
    if m:
        rgb = m.group(1)
        return _sgr(38, 2, int(rgb[0:2], 16), int(rgb[2:4], 16), int(rgb[4:6], 16))
    raise ColorError(f"'{text}' is not a colour: give a console colour name such as Yellow or "
                     f"DarkGreen, an escape sequence such as \"$([char]0x1b)[93m\", or #rrggbb.")


@dataclass
class ReadLineOptions:
    """One session's editor options (the state of the PSReadLine module)."""

    edit_mode: Any = EditMode.Windows
    continuation_prompt: str = ">> "
    prompt_text: str = "> "
    history_no_duplicates: bool = True
    history_save_style: Any = HistorySaveStyle.SaveIncrementally
    history_save_path: str = ""
    history_search_case_sensitive: bool = False
    maximum_history_count: int = 4096
    prediction_source: Any = PredictionSource.History
    show_tool_tips: bool = True
    colors: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_COLORS))

    def __post_init__(self) -> None:
        if not self.history_save_path:
            try:
                self.history_save_path = str(paths.history_path())
            except (OSError, RuntimeError, KeyError):
                self.history_save_path = ""


def state_factory(context: Any) -> ReadLineOptions:
    """Module.state_factory: fresh options for a new session."""
    return ReadLineOptions()


# The types scripts may name in casts, by their full names.
MODULE_TYPES = {"Microsoft.PowerShell.EditMode": EditMode, "Microsoft.PowerShell.HistorySaveStyle": HistorySaveStyle,
                "Microsoft.PowerShell.PredictionSource": PredictionSource}
