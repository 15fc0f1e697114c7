"""A module: a named set of commands, their aliases, their display views and their per-session state."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass(frozen=True)
class Module:
    name: str
    cmdlets: tuple[type, ...]
    aliases: dict[str, str] = field(default_factory=dict)
    # Called once per session, the first time a command asks for the module's state:
    # state_factory(context) -> any object (the Lync module keeps its store connection there).
    state_factory: Callable[[Any], Any] | None = None
    views: tuple[Any, ...] = ()          # pyshell.format.views.View declarations
    description: str = ""
    # Type names (enums and other types) scripts may name in casts: {"PartnerType": cls, ...}
    types: dict[str, Any] = field(default_factory=dict)
    # Tab completion of parameter values, by the parameters' `value_hint`:
    # {"identity": completer}, where completer(context, command_class, parameter, word) returns the
    # values that fit the word typed so far, each a string or a (string, description) pair. The
    # completer decides what fits (a user typed by display name may be offered by SIP address).
    # It must not change anything.
    completers: dict[str, Callable[..., Any]] = field(default_factory=dict)
    # The property names of the object types the module's commands write, by type name. Tab
    # completion uses them for `$_.` in a script block downstream, without running anything.
    type_properties: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Called once when a session starts, after every module is loaded: session_start(context). It may
    # shape the session (the Lync module hides the cmdlets a --role lacks); raising stops the start.
    session_start: Callable[[Any], None] | None = None
