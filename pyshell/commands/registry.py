"""The command table: cmdlets from the loaded modules, aliases, and (through the session's scopes)
functions. Names resolve case-insensitively: alias, then function, then cmdlet."""
from __future__ import annotations

import difflib
from typing import Any

from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.language.source import Extent


class CommandTable:
    def __init__(self) -> None:
        self.cmdlets: dict[str, type] = {}
        self.aliases: dict[str, str] = {}
        self.hidden: set[str] = set()          # names a session may not use (remote-session roles)

    def add_module(self, module: Any) -> None:
        for cls in module.cmdlets:
            cls.module_name = module.name
            self.cmdlets[cls.command_name().lower()] = cls
        for alias, target in module.aliases.items():
            self.aliases[alias.lower()] = target

    def resolve(self, name: str, ctx: Any = None) -> Any:
        key = name.lower()
        if "\\" in key:
            key = key.rsplit("\\", 1)[1]
        target = self.aliases.get(key)
        if target is not None:
            key = target.lower()
        if ctx is not None:
            fn = ctx.scope.find_function(key)
            if fn is not None:
                return fn
        if key in self.hidden:
            return None
        return self.cmdlets.get(key)

    def cmdlet_names(self) -> list[str]:
        return sorted(cls.command_name() for k, cls in self.cmdlets.items() if k not in self.hidden)

    def suggestions(self, name: str) -> list[str]:
        names = self.cmdlet_names() + list(self.aliases)
        lowered = {n.lower(): n for n in names}
        close = difflib.get_close_matches(name.lower(), list(lowered), n=3, cutoff=0.75)
        return [lowered[c] for c in close]


def command_not_found(ctx: Any, name: str, extent: Extent) -> PSError:
    message = (f"The term '{name}' is not recognized as the name of a cmdlet, function, script file, or operable "
               "program. Check the spelling of the name, or if a path was included, verify that the path is correct "
               "and try again.")
    close = ctx.commands.suggestions(name) if ctx.commands else []
    hint = f"Did you mean {' or '.join(close)}?" if close else ""
    return PSError(ErrorRecord(message=message, error_id="CommandNotFoundException",
                               category=ErrorCategory.ObjectNotFound, exception_type="CommandNotFoundException",
                               target=name, extent=extent, hint=hint, command_name=name, activity=""))
