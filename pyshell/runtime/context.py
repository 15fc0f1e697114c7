"""The ExecutionContext: one session's state — scopes, host, command table, module state.

The Shell creates exactly one per session; nothing here is global.
"""
from __future__ import annotations

import os
from pyshell.errors import ErrorCategory, ErrorRecord, PSError  # noqa: F401
from pyshell.language.source import MISSING as MISSING_EXTENT, Extent
from pyshell.runtime.scope import MISSING, Scope, make_private, mark_private
from pyshell.runtime.values import ArrayList

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MAX_CALL_DEPTH = 200

_SCOPE_PREFIXES = ("global", "script", "local", "private", "variable")


class ErrorList(ArrayList):
    """$Error's ArrayList. Walking it walks the records it held when the walk began: errors written
    meanwhile (`$Error | ForEach-Object { Write-Error $_ }`) go in front of it and are not walked
    again. (PowerShell stops such a walk with "Collection was modified".)"""

    __slots__ = ()

    def __iter__(self) -> Any:
        return iter(list(list.__iter__(self)))


class ExecutionContext:
    def __init__(self, host: Any, settings: dict[str, Any] | None = None):
        self.host = host
        self.settings = dict(settings or {})
        self.global_scope = Scope(None, is_script=True)
        self.scope = self.global_scope
        self.script_scope = self.global_scope
        self.env: dict[str, str] = dict(os.environ)
        self.commands: Any = None            # pyshell.commands.registry.CommandTable
        self._views: Any = None              # see `views`
        from pyshell.commands.module import ModuleTypes
        self.module_types = ModuleTypes()    # {name: type} scripts may name, from the modules
        self.modules: dict[str, Any] = {}    # name -> Module
        self._module_state: dict[str, Any] = {}
        # $Error: ErrorRecord objects as scripts see them, newest first. The ArrayList itself is the
        # variable's value, as in PowerShell: $Error.Clear() and $Error.Remove($e) change it.
        self.errors: list[Any] = ErrorList()
        # $?: False from the moment a command fails; a statement that ends without a failure sets it
        # back to True (compile_statements.statements). `failures` counts the failures, so a
        # statement can tell whether one happened while it ran.
        self.failures = 0
        # `exit` in a script file ends that script only, unless the host runs the script as part of
        # starting the session (the profile): then it ends the session, as in PowerShell.
        self.exit_ends_session = False
        self._last_success = True
        self.stopped = False                 # the last input was stopped by Ctrl+C (history says Stopped)
        self.call_depth = 0
        self.frames: list[Any] = []          # the script blocks and functions running, innermost last (callstack.py)
        self.compiler: Any = None
        self.current_source: Any = None
        self.try_depth = 0                   # > 0 while a try block or trap is waiting for errors
        # The runtime of the script command (function, script, script block) whose body is running:
        # the commands it starts send errors through it, and fill its -ErrorVariable (runtime.py).
        self.command_frame: Any = None
        self.error_sink: Any = None          # set by the Shell: shows one ErrorRecord
        self.stream_sink: Any = None         # set by the Shell: (stream, text) -> None
        # Takes the information records the preference keeps from the host: a [powershell]
        # instance keeps them in its Information stream (powershellapi.py). None: they are dropped.
        self.information_sink: Any = None
        self.history: list[Any] = []         # interactive inputs, oldest first (runtime/history.py)
        self.history_replacement: str | None = None   # Invoke-History: the line to record instead
        # Teaching and tracing tools; each is None (off) unless its command turned it on, so the
        # engine pays one attribute test where it looks (see the modules named).
        self.strict_on = False               # Set-StrictMode has set a version somewhere (runtime/strict.py)
        self.instance_members: dict[int, Any] | None = None     # Add-Member on plain values (extended.py)
        self.psdebug: Any = None             # Set-PSDebug -Trace/-Step (runtime/psdebug.py)
        self.binding_tracer: Any = None      # Trace-Command ParameterBinding (commands/binding_trace.py)
        self.pipeline_tracer: Any = None     # Trace-Pipeline, --explain (commands/pipeline_trace.py)
        self.transcripts: list[Any] = []     # Start-Transcript (transcript.py)
        # The session's own current location (never the process's working directory, so sessions
        # stay independent), the drive it was reached through ("" for the native one), the drives
        # the session added (Pester's TestDrive:) and Push-Location's stacks (runtime/location.py).
        self.location: str = os.path.abspath(os.getcwd())
        self.location_drive: str = ""
        self.provider_location: str | None = None    # a session-state drive (Env, ...) the location is on
        # $ExecutionContext.SessionState.Path: its CurrentLocation follows the location (location.py).
        self.path_intrinsics: Any = None
        # Each scope's execution policy (runtime/executionpolicy.py), made when first asked for.
        self.execution_policies: dict[str, Any] | None = None
        # The syntax tree and text of the last input typed or given with -Command, whose first and
        # last tokens $^ and $$ name (edgetokens.py works them out when they are read).
        self.last_input: tuple[Any, str] | None = None
        self.drives: dict[str, Any] = {}
        self.culture: Any = None             # the current culture, made when first read (runtime/culture.py)
        self.location_stacks: dict[str, list[Any]] = {}
        self.default_stack: str = "default"

    @property
    def views(self) -> Any:
        """The session's views (pyshell.format.registry.ViewRegistry), from its modules: made the
        first time anything is formatted, so a session that writes nothing never loads them."""
        if self._views is None:
            from pyshell.format.registry import ViewRegistry
            views = ViewRegistry()
            for module in self.modules.values():
                views.add_module(module)
            self._views = views
        return self._views

    @views.setter
    def views(self, registry: Any) -> None:
        self._views = registry

    @property
    def last_success(self) -> bool:
        return self._last_success

    @last_success.setter
    def last_success(self, value: bool) -> None:
        if not value:
            self.failures += 1
        self._last_success = value

    # -- errors and streams ------------------------------------------------------------------------
    def record_error(self, record: ErrorRecord) -> None:
        """A terminating error caught by a try, a trap or the end of a statement: into $Error, and
        into the -ErrorVariable lists of the script command whose body it stopped in."""
        obj = self._dollar_error(record)
        frame = self.command_frame
        if frame is not None:
            for store in frame.error_lists:
                store.append(obj)

    def _dollar_error(self, record: ErrorRecord) -> Any:
        from pyshell.runtime.callstack import lock_stack_trace
        from pyshell.runtime.errorobjects import error_object
        lock_stack_trace(self, record)
        obj = error_object(record)
        self.errors.insert(0, obj)
        del self.errors[256:]
        self.last_success = False
        return obj

    def report_error(self, record: ErrorRecord) -> None:
        """A terminating error that reached the top of a statement: keep it in $Error and show it."""
        self.record_error(record)
        if self.error_sink is not None:
            self.error_sink(record)

    def write_error_record(self, record: ErrorRecord, action: str | None = None,
                           route: Any = None, lists: Any = ()) -> None:
        """A non-terminating error, handled by -ErrorAction or $ErrorActionPreference.
        `route(record) -> bool` may take the error instead of the host (redirection); `lists` are the
        -ErrorVariable lists that get it (not when it is ignored)."""
        pref = (action or self.preference("erroractionpreference", "Continue")).lower()
        if pref == "ignore":
            self.last_success = False
            return
        if pref == "stop":
            # $Error gets it where the error is caught or reported; the lists get it now, as
            # the ActionPreferenceStopException that stops the command.
            if lists:
                from pyshell.runtime.errorobjects import stop_exception_object
                stopped = stop_exception_object(record)
                for store in lists:
                    store.append(stopped)
            error = PSError(record, script_terminating=True)
            error.action_stop = True        # an ActionPreferenceStopException around the record
            raise error
        obj = self._dollar_error(record)
        for store in lists:
            store.append(obj)
        if pref == "silentlycontinue":
            return
        if route is not None and route(record):
            return
        if self.error_sink is not None:
            self.error_sink(record)

    def write_stream(self, stream: str, text: str, preference: str | None = None, route: Any = None) -> bool:
        """Warning, verbose and debug text, shown as the preference (or a command's override) says.
        True when the preference is Inquire: the command then asks whether to go on."""
        prefs = {"warning": ("warningpreference", "Continue"), "verbose": ("verbosepreference", "SilentlyContinue"),
                 "debug": ("debugpreference", "SilentlyContinue"),
                 "information": ("informationpreference", "SilentlyContinue")}
        name, default = prefs.get(stream, ("", "Continue"))
        pref = (preference or (self.preference(name, default) if name else "Continue")).lower()
        if pref == "ignore":
            return False
        if pref == "silentlycontinue":
            # An information record still goes where a redirection (6>&1) sends it: the preference
            # decides only whether the console shows it. The other streams' records are dropped.
            if stream == "information":
                if route is not None and route(stream, text):
                    return False
                if self.information_sink is not None:
                    self.information_sink(text)
            return False
        if route is not None and route(stream, text):
            pass
        elif self.stream_sink is not None:
            self.stream_sink(stream, text)
        if pref == "stop":
            raise PSError(ErrorRecord(
                f"The running command stopped because the preference variable \"{name[:-10].capitalize()}Preference\" "
                f"or common parameter is set to Stop: {text}", "ActionPreferenceStop", ErrorCategory.OperationStopped,
                "ActionPreferenceStopException"), script_terminating=True)
        return pref == "inquire"

    # -- modules -------------------------------------------------------------------------------
    def module_state(self, name: str) -> Any:
        key = name.lower()
        state = self._module_state.get(key)
        if state is None:
            module = self.modules.get(key)
            if module is None or module.state_factory is None:
                raise KeyError(name)
            state = module.state_factory(self)
            self._module_state[key] = state
        return state

    def close(self) -> None:
        for state in self._module_state.values():
            closer = getattr(state, "close", None)
            if closer is not None:
                closer()
        self._module_state.clear()

    # -- variables -----------------------------------------------------------------------------
    def get_var(self, key: str, default: Any = None) -> Any:
        v = self.scope.lookup(key)
        return default if v is MISSING else v

    def has_var(self, key: str) -> bool:
        return self.scope.lookup(key) is not MISSING

    def target_scope(self, prefix: str) -> Scope:
        if prefix == "global":
            return self.global_scope
        if prefix == "script":
            return self.script_scope
        return self.scope

    def set_var(self, key: str, value: Any, prefix: str = "") -> None:
        if prefix == "env":
            from pyshell.runtime.environment import env_set
            env_set(self.env, key, value)
            return
        scope = self.target_scope(prefix)
        key = key.lower()
        if scope.constraints:
            ref = scope.constraints.get(key)
            if ref is not None:
                value = ref.convert(value)      # a typed variable's type; VariableNotWritable if read-only
        scope.vars[key] = value
        if prefix == "private":
            make_private(scope, key)

    def read_var(self, key: str, prefix: str = "") -> Any:
        if prefix == "env":
            from pyshell.runtime.environment import env_get
            return env_get(self.env, key)
        if prefix in ("global", "script"):
            v = self.target_scope(prefix).vars.get(key, MISSING)
            return None if v is MISSING else v
        if prefix in ("local", "private"):
            return self.scope.vars.get(key)
        return self.get_var(key)

    def has_scoped_var(self, key: str, prefix: str = "") -> bool:
        """Whether `read_var(key, prefix)` finds a variable that is set (even to $null)."""
        if prefix in ("global", "script"):
            return key in self.target_scope(prefix).vars
        if prefix in ("local", "private"):
            return key in self.scope.vars
        return self.has_var(key)

    def remove_var(self, key: str, prefix: str = "") -> bool:
        scope: Scope | None = self.target_scope(prefix)
        while scope is not None:
            if key in scope.vars:
                del scope.vars[key]
                mark_private(scope, key, False)
                return True
            if prefix:
                return False
            scope = scope.parent
        return False

    def push_scope(self, is_script: bool = False) -> Scope:
        parent = self.scope
        self.scope = Scope(parent, is_script)
        if is_script:
            self.script_scope = self.scope
        return parent

    def pop_scope(self, parent: Scope, script_scope: Scope | None = None) -> None:
        self.scope = parent
        if script_scope is not None:
            self.script_scope = script_scope

    # -- preferences -----------------------------------------------------------------------------
    def preference(self, name: str, default: str) -> str:
        v = self.get_var(name.lower())
        if v is None:
            return default
        text = str(v)
        if text.lower() == "suspend" and name.lower() in _ACTION_PREFERENCES:
            # Suspend is for workflows: PowerShell's GetEnumPreference puts the default back and
            # throws NotSupportedException (ExecutionContext.CheckActionPreference).
            from pyshell.runtime.preferences import RESERVED_REPLACED, DEFAULTS
            start = DEFAULTS[name.lower()][1]
            self.set_var(name.lower(), start)
            display = _ACTION_PREFERENCES[name.lower()]
            raise PreferenceNotSupported(ErrorRecord(
                RESERVED_REPLACED.format("Suspend", display, start), "System.NotSupportedException",
                ErrorCategory.NotSpecified, "NotSupportedException"))
        return text

    @property
    def enumeration_limit(self) -> int:
        v = self.get_var("formatenumerationlimit", 4)
        try:
            return int(v)
        except (TypeError, ValueError):
            return 4

    @property
    def ofs(self) -> str:
        v = self.get_var("ofs")
        return " " if v is None else str(v)


_ACTION_PREFERENCES = {name.lower(): name for name in (
    "ErrorActionPreference", "WarningPreference", "VerbosePreference", "DebugPreference", "ProgressPreference",
    "InformationPreference")}


class PreferenceNotSupported(PSError):
    """A preference variable holds a value PowerShell reserves (Suspend): the command that read it
    stops. Its error id takes the command's suffix where the command reads it (runtime.py)."""


def runtime_error(message: str, error_id: str, extent: Extent | None, category: ErrorCategory =
                  ErrorCategory.InvalidOperation, exception_type: str = "RuntimeException",
                  target: Any = None) -> PSError:
    return PSError(ErrorRecord(message=message, error_id=error_id, category=category,
                               exception_type=exception_type, extent=extent or MISSING_EXTENT, target=target))
