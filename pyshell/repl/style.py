"""The editor's colours, from the PSReadLine options (escape sequences) to prompt_toolkit styles.

PSReadLine keeps each colour as an SGR escape sequence; prompt_toolkit wants style strings. The
conversion understands what Set-PSReadLineOption can produce: the 16 console colours (30-37,
90-97 and their backgrounds), 256-colour and 24-bit codes, bold, italic, underline, reverse.
"""
from __future__ import annotations

import re
from typing import Mapping

from prompt_toolkit.styles import Style

__all__ = ["sgr_to_style", "make_style", "TOKEN_COLORS"]

_ANSI = ["ansiblack", "ansired", "ansigreen", "ansiyellow", "ansiblue", "ansimagenta", "ansicyan", "ansigray"]
_BRIGHT = ["ansibrightblack", "ansibrightred", "ansibrightgreen", "ansibrightyellow", "ansibrightblue",
           "ansibrightmagenta", "ansibrightcyan", "ansiwhite"]
_ATTRS = {1: "bold", 3: "italic", 4: "underline", 7: "reverse", 2: ""}

# highlight.py's classes and the PSReadLine colour each one takes.
TOKEN_COLORS = {
    "command": "Command", "parameter": "Parameter", "string": "String", "variable": "Variable",
    "operator": "Operator", "number": "Number", "comment": "Comment", "keyword": "Keyword", "type": "Type",
    "member": "Member", "default": "Default", "unknown-command": "Error",
}


def _color_256(n: int) -> str:
    if n < 8:
        return _ANSI[n]
    if n < 16:
        return _BRIGHT[n - 8]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        r, g, b = steps[n // 36], steps[(n // 6) % 6], steps[n % 6]
    else:
        r = g = b = 8 + (n - 232) * 10
    return f"#{r:02x}{g:02x}{b:02x}"


def sgr_to_style(sequence: str) -> str:
    """A prompt_toolkit style string for an SGR escape sequence; '' for what it cannot read."""
    parts: list[str] = []
    for body in re.findall(r"\x1b\[([0-9;]*)m", sequence or ""):
        codes = [int(c) if c.isdigit() else 0 for c in body.split(";")] if body else [0]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c in (38, 48) and i + 1 < len(codes):
                prefix = "" if c == 38 else "bg:"
                if codes[i + 1] == 5 and i + 2 < len(codes):
                    parts.append(prefix + _color_256(codes[i + 2]))
                    i += 3
                    continue
                if codes[i + 1] == 2 and i + 4 < len(codes):
                    r, g, b = (max(0, min(255, v)) for v in codes[i + 2:i + 5])
                    parts.append(f"{prefix}#{r:02x}{g:02x}{b:02x}")
                    i += 5
                    continue
            if 30 <= c <= 37:
                parts.append(_ANSI[c - 30])
            elif 90 <= c <= 97:
                parts.append(_BRIGHT[c - 90])
            elif 40 <= c <= 47:
                parts.append("bg:" + _ANSI[c - 40])
            elif 100 <= c <= 107:
                parts.append("bg:" + _BRIGHT[c - 100])
            elif c in _ATTRS and _ATTRS[c]:
                parts.append(_ATTRS[c])
            i += 1
    return " ".join(parts)


def make_style(colors: Mapping[str, str]) -> Style:
    """The session's style: token classes, prompt pieces, search and selection, suggestions."""
    def color(name: str) -> str:
        return sgr_to_style(colors.get(name, ""))

    rules: dict[str, str] = {f"ps.{cls}": color(key) for cls, key in TOKEN_COLORS.items()}
    rules["ps.unknown-command"] = (color("Error") + " underline").strip()
    rules["ps.error"] = "underline"
    rules["prompt.error"] = color("Error")
    rules["continuation"] = color("ContinuationPrompt")
    rules["auto-suggestion"] = color("InlinePrediction")
    rules["search-toolbar"] = ""
    rules["search"] = color("Emphasis")
    rules["search.current"] = (color("Emphasis") + " reverse").strip()
    rules["selected"] = color("Selection")
    rules["status"] = ""
    rules["status.error"] = color("Error")
    rules["status.key"] = color("Emphasis")
    rules["bottom-toolbar"] = "noreverse"
    return Style.from_dict({k: v for k, v in rules.items()})
