"""Declarative parameter specs, compiled once per command class into CommandMetadata.

A cmdlet declares each parameter as a class attribute:

    identity = Parameter(XdsGlobalRelativeIdentity, position=0, sets=(IDENTITY,), help="...")

The attribute name gives the PowerShell name in PascalCase (`local_store` -> `LocalStore`) unless
`name=` says otherwise. The binder, tab completion, Get-Help and Get-Command all read the metadata
compiled from these declarations; nothing else lists a command's parameters.
"""
from __future__ import annotations

from pyshell.structs import dataclass, field
from pyshell.runtime.values import SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

ALL_SETS = "__AllParameterSets"

COMMON_PARAMETERS = ("Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction",
                     "ErrorVariable", "WarningVariable", "InformationVariable", "OutVariable",
                     "OutBuffer", "PipelineVariable")


@dataclass(frozen=True)
class SetOptions:
    """How a parameter behaves in one parameter set."""

    position: int | None = None
    mandatory: bool = False
    pipeline: bool = False
    by_property_name: bool = False


class Parameter:
    """One parameter of a command. See the module docstring."""

    def __init__(self, type: Any = object, *, name: str | None = None, position: int | None = None,
                 mandatory: bool = False, sets: tuple[str, ...] | dict[str, SetOptions] = (),
                 pipeline: bool = False, by_property_name: bool = False, aliases: tuple[str, ...] = (),
                 help: str = "", default: Any = None, remaining: bool = False,
                 validators: tuple[Callable[[Any], str | None], ...] = (),
                 dont_show: bool = False, value_hint: str = "", allow_null: bool = False,
                 allow_empty_string: bool = False, allow_empty_collection: bool = False):
        self.type = type
        self.name = name
        self.attr = ""
        self.aliases = tuple(aliases)
        self.help = help
        self.default = default
        self.remaining = remaining
        # [AllowNull()], [AllowEmptyString()], [AllowEmptyCollection()]: what a mandatory parameter
        # may be given anyway.
        self.allow_null = allow_null
        self.allow_empty_string = allow_empty_string
        self.allow_empty_collection = allow_empty_collection
        self.validators = tuple(validators)
        self.dont_show = dont_show
        self.value_hint = value_hint   # for completion: "identity", "path", ... (modules decide)
        if isinstance(sets, dict):
            self.set_options = dict(sets)
        else:
            opts = SetOptions(position, mandatory, pipeline, by_property_name)
            self.set_options = {s: opts for s in (sets or (ALL_SETS,))}

    def __set_name__(self, owner: type, attr: str) -> None:
        self.attr = attr
        if not self.name:
            self.name = "".join(part[:1].upper() + part[1:] for part in attr.split("_"))

    @property
    def is_switch(self) -> bool:
        return self.type is SwitchParameter

    @property
    def sets(self) -> tuple[str, ...]:
        return tuple(self.set_options)

    def options(self, set_name: str) -> SetOptions | None:
        opts = self.set_options.get(set_name)
        if opts is None:
            opts = self.set_options.get(ALL_SETS)
        return opts

    def in_set(self, set_name: str) -> bool:
        return ALL_SETS in self.set_options or set_name in self.set_options

    @property
    def mandatory_somewhere(self) -> bool:
        return any(o.mandatory for o in self.set_options.values())

    @property
    def takes_pipeline(self) -> bool:
        return any(o.pipeline or o.by_property_name for o in self.set_options.values())

    def __repr__(self) -> str:
        return f"Parameter({self.name})"


@dataclass(frozen=True)
class Example:
    """A documented example. With `output`, the example test runs it and compares the text."""

    code: str
    description: str
    output: str | None = None


@dataclass
class CommandMetadata:
    """Everything the binder and the help system need, compiled once from the declarations."""

    name: str
    parameters: list[Parameter]
    by_name: dict[str, Parameter]          # lower-cased name and aliases
    set_names: list[str]                   # the named sets, in declaration order
    default_set: str | None
    positional_cache: dict[str, list[Parameter]] = field(default_factory=dict)
    # A function's or script's [CmdletBinding(SupportsShouldProcess, ConfirmImpact=...)]; cmdlet
    # classes declare these as class attributes instead.
    supports_should_process: bool = False
    confirm_impact: str = "Medium"
    takes_remaining: bool = False          # some parameter is ValueFromRemainingArguments
    parameter_order: dict[int, int] = field(default_factory=dict)   # id of a parameter -> its place

    def positional(self, set_name: str) -> list[Parameter]:
        """The parameters that take positional arguments in `set_name`, by position."""
        cached = self.positional_cache.get(set_name)
        if cached is None:
            ps = [(p.options(set_name).position, p) for p in self.parameters
                  if p.in_set(set_name) and p.options(set_name).position is not None]
            cached = [p for _, p in sorted(ps, key=lambda t: t[0])]
            self.positional_cache[set_name] = cached
        return cached

    def effective_sets(self) -> list[str]:
        return self.set_names or [ALL_SETS]

    def lookup(self, name: str) -> list[Parameter]:
        """Parameters matching `name` exactly (name or alias) or, failing that, by unique prefix."""
        key = name.lower()
        exact = self.by_name.get(key)
        if exact is not None:
            return [exact]
        found: list[Parameter] = []
        for p in self.parameters:
            if p.name.lower().startswith(key) and p not in found:
                found.append(p)
        if not found:
            for alias, p in self.by_name.items():
                if alias.startswith(key) and p not in found:
                    found.append(p)
        return found


def compile_metadata(name: str, params: list[Parameter], default_set: str | None) -> CommandMetadata:
    """Check a command's declarations and build its metadata; a bad spec raises at import time."""
    by_name: dict[str, Parameter] = {}
    set_names: list[str] = []
    for p in params:
        for key in (p.name, *p.aliases):
            low = key.lower()
            if low in by_name:
                raise TypeError(f"{name}: parameter name or alias {key!r} declared twice")
            by_name[low] = p
        for s in p.set_options:
            if s != ALL_SETS and s not in set_names:
                set_names.append(s)
    if default_set is not None and set_names and default_set not in set_names:
        raise TypeError(f"{name}: default set {default_set!r} is not a declared set")
    meta = CommandMetadata(name, params, by_name, set_names, default_set)
    meta.takes_remaining = any(p.remaining for p in params)
    meta.parameter_order = {id(p): i for i, p in enumerate(params)}
    for s in meta.effective_sets():
        positions = [p.options(s).position for p in meta.parameters
                     if p.in_set(s) and p.options(s).position is not None]
        if len(positions) != len(set(positions)):
            raise TypeError(f"{name}: two parameters share a position in set {s!r}")
    return meta
