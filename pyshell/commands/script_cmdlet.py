"""$PSCmdlet: what an advanced function or script (one with [CmdletBinding()] or a [Parameter()]
attribute) sees of itself as a command.

PowerShell gives such a script a PSScriptCmdlet whose methods act through the command runtime
that compiled cmdlets use. Here the object is a PSObject with a few properties (ParameterSetName,
MyInvocation, CommandRuntime) and methods carried as instance members, so member calls reach them
the way they reach Add-Member's ScriptMethods. The decisions go through should_process.py, as a
cmdlet's do: a ScriptCommand stands in for the cmdlet there.
"""
from __future__ import annotations

from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.runtime.values import AUTOMATION_NULL, InstanceMethod, PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

PSCMDLET_TYPES = ["System.Management.Automation.PSScriptCmdlet", "System.Management.Automation.PSCmdlet",
                  "System.Management.Automation.Cmdlet", "System.Management.Automation.Internal.InternalCommand",
                  "System.Object"]


class CommandTerminated(PSError):
    """$PSCmdlet.ThrowTerminatingError: ends the whole function or script that called it (so it
    passes every statement inside as a script-terminating error would); the function's processor
    then hands it to its caller as an ordinary terminating error of that one command."""

    def __init__(self, record: ErrorRecord, owner: Any):
        super().__init__(record, script_terminating=True)
        self.owner = owner


class ScriptCommand:
    """A function or script as should_process.decide sees a cmdlet: its name, its ConfirmImpact,
    the -WhatIf/-Confirm/-Verbose it was given, where its errors go."""

    implementing_type = ""
    force = False
    # ShouldProcess works in any advanced script, as in PowerShell: without SupportsShouldProcess
    # there is just no -WhatIf or -Confirm to give it, but the preference variables still count.
    supports_should_process = True

    def __init__(self, processor: Any):
        self.processor = processor
        self.runtime = processor.runtime
        self.confirm_impact = processor.meta.confirm_impact
        self.common_parameters = processor.binder.common
        self.name = processor.display_name()

    @property
    def context(self) -> Any:
        return self.runtime.context

    def command_name(self) -> str:
        return self.name

    def error_record(self, message: str, error_id: str, category: ErrorCategory = ErrorCategory.NotSpecified,
                     target: Any = None, exception_type: str = "RuntimeException", hint: str = "") -> ErrorRecord:
        return ErrorRecord(message=message, error_id=f"{error_id},{self.name}", category=category, target=target,
                           exception_type=exception_type, command_name=self.name, extent=self.runtime.extent,
                           hint=hint)

    def own_record(self, value: Any, method: str) -> ErrorRecord:
        """An ErrorRecord handed to WriteError/ThrowTerminatingError, re-addressed to this command: its
        invocation (so its position) becomes this call, and its id gets this command's name."""
        from pyshell.runtime.errorobjects import record_of
        record = record_of(value)
        if record is None:
            raise PSError(ErrorRecord(
                f'Cannot convert argument "errorRecord", with value: "{_text(value)}", for "{method}" to type '
                '"System.Management.Automation.ErrorRecord".', "MethodArgumentConversionInvalidCastArgument",
                ErrorCategory.NotSpecified, "MethodException", extent=self.runtime.extent))
        raw_id = record.error_id.split(",", 1)[0]
        return ErrorRecord(message=record.message, error_id=f"{raw_id},{self.name}" if raw_id else self.name,
                           category=record.category, exception_type=record.exception_type, target=record.target,
                           command_name=self.name, extent=self.runtime.extent, inner_type=record.inner_type)


def _text(value: Any) -> str:
    from pyshell.runtime.conversion import to_string
    return to_string(value)


class _Method(InstanceMethod):
    """One method of $PSCmdlet: a Python function of the argument list, with the overloads
    PowerShell lists for Get-Member."""

    __slots__ = ("name", "fn", "overloads")
    member_type = "Method"

    def __init__(self, name: str, fn: Callable[[list], Any], overloads: str):
        self.name, self.fn, self.overloads = name, fn, overloads

    def invoke(self, owner: Any, args: list[Any]) -> Any:
        return self.fn(args)

    def definition(self) -> str:
        return self.overloads


def _asking(decide: Callable[[], bool]) -> bool:
    """A question nobody can answer fails the method call, as the host's exception does in
    PowerShell: 'Exception calling "ShouldProcess" ...', a PSInvalidOperationException inside."""
    from pyshell.commands.should_process import NON_INTERACTIVE_MESSAGE
    try:
        return decide()
    except PSError as exc:
        if exc.record.message != NON_INTERACTIVE_MESSAGE:
            raise
        from pyshell.runtime.operators import PSOperatorError
        raise PSOperatorError(NON_INTERACTIVE_MESSAGE, inner="PSInvalidOperationException") from None


def _overload_error(name: str, args: list) -> TypeError:
    # The member-call code turns a TypeError into PowerShell's "Cannot find an overload" error.
    return TypeError(f"{name}: {len(args)} arguments")


def make_pscmdlet(processor: Any, invocation: PSObject) -> PSObject:
    """The $PSCmdlet of one run of an advanced function or script."""
    command = ScriptCommand(processor)
    runtime = processor.runtime

    def should_process(args: list) -> Any:
        from pyshell.commands import should_process as sp
        if len(args) == 1:
            return _asking(lambda: sp.decide(command, args[0]))
        if len(args) == 2:
            return _asking(lambda: sp.decide(command, args[0], _text(args[1])))
        if len(args) == 3:
            description, warning, caption = (None if a is None else _text(a) for a in args)
            return _asking(lambda: sp.decide_described(command, description or "", warning, caption or sp.CAPTION))
        raise _overload_error("ShouldProcess", args)

    def should_continue(args: list) -> Any:
        from pyshell.commands import should_process as sp
        if len(args) != 2:
            raise _overload_error("ShouldContinue", args)
        query, caption = ("" if a is None else _text(a) for a in args)
        return _asking(lambda: sp.should_continue(command, query, caption=caption, to_all=False))

    def stream(name: str) -> Callable[[list], Any]:
        def write(args: list) -> Any:
            if len(args) != 1:
                raise _overload_error(name, args)
            runtime.write_stream(name.lower(), "" if args[0] is None else _text(args[0]))
            return AUTOMATION_NULL
        return write

    def write_object(args: list) -> Any:
        if len(args) not in (1, 2):
            raise _overload_error("WriteObject", args)
        value = args[0]
        from pyshell.runtime.conversion import to_bool
        if len(args) == 2 and to_bool(args[1]) and isinstance(value, (list, tuple)):
            for item in value:
                runtime.emit(item)
        else:
            runtime.emit(value)
        return AUTOMATION_NULL

    def write_error(args: list) -> Any:
        if len(args) != 1:
            raise _overload_error("WriteError", args)
        runtime.emit_error(command.own_record(args[0], "WriteError"))
        return AUTOMATION_NULL

    def throw_terminating(args: list) -> Any:
        if len(args) != 1:
            raise _overload_error("ThrowTerminatingError", args)
        raise CommandTerminated(command.own_record(args[0], "ThrowTerminatingError"), processor)

    methods = [
        _Method("ShouldProcess", should_process,
                "bool ShouldProcess(string target), bool ShouldProcess(string target, string action), "
                "bool ShouldProcess(string verboseDescription, string verboseWarning, string caption)"),
        _Method("ShouldContinue", should_continue, "bool ShouldContinue(string query, string caption)"),
        _Method("WriteObject", write_object,
                "void WriteObject(System.Object sendToPipeline), "
                "void WriteObject(System.Object sendToPipeline, bool enumerateCollection)"),
        _Method("WriteError", write_error, "void WriteError(System.Management.Automation.ErrorRecord errorRecord)"),
        _Method("WriteVerbose", stream("Verbose"), "void WriteVerbose(string text)"),
        _Method("WriteWarning", stream("Warning"), "void WriteWarning(string text)"),
        _Method("WriteDebug", stream("Debug"), "void WriteDebug(string text)"),
        _Method("ThrowTerminatingError", throw_terminating,
                "void ThrowTerminatingError(System.Management.Automation.ErrorRecord errorRecord)"),
    ]
    command_runtime = PSObject([("Host", None)], type_names=["System.Management.Automation.MshCommandRuntime",
                                                             "System.Object"], string_form=command.name)
    obj = PSObject([("ParameterSetName", processor.binder.set_name), ("MyInvocation", invocation),
                    ("CommandRuntime", command_runtime), ("CommandOrigin", "Runspace"), ("Stopping", False)],
                   type_names=PSCMDLET_TYPES)
    from pyshell.runtime.psmembers import add_script_method
    for method in methods:
        add_script_method(obj, method)  # type: ignore[arg-type] - any InstanceMethod is recorded alike
    return obj
