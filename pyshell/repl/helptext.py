"""Help at the cursor (F1 and Alt+H): the command's or parameter's help text.

The text is what `Get-Help Name -Full` (F1) and `Get-Help Name -Parameter P` (Alt+H) print, laid
out by the engine's help module from the command's declaration. Nothing is run to get it, so
looking help up leaves $?, $Error and Get-History as they were.
"""
from __future__ import annotations

from typing import Any

from pyshell.commands import help as help_text

__all__ = ["command_help", "parameter_help", "find_command"]


def find_command(shell: Any, name: str | None) -> Any:
    """The cmdlet class or function a name resolves to in the session (aliases followed)."""
    ctx = getattr(shell, "context", None)
    table = getattr(ctx, "commands", None)
    if table is None or not name:
        return None
    try:
        return table.resolve(name, ctx)
    except Exception:  # noqa: BLE001
        return None


def _topic(shell: Any, name: str) -> Any:
    target = find_command(shell, name)
    if target is None:
        return None
    if hasattr(target, "metadata"):
        return help_text.cmdlet_topic(target)
    if hasattr(target, "body"):
        return help_text.function_topic(shell.context, getattr(target, "name", name), target)
    return None


def command_help(shell: Any, name: str | None, width: int = 80) -> str | None:
    """Full help for a command, or None when no command has that name."""
    topic = _topic(shell, name) if name else None
    if topic is None:
        return None
    return help_text.render(topic, "full", max(40, width - 1))


def parameter_help(shell: Any, command: str | None, parameter: str | None, width: int = 80) -> str | None:
    """Help for one parameter (matched as the binder matches: name, alias or unique prefix)."""
    topic = _topic(shell, command) if command and parameter else None
    target = find_command(shell, command) if topic is not None else None
    meta = getattr(target, "metadata", None)
    if topic is None:
        return None
    wanted = parameter.lower()
    if meta is not None:
        found = meta.lookup(parameter)
        if len(found) != 1:
            return None
        wanted = found[0].name.lower()
    chosen = [ph for ph in topic.parameters if ph.name.lower() == wanted]
    if not chosen:
        return None
    return help_text.render_parameters(topic, chosen, max(40, width - 1)).strip("\n") + "\n"
