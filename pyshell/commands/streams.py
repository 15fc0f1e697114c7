"""Redirection (`> file`, `>> file`, `2>&1`, `2> $null`, `*>`, `3>` ...) and the per-command stream
settings that common parameters give (-Verbose, -Debug, -WarningAction, -WarningVariable,
-OutVariable)."""
from __future__ import annotations

import os
import sys
from pyshell.errors import ILLEGAL_PATH, ErrorCategory, ErrorRecord, PSError, is_illegal_path, render_error
from pyshell.language import nodes as N
from pyshell.language.source import MISSING

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

# Stream numbers as PowerShell numbers them.
OUTPUT, ERROR, WARNING, VERBOSE, DEBUG, INFORMATION = "1", "2", "3", "4", "5", "6"
_STREAM_OF = {"warning": WARNING, "verbose": VERBOSE, "debug": DEBUG, "information": INFORMATION}


def error_text(obj: Any, ctx: Any) -> Any:
    """An ErrorRecord that travels in the output stream (2>&1) is shown as its error text."""
    # Until the module that makes error objects is loaded there can be none to look for.
    made = sys.modules.get("pyshell.runtime.errorobjects")
    if made is not None and isinstance(obj, made.ErrorObject):
        return render_error(obj.record, str(ctx.get_var("errorview", "NormalView"))).rstrip("\n ")
    return obj


def compile_redirections(compiler: Any, redirections: tuple[N.Redirection, ...]) -> list[tuple]:
    out = []
    for r in redirections:
        target = compiler.expr(r.target) if r.target is not None else None
        is_null = isinstance(r.target, N.Variable) and r.target.name.lower() == "null" and not r.target.scope
        out.append((r.stream, r.merge_to, target, r.append, is_null, r.extent))
    return out


def open_out_file(ctx: Any, path: str, append: bool, extent: Any) -> Any:
    """Open a redirection's file. PowerShell runs Out-File for `> path` and starts it before the
    command does, so a path that cannot be written stops the statement with Out-File's error: its
    InvocationInfo is Out-File's (invoked as `out-file`), placed on the statement."""
    from pyshell.commands.runtime import CommandRuntime
    out_file = ctx.commands.cmdlets.get("out-file")
    cmdlet = out_file(CommandRuntime(ctx, extent or MISSING, "out-file"))
    try:
        try:
            return cmdlet.open_for_redirection(path, append)
        except ValueError as exc:
            if not is_illegal_path(exc):
                raise
            raise PSError(cmdlet.error_record(ILLEGAL_PATH, "System.ArgumentException", ErrorCategory.NotSpecified,
                                              exception_type="ArgumentException")) from None
    except PSError as exc:
        record = exc.record
        if record.exception_type == "ArgumentException":
            # An argument the file system refuses is reported as the redirection failing, by the script.
            failed = ErrorRecord(f"Redirection to '{path}' failed: {record.message}", "RedirectionFailed",
                                 ErrorCategory.InvalidOperation, extent=extent or MISSING,
                                 inner_type="ArgumentException", inner_message=record.message)
            failed.at_statement = True
            raise PSError(failed) from None
        if record.command_name:
            record.activity = record.command_name if record.activity is None else record.activity
            record.command_name = "out-file"
        record.at_statement = True
        raise


class _FileSink:
    def __init__(self, path: str, append: bool, extent: Any, writer: Any):
        self.path = writer.path
        self.append = append
        self.extent = extent
        self.writer = writer
        self.objects: list[Any] = []      # in arrival order: output, error records, stream records


class Redirector:
    """The redirections of one command or expression, evaluated when it starts."""

    def __init__(self, ctx: Any, specs: list[tuple]):
        self.ctx = ctx
        self.routes: dict[str, Any] = {}     # stream -> "null" | "output" | _FileSink
        self.files: list[_FileSink] = []
        by_path: dict[str, _FileSink] = {}
        try:
            self._route_all(ctx, specs, by_path)
        except BaseException:
            self.close(write=False)
            raise

    def _route_all(self, ctx: Any, specs: list[tuple], by_path: dict[str, _FileSink]) -> None:
        for stream, merge_to, target, append, is_null, extent in specs:
            streams = [OUTPUT, ERROR, WARNING, VERBOSE, DEBUG, INFORMATION] if stream == "*" else [stream]
            if merge_to is not None:
                route: Any = "output"
            elif is_null:
                route = "null"
            else:
                from pyshell.runtime.conversion import to_string
                path = to_string(target(ctx))
                if not path:
                    raise PSError(ErrorRecord("Cannot bind argument to parameter 'FilePath' because it is null.",
                                              "ParameterArgumentValidationErrorNullNotAllowed",
                                              ErrorCategory.InvalidData, extent=extent))
                # relative to the session's location ($PWD), as PowerShell resolves it
                from pyshell.runtime.location import PathProblem, native_path
                try:
                    key = native_path(ctx, path)
                except PathProblem:
                    key = None
                route = by_path.get(key) if key is not None else None
                if route is None:
                    route = _FileSink(path, append, extent, open_out_file(ctx, path, append, extent))
                    by_path[route.path] = route
                    self.files.append(route)
            for s in streams:
                self.routes[s] = route

    def output(self, emit: Callable[[Any], None]) -> Callable[[Any], None]:
        route = self.routes.get(OUTPUT)
        if route is None or route == "output":
            return emit
        if route == "null":
            return lambda obj: None
        return route.objects.append

    def error(self, record: ErrorRecord, emit: Callable[[Any], None]) -> bool:
        """Route an error that is to be shown; True when a redirection took it."""
        route = self.routes.get(ERROR)
        if route is None:
            return False
        if route == "null":
            return True
        if route == "output":
            from pyshell.runtime.errorobjects import error_object
            emit(error_object(record))
            return True
        # The file's Out-File gets the record itself, in its place among the other objects.
        from pyshell.runtime.errorobjects import error_object
        route.objects.append(error_object(record))
        return True

    def stream(self, stream: str, text: Any, emit: Callable[[Any], None]) -> bool:
        """Route a stream's text (or a record made already: Write-Host's InformationRecord)."""
        route = self.routes.get(_STREAM_OF.get(stream, ""))
        if route is None:
            return False
        if route == "null":
            return True
        if route == "output":
            if isinstance(text, str):
                from pyshell.runtime.streamrecords import stream_record
                emit(stream_record(stream, text))       # a WarningRecord, VerboseRecord ... as PowerShell's
            else:
                emit(text)
            return True
        # The record goes to the file's Out-File, which writes its message alone: the WARNING:,
        # VERBOSE: and DEBUG: prefixes are the console host's.
        if isinstance(text, str):
            from pyshell.runtime.streamrecords import stream_record
            text = stream_record(stream, text)
        route.objects.append(text)
        return True

    def close(self, write: bool = True) -> None:
        """Write what the file redirections collected."""
        from pyshell.format.output import render
        from pyshell.format.text import TEXT_CELLS
        for sink in self.files:
            if not write:
                sink.writer.close()
                continue
            # error records are written by their view, whose text ends with a line holding one blank
            # Out-File writes through a text writer: one cell per character (format/text.py)
            text = render(sink.objects, width=self.ctx.host.width, views=self.ctx.views,
                          enumeration_limit=self.ctx.enumeration_limit, dc=TEXT_CELLS) if sink.objects else ""
            try:
                sink.writer.write(text.replace("\n", os.linesep))     # as Out-File ends its lines
            except OSError as exc:
                raise PSError(ErrorRecord(f"Could not write to '{sink.path}': {exc.strerror or exc}.",
                                          "FileOpenFailure", ErrorCategory.OpenError, "IOException",
                                          target=sink.path, extent=sink.extent or MISSING)) from None
            finally:
                sink.writer.close()
