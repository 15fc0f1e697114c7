"""Comment-based help: the `.SYNOPSIS` / `.DESCRIPTION` / `.PARAMETER` / `.EXAMPLE` ... block of a
function, script block or script, read as PowerShell reads it (comment_scan.py finds the block).

A block is help only if its first non-blank line is a directive, and every directive is one
PowerShell knows: the keyword alone on its line for a section (`.SYNOPSIS`, `.NOTES`, ...), or with
its argument for `.PARAMETER name`, `.FORWARDHELPTARGETNAME`, `.FORWARDHELPCATEGORY`,
`.REMOTEHELPRUNSPACE` and `.EXTERNALHELP`. A section runs to the next directive; its first line
sets how much leading space is taken off every line of it.
"""
from __future__ import annotations

import re
from pyshell.structs import dataclass, field

from pyshell.language import nodes as N

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_DIRECTIVE = re.compile(r"^\s*\.(\w+)(\s+(\S.*))?\s*$")
_BLANK = re.compile(r"^\s*$")
_SECTION_SPACE = " \t\u00a0"
_WITH_ARGUMENT = {"parameter", "forwardhelptargetname", "forwardhelpcategory", "remotehelprunspace",
                  "externalhelp"}
_ALONE = {"synopsis", "description", "notes", "link", "example", "inputs", "outputs", "component", "role",
          "functionality"}


@dataclass
class CommentHelp:
    synopsis: str = ""
    description: str = ""
    notes: str = ""
    parameters: dict[str, str] = field(default_factory=dict)     # lower-cased name -> text
    examples: list[str] = field(default_factory=list)             # as written: prompt, code, remarks
    inputs: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    component: str | None = None
    role: str | None = None
    functionality: str | None = None
    forward_target: str = ""
    forward_category: str = ""
    remote_runspace: str = ""
    external_help: str = ""
    directives: int = 0                                           # how many directives the block had
    parameter_comments: list[str] = field(default_factory=list)   # per parameter, from comments beside it


def _section(lines: list[str], start: int) -> tuple[str, int]:
    """The text of the section whose lines begin at `start`, up to the next directive, and the index
    of the line after it. Blank lines before its first line are skipped; every line loses as much
    leading space as the first one had, no more."""
    out: list[str] = []
    indent = None
    i = start
    while i < len(lines):
        line = lines[i]
        if indent is None and _BLANK.match(line):
            i += 1
            continue
        if _DIRECTIVE.match(line):
            break
        if indent is None:
            indent = len(line) - len(line.lstrip(_SECTION_SPACE))
        cut = 0
        while cut < len(line) and cut < indent and line[cut] in _SECTION_SPACE:
            cut += 1
        out.append(line[cut:] + "\n")
        i += 1
    return "".join(out), i


def section_text(lines: list[str], start: int) -> str:
    return _section(lines, start)[0]


def analyze(lines: list[str]) -> CommentHelp | None:
    """The help in a block of comment lines, or None when the block is not comment-based help."""
    help_ = CommentHelp()
    i = 0
    while i < len(lines):
        m = _DIRECTIVE.match(lines[i])
        if m is None:
            if not _BLANK.match(lines[i]):
                return None
            i += 1
            continue
        keyword = m.group(1).lower()
        help_.directives += 1
        if m.group(3) is not None:
            if keyword not in _WITH_ARGUMENT:
                return None
            arg = m.group(3).strip()
            if keyword == "parameter":
                text, i = _section(lines, i + 1)
                help_.parameters.setdefault(arg.lower(), text)
                continue
            if keyword == "forwardhelptargetname":
                help_.forward_target = arg
            elif keyword == "forwardhelpcategory":
                help_.forward_category = arg
            elif keyword == "remotehelprunspace":
                help_.remote_runspace = arg
            else:
                help_.external_help = arg
            i += 1
            continue
        if keyword not in _ALONE:
            return None
        text, i = _section(lines, i + 1)
        if keyword in ("synopsis", "description", "notes"):
            setattr(help_, keyword, text)
        elif keyword == "link":
            help_.links.append(text.strip())
        elif keyword == "example":
            help_.examples.append(text)
        elif keyword in ("inputs", "outputs"):
            getattr(help_, keyword).append(text)
        else:
            setattr(help_, keyword, text.strip())
    return help_ if help_.directives else None


def is_help(lines: list[str]) -> bool:
    return analyze(lines) is not None


def help_of(node: Any, root: bool = False) -> CommentHelp | None:
    """The comment-based help of a function definition, a script block, or (root=True) a script."""
    from pyshell.commands.comment_scan import find_help_block
    found = find_help_block(node, is_help, root)
    if found is None:
        return None
    lines, parameter_comments = found
    help_ = analyze(lines)
    if help_ is not None:
        help_.parameter_comments = parameter_comments
    return help_


def comment_help(definition: N.FunctionDefinition) -> CommentHelp | None:
    """The comment-based help of a function, or None when it has none."""
    return help_of(definition)
