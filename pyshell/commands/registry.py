"""The command table: cmdlets from the loaded modules, aliases, and (through the session's scopes)
functions. Names resolve case-insensitively: alias, then function, then cmdlet."""
from __future__ import annotations

from pyshell.structs import dataclass
from pyshell.commands.module import SettledDict
from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.language.source import Extent

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


MAX_ALIAS_CHAIN = 16   # an alias may name another alias (man -> help -> Get-Help), this many deep


@dataclass
class AliasEntry:
    """What Get-Alias shows of an alias besides its target."""

    name: str                 # the spelling it was defined with
    definition: str           # the command (or alias) it stands for
    options: str = "None"     # ScopedItemOptions as text: None, ReadOnly, AllScope, "ReadOnly, AllScope"
    description: str = ""
    module: str = ""          # the module that defined it; "" for one made in the session


class AliasInfo(SettledDict):
    """Alias key -> AliasEntry. A module's aliases are declared as they load but get their entries
    only when one is first asked for (Get-Alias, Get-Command, Set-Alias), in the order they were
    declared and set: most sessions never look, and a start declares some seventy."""

    def __init__(self) -> None:
        self._entries: dict[str, AliasEntry] = {}
        self._pending: list[tuple[str, str, str, str]] = []    # (key, name, definition, module)

    def declare(self, key: str, name: str, definition: str, module: str) -> None:
        self._pending.append((key, name, definition, module))

    def _settled(self) -> dict[str, AliasEntry]:
        if self._pending:
            for key, name, definition, module in self._pending:
                self._entries[key] = AliasEntry(name, definition, module=module)
            self._pending.clear()
        return self._entries

    def __setitem__(self, key: str, entry: AliasEntry) -> None:
        self._settled()[key] = entry

    def pop(self, key: str, default: Any = None) -> Any:
        return self._settled().pop(key, default)


class CommandMap:
    """The cmdlets of the loaded modules by lower-case name. A name is known from its module's
    declaration; its class is imported the first time it is looked up (`get`, `[]`), and `values()`
    and `items()` import them all (Get-Command, Get-Help, the example tests)."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}          # lower-case name -> name as declared
        self._modules: dict[str, Any] = {}        # lower-case name -> its Module

    def add(self, module: Any, name: str) -> None:
        key = name.lower()
        self._names[key] = name
        self._modules[key] = module

    def declared_name(self, key: str) -> str | None:
        return self._names.get(key.lower())

    def get(self, key: str, default: Any = None) -> Any:
        module = self._modules.get(key)
        return default if module is None else module.load_command(key)

    def __getitem__(self, key: str) -> type:
        module = self._modules[key]
        return module.load_command(key)

    def __contains__(self, key: object) -> bool:
        return key in self._modules

    def __iter__(self) -> Any:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)

    def keys(self) -> Any:
        return self._modules.keys()

    def values(self) -> list[type]:
        return [self[k] for k in list(self._modules)]

    def items(self) -> list[tuple[str, type]]:
        return [(k, self[k]) for k in list(self._modules)]


class CommandTable:
    """`aliases` and `alias_info` are the global scope's aliases (the modules' and those made there);
    an alias made in another scope (Set-Alias in a function or a script) lives in that Scope's
    `aliases` and goes with it, as PowerShell scopes aliases like variables and functions."""

    def __init__(self) -> None:
        self.cmdlets = CommandMap()
        self.aliases: dict[str, str] = {}
        self.alias_info = AliasInfo()
        self.scoped_aliases = 0                # how many were ever made outside the global scope
        self.hidden: set[str] = set()          # names a session may not use (remote-session roles)
        self.hidden_hints: dict[str, str] = {}  # why, as a hint template with {name}

    def add_module(self, module: Any) -> None:
        for name in module.command_names():
            self.cmdlets.add(module, name)
        for alias, target in module.aliases.items():
            key = alias.lower()
            self.aliases[key] = target
            self.alias_info.declare(key, alias, target, module.name)

    def set_alias(self, name: str, target: str, options: str = "None", description: str = "",
                  module: str = "", scope: Any = None) -> AliasEntry:
        """Make or replace an alias in `scope` (a Scope other than the global one), else globally."""
        key = name.lower()
        entry = AliasEntry(name, target, options, description, module)
        if scope is not None:
            if scope.aliases is None:
                scope.aliases = {}
            scope.aliases[key] = entry
            self.scoped_aliases += 1
            return entry
        self.aliases[key] = target
        self.alias_info[key] = entry
        return entry

    def remove_alias(self, name: str, ctx: Any = None) -> bool:
        """Remove the alias `name` that `ctx`'s current scope sees (the innermost one)."""
        key = name.lower()
        if ctx is not None and self.scoped_aliases:
            s = ctx.scope
            while s is not None:
                if s.aliases is not None and s.aliases.pop(key, None) is not None:
                    return True
                s = s.parent
        self.alias_info.pop(key)
        return self.aliases.pop(key, None) is not None

    def find_alias(self, name: str, ctx: Any = None) -> AliasEntry | None:
        """The alias `name` as `ctx`'s current scope sees it: its own, an outer scope's, or a global one."""
        key = name.lower()
        if ctx is not None and self.scoped_aliases:
            s = ctx.scope
            while s is not None:
                if s.aliases is not None:
                    entry = s.aliases.get(key)
                    if entry is not None:
                        return entry
                s = s.parent
        return self.alias_info.get(key)

    def visible_aliases(self, ctx: Any = None) -> dict[str, AliasEntry]:
        """Every alias `ctx`'s current scope sees, by lower-case name (an inner scope's hides an outer one's)."""
        out = dict(self.alias_info.items())
        if ctx is not None and self.scoped_aliases:
            chain = []
            s = ctx.scope
            while s is not None:
                if s.aliases:
                    chain.append(s.aliases)
                s = s.parent
            for table in reversed(chain):
                out.update(table)
        return out

    def _alias_target(self, key: str, ctx: Any) -> str | None:
        if ctx is not None and self.scoped_aliases:
            entry = self.find_alias(key, ctx)
            return None if entry is None else entry.definition
        return self.aliases.get(key)

    def resolve(self, name: str, ctx: Any = None) -> Any:
        key = name.lower()
        if "\\" in key:
            key = key.rsplit("\\", 1)[1]
        scoped = ctx is not None and self.scoped_aliases
        target = self._alias_target(key, ctx) if scoped else self.aliases.get(key)
        hops = 0
        while target is not None and hops < MAX_ALIAS_CHAIN:
            key = target.lower()
            target = self._alias_target(key, ctx) if scoped else self.aliases.get(key)
            hops += 1
        if ctx is not None:
            fn = ctx.scope.find_function(key)
            if fn is not None:
                return fn
        if key in self.hidden:
            return None
        return self.cmdlets.get(key)

    def hide(self, names: Any, hint: str = "") -> None:
        """Take commands out of this session, as a remote session leaves out the cmdlets its role lacks.
        Using one is CommandNotFoundException; `hint` (with {name} for the command) says why."""
        for name in names:
            key = name.lower()
            self.hidden.add(key)
            if hint:
                self.hidden_hints[key] = hint

    def hidden_hint(self, name: str) -> str:
        key = name.lower().rsplit("\\", 1)[-1]
        key = self.aliases.get(key, key).lower()
        if key not in self.hidden or key not in self.hidden_hints:
            return ""
        return self.hidden_hints[key].format(name=self.cmdlets.declared_name(key) or name)

    def cmdlet_names(self) -> list[str]:
        return sorted(self.cmdlets.declared_name(k) for k in self.cmdlets if k not in self.hidden)

    def suggestions(self, name: str) -> list[str]:
        names = self.cmdlet_names() + list(self.aliases)
        lowered = {n.lower(): n for n in names}
        import difflib   # only when a name is not found
        close = difflib.get_close_matches(name.lower(), list(lowered), n=3, cutoff=0.75)
        return [lowered[c] for c in close]


# Commands Windows PowerShell has that pyshell cannot offer (they need Windows, a screen or Active
# Directory), with what to do instead; a tutorial's script fails on them as it would without the
# module, and the hint says why.
_NOT_HERE = {
    "out-gridview": "Out-GridView opens a window, and pyshell runs in a terminal: Format-Table or "
                    "Format-List shows the same objects, and Where-Object filters them.",
    "show-command": "Show-Command opens a window, and pyshell runs in a terminal: Get-Help {name} -Full "
                    "or Get-Command -Syntax shows a command's parameters.",
    "get-process": "pyshell has no Windows processes to list; Get-CsXmppAllowedPartner and the other Lync "
                   "cmdlets give objects to practise the pipeline on.",
    "get-service": "pyshell has no Windows services to list; Get-CsXmppAllowedPartner and the other Lync "
                   "cmdlets give objects to practise the pipeline on.",
    "get-wmiobject": "pyshell has no WMI; the Lync cmdlets read the simulated management store instead.",
    "get-ciminstance": "pyshell has no WMI or CIM; the Lync cmdlets read the simulated management store instead.",
    "get-aduser": "pyshell has no Active Directory; Get-CsUser lists the simulated Lync users.",
}


def not_here_hint(name: str) -> str:
    hint = _NOT_HERE.get(name.lower().rsplit("\\", 1)[-1], "")
    return hint.format(name=name)


def command_not_found(ctx: Any, name: str, extent: Extent) -> PSError:
    message = (f"The term '{name}' is not recognized as the name of a cmdlet, function, script file, or operable "
               "program. Check the spelling of the name, or if a path was included, verify that the path is correct "
               "and try again.")
    hint = ctx.commands.hidden_hint(name) if ctx.commands else ""
    if not hint:
        hint = not_here_hint(name)
    if not hint:
        close = ctx.commands.suggestions(name) if ctx.commands else []
        hint = f"Did you mean {' or '.join(close)}?" if close else ""
    return PSError(ErrorRecord(message=message, error_id="CommandNotFoundException",
                               category=ErrorCategory.ObjectNotFound, exception_type="CommandNotFoundException",
                               target=name, extent=extent, hint=hint, command_name=name, activity=""))
