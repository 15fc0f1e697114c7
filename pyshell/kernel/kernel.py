"""The Jupyter kernel: one pyshell session per kernel, every cell run in it.

* Output: what a cell writes to the pipeline is shown as one result, both as the console's text
  (`text/plain`, formatted as Out-Default does at 120 columns) and, when it holds objects with
  properties, as HTML tables (`text/html`). Write-Host and the host's other text go to the
  cell's standard output as it happens; warnings, verbose and debug lines to standard error.
* Errors: each error is an error output (red in a notebook), with the exception type as its name
  and the NormalView text ($ErrorView is honoured) as its traceback. As in a script, an error does
  not stop the rest of the cell, nor a "run all".
* Tab completion uses the REPL's completer; Shift+Tab (inspection) shows the command's help, as
  Get-Help prints it.
* A question the session asks (Read-Host, a confirmation) goes to the notebook's input box when
  the front end allows input; otherwise the command fails as under -NonInteractive.
"""
from __future__ import annotations

import re
from typing import Any

from ipykernel.kernelbase import Kernel

from pyshell import __version__
from pyshell.errors import render_error
from pyshell.host import Host
from pyshell.kernel.html import objects_html

TEXT_WIDTH = 120
_WORD = re.compile(r"[\w?%-]+")


class KernelHost(Host):
    """Where the session's host text goes inside the kernel: the cell's output streams."""

    name = "pyshell Jupyter kernel"

    def __init__(self, kernel: "PyShellKernel"):
        self.kernel = kernel

    @property
    def interactive(self) -> bool:                     # type: ignore[override]
        return self.kernel.allow_input

    def write(self, text: str) -> None:
        self.kernel.stream("stdout", text)

    def write_error(self, text: str) -> None:
        self.kernel.stream("stderr", text)

    def read_line(self, prompt: str) -> str | None:
        if not self.kernel.allow_input:
            return None
        try:
            return self.kernel.raw_input(prompt)
        except Exception:  # noqa: BLE001 - a front end that cannot ask counts as nobody to answer
            return None

    @property
    def width(self) -> int:
        return TEXT_WIDTH


class _Collector:
    """Takes a cell's output objects (Shell.output_sink)."""

    def __init__(self) -> None:
        self.objects: list[Any] = []

    def push(self, obj: Any) -> None:
        self.objects.append(obj)

    def close(self) -> None:
        pass


class PyShellKernel(Kernel):
    implementation = "pyshell"
    implementation_version = __version__
    language = "powershell"
    language_version = "5.1"
    language_info = {"name": "powershell", "mimetype": "text/x-powershell", "file_extension": ".ps1",
                     "pygments_lexer": "powershell", "codemirror_mode": "powershell"}
    banner = (f"pyshell {__version__}: a PowerShell 5.1 compatible shell with a simulated Lync Server 2013 "
              "management module")

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        from pyshell.shell import Shell
        self.allow_input = False
        self._silent = False
        self.pyshell = Shell(KernelHost(self), settings={"non_interactive": False})
        ctx = self.pyshell.context
        ctx.error_sink = self._show_error
        ctx.stream_sink = self._show_stream

    # -- output ------------------------------------------------------------------------------------
    def stream(self, name: str, text: str) -> None:
        if text and not self._silent:
            self.send_response(self.iopub_socket, "stream", {"name": name, "text": text})

    def _show_error(self, record: Any) -> None:
        if self._silent:
            return
        view = str(self.pyshell.context.get_var("errorview", "NormalView"))
        text = render_error(record, view).rstrip("\n ")
        if record.hint:
            text += f"\nHint: {record.hint}"
        for transcript in self.pyshell.context.transcripts:     # Start-Transcript in a notebook
            transcript.write(text + "\n")
        self.send_response(self.iopub_socket, "error", {
            "ename": record.exception_type or "RuntimeException", "evalue": record.message,
            "traceback": text.split("\n")})

    def _show_stream(self, stream: str, text: str) -> None:
        if stream == "information":
            self.stream("stdout", f"{text}\n")
            return
        prefix = {"warning": "WARNING: ", "verbose": "VERBOSE: ", "debug": "DEBUG: "}.get(stream, "")
        self.stream("stderr", f"{prefix}{text}\n")

    def render_text(self, objects: list[Any]) -> str:
        from pyshell.commands.streams import error_text
        from pyshell.format.output import OutDefault
        ctx = self.pyshell.context
        parts: list[str] = []
        out = OutDefault(parts.append, width=TEXT_WIDTH, views=ctx.views, enumeration_limit=ctx.enumeration_limit)
        for obj in objects:
            out.push(error_text(obj, ctx))
        out.close()
        return "".join(parts)

    # -- the protocol --------------------------------------------------------------------------------
    def do_execute(self, code: str, silent: bool, store_history: bool = True, user_expressions: Any = None,
                   allow_stdin: bool = False, **kwargs: Any) -> dict:
        self.allow_input = allow_stdin
        self._silent = silent
        collector = _Collector()
        shell = self.pyshell
        shell.output_sink = collector
        try:
            shell.execute(code)
        finally:
            shell.output_sink = None
            shell.exit_code = None        # `exit` ends a script, not the notebook's session
        try:
            if collector.objects and not silent:
                self._show_result(collector.objects)
        except Exception as exc:  # noqa: BLE001 - a display failure is reported, never a hung cell
            self.send_response(self.iopub_socket, "error", {
                "ename": "InternalError", "evalue": f"{type(exc).__name__}: {exc}",
                "traceback": [f"pyshell could not display this cell's output: {type(exc).__name__}: {exc}"]})
        finally:
            self._silent = False
        return {"status": "ok", "execution_count": self.execution_count, "payload": [], "user_expressions": {}}

    def _show_result(self, objects: list[Any]) -> None:
        data = {"text/plain": self.render_text(objects).strip("\n")}
        rich = objects_html(objects, self.render_text, self.pyshell.context.enumeration_limit)
        if rich:
            data["text/html"] = rich
        self.send_response(self.iopub_socket, "execute_result",
                           {"execution_count": self.execution_count, "data": data, "metadata": {}})

    def do_is_complete(self, code: str) -> dict:
        if not code.strip():
            return {"status": "complete"}
        return {"status": "incomplete", "indent": ""} if self.pyshell.is_incomplete(code) else {"status": "complete"}

    def do_complete(self, code: str, cursor_pos: int) -> dict:
        matches, start = self._completions(code, cursor_pos)
        return {"status": "ok", "matches": matches, "cursor_start": start, "cursor_end": cursor_pos, "metadata": {}}

    def _completions(self, code: str, cursor: int) -> tuple[list[str], int]:
        try:
            from pyshell.repl.completion import complete
        except ImportError:
            complete = None
        if complete is not None:
            try:
                found = complete(code, cursor, self.pyshell.context)
            except Exception:  # noqa: BLE001 - a completion failure must not break the kernel
                found = []
            if found:
                start = min(c.start for c in found)
                return [code[start:c.start] + c.text for c in found], start
            return [], cursor
        # Without the REPL's completer: command names from the command table.
        word = re.search(r"[\w-]*$", code[:cursor])
        typed = word.group(0) if word else ""
        names = self.pyshell.context.commands.cmdlet_names()
        return [n for n in names if n.lower().startswith(typed.lower())], cursor - len(typed)

    def do_inspect(self, code: str, cursor_pos: int, detail_level: int = 0, omit_sections: Any = ()) -> dict:
        name = self._command_at(code, cursor_pos)
        text = self._help(name) if name else None
        if not text:
            return {"status": "ok", "found": False, "data": {}, "metadata": {}}
        return {"status": "ok", "found": True, "data": {"text/plain": text}, "metadata": {}}

    def _command_at(self, code: str, cursor: int) -> str | None:
        table = self.pyshell.context.commands
        words = [m for m in _WORD.finditer(code) if m.start() <= cursor]
        for m in reversed(words):
            if table.resolve(m.group(0), self.pyshell.context) is not None:
                return m.group(0)
        return None

    def _help(self, name: str) -> str | None:
        try:
            from pyshell.repl.helptext import command_help
            return command_help(self.pyshell, name, TEXT_WIDTH)
        except ImportError:
            pass
        result = self.pyshell.run(f"Get-Help '{name}'")
        if result.output.strip() and not result.errors:
            return result.output
        target = self.pyshell.context.commands.resolve(name, self.pyshell.context)
        return getattr(target, "synopsis", None)

    def do_shutdown(self, restart: bool) -> dict:
        self.pyshell.close()
        return {"status": "ok", "restart": restart}
