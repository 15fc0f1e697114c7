"""The Cmdlet base class: a command is a declaration (parameters, help, examples) plus
begin / process / end.

The pipeline gives each instance a `runtime` (see runtime.CommandRuntime): where output and errors
go, the session context, and the extent of the command in the script.
"""
from __future__ import annotations

from pyshell.commands.parameters import CommandMetadata, Example, Parameter, compile_metadata
from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.runtime.flow import ReturnSignal
from pyshell.runtime.scope import MISSING, restore_variable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, ClassVar

_NO_INPUT = object()   # run_script_block: leave $_ as it is


class Cmdlet:
    verb: ClassVar[str] = ""
    noun: ClassVar[str] = ""
    command_word: ClassVar[str] = ""      # a name that is not Verb-Noun (Pester's Describe, It, Should)
    synopsis: ClassVar[str] = ""          # one line for Get-Help / Get-Command; default: docstring's first line
    description: ClassVar[str] = ""       # longer help text
    default_set: ClassVar[str | None] = None
    output_types: ClassVar[tuple[str, ...]] = ()
    # True for commands that write (some of) their input objects unchanged, such as Where-Object:
    # what they write has the type of what comes in, so tools can look upstream for it.
    passes_input_through: ClassVar[bool] = False
    implementing_type: ClassVar[str] = ""  # the .NET class named in FullyQualifiedErrorIds
    examples: ClassVar[tuple[Example, ...]] = ()
    supports_should_process: ClassVar[bool] = False
    confirm_impact: ClassVar[str] = "Medium"   # None, Low, Medium or High: asked when >= $ConfirmPreference
    online_uri: ClassVar[str] = ""
    module_name: ClassVar[str] = ""        # filled in by the registry
    metadata: ClassVar[CommandMetadata]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        params: list[Parameter] = []
        seen: set[str] = set()
        for klass in reversed(cls.__mro__):
            for attr, value in vars(klass).items():
                if isinstance(value, Parameter) and attr not in seen:
                    seen.add(attr)
                    params.append(value)
        if cls.command_word or (cls.verb and cls.noun):
            cls.metadata = compile_metadata(cls.command_name(), params, cls.default_set)
        # A class's own docstring gives its synopsis, not one inherited from a helper base class.
        if not cls.__dict__.get("synopsis") and cls.__doc__:
            cls.synopsis = cls.__doc__.strip().splitlines()[0]

    @classmethod
    def command_name(cls) -> str:
        return cls.command_word or f"{cls.verb}-{cls.noun}"

    def __init__(self, runtime: Any):
        self.runtime = runtime
        self.parameter_set_name = ""
        self.bound_parameters: dict[str, Any] = {}
        for p in self.metadata.parameters:
            default = p.default
            if p.is_switch and default is None:
                default = False
            setattr(self, p.attr, default)

    # -- lifecycle, overridden by commands -------------------------------------------------------
    def begin(self) -> None:
        pass

    def process(self) -> None:
        pass

    def end(self) -> None:
        pass

    def record_stream(self) -> Callable[[Any], None] | None:
        """A function taking one input object, in place of setting the input parameter and calling
        process(), for a command that can do the same work with less (ForEach-Object {$_.Name}).
        Asked once, after begin, when the input binds to one parameter that takes any object."""
        return None

    # -- services ------------------------------------------------------------------------------
    @property
    def context(self) -> Any:
        """The session's ExecutionContext (variables, host, module state)."""
        return self.runtime.context

    def is_bound(self, param: Parameter) -> bool:
        return param.name in self.bound_parameters

    def write_object(self, obj: Any, enumerate_collection: bool = False) -> None:
        if enumerate_collection and isinstance(obj, (list, tuple)):
            for item in obj:
                self.runtime.emit(item)
        else:
            self.runtime.emit(obj)

    def error_record(self, message: str, error_id: str, category: ErrorCategory = ErrorCategory.NotSpecified,
                     target: Any = None, exception_type: str = "RuntimeException", hint: str = "") -> ErrorRecord:
        """An ErrorRecord against this command; the id is qualified with the implementing type."""
        fqid = f"{error_id},{self.implementing_type}" if self.implementing_type else error_id
        return ErrorRecord(message=message, error_id=fqid, category=category, target=target,
                           exception_type=exception_type, command_name=self.command_name(),
                           extent=self.runtime.extent, hint=hint)

    def write_error(self, record: ErrorRecord) -> None:
        """A non-terminating error: reported, and the pipeline goes on with the next object."""
        self.runtime.emit_error(record)

    def throw_terminating(self, record: ErrorRecord) -> None:
        raise PSError(record)

    def should_process(self, target: Any, action: str | None = None) -> bool:
        """May the command change `target`? Honours -WhatIf, -Confirm, ConfirmImpact against
        $ConfirmPreference and -Force, and asks the user when it must (see should_process.py).
        `action` defaults to the command's name, as PowerShell's one-argument form does."""
        from pyshell.commands.should_process import decide
        return decide(self, target, action)

    def write_warning(self, text: str) -> None:
        self.runtime.write_stream("warning", text)

    def write_verbose(self, text: str) -> None:
        self.runtime.write_stream("verbose", text)

    def write_debug(self, text: str) -> None:
        self.runtime.write_stream("debug", text)

    def write_host(self, text: str, newline: bool = True) -> None:
        self.runtime.context.host.write(text + ("\n" if newline else ""))

    def run_script_block(self, block: Any, dollar_under: Any = _NO_INPUT, args: tuple = (),
                         emit: Any = None, own_errors: bool = False) -> list | None:
        """Run a script block the way ForEach-Object and Where-Object do: in the caller's scope, with
        `$_` set to `dollar_under` for the duration. Output goes to `emit`, or is returned as a list.
        A statement-terminating error inside the block is reported and the block goes on, as in PowerShell.
        With `own_errors`, the errors the block's commands write are this command's: they follow its
        redirections and fill its -ErrorVariable (PowerShell's WriteToCurrentErrorPipe)."""
        ctx = self.runtime.context
        frame = ctx.command_frame
        if own_errors:
            ctx.command_frame = self.runtime
        out: list | None = None
        if emit is None:
            out = []
            emit = out.append
        scopes = None
        closure = getattr(block, "closure_scope", None)
        if closure is not None:         # a GetNewClosure() block runs among its captured variables
            scopes = ctx.scope, ctx.script_scope
            ctx.scope = ctx.script_scope = closure
        vars_ = ctx.scope.vars
        saved_under = vars_.get("_", MISSING)
        saved_args = vars_.get("args", MISSING)
        if dollar_under is not _NO_INPUT:
            vars_["_"] = dollar_under
        vars_["args"] = list(args)
        try:
            compiled = block.block
            for part in (compiled.begin, compiled.process, compiled.end):
                if part is not None:
                    try:
                        part(ctx, emit)
                    except ReturnSignal as ret:
                        ret.flush(emit)
                    except PSError as exc:
                        from pyshell.runtime.compile_statements import statement_error
                        statement_error(ctx, exc)
        finally:
            restore_variable(vars_, "_", saved_under)
            restore_variable(vars_, "args", saved_args)
            ctx.command_frame = frame
            if scopes is not None:
                ctx.scope, ctx.script_scope = scopes
        return out
