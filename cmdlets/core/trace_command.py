"""Trace-Command: run an expression or a command and trace how the engine handled it."""
from __future__ import annotations

import os
import stat
from cmdlets.core._files import cmdlet_path
from pyshell.commands.binder import Arg
from pyshell.commands.binding_trace import SOURCE, BindingTracer
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.types import ScriptBlockType
from pyshell.runtime.values import PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

EXPRESSION_SET, COMMAND_SET = "expressionSet", "commandSet"
TRACE_SOURCES = (SOURCE,)


class TraceCommand(Cmdlet):
    """Configures and starts a trace of the specified expression or command."""

    verb, noun = "Trace", "Command"
    default_set = EXPRESSION_SET
    implementing_type = "Microsoft.PowerShell.Commands.TraceCommandCommand"
    description = ("Trace-Command runs a script block (or one command with its arguments) while the named trace "
                   "sources report what the engine does. The source pyshell has is ParameterBinding: for every "
                   "command it shows the named arguments and then the positional ones being bound, each "
                   "argument's conversion to the parameter's type, the parameter set that was chosen and why, "
                   "the mandatory-parameter check, and for each pipeline object which parameter took it, by value "
                   "or by property name. -PSHost shows the lines as DEBUG: lines on the console; -FilePath adds "
                   "them to a file. The traced expression's own output is written to the pipeline as usual.")

    name = Parameter(ListOf(str), position=0, mandatory=True,
                     help="The trace sources to turn on (wildcards allowed); pyshell has ParameterBinding.")
    expression = Parameter(ScriptBlockType, sets={EXPRESSION_SET: SetOptions(position=1, mandatory=True)},
                           help="The script block to run while tracing.")
    command = Parameter(str, sets={COMMAND_SET: SetOptions(position=1, mandatory=True)},
                        help="A command to run while tracing; its arguments come from -ArgumentList.")
    argument_list = Parameter(ListOf(object), sets=(COMMAND_SET,), aliases=("Args",), remaining=True,
                              help="The arguments of the -Command command, bound by position.")
    input_object = Parameter(PSObject, pipeline=True,
                             help="Objects to pipe into the expression or command (one run per object).")
    file_path = Parameter(str, aliases=("PSPath",),
                          help="Also add the trace lines to this file (created if need be).")
    force = Parameter(SwitchParameter, help="With -FilePath, write to the file even if it is marked read-only.")
    ps_host = Parameter(SwitchParameter, name="PSHost",
                        help="Show the trace lines on the console, as DEBUG: lines.")

    examples = (
        Example('Trace-Command -Name ParameterBinding -Expression { Get-CsXmppAllowedPartner -Filter "*.org" } '
                '-PSHost', "Shows -Filter being bound by name and the Filter parameter set being chosen, then "
                "the partners whose Identity ends in .org."),
        Example('Trace-Command ParameterBinding { Get-CsXmppAllowedPartner - Filter "*.org" } -PSHost',
                "The documentation's misprint: the trace shows the lone dash bound to -Identity by position "
                "and no parameter left for the word Filter, which is why the command fails."),
        Example("Trace-Command ParameterBinding -Command Get-CsAdminRole -ArgumentList CsHelpDesk -PSHost",
                "Traces one command given by name, with its argument bound by position to -Identity."),
    )

    def begin(self) -> None:
        self._inputs: list[Any] = []
        self._file = None

    def process(self) -> None:
        if self.is_bound(TraceCommand.input_object):
            self._inputs.append(self.input_object)

    def end(self) -> None:
        ctx = self.context
        sinks = []
        if self.ps_host:
            sinks.append(self._to_host)
        if self.file_path:
            self._file = self._open_file(self.file_path)
            sinks.append(self._to_file)
        wanted = any(self._matches(source) for source in TRACE_SOURCES)
        saved = ctx.binding_tracer
        if wanted and sinks:
            ctx.binding_tracer = BindingTracer(sinks)
        try:
            if self.parameter_set_name == COMMAND_SET:
                self._run_command()
            elif self._inputs:
                for obj in self._inputs:
                    self.run_script_block(self.expression, dollar_under=obj, emit=self.write_object)
            else:
                self.run_script_block(self.expression, emit=self.write_object)
        finally:
            ctx.binding_tracer = saved
            if self._file is not None:
                self._file.close()

    def _matches(self, source: str) -> bool:
        from fnmatch import fnmatchcase
        return any(fnmatchcase(source.lower(), pattern.lower()) for pattern in self.name)

    def _to_host(self, line: str) -> None:
        sink = self.context.stream_sink
        if sink is not None:
            sink("debug", line)

    def _to_file(self, line: str) -> None:
        self._file.write(line + "\n")

    def _open_file(self, path: str) -> Any:
        full = cmdlet_path(self, path)
        try:
            if self.force and os.path.exists(full) and not os.access(full, os.W_OK):
                os.chmod(full, os.stat(full).st_mode | stat.S_IWUSR)
            return open(full, "a", encoding="utf-8")
        except OSError as exc:
            raise PSError(self.error_record(f"Could not open the trace file '{full}': {exc.strerror or exc}.",
                                            "TraceFileOpenError", ErrorCategory.OpenError, target=full,
                                            exception_type="IOException")) from None

    def _run_command(self) -> None:
        from pyshell.commands.functions import FunctionInfo, FunctionProcessor
        from pyshell.commands.pipeline import CmdletProcessor
        from pyshell.commands.registry import command_not_found
        ctx = self.context
        extent = self.runtime.extent
        resolved = ctx.commands.resolve(self.command, ctx)
        if resolved is None:
            raise command_not_found(ctx, self.command, extent)
        args = [Arg("value", value, extent) for value in (self.argument_list or [])]
        expects_input = bool(self._inputs)
        if isinstance(resolved, FunctionInfo):
            proc: Any = FunctionProcessor(ctx, resolved, args, extent, expects_input)
        else:
            proc = CmdletProcessor(ctx, resolved, args, extent, expects_input)
        proc.runtime.downstream = self.write_object
        proc.begin()
        if expects_input:
            for obj in self._inputs:
                proc.process_record(obj)
        else:
            proc.process_alone()
        proc.end()
