"""Comment-based help: the `.SYNOPSIS` / `.DESCRIPTION` / `.PARAMETER` / `.EXAMPLE` block that a
function carries just before its `function` keyword or at the top of its body, as PowerShell reads it."""
from __future__ import annotations

import re
from pyshell.structs import dataclass, field

from pyshell.language import nodes as N

_KEYWORD = re.compile(r"^\s*\.(\w+)(?:\s+(.*?))?\s*$")
_SECTIONS = {"synopsis", "description", "parameter", "example", "inputs", "outputs", "notes", "link",
             "component", "role", "functionality", "forwardhelptargetname", "forwardhelpcategory",
             "remotehelprunspace", "externalhelp"}


@dataclass
class CommentHelp:
    synopsis: str = ""
    description: str = ""
    parameters: dict[str, str] = field(default_factory=dict)     # lower-cased name -> text
    examples: list[str] = field(default_factory=list)
    notes: str = ""
    inputs: str = ""
    outputs: str = ""
    links: list[str] = field(default_factory=list)


def _comment_lines(text: str) -> list[str] | None:
    """The lines of one comment: a `<# ... #>` block, or a run of `#` lines."""
    stripped = text.strip()
    if stripped.startswith("<#") and stripped.endswith("#>"):
        return stripped[2:-2].splitlines()
    lines = [ln.strip() for ln in stripped.splitlines()]
    if lines and all(ln.startswith("#") for ln in lines):
        return [ln[1:] for ln in lines]
    return None


def _parse(lines: list[str]) -> CommentHelp | None:
    help_ = CommentHelp()
    section, arg, buf = None, "", []
    found = False

    def flush() -> None:
        body = "\n".join(buf).strip("\n")
        body = "\n".join(line.strip() for line in body.splitlines()).strip()
        if section == "synopsis":
            help_.synopsis = body
        elif section == "description":
            help_.description = body
        elif section == "parameter" and arg:
            help_.parameters[arg.lower()] = body
        elif section == "example":
            help_.examples.append(body)
        elif section == "notes":
            help_.notes = body
        elif section == "inputs":
            help_.inputs = body
        elif section == "outputs":
            help_.outputs = body
        elif section == "link":
            help_.links.append(body)

    for line in lines:
        m = _KEYWORD.match(line)
        if m and m.group(1).lower() in _SECTIONS:
            if section:
                flush()
            section, arg, buf = m.group(1).lower(), (m.group(2) or "").strip(), []
            found = True
        elif section:
            buf.append(line)
    if section:
        flush()
    return help_ if found else None


def comment_help(definition: N.FunctionDefinition) -> CommentHelp | None:
    """The comment-based help of a function, or None when it has none."""
    source = definition.extent.source
    if source is None:
        return None
    text = source.text
    # At the top of the body: the first thing after `{`.
    body_start = definition.body.extent.start + 1
    m = re.compile(r"\s*(<#.*?#>|(?:[ \t]*#[^\n]*\n)+)", re.S).match(text, body_start)
    if m:
        lines = _comment_lines(m.group(1))
        found = _parse(lines) if lines is not None else None
        if found:
            return found
    # Just before the function keyword (at most one blank line between).
    before = text[:definition.extent.start].rstrip(" \t")
    if before.endswith("\n"):
        before = before[:-1]
    block = re.search(r"(<#.*?#>|(?:^[ \t]*#[^\n]*\n?)+)\s*$", before, re.S | re.M)
    if block:
        lines = _comment_lines(block.group(1))
        if lines is not None:
            return _parse(lines)
    return None
