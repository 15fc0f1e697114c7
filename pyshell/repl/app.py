"""The interactive loop: read a (possibly multi-line) command, run it, repeat.

The loop never dies of an error. Whatever goes wrong while reading, prompting or executing is
reported as one line on the error stream (with a traceback only when ``PYSHELL_DEBUG`` is set) and
a fresh prompt follows. Only these end the loop:

* Ctrl+D on an empty line (EOF), returning ``shell.exit_code or 0``;
* a script that ran ``exit`` / ``exit N``, returning that code;
* the prompt failing many times in a row (for instance a terminal that went away), since retrying
  forever would only spin; then the return value is 1.

prompt_toolkit is imported only once the first prompt is on the screen (see early.py), since it
takes longer to load than the rest of pyshell.
"""
from __future__ import annotations

import os
import sys

from .. import __version__

TYPE_CHECKING = False          # typing is for checkers; the REPL's first prompt comes before it
if TYPE_CHECKING:
    from typing import Any, Callable, Protocol, TextIO

    class ReplShell(Protocol):
        host: Any
        exit_code: int | None

        def execute(self, text: str) -> bool: ...
        def is_incomplete(self, text: str) -> bool: ...
        def prompt(self) -> str: ...

    from prompt_toolkit import PromptSession
    from prompt_toolkit.input import Input
    from prompt_toolkit.output import Output

    from .early import EarlyPrompt
    from .runner import PromptRunner

__all__ = ["run_repl", "run_plain", "banner", "CONTINUATION_PROMPT", "FALLBACK_PROMPT"]

# PSReadLine's default ContinuationPrompt.
CONTINUATION_PROMPT = ">> "
# What PowerShell shows when the prompt function itself fails.
FALLBACK_PROMPT = "PS>"
# Consecutive failures of the prompt itself after which the loop gives up.
MAX_PROMPT_FAILURES = 10


def banner() -> str:
    return (f"pyshell {__version__} - PowerShell-compatible shell with a simulated "
            "Lync Server 2013 module.\n"
            "Try Get-CsXmppAllowedPartner; type exit to leave.\n\n")


class _Reporter:
    """Turns unexpected exceptions into one-line messages on the shell's error stream."""

    def __init__(self, shell: ReplShell, debug: bool):
        self.shell = shell
        self.debug = debug
        self.pending: list[str] = []

    def format(self, where: str, exc: BaseException) -> str:
        detail = " ".join(str(exc).split()) or "(no message)"
        text = f"pyshell: internal error in {where}: {type(exc).__name__}: {detail}\n"
        if self.debug:
            import traceback
            text += "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        return text

    def report(self, where: str, exc: BaseException) -> None:
        self.write(self.format(where, exc))

    def defer(self, where: str, exc: BaseException) -> None:
        """For errors raised while the editor owns the screen: printed once the prompt returns."""
        self.pending.append(self.format(where, exc))

    def flush(self) -> None:
        while self.pending:
            self.write(self.pending.pop(0))

    def write(self, text: str) -> None:
        try:
            self.shell.host.write_error(text)
        except Exception:
            stream = sys.stderr or sys.__stderr__
            if stream is not None:
                try:
                    stream.write(text)
                    stream.flush()
                except Exception:
                    pass


def _prompt_text(shell: ReplShell, reporter: _Reporter) -> str:
    try:
        text = shell.prompt()
    except Exception as exc:
        reporter.report("prompt", exc)
        return FALLBACK_PROMPT
    return text if isinstance(text, str) else str(text)


def _build_session(shell: ReplShell, reporter: _Reporter,
                   input: Input | None, output: Output | None) -> PromptSession:
    from prompt_toolkit.output import create_output

    from .lexer import output_is_terminal, use_color
    from .session import build_session
    if output is None:
        # Draw the editor on whichever of stdout/stderr is a terminal, so `pyshell | tee log`
        # still shows the prompt on screen.
        output = create_output(always_prefer_tty=True)
    colour = use_color(output_is_terminal(output))
    return build_session(shell, reporter.defer, colour=colour, input=input, output=output)


def _execute(shell: ReplShell, text: str, reporter: _Reporter,
             after_ctrl_c: Callable[[], None] | None = None) -> int | None:
    """Run one accepted input. Returns an exit code when the loop must stop. `after_ctrl_c` is
    called when Ctrl+C stopped the command (without it, a newline goes to the error stream when
    the interrupt escaped the engine)."""
    try:
        shell.execute(text)
        if after_ctrl_c is not None and _stopped(shell):
            after_ctrl_c()
    except KeyboardInterrupt:
        # The contract says execute handles Ctrl+C itself; be safe anyway.
        if after_ctrl_c is not None:
            after_ctrl_c()
        else:
            reporter.write("\n")
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except Exception as exc:
        reporter.report("execute", exc)
    return getattr(shell, "exit_code", None)


def run_repl(shell: ReplShell, *, no_logo: bool = False,
             input: Input | None = None, output: Output | None = None) -> int:
    """Run the interactive loop on ``shell`` until the user leaves; return the exit code.

    ``input``/``output`` are prompt_toolkit objects (pipe input and DummyOutput in tests). When no
    input is given and standard input is not a terminal, the editor is skipped and lines are read
    plainly from stdin (see :func:`run_plain`).
    """
    debug = bool(os.environ.get("PYSHELL_DEBUG"))
    reporter = _Reporter(shell, debug)
    if input is None and not _stdin_is_terminal():
        return run_plain(shell, sys.stdin, reporter=reporter)

    early: EarlyPrompt | None = None
    first_prompt: str | None = None
    if input is None and output is None:
        # The banner and the first prompt go up before the editor is loaded.
        _write_banner(shell, reporter, no_logo)
        no_logo = True
        first_prompt = _prompt_text(shell, reporter)
        early = _show_early(first_prompt, reporter)

    try:
        session = _build_session(shell, reporter, input, output)
    except Exception as exc:
        # No editor could be made (odd terminal, ...): read plain lines from the terminal instead.
        if early is not None:
            early.restore()
            shell.host.write("\n")
        reporter.report("REPL setup", exc)
        if input is not None:
            return 1
        return run_plain(shell, sys.stdin, reporter=reporter, show_prompts=True)
    except BaseException:
        if early is not None:
            early.restore()     # never leave the terminal without echo
        raise

    _write_banner(shell, reporter, no_logo)
    from .runner import PromptRunner
    runner = PromptRunner()
    try:
        return _loop(shell, session, runner, reporter, first_prompt, early)
    finally:
        if early is not None:
            early.restore()
        try:
            runner.close()
        except Exception as exc:  # noqa: BLE001
            reporter.report("closing the line editor", exc)
        flush = getattr(session.history, "flush", None)
        if flush is not None:
            try:
                flush()        # HistorySaveStyle SaveAtExit
            except Exception as exc:  # noqa: BLE001
                reporter.report("saving the history", exc)


def _write_banner(shell: ReplShell, reporter: _Reporter, no_logo: bool) -> None:
    if not no_logo:
        try:
            shell.host.write(banner())
        except Exception as exc:
            reporter.report("banner", exc)


def _show_early(prompt: str, reporter: _Reporter) -> EarlyPrompt | None:
    """The first prompt drawn ahead of the editor, on the terminal the editor will use."""
    try:
        from .early import show_early_prompt
        stream = sys.stdout if sys.stdout is not None and sys.stdout.isatty() else sys.stderr
        if stream is None:
            return None
        stream.flush()
        return show_early_prompt(prompt, sys.stdin, stream)
    except Exception as exc:  # noqa: BLE001 - the editor draws the prompt anyway
        reporter.report("the first prompt", exc)
        return None


def _loop(shell: ReplShell, session: PromptSession, runner: PromptRunner, reporter: _Reporter,
          first_prompt: str | None = None, early: EarlyPrompt | None = None) -> int:
    failures = 0
    while True:
        prompt, first_prompt = first_prompt, None
        first_early, early = early, None
        try:
            code, failed = _one_round(shell, session, runner, reporter, prompt, first_early)
        except KeyboardInterrupt:
            # Ctrl+C landing between the editor and the engine: just start over, on a line of its own.
            _fresh_line(session)
            continue
        if code is not None:
            return code
        failures = failures + 1 if failed else 0
        if failures >= MAX_PROMPT_FAILURES:
            reporter.write("pyshell: the line editor keeps failing; leaving.\n")
            return 1


def _one_round(shell: ReplShell, session: PromptSession, runner: PromptRunner, reporter: _Reporter,
               prompt: str | None = None, early: EarlyPrompt | None = None) -> tuple[int | None, bool]:
    """Prompt once and run what was typed: (exit code if the loop must end, editor failed?).
    `prompt` is the prompt text when it is known already (the first one, drawn early)."""
    from .runner import InterruptOutsideEditing
    from .session import apply_options
    code = getattr(shell, "exit_code", None)
    if code is not None:
        return code, False
    try:
        apply_options(session)
    except Exception as exc:  # noqa: BLE001 - bad options cost their effect, not the prompt
        reporter.report("the PSReadLine options", exc)
    if prompt is None:
        prompt = _prompt_text(shell, reporter)
    assist = session.__dict__.get("assist")
    message = assist.prompt_message(prompt, lambda: session.default_buffer.text) if assist else prompt
    try:
        if early is not None:
            early.hand_over()
        # A SIGINT at any moment of the prompt, even just after Enter, counts as Ctrl+C for it
        # (runner.py says why the prompt does not simply call session.prompt).
        text = runner.prompt(session, message)
    except KeyboardInterrupt as exc:
        # Ctrl+C: the typed text is dropped and a fresh prompt follows. The editor leaves the
        # line itself when it was reading keys; otherwise the terminal may have echoed ^C.
        reporter.flush()
        if isinstance(exc, InterruptOutsideEditing):
            _fresh_line(session)
        return None, False
    except EOFError:
        reporter.flush()
        return getattr(shell, "exit_code", None) or 0, False
    except Exception as exc:
        reporter.flush()
        reporter.report("the line editor", exc)
        return None, True
    finally:
        if early is not None:
            early.restore()     # the first prompt has returned: the terminal mode the shell had
    reporter.flush()
    if not text.strip():
        return None, False
    return _execute(shell, text, reporter, after_ctrl_c=lambda: _fresh_line(session)), False


def _stopped(shell: ReplShell) -> bool:
    """Whether Ctrl+C stopped the command that just ran."""
    return bool(getattr(getattr(shell, "context", None), "stopped", False))


def _fresh_line(session: PromptSession) -> None:
    """Start the next prompt on a line of its own, as PowerShell's console does after Ctrl+C: the
    terminal echoed ^C where the cursor was. Only for a terminal; the host's output (a transcript,
    a pipe) gets nothing."""
    from .lexer import output_is_terminal
    try:
        output = session.app.output
        if output_is_terminal(output):
            output.write_raw("\r\n")
            output.flush()
    except Exception:  # noqa: BLE001 - a cosmetic newline must not cost the prompt
        pass


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except Exception:
        return False


def run_plain(shell: ReplShell, stream: TextIO | None, *, reporter: _Reporter | None = None,
              show_prompts: bool = False) -> int:
    """Read commands line by line from ``stream`` without an editor or colour.

    Prompts (the shell's, then ``>> `` for continuation lines) are written to the host only when
    ``show_prompts`` is set: for piped input they would only clutter the output.

    Lines are gathered while ``shell.is_incomplete`` says the command goes on; whatever is left at
    the end of the stream is run as it is, so the engine reports the unfinished command.
    """
    if reporter is None:
        reporter = _Reporter(shell, bool(os.environ.get("PYSHELL_DEBUG")))
    if stream is None:
        return getattr(shell, "exit_code", None) or 0
    pending: list[str] = []
    while True:
        if show_prompts:
            text = CONTINUATION_PROMPT if pending else _prompt_text(shell, reporter)
            try:
                shell.host.write(text)
            except Exception as exc:
                reporter.report("prompt", exc)
        try:
            line = stream.readline()
        except KeyboardInterrupt:
            pending.clear()
            continue
        except Exception as exc:
            reporter.report("reading input", exc)
            line = ""
        if not line:
            break
        pending.append(line.rstrip("\r\n"))
        text = "\n".join(pending)
        try:
            more = bool(text.strip()) and shell.is_incomplete(text)
        except Exception as exc:
            reporter.report("is_incomplete", exc)
            more = False
        if more:
            continue
        pending.clear()
        if not text.strip():
            continue
        code = _execute(shell, text, reporter)
        if code is not None:
            return code
    if pending and "\n".join(pending).strip():
        code = _execute(shell, "\n".join(pending), reporter)
        if code is not None:
            return code
    return getattr(shell, "exit_code", None) or 0
