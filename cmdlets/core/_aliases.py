"""What the *-Alias cmdlets share: the options PowerShell 5.1 gives its own aliases, the
-Option parameter type, and the checks before an alias is replaced."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.errors import ErrorCategory
from pyshell.runtime.enumparse import flags_mask

from cmdlets.core._commands import CORE_MODULE

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

ALIAS_INFO = "System.Management.Automation.AliasInfo"

# ScopedItemOptions, in the order .NET lists them when it writes a combination.
_OPTION_VALUES = {"None": 0, "ReadOnly": 1, "Constant": 2, "Private": 4, "AllScope": 8, "Unspecified": 16}

# The options Windows PowerShell 5.1 gives the aliases it defines (those not listed have none).
_READ_ONLY_ALL_SCOPE = {"foreach", "%", "where", "?", "select"}
_ALL_SCOPE = {"echo", "cd", "dir", "cp", "copy", "del", "move", "md", "popd", "pushd"}
_NO_OPTIONS = {"clear", "cls", "man", "help", "h", "history", "r", "set", "cat", "ls", "mount", "mv", "ps", "rm",
               "rmdir", "kill", "pwd", "type", "chdir", "erase", "rd", "ren", "icm", "gjb", "rcjb", "rjb", "sajb",
               "spjb", "wjb", "ipsn", "epsn", "nsn", "gsn", "rsn", "etsn", "exsn", "sls"}


def builtin_options(name: str) -> str:
    key = name.lower()
    if key in _READ_ONLY_ALL_SCOPE:
        return "ReadOnly, AllScope"
    if key in _ALL_SCOPE:
        return "AllScope"
    if key in _NO_OPTIONS:
        return "None"
    return "ReadOnly"


def options_of(entry: Any) -> str:
    """An alias's options: those recorded for it, or for PowerShell's own aliases, 5.1's."""
    if entry.module == CORE_MODULE and entry.options == "None":
        return builtin_options(entry.name)
    return entry.options


def options_text(mask: int) -> str:
    if mask == 0:
        return "None"
    return ", ".join(n for n, v in _OPTION_VALUES.items() if v and mask & v)


class AliasOptions:
    """-Option: ScopedItemOptions names ("ReadOnly", "ReadOnly, AllScope", a list of names, or a
    number); the bound value is the options as text."""

    ps_type_name = "System.Management.Automation.ScopedItemOptions"

    @staticmethod
    def ps_convert(value: Any) -> str:
        return options_text(_mask(value))


def _mask(value: Any) -> int:
    return flags_mask(value, tuple(_OPTION_VALUES.items()), AliasOptions.ps_type_name)


class AliasCmdlet(Cmdlet):
    """Set-Alias and New-Alias: write an alias unless its options forbid it."""

    def write_alias(self, name: str, value: str, options: str | None, description: str | None,
                    force: bool, must_be_new: bool) -> Any:
        from cmdlets.core._variables import scope_or_fail
        # Set-Alias and New-Alias put a new alias in place of the old one: what they are not given
        # is the default, not the old alias's (only Set-Item alias:x keeps those).
        return write_alias(self, name, value, "None" if options is None else options,
                           "" if description is None else description, force, must_be_new,
                           scope=scope_or_fail(self, self.scope))


def alias_object(entry: Any, table: Any) -> Any:
    """The AliasInfo Get-Alias (and Get-Item alias:x) writes for an alias, its options included."""
    from cmdlets.core._commands import alias_info
    info = alias_info(entry, table)
    info.set("Options", options_of(entry))
    return info


def write_alias(cmdlet: Any, name: str, value: str, options: str | None, description: str | None,
                force: bool, must_be_new: bool, ask: bool = True, scope: Any = None) -> Any:
    """Make or change an alias for `cmdlet` in `scope` (the current one when None) unless its options
    forbid it (reported as PowerShell reports it); the alias's entry, or None. `ask`: ask
    ShouldProcess first. A New-Alias name may not be in use in any scope; Set-Alias looks only at the
    scope it writes to, and at the AllScope aliases, which every scope has."""
    ctx = cmdlet.context
    table = ctx.commands
    key = name.lower()
    target = ctx.scope if scope is None else scope
    if target is ctx.global_scope:
        current = table.alias_info.get(key)
    else:
        current = (target.aliases or {}).get(key)
        if current is None:
            shared = table.alias_info.get(key)
            if shared is not None and "AllScope" in options_of(shared):
                current, target = shared, ctx.global_scope
    if must_be_new and current is None:
        current = table.find_alias(key, ctx)
    if current is not None:
        current_options = options_of(current)
        if must_be_new and not force:
            cmdlet.write_error(cmdlet.error_record(
                f"The alias is not allowed, because an alias with the name '{name}' already exists.",
                "AliasAlreadyExists", ErrorCategory.ResourceExists, target=name,
                exception_type="SessionStateException"))
            return None
        if "Constant" in current_options or ("ReadOnly" in current_options and not force):
            cmdlet.write_error(cmdlet.error_record(
                f"Alias is not writeable because alias {name} is read-only or constant and cannot be written to.",
                "AliasNotWritable", ErrorCategory.WriteError, target=name,
                exception_type="SessionStateUnauthorizedAccessException"))
            return None
        if options and "Constant" in options:
            cmdlet.write_error(cmdlet.error_record(
                f"Alias {name} cannot be made constant after it has been created. Aliases can only be made "
                "constant at creation time.", "AliasCannotBeMadeConstant", ErrorCategory.WriteError,
                target=name, exception_type="SessionStateUnauthorizedAccessException"))
            return None
    if ask and not cmdlet.should_process(f"Name: {name} Value: {value}", "New Alias" if must_be_new else "Set Alias"):
        return None
    keep_description = current.description if current is not None else ""
    keep_options = options_of(current) if current is not None else "None"
    return table.set_alias(name, value, options if options is not None else keep_options,
                           description if description is not None else keep_description, module="",
                           scope=None if target is ctx.global_scope else target)
