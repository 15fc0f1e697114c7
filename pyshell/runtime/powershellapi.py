"""[powershell] (System.Management.Automation.PowerShell) and [runspacefactory]: a script runs other
script in a session of its own and reads what each stream got, as PowerShell's hosting API lets it:

    $ps = [powershell]::Create()
    $ps.AddScript('function f { [CmdletBinding()] param() Write-Verbose v; "out" }').Invoke()
    $ps.Commands.Clear()
    $out = $ps.AddCommand('f').AddParameter('Verbose', $true).Invoke()
    $ps.Streams.Verbose[0].Message      # v

Each instance gets a new session (a runspace), unless its Runspace is set to one made by
[runspacefactory]::CreateRunspace(). The session is pyshell's own, with the modules of the
session that made it, a throw-away management store and a host that cannot prompt. Commands
added one after another form a pipeline, AddStatement starts the next one. Invoke() runs them and
returns the output; what the error, warning, verbose, debug, information and progress streams got
is in Streams. A terminating error comes out of Invoke() as PowerShell's MethodInvocationException
around the error. BeginInvoke() runs at once too (nothing here runs in the background); EndInvoke()
gives its output, or throws its error.

[initialsessionstate]::Create() gives an empty InitialSessionState whose ImportPSModule refuses
$null, as .NET's does; pyshell runs no session from one.
"""
from __future__ import annotations

from pyshell.runtime.values import NOT_A_MEMBER, PSHashtable, PSObject, property_in

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

_NS = "System.Management.Automation"
POWERSHELL = f"{_NS}.PowerShell"
RUNSPACE = f"{_NS}.Runspaces.LocalRunspace"
STATE_INFO = f"{_NS}.PSInvocationStateInfo"


class _Streams:
    """PSDataStreams: one collection per stream."""

    ps_type_name = f"{_NS}.PSDataStreams"
    NAMES = ("Error", "Progress", "Verbose", "Debug", "Warning", "Information")

    def __init__(self) -> None:
        from pyshell.runtime.values import ArrayList
        self.lists = {name.lower(): ArrayList() for name in self.NAMES}

    def clear(self) -> None:
        for items in self.lists.values():
            items.clear()

    def ps_properties(self) -> list[tuple[str, Any]]:
        return [(name, self.lists[name.lower()]) for name in self.NAMES]

    def ps_property(self, key: str) -> Any:
        return self.lists.get(key, NOT_A_MEMBER)

    def ps_to_string(self) -> str:
        return self.ps_type_name

    def ps_method_table(self) -> dict[str, tuple[str, str, Callable[..., Any]]]:
        return {"clearstreams": ("ClearStreams", "void ClearStreams()", lambda self: self.clear())}


class _Commands:
    """PSCommand: the commands added so far, as statements of pipelines of commands."""

    ps_type_name = f"{_NS}.PSCommand"

    def __init__(self) -> None:
        self.statements: list[list[dict[str, Any]]] = [[]]

    def clear(self) -> None:
        self.statements = [[]]

    @property
    def current(self) -> list[dict[str, Any]]:
        return self.statements[-1]

    def ps_properties(self) -> list[tuple[str, Any]]:
        names = [c["text"] for statement in self.statements for c in statement]
        return [("Commands", names)]

    def ps_property(self, key: str) -> Any:
        return property_in(self.ps_properties(), key)

    def ps_to_string(self) -> str:
        return self.ps_type_name

    def ps_method_table(self) -> dict[str, tuple[str, str, Callable[..., Any]]]:
        return {"clear": ("Clear", "void Clear()", lambda self: self.clear())}


class Runspace:
    """A session of its own ([runspacefactory]::CreateRunspace()): made when first used."""

    ps_type_name = RUNSPACE

    def __init__(self, parent: Any):
        self.parent = parent                 # the ExecutionContext that made it
        self.shell: Any = None
        self.state = "BeforeOpen"

    def session(self) -> Any:
        if self.shell is None:
            from pyshell.host import CaptureHost
            from pyshell.shell import Shell
            self.shell = Shell(CaptureHost(width=120), store=":memory:")
            if self.state == "BeforeOpen":
                self.state = "Opened"
        return self.shell

    def open(self) -> None:
        self.session()
        self.state = "Opened"

    def close(self) -> None:
        if self.shell is not None:
            self.shell.close()
            self.shell = None
        self.state = "Closed"

    def ps_properties(self) -> list[tuple[str, Any]]:
        state = PSObject([("State", self.state), ("Reason", None)], type_names=[f"{_NS}.Runspaces.RunspaceStateInfo",
                                                                               "System.Object"],
                         string_form=self.state)
        return [("RunspaceStateInfo", state), ("RunspaceAvailability", "Available" if self.state == "Opened" else "None")]

    def ps_property(self, key: str) -> Any:
        return property_in(self.ps_properties(), key)

    def ps_to_string(self) -> str:
        return RUNSPACE

    def ps_method_table(self) -> dict[str, tuple[str, str, Callable[..., Any]]]:
        return _RUNSPACE_METHODS


_RUNSPACE_METHODS: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "open": ("Open", "void Open()", Runspace.open),
    "openasync": ("OpenAsync", "void OpenAsync()", Runspace.open),
    "close": ("Close", "void Close()", Runspace.close),
    "dispose": ("Dispose", "void Dispose()", Runspace.close),
}


class _Collector:
    """Takes the output objects of a run (the Shell's output_sink)."""

    def __init__(self) -> None:
        from pyshell.runtime.values import GenericList
        self.items: list[Any] = []
        self.list_type = GenericList

    def push(self, obj: Any) -> None:
        self.items.append(obj)

    def close(self) -> None:
        pass


class PowerShellApi:
    """One [powershell] instance."""

    ps_type_name = POWERSHELL

    def __init__(self, parent: Any):
        self.parent = parent
        self.runspace: Runspace | None = None
        self.commands = _Commands()
        self.streams = _Streams()
        self.state = "NotStarted"
        self.reason: Any = None
        self.had_errors = False
        self.pending: tuple[list[Any], Any] | None = None     # BeginInvoke's result, for EndInvoke
        self.owns_runspace = False

    # -- building the commands --------------------------------------------------------------------
    def add_script(self, script: Any, use_local_scope: Any = False) -> PowerShellApi:
        from pyshell.runtime.conversion import to_bool, to_string
        self.commands.current.append({"kind": "script", "text": to_string(script), "named": [], "args": [],
                                      "local": to_bool(use_local_scope)})
        return self

    def add_command(self, command: Any, use_local_scope: Any = False) -> PowerShellApi:
        from pyshell.runtime.conversion import to_string
        self.commands.current.append({"kind": "command", "text": to_string(command), "named": [], "args": []})
        return self

    def add_parameter(self, name: Any, *value: Any) -> PowerShellApi:
        from pyshell.runtime.conversion import to_string
        from pyshell.runtime.values import SwitchParameter
        self._last("AddParameter")["named"].append((to_string(name), value[0] if value else SwitchParameter.of(True)))
        return self

    def add_parameters(self, parameters: Any) -> PowerShellApi:
        from pyshell.runtime.conversion import to_string
        entry = self._last("AddParameters")
        if isinstance(parameters, dict):
            for key, value in parameters.items():
                entry["named"].append((to_string(key), value))
        else:
            entry["args"].extend(parameters if isinstance(parameters, (list, tuple)) else [parameters])
        return self

    def add_argument(self, value: Any) -> PowerShellApi:
        self._last("AddArgument")["args"].append(value)
        return self

    def add_statement(self) -> PowerShellApi:
        if self.commands.current:
            self.commands.statements.append([])
        return self

    def _last(self, method: str) -> dict[str, Any]:
        if not self.commands.current:
            raise ValueError("A command is required to add a parameter. A command must be added to the PowerShell "
                             "instance before adding a parameter.")
        return self.commands.current[-1]

    # -- running ----------------------------------------------------------------------------------
    def _session(self) -> Any:
        if self.runspace is None:
            self.runspace = Runspace(self.parent)
            self.owns_runspace = True
        return self.runspace.session()

    def invoke(self, *args: Any) -> Any:
        output, failure = self._run()
        if failure is not None:
            raise _invoke_error("Invoke", len(args), failure)
        return output

    def begin_invoke(self, *args: Any) -> Any:
        self.pending = self._run()
        return PSObject([("IsCompleted", True), ("CompletedSynchronously", True), ("AsyncState", None)],
                        type_names=[f"{_NS}.PowerShellAsyncResult", "System.Object"],
                        string_form=f"{_NS}.PowerShellAsyncResult")

    def end_invoke(self, result: Any) -> Any:
        pending, self.pending = self.pending, None
        if pending is None:
            raise ValueError("The IAsyncResult object provided does not match this PowerShell instance.")
        output, failure = pending
        if failure is not None:
            raise _invoke_error("EndInvoke", 1, failure)
        return output

    def stop(self) -> None:
        self.state = "Stopped"

    def dispose(self) -> None:
        """Close the session the instance made for itself; a runspace it was given stays open."""
        if self.runspace is not None and self.owns_runspace:
            self.runspace.close()
            self.runspace = None

    def _run(self) -> tuple[Any, Any]:
        from pyshell.errors import PSError
        from pyshell.runtime.values import GenericList
        statements = [s for s in self.commands.statements if s]
        if not statements:
            raise ValueError("No commands are specified.")
        shell = self._session()
        ctx = shell.context
        collector = _Collector()
        failure: Any = None
        saved = ctx.error_sink, ctx.stream_sink, ctx.information_sink, shell.output_sink
        streams = self.streams.lists
        host = shell.host
        progress_before = len(host.progress) if hasattr(host, "progress") else 0

        def on_error(record: Any) -> None:
            from pyshell.runtime.errorobjects import error_object
            self.had_errors = True
            streams["error"].append(error_object(record))

        def on_stream(stream: str, text: Any) -> None:
            from pyshell.runtime.streamrecords import stream_record
            if stream in streams:
                streams[stream].append(stream_record(stream, text) if isinstance(text, str) else text)

        ctx.error_sink, ctx.stream_sink, ctx.information_sink = on_error, on_stream, \
            (lambda text: on_stream("information", text))
        shell.output_sink = collector
        self.state = "Running"
        try:
            for statement in statements:
                try:
                    _run_statement(shell, statement)
                except PSError as exc:
                    failure = exc
                    # An error that ended a command the instance invoked reaches the caller as
                    # the CmdletInvocationException around it.
                    exc.command_wrapped = any(entry["kind"] == "command" for entry in statement)
                    break
        finally:
            ctx.error_sink, ctx.stream_sink, ctx.information_sink, shell.output_sink = saved
            if hasattr(host, "progress"):
                from pyshell.runtime.values import PSObject as _P
                for record in host.progress[progress_before:]:
                    streams["progress"].append(_P([("Activity", record.activity), ("StatusDescription", record.status),
                                                   ("PercentComplete", record.percent)],
                                                  type_names=[f"{_NS}.ProgressRecord", "System.Object"],
                                                  string_form=record.activity))
        if failure is not None:
            self.state, self.reason = "Failed", failure
            self.had_errors = True
        else:
            self.state, self.reason = "Completed", None
        output = GenericList(collector.items)
        output.element_name = "psobject"
        return output, failure

    # -- what PowerShell asks of a value --------------------------------------------------------
    def ps_properties(self) -> list[tuple[str, Any]]:
        reason = None
        if self.reason is not None:
            from pyshell.runtime.errorobjects import error_object
            reason = error_object(self.reason.record).get("Exception")
        info = PSObject([("State", self.state), ("Reason", reason)], type_names=[STATE_INFO, "System.Object"],
                        string_form=self.state)
        return [("Commands", self.commands), ("Streams", self.streams), ("InvocationStateInfo", info),
                ("Runspace", self.runspace), ("RunspacePool", None), ("HadErrors", self.had_errors),
                ("IsNested", False), ("InstanceId", None)]

    def ps_property(self, key: str) -> Any:
        return property_in(self.ps_properties(), key)

    def ps_set_property(self, key: str, value: Any) -> bool:
        if key == "runspace":
            if value is not None and not isinstance(value, Runspace):
                return False
            self.runspace, self.owns_runspace = value, False
            return True
        if key == "runspacepool":
            return value is None
        return False

    def ps_to_string(self) -> str:
        return POWERSHELL

    def ps_method_table(self) -> dict[str, tuple[str, str, Callable[..., Any]]]:
        return _METHODS


_METHODS: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "addscript": ("AddScript", "powershell AddScript(string script), powershell AddScript(string script, bool useLocalScope)",
                  PowerShellApi.add_script),
    "addcommand": ("AddCommand", "powershell AddCommand(string cmdlet), powershell AddCommand(string cmdlet, bool useLocalScope)",
                   PowerShellApi.add_command),
    "addparameter": ("AddParameter", "powershell AddParameter(string parameterName, System.Object value), "
                     "powershell AddParameter(string parameterName)", PowerShellApi.add_parameter),
    "addparameters": ("AddParameters", "powershell AddParameters(System.Collections.IDictionary parameters), "
                      "powershell AddParameters(System.Collections.IList parameters)", PowerShellApi.add_parameters),
    "addargument": ("AddArgument", "powershell AddArgument(System.Object value)", PowerShellApi.add_argument),
    "addstatement": ("AddStatement", "powershell AddStatement()", PowerShellApi.add_statement),
    "invoke": ("Invoke", "System.Collections.ObjectModel.Collection[psobject] Invoke()", PowerShellApi.invoke),
    "begininvoke": ("BeginInvoke", "System.IAsyncResult BeginInvoke()", PowerShellApi.begin_invoke),
    "endinvoke": ("EndInvoke", "System.Management.Automation.PSDataCollection[psobject] EndInvoke(System.IAsyncResult asyncResult)",
                  PowerShellApi.end_invoke),
    "stop": ("Stop", "void Stop()", PowerShellApi.stop),
    "dispose": ("Dispose", "void Dispose()", PowerShellApi.dispose),
}


def _run_statement(shell: Any, statement: list[dict[str, Any]]) -> None:
    """One pipeline of the added commands, run in the instance's session: a script alone runs as
    typed there (in its global scope, so what it defines stays for the next Invoke); commands and
    scripts in a pipeline are invoked with their parameters splatted."""
    ctx = shell.context
    vars_ = ctx.global_scope.vars
    if len(statement) == 1 and statement[0]["kind"] == "script" and not statement[0]["named"] \
            and not statement[0]["args"]:
        _run_text(shell, statement[0]["text"], local=statement[0].get("local", False))
        return
    parts = []
    for i, entry in enumerate(statement):
        named = PSHashtable()
        for key, value in entry["named"]:
            named[key] = value
        vars_[f"__psapi_n{i}"] = named
        vars_[f"__psapi_a{i}"] = list(entry["args"])
        if entry["kind"] == "script":
            vars_[f"__psapi_c{i}"] = entry["text"]
            parts.append(f"& ([scriptblock]::Create($__psapi_c{i})) @__psapi_a{i} @__psapi_n{i}")
        else:
            vars_[f"__psapi_c{i}"] = entry["text"]
            parts.append(f"& $__psapi_c{i} @__psapi_a{i} @__psapi_n{i}")
    try:
        _run_pipeline(shell, " | ".join(parts))
    finally:
        for i in range(len(statement)):
            for prefix in ("n", "a", "c"):
                vars_.pop(f"__psapi_{prefix}{i}", None)


def _run_text(shell: Any, text: str, local: bool) -> None:
    """Run `text` in the session, its output to the session's output sink; a terminating error
    that no statement handled is raised (not shown)."""
    from pyshell.commands.functions import ScriptBlockProcessor
    from pyshell.commands.streams import error_text
    from pyshell.errors import ErrorCategory, ErrorRecord, PSError
    from pyshell.language.parser import parse
    from pyshell.runtime.scriptblock import ScriptBlock
    ctx = shell.context
    out = shell.output_sink
    result = parse(text)
    if result.errors:
        first = result.errors[0]
        raise PSError(ErrorRecord(first.message, first.error_id, ErrorCategory.ParserError,
                                  "ParseException", extent=first.extent, parse_errors=list(result.errors)))
    block = ctx.compiler.script_block(result.tree)
    proc = ScriptBlockProcessor(ctx, ScriptBlock(result.tree, block), [], result.tree.extent, dot=not local,
                                expects_input=False)
    proc.runtime.downstream = lambda obj: out.push(error_text(obj, ctx))

    def run() -> None:
        proc.begin()
        proc.process_alone()
        proc.end()
    _unwinding(shell, proc, run)


def _run_pipeline(shell: Any, text: str) -> None:
    """Run the one pipeline `text` holds as the instance's pipeline: not as a statement of a script,
    so a terminating error of one of its commands ends the run (Invoke throws it) instead of
    being reported as a statement's error."""
    from pyshell.commands.streams import error_text
    from pyshell.language.parser import parse
    ctx = shell.context
    out = shell.output_sink
    tree = parse(text).tree
    node = tree.end.statements[0]
    statement = ctx.compiler.statement(node)
    _unwinding(shell, None, lambda: statement(ctx, lambda obj: out.push(error_text(obj, ctx))))


def _unwinding(shell: Any, proc: Any, run: Callable[[], None]) -> None:
    """Run `run`; a terminating error ends the run (unwound, kept in $Error, raised on) and a
    break, continue or exit that left it ends it quietly."""
    from pyshell.errors import PSError
    from pyshell.runtime.flow import FlowSignal
    try:
        run()
    except PSError as exc:
        shell._unwind(proc)
        shell.context.record_error(exc.record)
        raise
    except FlowSignal:
        shell._unwind(proc)


def _invoke_error(method: str, count: int, failure: Any) -> Exception:
    """What a terminating error inside the instance becomes in the caller: PowerShell's
    MethodInvocationException around the exception the run ended with."""
    from pyshell.errors import ErrorCategory, ErrorRecord, PSError
    from pyshell.runtime.errorobjects import error_object, make_exception
    record = failure.record
    own = error_object(record).get("Exception")
    if getattr(failure, "action_stop", False):
        message = ('The running command stopped because the preference variable "ErrorActionPreference" or common '
                   f"parameter is set to Stop: {record.message}")
        inner = make_exception("ActionPreferenceStopException", message, ErrorRecord=error_object(record))
        short = "ActionPreferenceStopException"
    elif getattr(failure, "thrown", False) or getattr(failure, "from_throw", False) or record.parse_errors:
        inner, short = own, record.exception_type
        message = record.message
    elif getattr(failure, "command_wrapped", False):
        message = record.message
        inner = make_exception("CmdletInvocationException", message, own, ErrorRecord=error_object(record))
        short = "CmdletInvocationException"
    else:
        inner, short, message = own, record.exception_type, record.message
    text = f'Exception calling "{method}" with "{count}" argument(s): "{message}"'
    outer = ErrorRecord(text, short, ErrorCategory.NotSpecified, "MethodInvocationException",
                        inner_type=short, inner_message=message)
    outer.exception_object = make_exception("MethodInvocationException", text, inner, ErrorRecord=None)
    return PSError(outer)


class _InitialSessionState:
    ps_type_name = f"{_NS}.Runspaces.InitialSessionState"

    def import_ps_module(self, *names: Any) -> None:
        if not names or names[0] is None:
            from pyshell.runtime.operators import PSOperatorError
            raise PSOperatorError("Value cannot be null.\r\nParameter name: name", "ArgumentNullException",
                                  inner="ArgumentNullException")

    def ps_properties(self) -> list[tuple[str, Any]]:
        return [("LanguageMode", "FullLanguage"), ("ExecutionPolicy", "Default")]

    def ps_property(self, key: str) -> Any:
        return property_in(self.ps_properties(), key)

    def ps_to_string(self) -> str:
        return self.ps_type_name

    def ps_method_table(self) -> dict[str, tuple[str, str, Callable[..., Any]]]:
        return {"importpsmodule": ("ImportPSModule", "void ImportPSModule(string[] name)",
                                   _InitialSessionState.import_ps_module)}


class _StaticType:
    def __init__(self, name: str, instance: type | None = None):
        self.ps_type_name = name
        self.instance = instance

    def ps_convert(self, value: Any) -> Any:
        if value is None or (self.instance is not None and isinstance(value, self.instance)):
            return value
        from pyshell.runtime.conversion import PSConversionError
        raise PSConversionError(value, self.ps_type_name)


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.types import TypeRef

    def create(ctx: Any, *args: Any) -> PowerShellApi:
        return PowerShellApi(ctx)
    create.takes_context = True      # type: ignore[attr-defined]

    def create_runspace(ctx: Any, *args: Any) -> Runspace:
        return Runspace(ctx)
    create_runspace.takes_context = True      # type: ignore[attr-defined]

    add((POWERSHELL, "Management.Automation.PowerShell", "powershell"),
        TypeRef(POWERSHELL, _StaticType(POWERSHELL, PowerShellApi), {"create": create},
                lambda value: isinstance(value, PowerShellApi)))
    factory = f"{_NS}.Runspaces.RunspaceFactory"
    add((factory, "Management.Automation.Runspaces.RunspaceFactory", "runspacefactory"),
        TypeRef(factory, _StaticType(factory), {"createrunspace": create_runspace}, lambda value: False))
    iss = f"{_NS}.Runspaces.InitialSessionState"
    add((iss, "Management.Automation.Runspaces.InitialSessionState", "initialsessionstate"),
        TypeRef(iss, _StaticType(iss, _InitialSessionState),
                {"create": lambda *a: _InitialSessionState(), "createdefault": lambda *a: _InitialSessionState(),
                 "createdefault2": lambda *a: _InitialSessionState()},
                lambda value: isinstance(value, _InitialSessionState)))


NAMES = (POWERSHELL, "Management.Automation.PowerShell", "powershell", f"{_NS}.Runspaces.RunspaceFactory",
         "Management.Automation.Runspaces.RunspaceFactory", "runspacefactory", f"{_NS}.Runspaces.InitialSessionState",
         "Management.Automation.Runspaces.InitialSessionState", "initialsessionstate")
