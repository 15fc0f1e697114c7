"""The Shell: the one place a session is wired together — context, command table, views, host.

    shell = Shell(store=":memory:")
    result = shell.run('Get-CsXmppAllowedPartner -Filter "*.org"')   # RunResult(output, errors, success)
"""
from __future__ import annotations

import importlib
import os
import sys
import time
from pyshell.structs import dataclass
from pyshell import EMULATED_PS_VERSION, __version__
from pyshell.commands.registry import CommandTable
from pyshell.commands.streams import error_text
from pyshell.errors import ErrorCategory, ErrorRecord, PSError, render_error
from pyshell.host import CaptureHost, ConsoleHost, Host
from pyshell.language.parser import parse
from pyshell.language.source import MISSING
from pyshell.runtime.compile_statements import Compiler
from pyshell.runtime.context import ExecutionContext
from pyshell.runtime.flow import BreakSignal, ContinueSignal, ExitSignal, FlowSignal, ReturnSignal
from pyshell.runtime.values import PSHashtable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

DEFAULT_MODULES = ("cmdlets.core", "cmdlets.lync", "cmdlets.psreadline", "cmdlets.pester")
# Windows PowerShell 5.1 as Windows Server 2012 R2 (a Lync Server 2013 host) has it with WMF 5.1.
EMULATED_PS_VERSION_FULL = "5.1.14409.1"

# The text of the `prompt` function every PowerShell session starts with (its Definition, as
# Get-Command and Function: show it). Until it is changed the REPL draws the same prompt itself.
DEFAULT_PROMPT_TEXT = ("\n\"PS $($executionContext.SessionState.Path.CurrentLocation)"
                       "$('>' * ($nestedPromptLevel + 1)) \";"
                       "\n# .Link\n# https://go.microsoft.com/fwlink/?LinkID=225750"
                       "\n# .ExternalHelp System.Management.Automation.dll-help.xml\n")


def _version(text: str) -> Any:
    from pyshell.runtime.versiontype import parse_version
    return parse_version(text)


def _frozen_clock() -> float:
    return 0.0


@dataclass
class RunResult:
    output: str
    errors: str
    success: bool
    exit_code: int | None = None


class _DeferredOutDefault:
    """Out-Default for one run of the session, made when the first object arrives: a run that
    writes nothing (an assignment, `exit`) never loads the formatter."""

    def __init__(self, shell: Shell):
        self.shell = shell
        self.out: Any = None

    def push(self, obj: Any) -> None:
        if self.out is None:
            from pyshell.format.output import OutDefault
            shell, ctx = self.shell, self.shell.context
            # On a terminal, a table sizes its columns from the rows of its first 0.3 s, as
            # PowerShell's console does. Output that is captured, piped or redirected waits for the
            # whole table instead, so the same command prints the same text however busy the machine is.
            clock = time.monotonic if shell.host.is_terminal else _frozen_clock
            self.out = OutDefault(shell._write_output, width=shell.host.width, views=ctx.views,
                                  enumeration_limit=ctx.enumeration_limit, clock=clock)
        self.out.push(obj)

    def close(self) -> None:
        if self.out is not None:
            self.out.close()


class Shell:
    def __init__(self, host: Host | None = None, *, store: str | None = None, interactive: bool = False,
                 settings: dict[str, Any] | None = None, modules: tuple[str, ...] = DEFAULT_MODULES):
        self.host = host or ConsoleHost(interactive=interactive)
        settings = dict(settings or {})
        if store is not None:
            settings["store"] = store
        settings.setdefault("interactive", interactive)
        ctx = ExecutionContext(self.host, settings)
        self.context = ctx
        ctx.commands = CommandTable()
        for path in modules:
            module = importlib.import_module(path).MODULE
            ctx.commands.add_module(module)
            ctx.modules[module.name.lower()] = module
            ctx.module_types.add_module(module)
        ctx.compiler = Compiler()
        for module in list(ctx.modules.values()):
            if module.session_start is not None:
                module.session_start(ctx)
        ctx.error_sink = self._show_error
        ctx.stream_sink = self._show_stream
        self.exit_code: int | None = None
        self.last_prompt: str | None = None          # the prompt last shown (transcripts repeat it)
        self.command_listeners: list[Any] = []       # called with each typed command (recordings)
        # Takes the output objects instead of Out-Default while set: an object with push(obj) and
        # close(); the Jupyter kernel shows objects as tables this way.
        self.output_sink: Any = None
        self._init_variables()

    def _init_variables(self) -> None:
        g = self.context.global_scope.vars
        version = PSHashtable([("PSVersion", _version(EMULATED_PS_VERSION_FULL)), ("PSEdition", "Desktop"),
                               ("PyShellVersion", __version__), ("PSCompatibleVersions", ["1.0", "2.0", "3.0", "4.0",
                                                                                         "5.0", "5.1"]),
                               ("CLRVersion", None), ("BuildVersion", None), ("WSManStackVersion", "3.0"),
                               ("PSRemotingProtocolVersion", "2.3"), ("SerializationVersion", "1.1.0.1")])
        g.update({
            "psversiontable": version, "formatenumerationlimit": 4, "whatifpreference": False,
            "errorview": "NormalView", "home": os.path.expanduser("~"), "pid": os.getpid(),
            # Where the shell is installed (PowerShell's own folder in Windows PowerShell).
            "pshome": os.path.dirname(os.path.abspath(__file__)),
            "maximumhistorycount": 4096, "nestedpromptlevel": 0,
            # The console host's shell id, and the culture names (only en-US is known: culture.py).
            "shellid": "Microsoft.PowerShell", "psculture": "en-US", "psuiculture": "en-US",
            # Default arguments by "Command:Parameter" (commands/default_values.py), empty at start.
            "psdefaultparametervalues": PSHashtable(),
        })
        host = g["host"] = self._host_object()
        g["executioncontext"] = self._engine_intrinsics(host)
        from pyshell.runtime.preferences import install
        install(self.context.global_scope)     # $ErrorActionPreference and the others, typed
        from pyshell.runtime.location import initialise
        initialise(self.context)               # the session's location, and $PWD
        # The built-in prompt function: its text is parsed only if something reads or runs it.
        from pyshell.commands.functions import FunctionInfo
        from pyshell.runtime.scriptblock import DelayParsedScriptBlock
        self._builtin_prompt = FunctionInfo("prompt", DelayParsedScriptBlock(DEFAULT_PROMPT_TEXT,
                                                                             self.context.compiler))
        self.context.global_scope.functions["prompt"] = self._builtin_prompt

    def _host_object(self) -> Any:
        """$Host: the parts scripts ask about (name, version, window width)."""
        from pyshell.runtime.values import PSObject
        width = self.host.width
        size = PSObject([("Width", width), ("Height", 50)], type_names=["System.Management.Automation.Host.Size",
                                                                        "System.Object"], string_form=f"{width},50")
        raw = PSObject([("BufferSize", size), ("WindowSize", size), ("WindowTitle", "pyshell")],
                       type_names=["System.Management.Automation.Internal.Host.InternalHostRawUserInterface",
                                   "System.Object"])
        ui = PSObject([("RawUI", raw)], type_names=["System.Management.Automation.Internal.Host.InternalHostUserInterface",
                                                    "System.Object"])
        return PSObject([("Name", "ConsoleHost"), ("Version", _version(EMULATED_PS_VERSION_FULL)), ("InstanceId", None),
                         ("UI", ui), ("CurrentCulture", "en-US"), ("CurrentUICulture", "en-US"),
                         ("PrivateData", None), ("DebuggerEnabled", True), ("IsRunspacePushed", False),
                         ("Runspace", None)],
                        type_names=["System.Management.Automation.Internal.Host.InternalHost", "System.Object"],
                        string_form="System.Management.Automation.Internal.Host.InternalHost")

    def _engine_intrinsics(self, host: Any) -> Any:
        """$ExecutionContext: its host and SessionState, whose Path.CurrentLocation (a PathInfo)
        follows the session's location (pyshell/runtime/location.py keeps it up to date)."""
        from pyshell.runtime.values import PSObject
        path = PSObject([("CurrentLocation", None), ("CurrentFileSystemLocation", None)],
                        type_names=["System.Management.Automation.PathIntrinsics", "System.Object"],
                        string_form="System.Management.Automation.PathIntrinsics")
        self.context.path_intrinsics = path
        state = PSObject([("Path", path), ("LanguageMode", "FullLanguage"), ("Module", None),
                          ("Applications", ["*"]), ("Scripts", ["*"]), ("UseFullLanguageModeInDebugger", False)],
                         type_names=["System.Management.Automation.SessionState", "System.Object"],
                         string_form="System.Management.Automation.SessionState")
        return PSObject([("Host", host), ("SessionState", state)],
                        type_names=["System.Management.Automation.EngineIntrinsics", "System.Object"],
                        string_form="System.Management.Automation.EngineIntrinsics")

    # -- the edge: rendering errors and streams ------------------------------------------------------
    def _show_error(self, record: ErrorRecord) -> None:
        view = str(self.context.get_var("errorview", "NormalView"))
        text = render_error(record, view)
        if record.hint:
            text = f"{text}\nHint: {record.hint}\n"
        self.context.host.write_error(text if text.endswith("\n") else text + "\n")

    def _show_stream(self, stream: str, text: str) -> None:
        if stream == "information":
            # PowerShell's console shows an information record as its bare text, among the output.
            self.context.host.write(f"{text}\n")
            return
        prefix = {"warning": "WARNING: ", "verbose": "VERBOSE: ", "debug": "DEBUG: "}.get(stream, "")
        self.context.host.write_error(f"{prefix}{text}\n")

    def _write_output(self, text: str) -> None:
        # Through the context's host, which a transcript started mid-command wraps.
        self.context.host.write(text)

    def _announce(self, text: str) -> None:
        """A command typed at the prompt is about to run: tell the listeners (a recording marks it)
        and write it into the open transcripts after the prompt it was typed at."""
        for listener in self.command_listeners:
            listener(text)
        if self.context.transcripts:
            from pyshell.transcript import command_started
            command_started(self.context, self.last_prompt or self.default_prompt(), text)

    # -- running ---------------------------------------------------------------------------------------
    def is_incomplete(self, text: str) -> bool:
        return parse(text).incomplete

    def default_prompt(self) -> str:
        """PowerShell's own prompt: `PS <the session's location>> `."""
        from pyshell.runtime.location import location_text
        return f"PS {location_text(self.context)}> "

    def prompt(self) -> str:
        """The prompt: what the session's `prompt` function writes. The built-in function, still
        in place, is not run: default_prompt() gives what it would write, without parsing it. A
        failing prompt function, or none at all, gives "PS>", as in PowerShell; an error goes to
        $Error only."""
        ctx = self.context
        info = ctx.scope.find_function("prompt")
        if info is self._builtin_prompt:
            self.last_prompt = self.default_prompt()
            return self.last_prompt
        if info is None:
            self.last_prompt = "PS>"
            return self.last_prompt
        from pyshell.commands.functions import FunctionProcessor
        from pyshell.runtime.conversion import to_string
        out: list[Any] = []
        success = ctx.last_success
        try:
            proc = FunctionProcessor(ctx, info, [], MISSING, expects_input=False)
            proc.runtime.downstream = out.append
            proc.begin()
            proc.process_alone()
            proc.end()
        except Exception as exc:  # noqa: BLE001 - a broken prompt function must not break the prompt
            if isinstance(exc, PSError):
                ctx.record_error(exc.record)
            self._unwind(None)
            out = []
        finally:
            ctx.last_success = success
        self.last_prompt = "".join(to_string(o) for o in out) or "PS>"
        return self.last_prompt

    def execute(self, text: str, name: str = "", args: list[str] | None = None, *, record: bool = True) -> bool:
        """Run `text` as one script; output and errors go to the host. Never raises. Input that is
        not a script file goes into the session's history (Get-History), unless `record` is false
        (the profile script is run that way)."""
        if name or not record:
            return self._execute(text, name, args)
        from pyshell.runtime.history import Recorder
        self._announce(text)
        with Recorder(self.context, text):
            return self._execute(text, name, args)

    def _execute(self, text: str, name: str = "", args: list[str] | None = None) -> bool:
        ctx = self.context
        out = self.output_sink or _DeferredOutDefault(self)
        ctx.last_success = True
        ctx.stopped = False
        try:
            try:
                result = parse(text, name)
            except RecursionError:
                result = None
            if result is None or result.errors:
                errors = result.errors if result is not None else []
                record = ErrorRecord(message=errors[0].message if errors else "The script is too complex to parse.",
                                     error_id=errors[0].error_id if errors else "ScriptTooComplicated",
                                     category=ErrorCategory.ParserError,
                                     exception_type="ParentContainsErrorRecordException",
                                     extent=errors[0].extent if errors else MISSING, parse_errors=list(errors))
                ctx.report_error(record)
                return False
            self._run_block(result.tree, out, name, args)
            if not name:
                ctx.last_input = (result.tree, text)        # for $^ and $$
        except KeyboardInterrupt:
            ctx.last_success = False
            ctx.stopped = True
            return False
        finally:
            try:
                out.close()
            except Exception:  # noqa: BLE001 - formatting must never take the session down
                pass
            self.host.end_progress()        # a progress line outlives no command, as in PowerShell
        return ctx.last_success

    def _run_block(self, tree: Any, out: Any, name: str, args: list[str] | None) -> None:
        from pyshell.commands.binder import Arg
        from pyshell.commands.functions import ScriptBlockProcessor
        from pyshell.runtime.scriptblock import ScriptBlock
        ctx = self.context
        script_args: list[Arg] = []
        for a in args or []:
            if a.startswith("-") and len(a) > 1 and not a[1].isdigit():
                script_args.append(Arg("param", None, MISSING, a[1:].rstrip(":")))
            else:
                script_args.append(Arg("value", a, MISSING))
        proc = None
        try:
            block = ctx.compiler.script_block(tree)
            proc = ScriptBlockProcessor(ctx, ScriptBlock(tree, block), script_args, tree.extent, dot=not name,
                                        expects_input=False, script_path=name or None, from_command_line=bool(name))
            proc.runtime.downstream = lambda obj: out.push(error_text(obj, ctx))
            proc.begin()
            proc.process_alone()
            proc.end()
        except ExitSignal as sig:
            self.exit_code = sig.code
            ctx.set_var("lastexitcode", sig.code, "global")
            ctx.last_success = sig.code == 0
            self._unwind(proc)
        except PSError as exc:
            self._unwind(proc)
            ctx.report_error(exc.record)
        except (BreakSignal, ContinueSignal, ReturnSignal):
            self._unwind(proc)
        except FlowSignal:
            self._unwind(proc)
        except RecursionError:
            self._unwind(proc)
            ctx.report_error(ErrorRecord("The script failed due to call depth overflow.", "CallDepthOverflow",
                                         ErrorCategory.InvalidOperation, "ParentContainsErrorRecordException",
                                         target=0))
        except Exception as exc:  # noqa: BLE001 - the user never sees a Python traceback
            self._unwind(proc)
            if os.environ.get("PYSHELL_DEBUG"):
                import traceback
                traceback.print_exc(file=sys.stderr)
            ctx.report_error(ErrorRecord(f"Internal error: {type(exc).__name__}: {exc}", "InternalError",
                                         ErrorCategory.NotSpecified, "InternalError"))

    def _unwind(self, proc: Any) -> None:
        ctx = self.context
        ctx.scope = ctx.global_scope
        ctx.script_scope = ctx.global_scope
        ctx.call_depth = 0
        ctx.frames.clear()
        ctx.try_depth = 0

    def run(self, text: str, name: str = "", args: list[str] | None = None) -> RunResult:
        """Run `text` and capture what it prints: the API tests use."""
        saved = self.host
        capture = CaptureHost(width=saved.width if isinstance(saved, CaptureHost) else 80)
        if isinstance(saved, CaptureHost):
            # A test's scripted answers to prompts (Shell(host=CaptureHost(answers=[...]))) still apply.
            capture.answers = saved.answers
            capture.interactive = saved.interactive
            capture.progress = saved.progress       # and it sees the progress reports
        self._set_host(capture)
        try:
            ok = self.execute(text, name, args)
        finally:
            self._set_host(saved)
        return RunResult(capture.output, capture.errors, ok, self.exit_code)

    def _set_host(self, host: Host) -> None:
        self.host = host
        if self.context.transcripts:
            from pyshell.transcript import wrap_host
            host = wrap_host(host, self.context)
        self.context.host = host

    def close(self) -> None:
        if self.context.transcripts:
            from pyshell.transcript import stop_all
            stop_all(self.context)
        self.context.close()
