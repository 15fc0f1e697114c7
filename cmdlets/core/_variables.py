"""What the *-Variable cmdlets share: scopes named by -Scope, the variables visible from the
current scope, the PSVariable objects they write, and the variables no script may change.

The session keeps variables in scope dictionaries under their lower-cased names; the spelling
PowerShell shows comes from the table below for its own variables, from the spelling a *-Variable
cmdlet was given, or else is the lower-cased key.
"""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.errors import ErrorCategory
from pyshell.runtime.operators import has_wildcards, wildcard_match
from pyshell.runtime.scope import (ALLSCOPE, CONSTANT as CONSTANT_FLAG, PRIVATE, PROTECTED, READONLY,
                                   VariableInfo, variable_info)
from pyshell.runtime.values import PSObject, enum_type

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Iterable, Iterator

PS_VARIABLE = "System.Management.Automation.PSVariable"

ScopedItemOptions = enum_type("System.Management.Automation.ScopedItemOptions",
                              {"None": 0, "ReadOnly": 1, "Constant": 2, "Private": 4, "AllScope": 8, "Unspecified": 16})
SessionStateEntryVisibility = enum_type("System.Management.Automation.SessionStateEntryVisibility",
                                        ["Public", "Private"])

_KNOWN_NAMES = (
    "$", "?", "^", "_", "args", "ConfirmPreference", "DebugPreference", "Error", "ErrorActionPreference",
    "ErrorView", "ExecutionContext", "false", "FormatEnumerationLimit", "HOME", "Host", "InformationPreference",
    "input", "LASTEXITCODE", "Matches", "MaximumHistoryCount", "MyInvocation", "NestedPromptLevel", "null",
    "OFS", "PID", "PROFILE", "ProgressPreference", "PSBoundParameters", "PSCmdlet", "PSCommandPath",
    "PSCulture", "PSDefaultParameterValues", "PSHOME", "PSItem", "PSScriptRoot", "PSUICulture",
    "PSVersionTable", "PWD", "ShellId", "StackTrace", "this", "true", "VerbosePreference", "WarningPreference",
    "WhatIfPreference",
)
KNOWN_NAMES = {n.lower(): n for n in _KNOWN_NAMES}

# The variables PowerShell makes constant: no cmdlet may set or remove them (the same list the
# compiler refuses assignments to).
CONSTANT = PROTECTED

_FLAGS = (("ReadOnly", READONLY), ("Constant", CONSTANT_FLAG), ("Private", PRIVATE), ("AllScope", ALLSCOPE))


def options_value(options: int) -> Any:
    """ScopedItemOptions as PowerShell shows them: one member, or the names of several joined by ", "."""
    names = [name for name, flag in _FLAGS if options & flag]
    if not names:
        return ScopedItemOptions["None"]
    return ScopedItemOptions[names[0]] if len(names) == 1 else ", ".join(names)


def options_flags(options: Any) -> int:
    """-Option's argument (one ScopedItemOptions or several) as flags; Unspecified counts as none."""
    items = options if isinstance(options, (list, tuple)) else [options]
    flags = 0
    for item in items:
        if item is not None:
            flags |= int(item.value) & (READONLY | CONSTANT_FLAG | PRIVATE | ALLSCOPE)
    return flags


def info_of(ctx: Any, key: str, scope: str | None = None) -> VariableInfo | None:
    """The options, description and visibility of the variable `key` that -Scope (or else the
    nearest scope holding it) has, if it was given any."""
    target = scope_at(ctx, scope) if scope is not None else owning_scope(ctx, key)
    return None if target is None else variable_info(target, key)


def display_name(ctx: Any, key: str) -> str:
    spelled = _spellings(ctx).get(key)
    return spelled or KNOWN_NAMES.get(key, key)


def remember_spelling(ctx: Any, name: str) -> None:
    _spellings(ctx).setdefault(name.lower(), name)


def _spellings(ctx: Any) -> dict[str, str]:
    """The spellings the *-Variable cmdlets were given, kept per session."""
    table = getattr(ctx, "variable_spellings", None)
    if table is None:
        table = {}
        ctx.variable_spellings = table
    return table


def automatic_values(ctx: Any) -> dict[str, Any]:
    """Variables the engine answers itself rather than keeping in a scope."""
    from pyshell.runtime.edgetokens import edge_values
    first, last = edge_values(ctx)
    return {"true": True, "false": False, "null": None, "?": ctx.last_success, "error": ctx.errors,
            "^": first, "$": last}


def psvariable(ctx: Any, key: str, value: Any, info: VariableInfo | None = None) -> PSObject:
    if info is not None:
        options, description = options_value(info.options), info.description
        visibility = SessionStateEntryVisibility[info.visibility]
    else:
        options = ScopedItemOptions.Constant if key in CONSTANT else ScopedItemOptions["None"]
        description, visibility = "", SessionStateEntryVisibility.Public
    return PSObject([("Name", display_name(ctx, key)), ("Description", description), ("Value", value),
                     ("Visibility", visibility), ("Module", None), ("ModuleName", ""),
                     ("Options", options), ("Attributes", [])],
                    type_names=[PS_VARIABLE, "System.Object"], string_form=f"System.Management.Automation.PSVariable")


def matches(name: str, patterns: Iterable[str] | None, default: bool) -> bool:
    pats = list(patterns or [])
    if not pats:
        return default
    return any(wildcard_match(p, name) for p in pats)


class ScopeError(Exception):
    def __init__(self, message: str, error_id: str, exception_type: str):
        super().__init__(message)
        self.message, self.error_id, self.exception_type = message, error_id, exception_type


def scope_or_fail(cmdlet: Any, scope: str | None) -> Any:
    """The Scope object -Scope names for `cmdlet`; a scope that does not exist stops it."""
    try:
        return scope_at(cmdlet.context, scope)
    except ScopeError as exc:
        cmdlet.throw_terminating(cmdlet.error_record(exc.message, exc.error_id, ErrorCategory.InvalidArgument,
                                                     target=scope, exception_type=exc.exception_type))


def scope_at(ctx: Any, scope: str | None) -> Any:
    """The Scope object -Scope names: Global, Script, Local (or Private), or a number counting
    outwards from the current scope (0)."""
    if scope is None:
        return ctx.scope
    text = scope.strip().lower()
    if text == "global":
        return ctx.global_scope
    if text == "script":
        return ctx.script_scope
    if text in ("local", "private"):
        return ctx.scope
    try:
        number = int(text)
    except ValueError:
        raise ScopeError('Cannot process argument because the value of parameter "Scope" is not valid. Valid '
                         'values are "Global", "Local", or "Script", or a number relative to the current scope (0 '
                         'through the number of scopes where 0 is the current scope and 1 is its parent). Change '
                         'the value of the "Scope" parameter and run the operation again.', "Argument",
                         "PSArgumentException") from None
    current = ctx.scope
    steps = number
    while steps > 0 and current is not None:
        current = current.parent
        steps -= 1
    if number < 0 or current is None:
        raise ScopeError(f"The scope number '{number}' exceeds the number of active scopes.", "ArgumentOutOfRange",
                         "PSArgumentOutOfRangeException")
    return current


def visible_variables(ctx: Any, scope: str | None) -> dict[str, Any]:
    """key -> value of every variable seen from the current scope (the nearest definition wins), or
    only those of the scope -Scope names."""
    table: dict[str, Any] = {}
    if scope is None:
        here = s = ctx.scope
        while s is not None:
            for key, value in s.vars.items():
                if here.sees(s, key):
                    table.setdefault(key, value)
            s = s.parent
        for key, value in automatic_values(ctx).items():
            table.setdefault(key, value)
    else:
        target = scope_at(ctx, scope)
        table.update(target.vars)
        if target is ctx.global_scope:
            for key, value in automatic_values(ctx).items():
                table.setdefault(key, value)
    return table


class VariableCmdlet(Cmdlet):
    """Helpers for the *-Variable cmdlets."""

    def scope_or_fail(self, scope: str | None) -> Any:
        return scope_or_fail(self, scope)

    def visible_or_fail(self, scope: str | None) -> dict[str, Any]:
        self.scope_or_fail(scope)
        return visible_variables(self.context, scope)

    def not_found(self, name: str) -> None:
        self.write_error(self.error_record(f"Cannot find a variable with the name '{name}'.", "VariableNotFound",
                                           ErrorCategory.ObjectNotFound, target=name,
                                           exception_type="ItemNotFoundException"))

    def not_writable(self, name: str) -> None:
        self.write_error(self.error_record(f"Cannot overwrite variable {name} because it is read-only or constant.",
                                           "VariableNotWritable", ErrorCategory.WriteError, target=name,
                                           exception_type="SessionStateUnauthorizedAccessException"))

    def matching(self, pattern: str, table: dict[str, Any], include: Any, exclude: Any) -> tuple[list[str], bool]:
        """The keys of `table` whose display names match `pattern` and the filters, and whether a
        literal name was filtered out (which is not an error)."""
        ctx = self.context
        if not has_wildcards(pattern):
            key = pattern.lower()
            if not matches(pattern, include, True) or matches(pattern, exclude, False):
                return [], True
            return ([key] if key in table else []), False
        keys = [k for k in table if wildcard_match(pattern, display_name(ctx, k))
                and matches(display_name(ctx, k), include, True) and not matches(display_name(ctx, k), exclude, False)]
        return sorted(keys, key=lambda k: display_name(ctx, k).lower()), True

    def chosen_variables(self, action: str, refuse_constant: Callable[[str], None]) -> Iterator[tuple[str, Any]]:
        """For a command that changes variables: (key, scope) for each variable -Name, -Include and
        -Exclude choose that the user lets it change. A name that finds nothing is reported; a
        constant variable, or a read-only one without -Force, is refused through
        `refuse_constant(name as shown)`; ShouldProcess is asked with `action`. The scope is the
        one -Scope names, else the nearest that holds the variable (None when none does)."""
        ctx = self.context
        table = self.visible_or_fail(self.scope)
        fixed = self.scope_or_fail(self.scope) if self.scope is not None else None
        for pattern in self.name:
            keys, filtered = self.matching(pattern, table, self.include, self.exclude)
            if not keys and not filtered:
                self.not_found(pattern)
                continue
            for key in keys:
                shown = display_name(ctx, key)
                scope = fixed if fixed is not None else owning_scope(ctx, key)
                if is_protected(scope, key, self.force):
                    refuse_constant(shown)
                    continue
                if not self.should_process(f"Name: {shown}", action):
                    continue
                yield key, scope


def is_protected(scope_obj: Any, key: str, force: bool) -> bool:
    """Whether the variable `key` of a scope may not be changed or removed: a constant one (the
    automatic ones PowerShell makes constant, or -Option Constant), or a read-only one without
    -Force. The *-Variable cmdlets and the Variable: drive ask the same question."""
    if key in CONSTANT:
        return True
    info = None if scope_obj is None else variable_info(scope_obj, key)
    return info is not None and bool(info.options & CONSTANT_FLAG or (info.options & READONLY and not force))


def assign(ctx: Any, scope_obj: Any, key: str, value: Any, force: bool = False) -> None:
    """Set a variable in a scope, converting the value when the variable has a type constraint
    ([int]$x = ...). A read-only variable raises VariableNotWritable unless `force`; a constant
    one always does."""
    constraints = getattr(scope_obj, "constraints", None)
    if constraints:
        ref = constraints.get(key)
        if ref is not None:
            if force and isinstance(ref, VariableInfo) and not ref.options & CONSTANT_FLAG:
                value = ref.convert_forced(value)
            else:
                value = ref.convert(value)
    scope_obj.vars[key] = value


def owning_scope(ctx: Any, key: str) -> Any:
    """The nearest scope that holds a variable `key`, or None."""
    here = s = ctx.scope
    while s is not None:
        if key in s.vars and here.sees(s, key):
            return s
        s = s.parent
    return None
