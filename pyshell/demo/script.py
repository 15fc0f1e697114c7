"""A demo script cut into steps: each top-level statement with the comments before it as narration.

    # Example 4 keeps only the partners that insist on SASL.      <- narration of the step below
    Get-CsXmppAllowedPartner | Where-Object {...}   # in a demo   <- the statement, as it is typed

A comment on the statement's own last line stays part of what is typed. Comment blocks (`<# #>`)
are narration too. Everything else between statements (blank lines, semicolons) is dropped.
"""
from __future__ import annotations

from pyshell.structs import dataclass

from pyshell.language.parser import parse


@dataclass(frozen=True)
class Step:
    narration: tuple[str, ...]     # comment lines, without their # markers
    code: str                      # the statement as typed (may span lines)
    line: int                      # where it starts in the script, 1-based


class DemoScriptError(Exception):
    pass


def _narration(gap: str) -> list[str]:
    lines: list[str] = []
    in_block = False
    for raw in gap.splitlines():
        text = raw.strip()
        if in_block:
            end = text.find("#>")
            lines.append(text[:end].strip() if end >= 0 else text)
            in_block = end < 0
            continue
        if text.startswith("<#"):
            body = text[2:]
            end = body.find("#>")
            if end >= 0:
                lines.append(body[:end].strip())
            else:
                lines.append(body.strip())
                in_block = True
            continue
        if text.startswith("#"):
            lines.append(text.lstrip("#").strip())
        elif not text.strip(";") and lines and lines[-1] != "":
            lines.append("")          # a blank line between comment paragraphs
    while lines and lines[-1] == "":
        lines.pop()
    while lines and lines[0] == "":
        lines.pop(0)
    return lines


def split_steps(text: str, name: str = "") -> list[Step]:
    """The steps of a demo script; DemoScriptError when it does not parse or takes parameters."""
    result = parse(text, name)
    if result.errors:
        first = result.errors[0]
        where = f"line {first.extent.start_line}" if first.extent and first.extent.source else "the script"
        raise DemoScriptError(f"{name or 'the demo script'}: {where}: {first.message}")
    tree = result.tree
    if tree.param_block is not None or tree.begin is not None or tree.process is not None:
        raise DemoScriptError(f"{name or 'the demo script'}: a demo runs statement by statement, so it cannot "
                              "have a param() block or begin/process blocks.")
    statements = list(tree.end.statements) if tree.end else []
    steps: list[Step] = []
    pos = 0
    for stmt in statements:
        extent = stmt.extent
        gap = text[pos:extent.start]
        end = extent.end
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        trailing = text[end:line_end]
        if trailing.strip().startswith("#"):
            end = line_end                      # a comment at the end of the statement's line
        code = text[extent.start:end].rstrip()
        steps.append(Step(tuple(_narration(gap)), code, extent.start_line))
        pos = end
    tail = _narration(text[pos:])
    if tail:
        steps.append(Step(tuple(tail), "", 0))
    return steps
