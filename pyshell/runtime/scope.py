"""Scopes and variables, with PowerShell's dynamic scoping: a lookup walks from the current scope
out to the global one; an assignment writes to the current scope unless a scope prefix says otherwise."""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_MISSING = object()


class Scope:
    __slots__ = ("vars", "parent", "functions", "is_script", "constraints", "strict")

    def __init__(self, parent: "Scope | None" = None, is_script: bool = False):
        self.vars: dict[str, Any] = {}
        self.functions: dict[str, Any] = {}
        self.constraints: dict[str, Any] = {}   # [int]$x = ...: later assignments convert to the type
        self.parent = parent
        self.is_script = is_script
        self.strict: int | None = None          # Set-StrictMode's version set here (0: -Off); see strict.py

    def lookup(self, key: str) -> Any:
        s: Scope | None = self
        while s is not None:
            v = s.vars.get(key, _MISSING)
            if v is not _MISSING:
                return v
            s = s.parent
        return _MISSING

    def find_function(self, key: str) -> Any:
        s: Scope | None = self
        while s is not None:
            f = s.functions.get(key)
            if f is not None:
                return f
            s = s.parent
        return None


MISSING = _MISSING


def restore_variable(vars_: dict[str, Any], key: str, saved: Any) -> None:
    """Put back a variable saved as `vars_.get(key, MISSING)` before it was set for a while
    (as $_ is for a catch block or a script block run per object): gone again if it was not there."""
    if saved is MISSING:
        vars_.pop(key, None)
    else:
        vars_[key] = saved
