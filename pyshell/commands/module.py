"""A module: a named set of commands, their aliases, their display views and their per-session state.

A module is declared cheaply and loaded piece by piece. Its commands are given either as classes
(`cmdlets=`) or as a table of names and where each lives (`commands=`, "file:Class" relative to the
module's package); a command's file is imported the first time the command is resolved. Views,
types and `$_.` property tables may likewise be given as "file:attribute" references, loaded the
first time the session formats an object, names a module type, or completes a member. So starting a
session imports no command file at all. The declaration in each command's own class stays the one
source of truth: tests check that every table entry names the class that declares that name.
"""
from __future__ import annotations

import importlib

TYPE_CHECKING = False          # typing is not imported at start-up; its names are for checkers only
if TYPE_CHECKING:
    from typing import Any, Callable


def load_reference(reference: str, package: str = "") -> Any:
    """The object a "module:attribute" reference names; a module starting with "." is relative to
    `package`."""
    module_name, _, attribute = reference.partition(":")
    if module_name.startswith("."):
        module_name = package + module_name
    return getattr(importlib.import_module(module_name), attribute)


def deferred(reference: str) -> Callable[..., Any]:
    """A function that imports the one `reference` names the first time it is called, then calls it."""
    target: list[Any] = []

    def call(*args: Any, **kwargs: Any) -> Any:
        if not target:
            target.append(load_reference(reference))
        return target[0](*args, **kwargs)
    call.__qualname__ = call.__name__ = reference.rpartition(":")[2]
    return call


class Module:
    """One module's declaration; see the module docstring for what may be given lazily.

    name, description: as Get-Module shows them.
    cmdlets: command classes, loaded already (tests and small modules).
    commands: {"Verb-Noun": ".file:Class"}, imported on first use.
    aliases: {"alias": "Verb-Noun"}.
    state_factory(context): the module's per-session state, made the first time a command asks.
    session_start(context): called once the session has every module; may shape it (the Lync
        module hides the cmdlets a --role lacks); raising stops the start.
    views: View declarations, "file:ATTRIBUTE" references to tuples of them, or
        ("file:ATTRIBUTE", (type names...)) pairs, loaded only for objects of those type names.
    types: {name: type} that scripts may name in casts, or a reference to such a dict; the .NET
        classes the module's objects stand for go in as runtime.moduletypes.object_types(full names),
        which makes them type literals for -is, -isnot, -as and GetType() comparisons.
    completers: {value_hint: completer or reference}; completer(context, command_class, parameter,
        word) returns the values that fit the word typed so far, each a string or a (string,
        description) pair. It must not change anything. A completer that stops short of every
        value that fits (a store of 100,000 partners) returns a list with a `total` attribute
        saying how many fit in all, which the REPL shows under the menu.
    type_properties: {type name: property names} of the objects the module's commands write (tab
        completion of `$_.` downstream, without running anything), or a reference to it.
    """

    __slots__ = ("name", "package", "commands", "aliases", "state_factory", "session_start", "description",
                 "_classes", "_views", "_types", "_completers", "_type_properties")

    def __init__(self, name: str, cmdlets: tuple[type, ...] = (), *, commands: dict[str, str] | None = None,
                 package: str = "", aliases: dict[str, str] | None = None,
                 state_factory: Callable[[Any], Any] | None = None, views: tuple[Any, ...] = (),
                 description: str = "", types: Any = None, completers: dict[str, Any] | None = None,
                 type_properties: Any = None, session_start: Callable[[Any], None] | None = None):
        self.name = name
        self.package = package
        self._classes: dict[str, type] = {}
        for cls in cmdlets:
            cls.module_name = name
            self._classes[cls.command_name().lower()] = cls
        self.commands: dict[str, str] = {cls.command_name(): "" for cls in cmdlets}
        self.commands.update(commands or {})
        self.aliases = dict(aliases or {})
        self.state_factory = state_factory
        self.session_start = session_start
        self.description = description
        self._views = tuple(views)
        self._types = types if types is not None else {}
        self._completers = dict(completers or {})
        self._type_properties = type_properties if type_properties is not None else {}

    def _load(self, value: Any) -> Any:
        return load_reference(value, self.package) if isinstance(value, str) else value

    # -- commands ----------------------------------------------------------------------------------
    def command_names(self) -> list[str]:
        """The module's command names as declared, without loading any."""
        return list(self.commands)

    def load_command(self, name: str) -> type:
        """The class of one of the module's commands (`name` as declared, any case)."""
        key = name.lower()
        cls = self._classes.get(key)
        if cls is None:
            reference = next(ref for n, ref in self.commands.items() if n.lower() == key)
            cls = self._load(reference)
            cls.module_name = self.name
            self._classes[key] = cls
        return cls

    @property
    def cmdlets(self) -> tuple[type, ...]:
        """Every command class of the module, loading those not loaded yet."""
        return tuple(self.load_command(name) for name in self.commands)

    # -- the rest, loaded on first use -------------------------------------------------------------
    def view_sources(self) -> list[tuple[tuple[str, ...] | None, Callable[[], tuple[Any, ...]]]]:
        """The module's views as (type names, loader) pairs: a loader gives a tuple of View
        declarations; type names (None: any) say which objects need it loaded."""
        sources = []
        for item in self._views:
            if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
                reference, names = item
                sources.append((tuple(names), self._view_loader(reference)))
            else:
                sources.append((None, self._view_loader(item)))
        return sources

    def _view_loader(self, value: Any) -> Callable[[], tuple[Any, ...]]:
        def load() -> tuple[Any, ...]:
            loaded = self._load(value)
            return tuple(loaded) if isinstance(loaded, (tuple, list)) else (loaded,)
        return load

    @property
    def views(self) -> tuple[Any, ...]:
        """Every view the module declares, loading them."""
        return tuple(view for _, load in self.view_sources() for view in load())

    @property
    def types(self) -> dict[str, Any]:
        self._types = self._load(self._types)
        return self._types

    @property
    def completers(self) -> dict[str, Callable[..., Any]]:
        self._completers = {hint: self._load(c) for hint, c in self._completers.items()}
        return self._completers

    @property
    def type_properties(self) -> dict[str, tuple[str, ...]]:
        self._type_properties = self._load(self._type_properties)
        return self._type_properties


class SettledDict:
    """Read access to a dict that is completed the first time anything is read from it: subclasses
    keep what is still to add and give `_settled()`, which adds it and returns the dict."""

    def _settled(self) -> dict[str, Any]:
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self._settled())

    def __iter__(self) -> Any:
        return iter(self._settled())

    def __contains__(self, key: object) -> bool:
        return key in self._settled()

    def __getitem__(self, key: str) -> Any:
        return self._settled()[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self._settled().get(key, default)

    def keys(self) -> Any:
        return self._settled().keys()

    def values(self) -> Any:
        return self._settled().values()

    def items(self) -> Any:
        return self._settled().items()


class ModuleTypes(SettledDict):
    """The types the session's modules let scripts name ({name: type}), each module's loaded the
    first time a script names a type that is not built in."""

    def __init__(self) -> None:
        self._pending: list[Module] = []
        self._types: dict[str, Any] = {}

    def add_module(self, module: Module) -> None:
        self._pending.append(module)

    def update(self, types: dict[str, Any]) -> None:
        self._types.update(types)

    def define(self, name: str, target: Any) -> None:
        """A type a script defines (class or enum): it replaces one of the same name (in any case)
        and is found before the modules' types."""
        settled = self._settled()
        rest = {k: v for k, v in settled.items() if k.lower() != name.lower()}
        self._types = {name: target, **rest}

    def _settled(self) -> dict[str, Any]:
        while self._pending:
            self._types.update(self._pending.pop(0).types)
        return self._types

    def __bool__(self) -> bool:
        return bool(self._pending or self._types)
