"""What a running command sees (CommandRuntime: where its output, errors and streams go) and the
common parameters that shape it (-ErrorAction, -OutVariable, -Verbose, ...). Cmdlets, functions and
scripts alike run with one."""
from __future__ import annotations

from pyshell.errors import ErrorCategory, ErrorRecord, PSError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    from pyshell.language.source import Extent
    Emit = Callable[[Any], None]


class CommandRuntime:
    """What a running command sees: where its output and errors go."""

    def __init__(self, context: Any, extent: Extent, command_name: str):
        self.context = context
        self.extent = extent
        self.command_name = command_name
        self.downstream: Emit = lambda obj: None
        self.error_action: str | None = None
        self.error_variable: list | None = None
        self.stream_preferences: dict[str, str] = {}     # from -Verbose, -Debug, -WarningAction
        self.warning_variable: list | None = None
        self.redirector: Any = None                       # streams.Redirector

    def emit(self, obj: Any) -> None:
        self.downstream(obj)

    def emit_error(self, record: ErrorRecord) -> None:
        if not record.command_name:
            record.command_name = self.command_name
        if record.extent is None or record.extent.source is None:
            record.extent = self.extent
        if self.error_variable is not None:
            from pyshell.runtime.errorobjects import error_object
            self.error_variable.append(error_object(record))
        route = None
        if self.redirector is not None:
            redirector = self.redirector
            route = lambda rec: redirector.error(rec, self.downstream)  # noqa: E731
        self.context.write_error_record(record, self.error_action, route)

    def write_stream(self, stream: str, text: str) -> None:
        if stream == "warning" and self.warning_variable is not None:
            self.warning_variable.append(text)
        route = None
        if self.redirector is not None:
            redirector = self.redirector
            route = lambda st, tx: redirector.stream(st, tx, self.downstream)  # noqa: E731
        self.context.write_stream(stream, text, self.stream_preferences.get(stream), route)



_ACTIONS = ("SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend")


def _action(value: Any, name: str, runtime: CommandRuntime) -> str:
    from pyshell.runtime.conversion import to_string
    text = to_string(value)
    for a in _ACTIONS:
        if a.lower() == text.strip().lower():
            return a
    raise PSError(ErrorRecord(
        f"Cannot bind parameter '{name}'. Cannot convert value \"{text}\" to type "
        '"System.Management.Automation.ActionPreference". Error: "Unable to match the identifier name '
        f"{text} to a valid enumerator name. Specify one of the following enumerator names and try again:\n"
        f'{", ".join(_ACTIONS)}"', "CannotConvertArgumentNoMessage", ErrorCategory.InvalidArgument,
        "ParameterBindingException", command_name=runtime.command_name, extent=runtime.extent))


def _variable_list(ctx: Any, value: Any) -> list:
    """-ErrorVariable / -OutVariable name: `+name` appends to what the variable holds."""
    from pyshell.runtime.conversion import to_string
    name = to_string(value)
    key = name.lstrip("+").lower()
    existing = ctx.get_var(key) if name.startswith("+") else None
    store = existing if isinstance(existing, list) else ([] if existing is None else [existing])
    ctx.set_var(key, store)
    return store


def apply_common_parameters(ctx: Any, runtime: CommandRuntime, common: dict[str, Any]) -> list | None:
    """Apply the common parameters a command was given; returns the -OutVariable list, if any."""
    from pyshell.runtime.conversion import to_bool
    if "ErrorAction" in common:
        runtime.error_action = _action(common["ErrorAction"], "ErrorAction", runtime)
    if "ErrorVariable" in common:
        runtime.error_variable = _variable_list(ctx, common["ErrorVariable"])
    if "WarningAction" in common:
        runtime.stream_preferences["warning"] = _action(common["WarningAction"], "WarningAction", runtime)
    if "WarningVariable" in common:
        runtime.warning_variable = _variable_list(ctx, common["WarningVariable"])
    if "Verbose" in common:
        runtime.stream_preferences["verbose"] = "Continue" if to_bool(common["Verbose"]) else "SilentlyContinue"
    if "Debug" in common:
        runtime.stream_preferences["debug"] = "Continue" if to_bool(common["Debug"]) else "SilentlyContinue"
    if "OutVariable" in common:
        return _variable_list(ctx, common["OutVariable"])
    return None
