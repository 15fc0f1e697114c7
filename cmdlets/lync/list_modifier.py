"""PSListModifier: how the Lync Set-/New- cmdlets take changes to a list property.

A list parameter (AdditionalDomains, Cmdlets, ScriptModules, ConfigScopes, UserScopes) accepts:

* `@{Add="a","b"}` - append the items (an item already in the list is not added twice);
* `@{Remove="a"}` - take the items out and leave the rest;
* `@{Replace="x"}` - throw the old list away and use these items (Add and Remove are then ignored,
  as in PowerShell's own PSListModifier);
* a plain value or array - the same as Replace;
* `$null` - empty the list. The engine's type would do nothing here, but the Lync help says
  `-AdditionalDomains $Null` and `-ScriptModules $Null` delete every entry, so that is what we do.

Keys are matched without regard to case; any other key is refused. As in the engine, an empty
plain array (`@()`) changes nothing: use `$null` to empty a list.

Items are compared without regard to case, as Lync treats domain names, cmdlet names and scopes.
"""
from __future__ import annotations

from pyshell.structs import dataclass, field
from pyshell.runtime.conversion import PSConversionError, to_string
from pyshell.runtime.values import AUTOMATION_NULL, PSHashtable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Iterable

_KEYS = ("Add", "Remove", "Replace")


@dataclass
class ListModifier:
    """A bound list-modifier value; `apply` turns an old list into the new one."""

    add: list[Any] = field(default_factory=list)
    remove: list[Any] = field(default_factory=list)
    replace: list[Any] = field(default_factory=list)
    clear: bool = False

    def apply(self, current: Iterable[Any], key: Callable[[Any], str] = lambda v: to_string(v).lower()
              ) -> tuple[list[Any], list[Any]]:
        """(the new list, the Remove items that were not in it)."""
        if self.clear:
            return [], []
        if self.replace:
            return _unique(self.replace, key), []
        result = list(current)
        missing: list[Any] = []
        for item in self.remove:
            k = key(item)
            kept = [v for v in result if key(v) != k]
            if len(kept) == len(result):
                missing.append(item)
            result = kept
        seen = {key(v) for v in result}
        for item in self.add:
            k = key(item)
            if k not in seen:
                seen.add(k)
                result.append(item)
        return result, missing

    @property
    def is_noop(self) -> bool:
        return not (self.clear or self.add or self.remove or self.replace)

    def describe(self) -> str:
        """How the change reads in a message: "Add=a, b; Remove=c"."""
        if self.clear:
            return "$null"
        parts = [f"{name}={', '.join(to_string(v) for v in items)}"
                 for name, items in (("Replace", self.replace), ("Add", self.add), ("Remove", self.remove))
                 if items]
        return "; ".join(parts)


def _unique(items: list[Any], key: Callable[[Any], str]) -> list[Any]:
    seen: set[str] = set()
    out = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


class ListModifierType:
    """A parameter type: `Parameter(ListModifierType(...))` binds arguments to a ListModifier.

    `item_type` is the .NET element type shown in help and errors (None for the plain
    `PSListModifier` of AdditionalDomains); `convert_item` turns one given item into the stored
    form and raises PSConversionError (with a reason) for a value the list cannot hold.
    """

    def __init__(self, item_type: str | None = None, convert_item: Callable[[Any], Any] | None = None):
        base = "System.Management.Automation.PSListModifier"
        self.ps_type_name = f"{base}`1[{item_type}]" if item_type else base
        self.item_type = item_type or "System.Object"
        self.convert_item = convert_item or _plain_string

    def ps_convert(self, value: Any) -> ListModifier:
        if isinstance(value, ListModifier):
            return value
        if value is None or value is AUTOMATION_NULL:
            return ListModifier(clear=True)
        if isinstance(value, PSHashtable):
            parts: dict[str, list[Any]] = {}
            for k, v in value.items():
                name = k if isinstance(k, str) else None
                canonical = next((n for n in _KEYS if name is not None and n.lower() == name.lower()), None)
                if canonical is None:
                    raise PSConversionError(value, self.ps_type_name,
                                            f"The key '{to_string(k)}' is not valid in a list modifier; "
                                            f"use Add, Remove or Replace.")
                parts[canonical] = self._items(v)
            return ListModifier(add=parts.get("Add", []), remove=parts.get("Remove", []),
                                replace=parts.get("Replace", []))
        return ListModifier(replace=self._items(value))

    def _items(self, value: Any) -> list[Any]:
        if value is None or value is AUTOMATION_NULL:
            return []
        values = value if isinstance(value, (list, tuple)) else [value]
        return [self.convert_item(v) for v in values if v is not None]

    def __repr__(self) -> str:
        return f"ListModifierType({self.ps_type_name})"


def _plain_string(value: Any) -> str:
    text = to_string(value).strip()
    if not text:
        raise PSConversionError(value, "System.String", "An empty value cannot be put in the list.")
    return text
