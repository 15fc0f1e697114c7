"""Functions, scripts and script blocks as pipeline commands. Their `param()` blocks bind through
the same Binder as cmdlets (see function_metadata.py)."""
from __future__ import annotations

import os
from pyshell.structs import dataclass
from pyshell.commands.binder import Arg, Binder
from pyshell.commands.function_metadata import build_metadata, is_advanced
from pyshell.commands.runtime import CommandRuntime, apply_common_parameters
from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.language.source import Extent
from pyshell.runtime.callstack import lock_stack_trace
from pyshell.runtime.context import MAX_CALL_DEPTH
from pyshell.runtime.flow import ExitSignal, ReturnSignal
from pyshell.runtime.scope import MISSING, Scope
from pyshell.runtime.scriptblock import ScriptBlock
from pyshell.runtime.conversion import PSConversionError, convert_to, to_bool, type_display_name
from pyshell.runtime.values import SWITCH_ABSENT, PSHashtable, PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


@dataclass
class FunctionInfo:
    name: str
    body: ScriptBlock
    is_filter: bool = False
    definition: Any = None        # the FunctionDefinition node (comment-based help reads it)

    def help(self) -> Any:
        """The function's comment-based help (CommentHelp), or None."""
        from pyshell.commands.comment_help import help_of
        return help_of(self.definition if self.definition is not None else self.body.node)


_SWITCHES = ("Verbose", "Debug", "WhatIf", "Confirm")


class _SwitchConstraint:
    """The type constraint a switch parameter's variable carries in the function's scope."""

    @staticmethod
    def convert(value: Any) -> SwitchParameter:
        return SwitchParameter.of(to_bool(value))


_SWITCH_CONSTRAINT = _SwitchConstraint()


class _ParameterConstraint:
    """The type a typed parameter's variable keeps in the function's scope: `param([int]$n)` then
    `$n = "5"` stores 5, as in PowerShell, where a parameter is a type-constrained variable."""

    __slots__ = ("type",)

    def __init__(self, type_: Any):
        self.type = type_

    def convert(self, value: Any) -> Any:
        return convert_to(value, self.type)


# The .NET numeric types whose unbound parameter starts at 0 (an enum's starts at $null).
_NUMERIC = frozenset(f"System.{n}" for n in ("Byte", "SByte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64",
                                              "Single", "Double", "Decimal"))


def _typed_default(type_: Any, value: Any) -> Any:
    """The value an unbound parameter starts with: its default converted to its type (as the
    type-constrained variable it is); with no default, "" for [string], $false for [bool], 0 for a
    number, else $null, as PowerShell's compiler gives."""
    if type_ is None or type_ is object:
        return None if value is MISSING else value
    if value is not MISSING:
        try:
            return convert_to(value, type_)
        except PSConversionError:
            return value
    if type_ is str:
        return ""
    if type_ is bool:
        return False
    if type_display_name(type_) in _NUMERIC:
        return convert_to(0, type_)
    return None


class _Target:
    """Receives the values the binder binds (as attributes named after the variables)."""


def _metadata(ctx: Any, block: ScriptBlock, name: str) -> Any:
    compiled = block.block
    meta = getattr(compiled, "metadata", None)
    if meta is None:
        try:
            meta = build_metadata(ctx, name, block.node)
        except TypeError as exc:
            raise PSError(ErrorRecord(str(exc), "ParameterMetadataError", ErrorCategory.MetadataError,
                                      "MetadataException", extent=block.node.extent)) from None
        compiled.metadata = meta
    return meta


class ScriptBlockProcessor:
    """`& { ... }`, `. { ... }`, a script file or a function: binds its parameters, then runs begin,
    process (once per input object) and end."""

    frame_name = "<ScriptBlock>"        # its name in the call stack

    def __init__(self, ctx: Any, block: ScriptBlock, args: list[Arg], extent: Extent, dot: bool,
                 expects_input: bool, name: str = "", script_path: str | None = None,
                 from_command_line: bool = False):
        self.ctx = ctx
        self.script_path = script_path
        self.block = block
        self.runtime = CommandRuntime(ctx, extent, name)
        self.dot = dot
        self.expects_input = expects_input
        self.meta = _metadata(ctx, block, name)
        self.target = _Target()
        for p in self.meta.parameters:
            setattr(self.target, p.attr, MISSING)
        self.advanced = advanced = is_advanced(block.node)
        self.binder = Binder(self.meta, self.target, name, extent, ctx, qualifier=name,
                             allow_extra=not advanced, script_parameters=True,
                             supports_should_process=self.meta.supports_should_process)
        if script_path and not name:
            # A script file's binding errors name it as PowerShell names an ExternalScriptInfo:
            # its full path in front of the message, its file name in CategoryInfo and the error id.
            self.binder.command_name = script_path
            self.binder.qualifier = self.binder.activity = os.path.basename(script_path)
            if from_command_line:
                # `pyshell x.ps1 -P v` (powershell -File): the arguments have no place in any
                # script text, so the error shows no position.
                from pyshell.language.source import MISSING as NOWHERE
                self.binder.extent = NOWHERE
        self.binder.bind_arguments(args)
        self.binder.resolve_set(expects_input)
        self.out_variable = apply_common_parameters(ctx, self.runtime, self.binder.common, self.binder.qualifier)
        self.takes_input = any(p.takes_pipeline for p in self.meta.parameters)
        self.inputs: list[Any] = []
        # The scope the command was called from: its own scope's parent. Each command of a pipeline
        # has its own scope, and its blocks run in it however the pipeline interleaves them.
        self.caller_scopes = (ctx.scope, ctx.script_scope)
        closure = getattr(block, "closure_scope", None)
        if closure is not None:     # a GetNewClosure() block: a child of its captured variables' scope
            self.caller_scopes = (closure, closure)
        self.scope: Scope | None = None
        self.script_scope: Scope | None = None
        self.entered = False
        self.began = False
        # A script file run as a command (./x.ps1, . ./x.ps1) ends at its `exit`; the caller goes on
        # with $LASTEXITCODE set. Elsewhere `exit` travels up and ends the session.
        self.catches_exit = False
        self.exited = False

    def _enter(self) -> None:
        if self.ctx.call_depth >= MAX_CALL_DEPTH:
            # As PowerShell reports a ScriptCallDepthException: no position, the depth target 0
            raise PSError(ErrorRecord(
                message="The script failed due to call depth overflow.", error_id="CallDepthOverflow",
                category=ErrorCategory.InvalidOperation, exception_type="ParentContainsErrorRecordException",
                target=0), script_terminating=True)
        self.ctx.call_depth += 1
        self.entered = True
        if self.ctx.psdebug is not None:
            from pyshell.runtime.psdebug import trace_call
            source = self.block.node.extent.source
            trace_call(self.ctx, self.runtime.command_name or "<ScriptBlock>", source.name if source else "")
        caller, caller_script = self.caller_scopes
        if self.dot:
            self.scope, self.script_scope = caller, caller_script
        else:
            self.scope = Scope(caller, is_script=self.script_path is not None)
            self.script_scope = self.scope if self.script_path is not None else caller_script
        ctx = self.ctx
        outer = ctx.scope, ctx.script_scope
        ctx.scope, ctx.script_scope = self.scope, self.script_scope
        try:
            self._set_variables()
        finally:
            ctx.scope, ctx.script_scope = outer

    def _set_variables(self) -> None:
        """The parameters and automatic variables in the command's own scope."""
        vars_ = self.ctx.scope.vars
        if self.script_path is not None:
            full = os.path.abspath(self.script_path)
            vars_["pscommandpath"] = full
            vars_["psscriptroot"] = os.path.dirname(full)
        defaults = self.block.block.defaults
        for p in self.meta.parameters:
            value = getattr(self.target, p.attr)
            if p.type is SwitchParameter:
                if value is MISSING:
                    default = defaults.get(p.attr)
                    value = SwitchParameter.of(to_bool(default(self.ctx))) if default is not None \
                        else SWITCH_ABSENT
                # The variable keeps its [switch] type: `$Force = $true` in the body stores a switch.
                self.ctx.scope.constraints[p.attr] = _SWITCH_CONSTRAINT
            else:
                if value is MISSING:
                    default = defaults.get(p.attr)
                    value = _typed_default(p.type, default(self.ctx) if default is not None else MISSING)
                if p.type is not object and p.type is not None:
                    self.ctx.scope.constraints[p.attr] = _ParameterConstraint(p.type)
            vars_[p.attr] = value
        vars_["args"] = list(self.binder.extra)
        invocation = vars_["myinvocation"] = self.invocation_info()
        # Common parameters of an advanced function act through the preference variables in its scope.
        # They hold the preference enums, as the global variables do (the names are checked already).
        from pyshell.runtime.preferences import ActionPreference, ConfirmImpact
        if self.runtime.error_action:
            vars_["erroractionpreference"] = ActionPreference[self.runtime.error_action]
        for stream, pref in self.runtime.stream_preferences.items():
            vars_[f"{stream}preference"] = ActionPreference[pref]
        common = self.binder.common
        if "WhatIf" in common:
            vars_["whatifpreference"] = bool(common["WhatIf"])
        if "Confirm" in common:
            vars_["confirmpreference"] = ConfirmImpact["Low" if common["Confirm"] else "None"]
        vars_["psboundparameters"] = invocation.get("BoundParameters")
        if self.advanced:
            from pyshell.commands.script_cmdlet import make_pscmdlet
            vars_["pscmdlet"] = make_pscmdlet(self, invocation)

    def display_name(self) -> str:
        """The command's name as errors and ShouldProcess name it: a script by its file name."""
        if self.script_path:
            return os.path.basename(self.script_path)
        return self.runtime.command_name

    def invocation_info(self) -> PSObject:
        """$MyInvocation: the parts scripts use."""
        extent = self.runtime.extent
        path = os.path.abspath(self.script_path) if self.script_path else ""
        name = os.path.basename(path) if path else self.runtime.command_name
        command = PSObject([("Name", name), ("CommandType", "ExternalScript" if path else "Function"),
                            ("Path", path or None), ("Definition", path or name)],
                           type_names=["System.Management.Automation.CommandInfo", "System.Object"],
                           string_form=name)
        caller = extent.source.name if extent.source else ""
        bound = PSHashtable(self.binder.bound.items())
        if self.advanced:
            # The common parameters given are bound parameters too ($PSBoundParameters.Verbose).
            for key, value in self.binder.common.items():
                bound[key] = SwitchParameter.of(bool(value)) if key in _SWITCHES else value
        return PSObject([("MyCommand", command), ("BoundParameters", bound),
                         ("UnboundArguments", list(self.binder.extra)),
                         ("ScriptLineNumber", extent.start_line), ("OffsetInLine", extent.start_column),
                         ("ScriptName", caller), ("Line", extent.source.line_text(extent.start_line)
                                                  if extent.source else ""),
                         ("InvocationName", self.runtime.command_name or name),
                         ("PSScriptRoot", os.path.dirname(caller) if caller else ""),
                         ("PSCommandPath", caller), ("ExpectingInput", self.expects_input)],
                        type_names=["System.Management.Automation.InvocationInfo", "System.Object"])

    def _leave(self) -> None:
        if not self.entered:
            return
        self.entered = False
        self.ctx.call_depth -= 1

    def _own_failures(self, failures: int, written: int) -> None:
        """Errors the commands inside wrote are theirs: whether the caller's $? turns False counts
        only the errors this command wrote itself ($PSCmdlet.WriteError), as in PowerShell, where
        a function whose body calls Write-Error (or a failing cmdlet) leaves $? True."""
        self.ctx.failures = failures + (self.runtime.errors_written - written)

    def _run(self, stmt: Any, item: Any = MISSING) -> None:
        if stmt is None or self.exited:
            return
        ctx = self.ctx
        outer = ctx.scope, ctx.script_scope, ctx.command_frame
        ctx.scope, ctx.script_scope, ctx.command_frame = self.scope, self.script_scope, self.runtime
        if item is not MISSING:
            self.scope.vars["_"] = item
        frames = ctx.frames
        frames.append(self)
        failures, written = ctx.failures, self.runtime.errors_written
        try:
            try:
                stmt(ctx, self.runtime.downstream)
            except ReturnSignal as ret:
                ret.flush(self.runtime.downstream)
            self._own_failures(failures, written)
        except ExitSignal as sig:
            if not self.catches_exit:
                raise
            self._own_failures(failures, written)
            self.exited = True
            self.ctx.set_var("lastexitcode", sig.code, "global")
            if sig.code != 0:
                self.ctx.last_success = False
        except PSError as exc:
            if exc.record.script_stack is None:
                # Fixed while this frame still runs: a handler further out sees it gone.
                lock_stack_trace(self.ctx, exc.record)
            if getattr(exc, "owner", None) is self:     # $PSCmdlet.ThrowTerminatingError (script_cmdlet.py)
                raise PSError(exc.record) from None
            raise
        finally:
            frames.pop()
            ctx.scope, ctx.script_scope, ctx.command_frame = outer

    def begin(self) -> None:
        if self.began:
            return
        self.began = True
        self._enter()
        self._guarded(lambda: self._run(self.block.block.begin))

    def process_record(self, obj: Any) -> None:
        if not self.began:
            # An upstream command wrote during its own begin: this one begins first, as in PowerShell.
            self.begin()
        block = self.block.block
        if self.takes_input:
            if not self.binder.bind_pipeline(obj):
                self.runtime.emit_error(self.binder.input_not_bound(obj, self.runtime.extent))
                return
            vars_ = self.scope.vars
            for p in self.binder.pipeline_bound:
                vars_[p.attr] = getattr(self.target, p.attr)
            pscmdlet = vars_.get("pscmdlet") if self.advanced else None
            if isinstance(pscmdlet, PSObject):
                # The input object may have decided the parameter set (a string piped to a
                # -InputObject that only one set has): $PSCmdlet.ParameterSetName says which.
                pscmdlet.set("ParameterSetName", self.binder.set_name)
        if block.process is not None:
            self._guarded(lambda: self._run(block.process, obj))
        else:
            self.inputs.append(obj)

    def process_alone(self) -> None:
        block = self.block.block
        if block.process is not None:
            self._guarded(lambda: self._run(block.process))

    def _guarded(self, fn: Any) -> None:
        try:
            fn()
        except BaseException:
            self._leave()
            raise

    def end(self) -> None:
        try:
            self.scope.vars["input"] = self.inputs
            self._run(self.block.block.end)
        finally:
            self._leave()


class FunctionProcessor(ScriptBlockProcessor):
    def __init__(self, ctx: Any, info: FunctionInfo, args: list[Arg], extent: Extent, expects_input: bool,
                 dot: bool = False):
        super().__init__(ctx, info.body, args, extent, dot, expects_input, info.name)
        self.frame_name = info.name
