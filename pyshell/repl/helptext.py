"""Help at the cursor (F1 and Alt+H): the command's or parameter's help text.

When the session has a Get-Help command, its output is used, so F1 shows exactly what `Get-Help
Name -Full` prints. Otherwise the text is laid out here from the same declaration Get-Help reads:
name, synopsis, one syntax line per parameter set, description, parameters and examples.
"""
from __future__ import annotations

import textwrap
from typing import Any

from pyshell.commands.parameters import COMMON_PARAMETERS
from pyshell.runtime.conversion import ListOf, type_display_name
from pyshell.runtime.values import SwitchParameter

__all__ = ["command_help", "parameter_help", "syntax_lines", "find_command"]

_SHORT_TYPES = {
    "System.String": "string", "System.Int32": "int", "System.Int64": "long", "System.Boolean": "bool",
    "System.Double": "double", "System.Object": "Object", "System.Collections.Hashtable": "hashtable",
    "System.Management.Automation.ScriptBlock": "scriptblock", "System.Management.Automation.PSObject": "psobject",
}


def find_command(shell: Any, name: str) -> Any:
    ctx = getattr(shell, "context", None)
    table = getattr(ctx, "commands", None)
    if table is None or not name:
        return None
    try:
        return table.resolve(name, ctx)
    except Exception:  # noqa: BLE001
        return None


def _metadata(shell: Any, target: Any) -> Any:
    meta = getattr(target, "metadata", None)
    if meta is None and hasattr(target, "body"):
        from .completion import _function_metadata
        meta = _function_metadata(shell.context, target)
    return meta


def _via_get_help(shell: Any, args: str) -> str | None:
    if find_command(shell, "Get-Help") is None or not hasattr(shell, "run"):
        return None
    ctx = shell.context
    success, errors = ctx.last_success, list(getattr(ctx, "errors", []))
    try:
        result = shell.run(f"Get-Help {args}")
    except Exception:  # noqa: BLE001
        return None
    finally:
        # Looking help up is not a command the user ran: leave $? and $Error as they were.
        ctx.last_success = success
        if hasattr(ctx, "errors"):
            ctx.errors[:] = errors
    text = result.output.strip("\n")
    return text + "\n" if text and not result.errors else None


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def command_help(shell: Any, name: str, width: int = 80) -> str | None:
    """Full help for a command, or None when no command has that name."""
    target = find_command(shell, name)
    if target is None:
        return None
    shown = _via_get_help(shell, f"{_quote(name)} -Full")
    if shown is not None:
        return shown
    meta = _metadata(shell, target)
    title = target.command_name() if hasattr(target, "command_name") else getattr(target, "name", name)
    out = ["", "NAME", f"    {title}", ""]
    synopsis = getattr(target, "synopsis", "")
    if synopsis:
        out += ["SYNOPSIS", *_wrap(synopsis, 4, width), ""]
    if meta is not None:
        out.append("SYNTAX")
        for line in syntax_lines(title, meta):
            out += [*_wrap(line, 4, width, hang=8), ""]
    description = getattr(target, "description", "")
    if description:
        out += ["DESCRIPTION", *_wrap(description, 4, width), ""]
    if meta is not None and meta.parameters:
        out.append("PARAMETERS")
        for p in meta.parameters:
            if not getattr(p, "dont_show", False):
                out += _parameter_block(p, width)
        out += ["    <CommonParameters>",
                *_wrap("This cmdlet supports the common parameters: " + ", ".join(COMMON_PARAMETERS) + ".", 8, width),
                ""]
    examples = getattr(target, "examples", ())
    if examples:
        out.append("EXAMPLES")
        for n, ex in enumerate(examples, 1):
            out += [f"    -------------------------- EXAMPLE {n} --------------------------", "",
                    f"    PS C:\\>{ex.code}", "", *_wrap(ex.description, 4, width), ""]
    return "\n".join(out) + "\n"


def parameter_help(shell: Any, command: str, parameter: str, width: int = 80) -> str | None:
    """Help for one parameter of a command (as `Get-Help Name -Parameter P`), or None."""
    target = find_command(shell, command)
    meta = _metadata(shell, target) if target is not None else None
    if meta is None:
        return None
    found = meta.lookup(parameter)
    if len(found) != 1:
        return None
    shown = _via_get_help(shell, f"{_quote(command)} -Parameter {found[0].name}")
    if shown is not None:
        return shown
    return "\n".join(_parameter_block(found[0], width)).rstrip("\n") + "\n"


def _type_name(ptype: Any) -> str:
    if isinstance(ptype, ListOf):
        return _type_name(ptype.item) + "[]"
    full = type_display_name(ptype)
    return _SHORT_TYPES.get(full, full.rsplit(".", 1)[-1])


def _parameter_block(p: Any, width: int) -> list[str]:
    head = f"    -{p.name}" + ("" if p.is_switch else f" <{_type_name(p.type)}>")
    sets = list(p.set_options.values())
    required = any(o.mandatory for o in sets)
    positions = sorted({o.position for o in sets if o.position is not None})
    by_value = any(o.pipeline for o in sets)
    by_name = any(o.by_property_name for o in sets)
    pipeline = "false" if not (by_value or by_name) else "true (" + ", ".join(
        n for n, on in (("ByValue", by_value), ("ByPropertyName", by_name)) if on) + ")"
    lines = [head]
    if p.help:
        lines += _wrap(p.help, 8, width)
    lines += ["",
              f"        Required?                    {'true' if required else 'false'}",
              f"        Position?                    {positions[0] if positions else 'named'}",
              f"        Accept pipeline input?       {pipeline}",
              ""]
    if p.aliases:
        lines.insert(-1, f"        Aliases                      {', '.join(p.aliases)}")
    return lines


def syntax_lines(name: str, meta: Any) -> list[str]:
    """One line per parameter set, as Get-Help's SYNTAX section writes them."""
    lines = []
    for set_name in meta.effective_sets():
        params = [p for p in meta.parameters if p.in_set(set_name) and not getattr(p, "dont_show", False)]
        positional = sorted((p for p in params if p.options(set_name).position is not None),
                            key=lambda p: p.options(set_name).position)
        named = [p for p in params if p.options(set_name).position is None]
        ordered = positional + [p for p in named if p.options(set_name).mandatory] + \
            [p for p in named if not p.options(set_name).mandatory]
        parts = [name] + [_syntax_part(p, p.options(set_name)) for p in ordered] + ["[<CommonParameters>]"]
        lines.append(" ".join(parts))
    return lines if meta.set_names or lines else [f"{name} [<CommonParameters>]"]


def _syntax_part(p: Any, opts: Any) -> str:
    if p.type is SwitchParameter:
        text = f"-{p.name}"
        return text if opts.mandatory else f"[{text}]"
    flag = f"-{p.name}"
    if opts.position is not None:
        flag = f"[{flag}]"
    text = f"{flag} <{_type_name(p.type)}>"
    return text if opts.mandatory else f"[{text}]"


def _wrap(text: str, indent: int, width: int, hang: int | None = None) -> list[str]:
    pad = " " * indent
    out: list[str] = []
    for para in text.split("\n"):
        out += textwrap.wrap(para, max(20, width - 1), initial_indent=pad,
                             subsequent_indent=" " * (hang if hang is not None else indent),
                             break_long_words=False, break_on_hyphens=False) or [""]
    return out

