"""Set-Variable: give variables a value, creating them when they do not exist."""
from __future__ import annotations

from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf, PSConversionError
from pyshell.runtime.operators import has_wildcards
from pyshell.runtime.values import SwitchParameter

from pyshell.runtime.scope import (CONSTANT as CONSTANT_FLAG, PRIVATE, READONLY, VariableInfo, mark_private,
                                   variable_info)

from cmdlets.core._variables import (CONSTANT, PS_VARIABLE, ScopedItemOptions, SessionStateEntryVisibility,
                                     VariableCmdlet, assign, options_flags, psvariable, remember_spelling)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_NOT_GIVEN = object()


class SetVariable(VariableCmdlet):
    """Sets the value of a variable. Creates the variable if one with the requested name does not exist."""

    verb, noun = "Set", "Variable"
    implementing_type = "Microsoft.PowerShell.Commands.SetVariableCommand"
    output_types = (PS_VARIABLE,)
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113401"
    supports_should_process = True
    description = (
        "Set-Variable assigns a value to the named variables in the current scope (or the scope "
        "-Scope names), creating them there if needed; names with wildcards change only variables "
        "that exist. Objects piped in are collected: one becomes the value, several become an "
        "array. A variable declared with a type ([int]$n = 1) keeps its type, so the new value is "
        "converted. $true, $false, $null and the other constant variables cannot be set.")

    name = Parameter(ListOf(str), position=0, mandatory=True, by_property_name=True,
                     help="The names of the variables to set, without the $; wildcards select existing ones.")
    value = Parameter(object, position=1, pipeline=True, by_property_name=True, default=_NOT_GIVEN,
                      help="The new value. Objects piped in are collected into the value.")
    include = Parameter(ListOf(str), help="Only variables whose names match one of these patterns.")
    exclude = Parameter(ListOf(str), help="Leave out variables whose names match one of these patterns.")
    force = Parameter(SwitchParameter, help="Set a read-only variable too (never a constant one).")
    description = Parameter(str, help="A description of the variable, shown by Get-Variable | Format-List.")
    option = Parameter(ListOf(ScopedItemOptions),
                       help="ReadOnly: the value can be changed only with -Force; Constant (only when the "
                            "variable is created): never. Private and AllScope are recorded only.")
    visibility = Parameter(SessionStateEntryVisibility, help="Public (the default) or Private.")
    pass_thru = Parameter(SwitchParameter, help="Write each variable set as a PSVariable object.")
    scope = Parameter(str, help="Set the variable in this scope: Global, Script, Local, or a number.")

    examples = (
        Example("Set-Variable -Name Domain -Value contoso.com; $Domain", "Sets $Domain.", "contoso.com\n"),
        Example("1, 2, 3 | Set-Variable Numbers; $Numbers.Count", "Collects piped objects into an array.", "3\n"),
        Example("sv Limit 250 -Scope Global; $global:Limit", "The sv alias, setting a global variable.", "250\n"),
        Example("Set-Variable Pool pool01 -Option ReadOnly; Set-Variable Pool pool02 -Force; $Pool",
                "-Force changes a read-only variable.", "pool02\n"),
    )

    def begin(self) -> None:
        # Given on the command line, the value is set once; objects piped in are collected. A name
        # that comes with each piped object (by property name) sets that object's variable at once.
        self._name_given = self.is_bound(SetVariable.name)
        self._value_given = self.is_bound(SetVariable.value)
        self._collected: list[Any] = []

    def process(self) -> None:
        if not self._name_given:
            if self.name:
                self._set(self.name, None if self.value is _NOT_GIVEN else self.value, self.value is not _NOT_GIVEN)
            return
        if self._value_given:
            return
        if self.value is not _NOT_GIVEN:
            self._collected.append(self.value)

    def end(self) -> None:
        if not self._name_given:
            return
        if self._value_given:
            value = self.value
        elif not self._collected:
            value = None
        else:
            value = self._collected[0] if len(self._collected) == 1 else list(self._collected)
        self._set(self.name, value, self._value_given or bool(self._collected))

    def _set(self, names: list[str], value: Any, has_value: bool = True) -> None:
        ctx = self.context
        target = self.scope_or_fail(self.scope)
        for name in names:
            table = dict(target.vars)
            keys, filtered = self.matching(name, table, self.include, self.exclude)
            if not keys:
                if filtered or has_wildcards(name):
                    continue
                keys = [name.lower()]
            for key in keys:
                shown = name if key == name.lower() else key
                info = variable_info(target, key)
                if key in CONSTANT or (info is not None and (info.options & CONSTANT_FLAG or
                                                             (info.options & READONLY and not self.force))):
                    self.not_writable(shown)
                    continue
                if not self.should_process(f"Name: {shown} Value: {'' if value is None else value}", "Set variable"):
                    continue
                exists = key in target.vars
                options = self._options(target, exists)
                if options is not None and exists and options & CONSTANT_FLAG:
                    self.write_error(self.error_record(
                        f"Existing variable {shown} cannot be made constant. Variables can be made constant only "
                        "at creation time.", "VariableCannotBeMadeConstant", ErrorCategory.WriteError, target=shown,
                        exception_type="SessionStateUnauthorizedAccessException"))
                    continue
                try:
                    if has_value or not exists:
                        assign(ctx, target, key, value, force=bool(self.force))
                except PSConversionError as exc:
                    # The variable's type converter throws ArgumentTransformationMetadataException, which
                    # Set-Variable does not catch: the command stops (CmdletInvocationException).
                    self.throw_terminating(self.error_record(exc.message, "RuntimeException",
                                                             ErrorCategory.MetadataError,
                                                             exception_type="ArgumentTransformationMetadataException"))
                info = self._describe(target, key, shown, info, options)
                if key == name.lower():
                    remember_spelling(ctx, name)
                if self.pass_thru:
                    self.write_object(psvariable(ctx, key, target.vars[key], info))

    def _options(self, target: Any, exists: bool) -> int | None:
        """The options -Option (and -Scope Private) give, or None to leave them as they are."""
        private = (self.scope or "").strip().lower() == "private"
        if self.option is None and not private:
            return None
        return options_flags(self.option) | (PRIVATE if private else 0)

    def _describe(self, target: Any, key: str, shown: str, info: VariableInfo | None,
                  options: int | None) -> VariableInfo | None:
        """Record -Option, -Description and -Visibility on the variable; its VariableInfo, if any."""
        if options is None and self.description is None and self.visibility is None:
            return info
        if info is None:
            info = VariableInfo(shown, inner=target.constraints.get(key))
            target.constraints[key] = info
        if options is not None:
            info.options = options
            mark_private(target, key, bool(options & PRIVATE))
        if self.description is not None:
            info.description = self.description
        if self.visibility is not None:
            info.visibility = self.visibility.name
        return info
