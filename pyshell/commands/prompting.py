"""Asking the user for missing mandatory parameters, as the console host does.

When a command line leaves out a mandatory parameter and the session has someone to ask (the host
is interactive and the shell was not started with -NonInteractive), the binder hands the missing
parameters to :func:`prompt_for_missing` instead of failing at once:

    cmdlet New-Widget at command pipeline position 1
    Supply values for the following parameters:
    (Type !? for Help.)
    Name: !?
    The name of the new widget.
    Name: w1

A few answers are commands rather than values, all starting with ``!``: ``!?`` shows the
parameter's help, ``!!text`` stands for the literal ``!text``, ``!""`` for an empty string and
``!$null`` for $null. An array parameter is asked for one element at a time (``Name[0]: ``,
``Name[1]: ``, ...) until an empty answer. When nobody answers (end of input), the prompt gives up
and the binder reports the parameters that are still missing.
"""
from __future__ import annotations

from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf, PSConversionError, convert_to, type_display_name

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["can_prompt", "prompt_for_missing"]

_CANCELLED = object()
_NUMERIC = (int, float)


def can_prompt(context: Any) -> bool:
    """Whether a missing mandatory parameter may be asked for rather than reported."""
    if context is None:
        return False
    host = getattr(context, "host", None)
    if not getattr(host, "interactive", False):
        return False
    settings = getattr(context, "settings", None) or {}
    return not settings.get("non_interactive")


def prompt_for_missing(binder: Any, missing: list[Any]) -> None:
    """Ask for each parameter in ``missing`` and bind the answers through ``binder``.

    Binding errors (a value of the wrong type, an empty string) propagate as the usual
    ParameterBindingException records; an unanswered prompt just stops asking.
    """
    host = binder.context.host
    position = getattr(binder, "position", 1)
    lines = ["", f"cmdlet {binder.command_name} at command pipeline position {position}",
             "Supply values for the following parameters:"]
    if any(p.help for p in missing):
        lines.append("(Type !? for Help.)")
    host.write("\n".join(lines) + "\n")
    for param in missing:
        value = _ask_list(host, param) if _is_list(param.type) else _ask_one(host, param, f"{param.name}: ")
        if value is _CANCELLED:
            host.write("\n")
            return
        if isinstance(value, str) and value == "" and param.type is str:
            raise binder.error(f"Cannot bind argument to parameter '{param.name}' because it is an empty string.",
                               "ParameterArgumentValidationErrorEmptyStringNotAllowed", binder.extent,
                               ErrorCategory.InvalidData)
        binder.set_value(param, value, binder.extent)
        binder.narrow(param)


def _is_list(target: Any) -> bool:
    return isinstance(target, ListOf) or target is list


def _ask_list(host: Any, param: Any) -> Any:
    items: list[Any] = []
    item_type = param.type.item if isinstance(param.type, ListOf) else object
    while True:
        answer = _ask_one(host, param, f"{param.name}[{len(items)}]: ", item_type, in_list=True)
        if answer is _CANCELLED:
            return _CANCELLED
        if answer is _END_OF_LIST:
            return items
        items.append(answer)


_END_OF_LIST = object()


def _ask_one(host: Any, param: Any, label: str, target: Any = None, in_list: bool = False) -> Any:
    """One answer: the text typed (or what a ``!`` command stands for), re-asking after help."""
    target = param.type if target is None else target
    while True:
        try:
            raw = host.read_line(label)
        except KeyboardInterrupt:
            host.write("\n")      # Ctrl+C at the prompt: end the line, then stop the command
            raise
        if raw is None:
            return _CANCELLED
        if raw.startswith("!"):
            handled, value = _prompt_command(host, param, raw)
            if not handled:
                continue
            return value
        if raw == "" and in_list:
            return _END_OF_LIST
        if target in _NUMERIC and raw != "":
            try:
                convert_to(raw, target)
            except PSConversionError:
                host.write(f'Cannot recognize "{raw}" as a {type_display_name(target)} due to a format error.\n')
                continue
        return raw


def _prompt_command(host: Any, param: Any, raw: str) -> tuple[bool, Any]:
    """(True, value) when ``raw`` stands for a value; (False, None) when it only printed something."""
    command = raw[1:]
    if command.startswith("!"):
        return True, command
    if command == "?":
        host.write((param.help or f"No help is available for {param.name}.") + "\n")
        return False, None
    if command == '""':
        return True, ""
    if command.lower() == "$null":
        return True, None
    host.write(f"'{raw}' is not a prompt command. Type !? for help on {param.name}, or start the "
               "answer with !! to mean a literal '!'.\n")
    return False, None
