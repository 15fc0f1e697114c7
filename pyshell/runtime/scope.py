"""Scopes and variables, with PowerShell's dynamic scoping: a lookup walks from the current scope
out to the global one; an assignment writes to the current scope unless a scope prefix says otherwise."""
from __future__ import annotations

from pyshell.errors import ErrorCategory, ErrorRecord, PSError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_MISSING = object()


class Scope:
    __slots__ = ("vars", "parent", "functions", "is_script", "constraints", "strict", "private", "aliases",
                 "type_namespaces")

    def __init__(self, parent: "Scope | None" = None, is_script: bool = False):
        self.vars: dict[str, Any] = {}
        self.functions: dict[str, Any] = {}
        self.constraints: dict[str, Any] = {}   # [int]$x = ...: later assignments convert to the type
        self.parent = parent
        self.is_script = is_script
        self.strict: int | None = None          # Set-StrictMode's version set here (0: -Off); see strict.py
        # The keys of this scope's Private variables ($private:x, -Option Private), which the scopes
        # inside it do not see; None while there are none, so lookups pay nothing for them.
        self.private: set[str] | None = None
        # Aliases made in this scope (not the global one: the command table holds those); None while
        # there are none (see CommandTable.find_alias).
        self.aliases: dict[str, Any] | None = None
        # The `using namespace` namespaces of the script running in this scope (namespaces_in_force).
        self.type_namespaces: tuple[str, ...] = ()

    def lookup(self, key: str) -> Any:
        v = self.vars.get(key, _MISSING)
        if v is not _MISSING:
            return v
        s = self.parent
        while s is not None:
            v = s.vars.get(key, _MISSING)
            if v is not _MISSING and (s.private is None or key not in s.private):
                return v
            s = s.parent
        return _MISSING

    def sees(self, owner: "Scope", key: str) -> bool:
        """Whether this scope sees the variable `key` held by `owner`, itself or a scope around it."""
        return owner is self or owner.private is None or key not in owner.private

    def find_function(self, key: str) -> Any:
        s: Scope | None = self
        while s is not None:
            f = s.functions.get(key)
            if f is not None:
                return f
            s = s.parent
        return None


MISSING = _MISSING


SCOPE_NAMES = ("global", "script", "local", "private")


def split_scope(name: str, scopes: tuple[str, ...] = SCOPE_NAMES) -> tuple[str, str]:
    """`script:found` as ("script", "found"): the scope prefix, lower case ("" when the name has
    none of `scopes`), and the name after it as written."""
    prefix, _, bare = name.partition(":")
    if bare and prefix.lower() in scopes:
        return prefix.lower(), bare
    return "", name

# Variables PowerShell makes constant (or read-only in every scope): no assignment or cmdlet may
# change or remove them. The compiler refuses an assignment to one when it compiles it.
PROTECTED = frozenset({"true", "false", "null", "?", "error", "pid", "home", "host", "shellid", "pshome",
                       "executioncontext"})

# ScopedItemOptions flags (New-Variable -Option)
NONE, READONLY, CONSTANT, PRIVATE, ALLSCOPE = 0, 1, 2, 4, 8


class VariableNotWritable(PSError):
    """An assignment to a variable that is ReadOnly or Constant. The compiler catches it to blame the
    assignment's position; raised anywhere else it is an ordinary terminating error."""

    def __init__(self, name: str, extent: Any = None):
        record = ErrorRecord(f"Cannot overwrite variable {name} because it is read-only or constant.",
                             "VariableNotWritable", ErrorCategory.WriteError, "SessionStateUnauthorizedAccessException",
                             target=name)
        if extent is not None:
            record.extent = extent
        super().__init__(record)
        self.name = name


class VariableInfo:
    """What a variable made by New-Variable or Set-Variable carries besides its value: its options,
    description and visibility, and the type or validation constraint it may have as well.

    It lives in the scope's `constraints` table under the variable's key, in place of the bare
    constraint: every assignment already asks that table (`constraints[key].convert(value)`), so a
    ReadOnly or Constant variable refuses new values without another test on the assignment path."""

    __slots__ = ("name", "options", "description", "visibility", "inner")

    def __init__(self, name: str, options: int = NONE, description: str = "", visibility: str = "Public",
                 inner: Any = None):
        self.name, self.options, self.description = name, options, description
        self.visibility, self.inner = visibility, inner

    @property
    def writable(self) -> bool:
        return not self.options & (READONLY | CONSTANT)

    def convert(self, value: Any) -> Any:
        if self.options & (READONLY | CONSTANT):
            raise VariableNotWritable(self.name)
        return value if self.inner is None else self.inner.convert(value)

    def convert_forced(self, value: Any) -> Any:
        """The value a -Force write stores: read-only does not stop it (Constant is checked by the caller)."""
        return value if self.inner is None else self.inner.convert(value)


def mark_private(scope: Scope, key: str, private: bool) -> None:
    """Record whether the scope's variable `key` is Private (see Scope.private)."""
    if private:
        if scope.private is None:
            scope.private = set()
        scope.private.add(key)
    elif scope.private is not None:
        scope.private.discard(key)


def make_private(scope: Scope, key: str) -> None:
    """`$private:x = ...`: the variable gets the Private option, as Get-Variable shows it."""
    info = variable_info(scope, key)
    if info is None:
        info = VariableInfo(key, inner=scope.constraints.get(key))
        scope.constraints[key] = info
    info.options |= PRIVATE
    mark_private(scope, key, True)


def variable_info(scope: Scope, key: str) -> VariableInfo | None:
    c = scope.constraints.get(key)
    return c if isinstance(c, VariableInfo) else None


def set_constraint(scope: Scope, key: str, constraint: Any) -> None:
    """Give a variable a new type or validation constraint ([int]$x = ...), keeping its options."""
    info = variable_info(scope, key)
    if info is None:
        scope.constraints[key] = constraint
    else:
        info.inner = constraint


def check_writable(scope: Scope, key: str) -> None:
    info = variable_info(scope, key)
    if info is not None and not info.writable:
        raise VariableNotWritable(info.name)


def restore_variable(vars_: dict[str, Any], key: str, saved: Any) -> None:
    """Put back a variable saved as `vars_.get(key, MISSING)` before it was set for a while
    (as $_ is for a catch block or a script block run per object): gone again if it was not there."""
    if saved is MISSING:
        vars_.pop(key, None)
    else:
        vars_[key] = saved


def namespaces_in_force(scope: Scope | None) -> tuple[str, ...]:
    """The `using namespace` namespaces of the nearest script that set some, from `scope` outwards."""
    while scope is not None:
        if scope.type_namespaces:
            return scope.type_namespaces
        scope = scope.parent
    return ()
