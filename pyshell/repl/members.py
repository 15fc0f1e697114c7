"""Member names for completion after `$x.` (from the live value) and `$_.` (from a declared type).

A live value's members are the ones Get-Member would list (properties the object carries, the
allow-listed methods), read without calling anything: a property chain `$x.A.B` is followed with
the engine's own member access, which only reads properties. A declared type's members come from
the `type_properties` tables of the loaded modules.
"""
from __future__ import annotations

from typing import Any, Iterable

from pyshell.runtime.members import get_member
from pyshell.runtime.values import PSHashtable, PSObject

__all__ = ["live_members", "type_members", "value_members"]


def live_members(ctx: Any, name: str, scope: str, chain: list[str], first_item: bool = False) -> list[tuple[str, str]]:
    """Members of the variable's current value, after following ``chain``; [] when it is unset."""
    reader = getattr(ctx, "read_var", None)
    if reader is None:
        return []
    try:
        value = reader(name.lower(), scope)
        for member in chain:
            value = get_member(value, member)
    except Exception:  # noqa: BLE001 - completion only reads; whatever fails offers nothing
        return []
    if first_item and isinstance(value, (list, tuple)):
        value = value[0] if value else None
    if value is None:
        return []
    return value_members(value)


def value_members(value: Any) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if isinstance(value, (list, tuple)) and value:
        # Member enumeration: `$list.Name` reads Name of every element, so offer the elements' members.
        out.extend(value_members(value[0]))
    if isinstance(value, PSHashtable):
        out.extend((str(k), "Key") for k in value.keys() if isinstance(k, str))
    for member in _catalog(value):
        out.append(member)
    return out


def _catalog(value: Any) -> list[tuple[str, str]]:
    """What Get-Member lists, when the core module that knows it is there; else the properties."""
    try:
        from pyshell.runtime.member_catalog import instance_members
    except Exception:  # noqa: BLE001 - a session without the core module still has properties
        if isinstance(value, PSObject):
            return [(n, "Property") for n in value.property_names()]
        return []
    return [_offered(member) for member in instance_members(value)]


def _offered(member: Any) -> tuple[str, str]:
    """(text Tab inserts, definition) for a Get-Member entry: a method's text ends with `(`, or with
    `()` when it takes nothing."""
    kind = getattr(member.member_type, "name", str(member.member_type))
    text = member.name
    if "Method" in kind:
        text += "()" if member.definition.endswith("()") and "," not in member.definition else "("
    return text, member.definition


def static_type_members(ctx: Any, type_name: str) -> list[tuple[str, str]]:
    """The static members of the type a literal names (`[math]::`), as Get-Member -Static lists
    them, as _offered gives each."""
    from pyshell.runtime.types import resolve_type
    try:
        ref = resolve_type(type_name, getattr(ctx, "module_types", None))
        if ref is None:
            return []
        from pyshell.runtime.member_catalog import static_members, static_type
    except Exception:  # noqa: BLE001 - a type that cannot be resolved, or no core module: nothing to offer
        return []
    full, ref = static_type(ref, None)
    return [_offered(member) for member in static_members(full, ref)]


def type_members(ctx: Any, type_names: Iterable[str]) -> list[tuple[str, str]]:
    """Property names the modules declare for the first of ``type_names`` they know."""
    tables = [getattr(m, "type_properties", {}) or {} for m in (getattr(ctx, "modules", {}) or {}).values()]
    for type_name in type_names:
        for candidate in (type_name, type_name.split("#", 1)[0]):
            for table in tables:
                for known, props in table.items():
                    if known.lower() == candidate.lower():
                        short = known.rsplit(".", 1)[-1]
                        return [(p, f"{short}.{p}") for p in props]
    return []
