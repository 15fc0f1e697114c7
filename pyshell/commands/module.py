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
