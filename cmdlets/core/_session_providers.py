"""The four session-state providers: Environment (Env:), Variable, Function and Alias.

Each reads and changes the session through the code the matching cmdlets use, so an item on a
drive is the very object those cmdlets write: a DictionaryEntry for an environment variable (as
enumerating a hashtable gives), Get-Variable's PSVariable, Get-Command's FunctionInfo and
Get-Alias's AliasInfo.
"""
from __future__ import annotations

from cmdlets.core._providers import SessionProvider
from pyshell.errors import ErrorCategory
from pyshell.runtime.environment import env_key, env_remove, env_set
from pyshell.runtime.scope import split_scope
from pyshell.runtime.values import PSObject, dictionary_entry

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


_BAD_VALUE = ("Cannot process argument because the value of argument \"value\" is not valid. Change the value of "
              "the \"value\" argument and run the operation again.")


class EnvironmentProvider(SessionProvider):
    name, drive = "Environment", "Env"

    def table(self, ctx: Any) -> dict[str, Any]:
        return dict(ctx.env)

    def get(self, ctx: Any, name: str) -> Any:
        key = env_key(ctx.env, name)
        return None if key is None else ctx.env[key]

    def shown_name(self, ctx: Any, name: str, raw: Any) -> str:
        return env_key(ctx.env, name) or name

    def make_object(self, ctx: Any, name: str, raw: Any) -> Any:
        return dictionary_entry(self.shown_name(ctx, name, raw), raw)

    def value_of(self, raw: Any) -> Any:
        return raw

    def set(self, cmdlet: Any, name: str, value: Any) -> Any:
        if isinstance(value, PSObject) and value.has("Key") and value.has("Value"):
            value = value.get("Value")          # a DictionaryEntry copied from another item
        env_set(cmdlet.context.env, name, value)
        return self.get(cmdlet.context, name)

    def remove(self, cmdlet: Any, name: str, force: bool) -> bool:
        return env_remove(cmdlet.context.env, name)


class VariableProvider(SessionProvider):
    name, drive = "Variable", "Variable"

    def table(self, ctx: Any) -> dict[str, Any]:
        from cmdlets.core._variables import display_name, visible_variables
        return {display_name(ctx, key): value for key, value in visible_variables(ctx, None).items()}

    def get(self, ctx: Any, name: str) -> Any:
        from cmdlets.core._variables import remember_spelling
        found = self._lookup(ctx, name)
        if found is None:
            return None
        remember_spelling(ctx, name.rpartition(":")[2])     # as Get-Variable keeps the spelling asked for
        return _Variable(found[0], found[1])

    def _lookup(self, ctx: Any, name: str) -> tuple[str, Any] | None:
        """(key, value) of the variable a name (perhaps scope-qualified: global:x) finds."""
        from cmdlets.core._variables import visible_variables
        from pyshell.runtime.scope import MISSING
        prefix, bare = split_scope(name)
        if prefix:
            key = bare.lower()
            scope = ctx.target_scope(prefix)
            value = scope.vars.get(key, MISSING)
            return None if value is MISSING else (key, value)
        key = name.lower()
        table = visible_variables(ctx, None)
        return (key, table[key]) if key in table else None

    def shown_name(self, ctx: Any, name: str, raw: Any) -> str:
        from cmdlets.core._variables import display_name
        return display_name(ctx, raw.key) if isinstance(raw, _Variable) else name

    def make_object(self, ctx: Any, name: str, raw: Any) -> Any:
        from cmdlets.core._variables import info_of, psvariable
        key = raw.key if isinstance(raw, _Variable) else name.lower()
        return psvariable(ctx, key, self.value_of(raw), info_of(ctx, key))

    def value_of(self, raw: Any) -> Any:
        return raw.value if isinstance(raw, _Variable) else raw

    def set(self, cmdlet: Any, name: str, value: Any) -> Any:
        from cmdlets.core._variables import assign, is_protected, owning_scope, remember_spelling
        ctx = cmdlet.context
        if isinstance(value, PSObject) and "System.Management.Automation.PSVariable" in value.type_names:
            value = value.get("Value")
        prefix, shown = split_scope(name)
        key = shown.lower()
        target = ctx.target_scope(prefix)
        holder = target if key in target.vars else owning_scope(ctx, key)
        if is_protected(holder, key, bool(getattr(cmdlet, "force", False))):
            cmdlet.write_error(cmdlet.error_record(
                f"Cannot overwrite variable {shown} because it is read-only or constant.", "VariableNotWritable",
                ErrorCategory.WriteError, target=shown, exception_type="SessionStateUnauthorizedAccessException"))
            return None
        try:
            assign(ctx, target, key, value, force=bool(getattr(cmdlet, "force", False)))
        except Exception as exc:        # a type-constrained variable refused the value
            message = getattr(exc, "message", None) or str(exc)
            cmdlet.write_error(cmdlet.error_record(message, "ArgumentTransformationMetadataException",
                                                   ErrorCategory.MetadataError, target=shown,
                                                   exception_type="ArgumentTransformationMetadataException"))
            return None
        remember_spelling(ctx, shown)
        return self.get(ctx, name)

    def remove(self, cmdlet: Any, name: str, force: bool) -> bool:
        from cmdlets.core._variables import display_name, is_protected, owning_scope
        ctx = cmdlet.context
        prefix, bare = split_scope(name)
        key = bare.lower()
        holder = ctx.target_scope(prefix) if prefix else owning_scope(ctx, key)
        if is_protected(holder, key, force):
            shown = display_name(ctx, key)
            cmdlet.write_error(cmdlet.error_record(
                f"Cannot remove variable {shown} because it is constant or read-only. If the variable is read-only, "
                "try the operation again specifying the Force option.", "VariableNotRemovable",
                ErrorCategory.WriteError, target=shown, exception_type="SessionStateUnauthorizedAccessException"))
            return False
        return ctx.remove_var(key, prefix)

    def can_rename(self, cmdlet: Any, name: str, raw: Any, force: bool) -> bool:
        from cmdlets.core._variables import display_name, is_protected, owning_scope
        key = raw.key if isinstance(raw, _Variable) else name.lower()
        if is_protected(owning_scope(cmdlet.context, key), key, force):
            shown = display_name(cmdlet.context, key)
            cmdlet.write_error(cmdlet.error_record(
                f"Cannot rename variable because variable {shown} is read-only or constant.", "CannotRenameVariable",
                ErrorCategory.WriteError, target=shown, exception_type="SessionStateUnauthorizedAccessException"))
            return False
        return True


class _Variable:
    """A variable found by name: its key and value (a value may itself be $null)."""

    __slots__ = ("key", "value")

    def __init__(self, key: str, value: Any):
        self.key, self.value = key, value


class FunctionProvider(SessionProvider):
    name, drive = "Function", "Function"

    def table(self, ctx: Any) -> dict[str, Any]:
        from cmdlets.core._commands import visible_functions
        return dict(visible_functions(ctx))

    def get(self, ctx: Any, name: str) -> Any:
        return ctx.scope.find_function(name.lower())

    def shown_name(self, ctx: Any, name: str, raw: Any) -> str:
        return getattr(raw, "name", None) or name

    def make_object(self, ctx: Any, name: str, raw: Any) -> Any:
        from cmdlets.core._commands import function_info
        return function_info(self.shown_name(ctx, name, raw), raw)

    def value_of(self, raw: Any) -> Any:
        return getattr(raw, "body", raw)

    def set(self, cmdlet: Any, name: str, value: Any) -> Any:
        from pyshell.commands.functions import FunctionInfo
        from pyshell.runtime.scriptblock import ScriptBlock
        ctx = cmdlet.context
        if value is None:
            self.remove(cmdlet, name, True)
            return None
        if isinstance(value, PSObject) and isinstance(value.get("ScriptBlock"), ScriptBlock):
            value = value.get("ScriptBlock")        # a FunctionInfo
        if isinstance(value, FunctionInfo):
            value = value.body
        if isinstance(value, str):
            try:
                value = ctx.compiler.script_block_from_text(ctx, value)
            except Exception as exc:
                record = getattr(exc, "record", None)
                if record is None:
                    raise
                cmdlet.write_error(record)
                return None
        if not isinstance(value, ScriptBlock):
            from cmdlets.core._providers import argument_error
            argument_error(cmdlet, _BAD_VALUE, None)
            return None
        key = name.lower()
        ctx.scope.functions[key] = FunctionInfo(name, value, False, None)
        return ctx.scope.functions[key]

    def remove(self, cmdlet: Any, name: str, force: bool) -> bool:
        key = name.lower()
        scope = cmdlet.context.scope
        while scope is not None:
            if key in scope.functions:
                del scope.functions[key]
                return True
            scope = scope.parent
        return False


class AliasProvider(SessionProvider):
    name, drive = "Alias", "Alias"

    def table(self, ctx: Any) -> dict[str, Any]:
        return {entry.name: entry for entry in ctx.commands.visible_aliases(ctx).values()}

    def get(self, ctx: Any, name: str) -> Any:
        return ctx.commands.find_alias(name, ctx)

    def shown_name(self, ctx: Any, name: str, raw: Any) -> str:
        return getattr(raw, "name", None) or name

    def make_object(self, ctx: Any, name: str, raw: Any) -> Any:
        from cmdlets.core._aliases import alias_object
        return alias_object(raw, ctx.commands)

    def value_of(self, raw: Any) -> Any:
        return getattr(raw, "definition", raw)

    def set(self, cmdlet: Any, name: str, value: Any) -> Any:
        from cmdlets.core._aliases import write_alias
        if isinstance(value, PSObject) and value.has("Definition") and value.has("CommandType"):
            value = value.get("Definition") if str(value.get("CommandType")) == "Alias" else value.get("Name")
        if not isinstance(value, str):          # an alias is text: a number or an array is refused
            from cmdlets.core._providers import argument_error
            argument_error(cmdlet, _BAD_VALUE, None)
            return None
        return write_alias(cmdlet, name, value, None, None, bool(getattr(cmdlet, "force", False)),
                           must_be_new=False, ask=False)

    def remove(self, cmdlet: Any, name: str, force: bool) -> bool:
        from cmdlets.core._aliases import options_of
        table = cmdlet.context.commands
        entry = table.find_alias(name, cmdlet.context)
        if entry is None:
            return False
        options = options_of(entry)
        if "Constant" in options or ("ReadOnly" in options and not force):
            cmdlet.write_error(cmdlet.error_record(
                f"Alias was not removed because alias {entry.name} is constant or read-only.", "AliasNotRemovable",
                ErrorCategory.WriteError, target=entry.name, exception_type="SessionStateUnauthorizedAccessException"))
            return False
        return table.remove_alias(name, cmdlet.context)

    def can_rename(self, cmdlet: Any, name: str, raw: Any, force: bool) -> bool:
        from cmdlets.core._aliases import options_of
        options = options_of(raw)
        if "Constant" in options or ("ReadOnly" in options and not force):
            cmdlet.write_error(cmdlet.error_record(
                f"Cannot rename alias because alias {raw.name} is read-only or constant.", "CannotRenameAlias",
                ErrorCategory.WriteError, target=raw.name, exception_type="SessionStateUnauthorizedAccessException"))
            return False
        return True


PROVIDERS: dict[str, SessionProvider] = {"env": EnvironmentProvider(), "variable": VariableProvider(),
                                         "function": FunctionProvider(), "alias": AliasProvider()}
