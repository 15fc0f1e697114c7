"""What a running command sees (CommandRuntime: where its output, errors and streams go) and the
common parameters that shape it (-ErrorAction, -OutVariable, -Verbose, ...). Cmdlets, functions and
scripts alike run with one."""
from __future__ import annotations

from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.runtime.context import PreferenceNotSupported
from pyshell.runtime.scope import SCOPE_NAMES, split_scope

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    from pyshell.language.source import Extent
    Emit = Callable[[Any], None]


class CommandRuntime:
    """What a running command sees: where its output and errors go.

    PowerShell keeps the lists of -ErrorVariable and -WarningVariable on the pipe a command writes
    its output to, so a command that writes straight into a script command's output (the last
    command of a pipeline in a function's body) also fills the function's variables. Here each
    command holds the lists its records go to: its own, and, when it is the last of its pipeline,
    those of the script command whose body runs it (`frame`, see `inherit`)."""

    def __init__(self, context: Any, extent: Extent, command_name: str):
        self.context = context
        self.extent = extent
        self.command_name = command_name
        self.downstream: Emit = lambda obj: None
        self.error_action: str | None = None
        self.error_lists: list[list] = []                 # -ErrorVariable lists errors written here go to
        self.warning_lists: list[list] = []               # the same for -WarningVariable
        self.information_lists: list[list] = []           # and for -InformationVariable
        self.errors_written = 0                           # non-terminating errors this command wrote
        self.stream_preferences: dict[str, str] = {}     # from -Verbose, -Debug, -WarningAction
        self.redirector: Any = None                       # streams.Redirector
        self.merged: Emit | None = None                   # where `2>&1` sends errors: output, not -OutVariable
        self.pipeline_variable: tuple | None = None       # -PipelineVariable: (scope's variables, name)
        self.qualifier = ""                               # the ",Type" suffix of the command's error ids
        # The script command (function, script, script block) whose body started this one: errors and
        # stream records this command does not redirect itself go where that one's would go.
        self.frame: CommandRuntime | None = context.command_frame

    def inherit(self) -> None:
        """This command writes into its frame's output: the frame's variable lists get its records too."""
        frame = self.frame
        if frame is not None:
            if frame.error_lists:
                self.error_lists = self.error_lists + frame.error_lists
            if frame.warning_lists:
                self.warning_lists = self.warning_lists + frame.warning_lists
            if frame.information_lists:
                self.information_lists = self.information_lists + frame.information_lists

    def emit(self, obj: Any) -> None:
        self.downstream(obj)

    def emit_error(self, record: ErrorRecord) -> None:
        self.errors_written += 1
        if not record.command_name:
            record.command_name = self.command_name
        if record.extent is None or record.extent.source is None:
            record.extent = self.extent
        action = self.error_action
        if (action or str(self.context.preference("erroractionpreference", "Continue"))).lower() == "inquire":
            # PowerShell asks before it writes the error; Yes to All writes the rest unasked.
            action = "Continue"
            if self._inquire(record.message):
                self.error_action = action
        self.context.write_error_record(record, action, self.route_error, self.error_lists)

    def route_error(self, record: ErrorRecord) -> bool:
        """Send an error to be shown through the redirections of this command and of the script
        commands around it (`f 2> $null` hides what f's body writes); False: to the host."""
        return self._route(lambda redirector, out: redirector.error(record, out))

    def route_stream(self, stream: str, text: str) -> bool:
        """The same for warning, verbose and debug text."""
        return self._route(lambda redirector, out: redirector.stream(stream, text, out))

    def _route(self, send: Any) -> bool:
        runtime: CommandRuntime | None = self
        while runtime is not None:
            redirector = runtime.redirector
            if redirector is not None and send(redirector, runtime.merged or runtime.downstream):
                return True
            runtime = runtime.frame
        return False

    def write_stream(self, stream: str, text: str) -> None:
        lists = self.warning_lists if stream == "warning" else self.information_lists if stream == "information" \
            else None
        if lists:
            # -WarningVariable and -InformationVariable keep the stream's records, as PowerShell's do
            from pyshell.runtime.streamrecords import stream_record
            record = stream_record(stream, text)
            for store in lists:
                store.append(record)
        try:
            inquire = self.context.write_stream(stream, text, self.stream_preferences.get(stream), self.route_stream)
        except PreferenceNotSupported as exc:
            raise self.qualified(exc) from None
        if inquire:
            if self._inquire(None):
                self.stream_preferences[stream] = "Continue"       # Yes to All: no more questions

    def qualified(self, error: PSError) -> PSError:
        """An error the command's own code raised, its id suffixed with the command's qualifier."""
        if self.qualifier and "," not in error.record.error_id:
            error.record.error_id = f"{error.record.error_id},{self.qualifier}"
        if not error.record.command_name:
            error.record.command_name = self.command_name
        if error.record.extent is None or error.record.extent.source is None:
            error.record.extent = self.extent
        return error

    def _inquire(self, message: str | None) -> bool:
        """Ask whether to go on (the preference is Inquire); True for Yes to All. Where nobody can
        answer (a script run with -Command or a file, input redirected) the command goes on without
        asking, as PowerShell does on a host that cannot prompt."""
        from pyshell.commands.should_process import NON_INTERACTIVE_MESSAGE, inquire
        host = self.context.host
        if not getattr(host, "interactive", False):
            return False

        def silent() -> PSError:
            return PSError(ErrorRecord(NON_INTERACTIVE_MESSAGE, "InvalidOperation", ErrorCategory.InvalidOperation,
                                       "PSInvalidOperationException", command_name=self.command_name,
                                       extent=self.extent))
        return inquire(host, message, silent)


SUSPEND_NOT_SUPPORTED = ("The {0} ActionPreference value is reserved for future use and is not supported at this "
                         "time. For more information about preference variables, see the Help topic, "
                         '"about_Preference_Variables."')


def _action(value: Any, name: str, runtime: CommandRuntime, qualifier: str = "") -> str:
    from pyshell.runtime.conversion import PSConversionError, to_enum
    from pyshell.runtime.preferences import ActionPreference
    from pyshell.runtime.values import AUTOMATION_NULL

    def failed(message: str, error_id: str, exception_type: str, inner: str, category: ErrorCategory) -> PSError:
        record = ErrorRecord(message, f"{error_id},{qualifier}" if qualifier else error_id, category,
                             exception_type, command_name=runtime.command_name, extent=runtime.extent,
                             inner_type=inner)
        return PSError(record)
    if value is None or value is AUTOMATION_NULL:
        # The property setter refuses null (PowerShell binds the common parameters to properties
        # of the command's runtime): ParameterBindingFailed around the failed conversion.
        from pyshell.runtime.errorobjects import make_exception
        cast = 'Cannot convert null to type "System.Management.Automation.ActionPreference".'
        setting = f'Exception setting "{name}": "{cast}"'
        error = failed(f"Cannot bind parameter '{name}' to the target. {setting}", "ParameterBindingFailed",
                       "ParameterBindingException", "PSInvalidCastException", ErrorCategory.WriteError)
        error.record.exception_object = make_exception(
            "ParameterBindingException", error.record.message,
            make_exception("SetValueInvocationException", setting, make_exception("PSInvalidCastException", cast)))
        return _raise(error)
    try:
        action = to_enum(value, ActionPreference).name
    except PSConversionError as exc:
        raise failed(f"Cannot bind parameter '{name}'. {exc.message}", "CannotConvertArgumentNoMessage",
                     "ParameterBindingException", "", ErrorCategory.InvalidArgument) from None
    if action == "Suspend":
        # Reserved for workflows: the runtime's setter throws NotSupportedException.
        raise failed(f'Cannot bind parameter \'{name}\' to the target. Exception setting "{name}": '
                     f'"{SUSPEND_NOT_SUPPORTED.format(action)}"', "ParameterBindingFailed",
                     "ParameterBindingException", "NotSupportedException", ErrorCategory.WriteError)
    return action


def _raise(error: PSError) -> str:
    raise error


def _variable_list(ctx: Any, value: Any) -> list:
    """The list a -ErrorVariable, -WarningVariable or -OutVariable fills: a new ArrayList that the
    variable holds from the moment the command starts, or with `+name` the list the variable holds
    already (an array or a single value is copied into a new one first). The name may carry a scope:
    `-OutVariable script:found`."""
    from pyshell.runtime.conversion import to_string
    from pyshell.runtime.values import AUTOMATION_NULL, ArrayList, GenericList
    text = to_string(value)
    append = text.startswith("+")
    if append:
        text = text[1:]
    prefix, key = split_scope(text, _SCOPES)
    key = key.lower()
    if prefix in ("variable", "local"):
        prefix = ""
    store: list = ArrayList()
    if append:
        existing = ctx.read_var(key, prefix)
        if isinstance(existing, (ArrayList, GenericList)):
            store = existing
        elif isinstance(existing, (list, tuple)):
            store.extend(existing)
        elif existing is not None and existing is not AUTOMATION_NULL:
            store.append(existing)
    ctx.set_var(key, store, prefix)
    return store


_SCOPES = SCOPE_NAMES + ("variable",)


def apply_common_parameters(ctx: Any, runtime: CommandRuntime, common: dict[str, Any],
                            qualifier: str = "") -> list | None:
    """Apply the common parameters a command was given; returns the -OutVariable list, if any.
    `qualifier` is the command's suffix of error ids (its implementing type, a function's name)."""
    from pyshell.runtime.conversion import to_bool, to_string
    runtime.qualifier = qualifier
    if "ErrorAction" in common:
        runtime.error_action = _action(common["ErrorAction"], "ErrorAction", runtime, qualifier)
    if "ErrorVariable" in common:
        runtime.error_lists = [_variable_list(ctx, common["ErrorVariable"])]
    if "WarningAction" in common:
        runtime.stream_preferences["warning"] = _action(common["WarningAction"], "WarningAction", runtime, qualifier)
    if "WarningVariable" in common:
        runtime.warning_lists = [_variable_list(ctx, common["WarningVariable"])]
    if "InformationAction" in common:
        runtime.stream_preferences["information"] = _action(common["InformationAction"], "InformationAction", runtime,
                                                            qualifier)
    if "InformationVariable" in common:
        runtime.information_lists = [_variable_list(ctx, common["InformationVariable"])]
    if "Verbose" in common:
        runtime.stream_preferences["verbose"] = "Continue" if to_bool(common["Verbose"]) else "SilentlyContinue"
    if "Debug" in common:
        # Windows PowerShell 5.1 asks after each debug message (Inquire); PowerShell 6.2 and later don't.
        runtime.stream_preferences["debug"] = "Inquire" if to_bool(common["Debug"]) else "SilentlyContinue"
    if "PipelineVariable" in common:
        prefix, key = split_scope(to_string(common["PipelineVariable"]), _SCOPES)
        scope = ctx.target_scope(prefix)
        scope.vars[key.lower()] = None
        runtime.pipeline_variable = (scope.vars, key.lower())
    if "OutVariable" in common:
        return _variable_list(ctx, common["OutVariable"])
    return None
