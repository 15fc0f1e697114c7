"""The REPL against a real Shell, through prompt_toolkit's pipe input: completion, paste, history
search, suggestions, multi-line editing, options, Ctrl+C of a running pipeline, a broken completer.

Keys are sent in chunks from a thread, with a pause between chunks, because completion runs in
the background: a key sent in the same chunk as Tab would be handled before the completion lands.
"""
from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time
import warnings
from contextlib import contextmanager
from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from pyshell.host import CaptureHost
from pyshell.repl import run_repl
from pyshell.shell import Shell

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

ENTER, TAB, CTRL_C, CTRL_D, CTRL_R = "\r", "\t", "\x03", "\x04", "\x12"
UP, RIGHT, F1 = "\x1b[A", "\x1b[C", "\x1bOP"
PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"
PAUSE = 0.4


class RecordingShell(Shell):
    """A real Shell that also remembers what the REPL asked it to run."""

    def __init__(self):
        super().__init__(CaptureHost(), store=":memory:")
        self.executed: list[str] = []

    def execute(self, text, name="", args=None, **options):
        self.executed.append(text)
        return super().execute(text, name, args, **options)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("PYSHELL_DEBUG", raising=False)


@pytest.fixture
def python_sigint():
    """Python's own SIGINT handler for the tests that send SIGINT. A test run started with SIGINT
    ignored (a background job of a non-interactive shell, for one) inherits that, Python then leaves
    it ignored, and the loop the Ctrl+C test starts could never be stopped: the run would hang."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def drive(*chunks: Any, shell: RecordingShell | None = None, pause: float = PAUSE,
          output: Any = None) -> RecordingShell:
    """Run the REPL, typing each chunk after a pause (a chunk that is a function is called instead:
    a signal, say); the last chunk should leave (Ctrl+D). The editor draws on `output`, by default
    nowhere."""
    shell = shell or RecordingShell()
    with create_pipe_input() as pipe:
        def typist():
            for chunk in chunks:
                time.sleep(pause)
                if callable(chunk):
                    chunk()
                else:
                    pipe.send_text(chunk)
        thread = threading.Thread(target=typist, daemon=True)
        thread.start()
        run_repl(shell, input=pipe, output=output or DummyOutput(), no_logo=True)
        thread.join(5)
    shell.close()
    return shell


def test_tab_completes_the_issue_example():
    shell = drive("Get-CsXmppAllowedPartner | Where-Object {$_.Sa", TAB,
                  ' -eq "Required"}' + ENTER, CTRL_D)
    assert shell.executed == ['Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"}']
    assert "xmpp.contoso.com" in shell.host.output and "gmail.com" not in shell.host.output


def test_tab_cycles_and_shift_tab_goes_back():
    shell = drive("Get-CsAdminRole -", TAB, TAB, "\x1b[Z", " x" + ENTER, CTRL_D)
    assert shell.executed == ["Get-CsAdminRole -Identity x"]


def test_tab_completes_parameter_values_from_the_store():
    shell = drive("Get-CsXmppAllowedPartner -Identity xmpp.contoso.c", TAB, ENTER, CTRL_D)
    assert shell.executed == ["Get-CsXmppAllowedPartner -Identity xmpp.contoso.com"]


def test_bracketed_paste_runs_as_one_script():
    script = "$a = 'one'\n$b = 'two'\n$a + $b"
    shell = drive(PASTE_START + script.replace("\n", "\r\n") + "\r\n" + PASTE_END, ENTER, CTRL_D)
    assert shell.executed == [script]          # one input; the copied block's last line end dropped
    assert shell.host.output == "onetwo\n"


def test_incomplete_input_continues():
    shell = drive("Get-CsAdminRole |" + ENTER, "Where-Object { $_.Identity -eq 'CsHelpDesk' }" + ENTER,
                  "{" + ENTER, "}" + ENTER, CTRL_D)
    assert shell.executed[0] == "Get-CsAdminRole |\nWhere-Object { $_.Identity -eq 'CsHelpDesk' }"
    assert shell.executed[1] == "{\n}"


def test_up_moves_inside_a_multi_line_input():
    shell = drive("'a'" + "\x1b\r" + "'b'", UP, "+1" + ENTER, CTRL_D)
    assert shell.executed == ["'a'+1\n'b'"]


def test_history_prefix_search_and_reverse_search():
    drive("'alpha'" + ENTER, "'beta'" + ENTER, "$null" + ENTER, CTRL_D)
    shell = drive("'a", UP, ENTER, CTRL_R, "bet", ENTER, ENTER, CTRL_D)
    assert shell.executed == ["'alpha'", "'beta'"]


def test_grey_suggestion_from_history_is_accepted_with_right_arrow():
    drive("Get-CsAdminRole -Identity CsHelpDesk" + ENTER, CTRL_D)
    shell = drive("Get-CsAdminRole -I", RIGHT, ENTER, CTRL_D)
    assert shell.executed == ["Get-CsAdminRole -Identity CsHelpDesk"]


def test_prediction_source_none_turns_suggestions_off():
    drive("Get-CsAdminRole -Identity CsHelpDesk" + ENTER, CTRL_D)
    shell = drive("Set-PSReadLineOption -PredictionSource None" + ENTER, "Get-CsAdminRole -I", RIGHT,
                  "dentity CsVoiceAdministrator" + ENTER, CTRL_D)
    assert shell.executed[-1] == "Get-CsAdminRole -Identity CsVoiceAdministrator"


def test_vi_edit_mode_from_the_options():
    shell = drive("Set-PSReadLineOption -EditMode Vi" + ENTER, "'abc'", "\x1b", "0x", "A", ENTER, CTRL_D,
                  pause=0.7)
    assert shell.executed[-1] == "abc'"


def interrupt_when_counting(shell: RecordingShell) -> threading.Thread:
    """Ctrl+C (a SIGINT) as soon as `$n++` is counting, and again while it still counts: one lost
    interrupt must fail the test, not hang the test run (a CI run once hung here)."""
    def count():
        try:
            return shell.context.get_var("n")
        except Exception:       # read from this thread while the loop writes it: read again later
            return None

    def interrupt_when_busy():
        deadline = time.time() + 20
        while time.time() < deadline:
            n = count()
            if isinstance(n, int) and n > 500:
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.5)
                before = count()
                time.sleep(0.3)
                if count() == before:
                    return      # stopped
                continue
            time.sleep(0.05)

    watcher = threading.Thread(target=interrupt_when_busy, daemon=True)
    watcher.start()
    return watcher


def test_ctrl_c_stops_a_running_pipeline_and_the_loop_goes_on(python_sigint):
    shell = RecordingShell()
    interrupt_when_counting(shell)
    drive("while ($true) { $n++ }" + ENTER, "'after'" + ENTER, CTRL_D, shell=shell, pause=1.0)
    assert shell.executed == ["while ($true) { $n++ }", "'after'"]
    assert shell.host.output == "after\n"
    assert shell.host.errors == ""


@pytest.mark.skipif(sys.platform.startswith("win"), reason="needs a pseudo-terminal")
def test_after_ctrl_c_stops_a_command_the_next_prompt_starts_on_a_line_of_its_own(monkeypatch, python_sigint):
    # The terminal echoes ^C where the cursor is, and PowerShell's console starts the next prompt
    # on the line below. The editor draws on a pseudo-terminal here; what reaches it between one
    # prompt and the next is what the REPL wrote there itself (the host's output goes elsewhere).
    from prompt_toolkit.output.vt100 import Vt100_Output
    monkeypatch.setenv("PROMPT_TOOLKIT_NO_CPR", "1")    # nothing would answer cursor position requests
    master, slave = os.openpty()
    screen = bytearray()

    def read_screen():
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            screen.extend(chunk)
    reader = threading.Thread(target=read_screen, daemon=True)
    reader.start()
    terminal = os.fdopen(slave, "w", encoding="utf-8")
    shell = RecordingShell()
    interrupt_when_counting(shell)
    try:
        drive("while ($true) { $n++ }" + ENTER, "'after'" + ENTER, CTRL_D, shell=shell, pause=1.0,
              output=Vt100_Output.from_pty(terminal, term="xterm"))
    finally:
        terminal.close()
        reader.join(5)
        os.close(master)
    # Each prompt ends by turning bracketed paste off, and the next one starts by turning it on.
    between = [part.split(b"\x1b[?2004h")[0].replace(b"\r", b"")
               for part in bytes(screen).split(b"\x1b[?2004l")[1:-1]]
    assert between == [b"\n", b""]          # after the stopped command only
    assert shell.host.output == "after\n"   # the host's output has no extra line
    assert shell.host.errors == ""


def test_ctrl_c_just_after_enter_stops_the_command(monkeypatch, python_sigint):
    # The editor takes a few milliseconds (more on a busy machine) to tidy up after Enter. A SIGINT
    # in that time used to go to prompt_toolkit's own handler, which drops it once the input is
    # accepted, and the command then ran as if Ctrl+C had never been pressed. Here the signal is
    # raised at the worst moment: as the input is accepted. Nothing can hang: 'ran' ends by itself.
    import pyshell.repl.app as app_module
    real_build = app_module._build_session

    def build(*args, **kwargs):
        session = real_build(*args, **kwargs)
        buffer = session.default_buffer
        accept = buffer.accept_handler

        def accept_then_interrupt(buff):
            keep = accept(buff)
            if buff.text == "'ran'":
                signal.raise_signal(signal.SIGINT)
            return keep
        buffer.accept_handler = accept_then_interrupt
        return session
    monkeypatch.setattr(app_module, "_build_session", build)
    shell = drive("'ran'" + ENTER, "'after'" + ENTER, CTRL_D)
    assert shell.executed == ["'after'"]
    assert shell.host.output == "after\n"
    assert shell.host.errors == ""


@contextmanager
def python_noise():
    """Collects what Python itself would print on stderr: warnings (a coroutine never awaited, an
    unclosed event loop) and exceptions raised in finalisers ("Exception ignored in: ...")."""
    noise: list[str] = []
    hook = sys.unraisablehook
    sys.unraisablehook = lambda u: noise.append(f"{u.exc_type.__name__} ignored in {u.object!r}")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield noise
            gc.collect()            # whatever was left for the garbage collector is finalised now
        noise.extend(f"{w.category.__name__}: {w.message}" for w in caught)
    finally:
        sys.unraisablehook = hook


def test_sigint_as_the_editor_shuts_down_counts_as_ctrl_c_and_python_prints_nothing(monkeypatch, python_sigint):
    # The editor's last step after Enter, once the terminal has its usual mode back (so a Ctrl+C
    # there is a SIGINT): it keeps the keys typed ahead for the next prompt.
    import prompt_toolkit.application.application as application
    real_store = application.store_typeahead

    def store_then_interrupt(input, keys):
        real_store(input, keys)
        if not store_then_interrupt.done:
            store_then_interrupt.done = True
            signal.raise_signal(signal.SIGINT)
    store_then_interrupt.done = False
    monkeypatch.setattr(application, "store_typeahead", store_then_interrupt)
    with python_noise() as noise:
        shell = drive("'ran'" + ENTER, "'after'" + ENTER, CTRL_D)
    assert shell.executed == ["'after'"]
    assert shell.host.output == "after\n"
    assert shell.host.errors == ""
    assert noise == []


def test_sigint_as_the_prompts_event_loop_stops_drops_that_input_only(monkeypatch, python_sigint):
    # The editor has returned the input and its event loop has stopped: the interrupt still
    # counts for that input, and for no later prompt.
    import asyncio
    real_run = asyncio.BaseEventLoop.run_until_complete

    def run_then_interrupt(loop, future):
        result = real_run(loop, future)
        if result == "'ran'":
            signal.raise_signal(signal.SIGINT)
        return result
    monkeypatch.setattr(asyncio.BaseEventLoop, "run_until_complete", run_then_interrupt)
    with python_noise() as noise:
        shell = drive("'ran'" + ENTER, "'after'" + ENTER, CTRL_D)
    assert shell.executed == ["'after'"]
    assert shell.host.output == "after\n"
    assert noise == []


def test_sigint_as_the_editor_starts_up_counts_as_ctrl_c_and_python_prints_nothing(monkeypatch, python_sigint):
    # Before the first prompt can take keys its event loop is made. A SIGINT there used to stop
    # asyncio half-way: "coroutine 'Application.run_async' was never awaited" and an unclosed loop.
    import asyncio
    policy = asyncio.get_event_loop_policy()
    real_new_loop = policy.new_event_loop
    made: list[Any] = []

    def new_loop_then_interrupt():
        loop = real_new_loop()
        made.append(loop)
        if len(made) == 1:
            signal.raise_signal(signal.SIGINT)
        return loop
    monkeypatch.setattr(policy, "new_event_loop", new_loop_then_interrupt)
    with python_noise() as noise:
        shell = drive("'typed'" + ENTER, "'after'" + ENTER, CTRL_D)
    assert shell.executed == ["'typed'", "'after'"]      # the keys wait for the next prompt
    assert shell.host.output == "typed\nafter\n"
    assert shell.host.errors == ""
    assert noise == []
    assert all(loop.is_closed() for loop in made)


def test_sigint_as_the_editors_event_loop_is_shut_down_prints_nothing(monkeypatch, python_sigint):
    # Shutting the loop down runs asyncio's own coroutines; a KeyboardInterrupt between making one
    # and running it used to leave "coroutine 'BaseEventLoop.shutdown_default_executor' was never
    # awaited" (and a loop nobody closed) on the screen.
    import asyncio
    real_shutdown = asyncio.BaseEventLoop.shutdown_default_executor

    def shutdown_then_interrupt(loop):
        coroutine = real_shutdown(loop)
        if not shutdown_then_interrupt.done:
            shutdown_then_interrupt.done = True
            signal.raise_signal(signal.SIGINT)
        return coroutine
    shutdown_then_interrupt.done = False
    monkeypatch.setattr(asyncio.BaseEventLoop, "shutdown_default_executor", shutdown_then_interrupt)
    with python_noise() as noise:
        shell = drive("'ran'" + ENTER, CTRL_D)
    assert shell.host.errors == ""
    assert noise == []


def test_the_editor_leaves_no_event_loop_or_task_to_the_garbage_collector(python_sigint):
    # Whatever waits for the garbage collector is finalised wherever a collection happens to run:
    # in the middle of the next command, say. The finalisers of event loops and tasks are Python
    # code, and a Ctrl+C meant to stop that command, landing in one, was "Exception ignored" and
    # lost. Each prompt used to leave its closed event loop behind, and a prompt ended by Ctrl+C
    # its task as well.
    import asyncio
    leftovers: list[str] = []

    class Probe(RecordingShell):
        def execute(self, text, name="", args=None, **options):
            gc.set_debug(gc.DEBUG_SAVEALL)
            try:
                gc.collect()
                leftovers.extend(type(o).__name__ for o in gc.garbage
                                 if isinstance(o, (asyncio.AbstractEventLoop, asyncio.Task)))
            finally:
                gc.garbage.clear()
                gc.set_debug(0)
            return super().execute(text, name, args, **options)
    gc.disable()            # so that nothing is collected before the probe looks
    try:
        drive("'one'" + ENTER, "'two'" + ENTER, "'dropped'", CTRL_C, "'three'" + ENTER, CTRL_D, shell=Probe())
    finally:
        gc.enable()
    assert leftovers == []


def test_sigint_at_an_idle_prompt_drops_the_input_and_the_loop_goes_on(python_sigint):
    shell = drive("'dropped'", lambda: os.kill(os.getpid(), signal.SIGINT), "'kept'" + ENTER, CTRL_D)
    assert shell.executed == ["'kept'"]
    assert shell.host.output == "kept\n"


def test_a_completer_bug_is_reported_and_the_loop_survives(monkeypatch):
    import pyshell.repl.session as session_module

    def broken(*args, **kwargs):
        raise ZeroDivisionError("completer fell over")
    monkeypatch.setattr(session_module, "complete", broken)
    shell = drive("Get-CsAdmin", TAB, "Role -Identity CsHelpDesk" + ENTER, CTRL_D)
    assert shell.executed == ["Get-CsAdminRole -Identity CsHelpDesk"]
    assert "internal error in completion: ZeroDivisionError" in shell.host.errors
    assert "Traceback" not in shell.host.errors


def test_f1_pages_long_help_and_returns(monkeypatch):
    import pyshell.repl.pager as pager_module
    shown = []
    real = pager_module.make_pager

    def spy(text, title, *args):
        shown.append((title, text))
        return real(text, title, *args)
    monkeypatch.setattr(pager_module, "make_pager", spy)
    shell = drive("Get-CsAdminRole", F1, "q", " -Identity CsHelpDesk" + ENTER, CTRL_D)
    assert shown and shown[0][0] == "Help: Get-CsAdminRole"
    assert "Get-CsAdminRole [[-Identity] <" in shown[0][1]
    assert [t for t in shell.executed if not t.startswith("Get-Help")] == ["Get-CsAdminRole -Identity CsHelpDesk"]


def test_prompt_function_and_profile_are_used(tmp_path):
    profile = tmp_path / "config" / "pyshell" / "profile.ps1"
    profile.parent.mkdir(parents=True)
    profile.write_text("function prompt { 'custom> ' }\n", encoding="utf-8")
    shell = RecordingShell()
    from pyshell.profile import prepare_profile
    assert prepare_profile(shell)
    assert shell.prompt() == "custom> "


def history_file(tmp_path):
    return tmp_path / "state" / "pyshell" / "history"


def test_history_no_duplicates_keeps_the_newest(tmp_path):
    drive("'a'" + ENTER, "'b'" + ENTER, "'a'" + ENTER, CTRL_D)
    shell = drive(UP, UP, ENTER, CTRL_D)
    assert shell.executed == ["'b'"]


def test_history_save_styles(tmp_path):
    drive("Set-PSReadLineOption -HistorySaveStyle SaveNothing" + ENTER, "'secretless'" + ENTER, CTRL_D)
    assert "secretless" not in history_file(tmp_path).read_text(encoding="utf-8")
    other = tmp_path / "elsewhere" / "hist.txt"
    drive(f"Set-PSReadLineOption -HistorySavePath '{other}' -HistorySaveStyle SaveAtExit" + ENTER,
          "'kept at exit'" + ENTER, CTRL_D)
    assert "kept at exit" in other.read_text(encoding="utf-8")


def test_status_line_and_parameter_help():
    from prompt_toolkit.document import Document
    from pyshell.repl.session import Assist
    shell = RecordingShell()
    problems = []
    assist = Assist(shell, lambda where, exc: problems.append(where))
    status = assist.status("Get-CsAdminRole ) x")
    assert status[0] == ("class:status.error", "Unexpected token ')' in expression or statement.")
    assert "At line:1 char:17" in "".join(text for _, text in status)
    assert assist.error_offset("Get-CsAdminRole ) x") == 16
    assert assist.status("Get-CsAdminRole | Where-Object {") is None        # unfinished is not wrong
    assist.show_parameter_help(Document("Get-CsAdminRole -Identity x", 18))
    assert "-Identity <" in assist.message[0][1]
    assert assist.command_at(Document("Get-CsAdminRole | Where-Object { $_.Is }", 34)) == "Where-Object"
    assert not assist.is_command("Get-CsAdminRol")
    assert assist.is_command("where") and assist.is_command("Get-CsAdminRole")
    script = Path(__file__).resolve().parents[2] / "examples" / "get-csadminrole-1.ps1"
    assert assist.is_command(str(script)) and not assist.is_command("./no-such.ps1")
    assert problems == []
    shell.close()


def test_a_cut_short_completion_says_so_under_the_input(monkeypatch):
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document
    from cmdlets.lync import completion as lync
    from pyshell.repl.session import Assist, ShellCompleter
    monkeypatch.setattr(lync, "IDENTITY_LIMIT", 2)
    shell = RecordingShell()
    assist = Assist(shell, lambda where, exc: None)
    completer = ShellCompleter(assist)
    line = "Get-CsXmppAllowedPartner -Identity "
    offered = list(completer.get_completions(Document(line), CompleteEvent()))
    total = shell.context.module_state("Lync").store.count_identities("XmppAllowedPartner")
    assert len(offered) == 2 and total > 2
    assert assist.status(line, completing=True) == [
        ("class:status", f"Showing 2 of {total}; type more of the name to narrow the list.")]
    assert assist.status(line) is None                  # the menu has gone: so has the note
    list(completer.get_completions(Document(line + "xmpp.contoso.c"), CompleteEvent()))
    assert assist.status(line + "xmpp.contoso.c", completing=True) is None
    shell.close()


def test_no_color_turns_the_colours_off(monkeypatch):
    from pyshell.repl.app import _build_session, _Reporter
    monkeypatch.setenv("NO_COLOR", "1")
    shell = RecordingShell()
    with create_pipe_input() as pipe:
        session = _build_session(shell, _Reporter(shell, False), pipe, DummyOutput())
    assert session.lexer is None
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    with create_pipe_input() as pipe:
        session = _build_session(shell, _Reporter(shell, False), pipe, DummyOutput())
    assert session.lexer is not None
    shell.close()
