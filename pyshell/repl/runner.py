"""How the REPL runs its prompts: on one event loop kept for the session, with SIGINT held back.

``PromptSession.prompt()`` runs every prompt through ``asyncio.run()``, which makes a new event
loop for it and closes that loop afterwards. With ``handle_sigint=False`` (prompt_toolkit's own
handler drops a SIGINT that comes once the input is accepted) that left several ways for a SIGINT
(Ctrl+C pressed while the terminal is briefly in its usual mode around Enter, or ``kill -INT``)
to end in Python noise, about one in a hundred around Enter:

* asyncio.run covers only the middle of the run with its handler. While the loop is being made,
  and while leftover tasks are cancelled, async generators and the executor shut down and the
  loop closed, Python's default handler raises KeyboardInterrupt in the middle of that work:
  "coroutine ... was never awaited", a loop half made or never closed.
* Its handler raises KeyboardInterrupt itself for a SIGINT that comes once the prompt's task is
  done, or for a second one, wherever the loop happens to be: prompt_toolkit then logs
  "Loading history failed" with a traceback, say.
* In Python 3.11 a SIGINT just after that handler is installed cancels the prompt's task before
  the count of interrupts is reset, so the prompt ends with CancelledError rather than
  KeyboardInterrupt, and CancelledError is no Exception: the shell died with a traceback.
* A closed loop is left in a reference cycle and freed whenever the garbage collector next runs,
  which may be in the middle of the next command. A SIGINT while its ``__del__`` runs is printed
  as "Exception ignored in: <function BaseEventLoop.__del__ ...>" and is lost: the command the
  user meant to stop runs on. (The same goes for the task of a prompt ended by Ctrl+C.)

So the REPL keeps one loop and runs each prompt on it with ``prompt_async``. From before the
prompt starts until it has finished, SIGINT goes to a handler that never raises: it notes the
interrupt and, when the editor is waiting for keys, ends the prompt as the Ctrl+C key does. An
interrupt noted at any moment of the prompt counts as Ctrl+C for it: what was typed is dropped,
even when Enter had already been pressed, so the command does not run. Outside the prompt SIGINT
is Python's KeyboardInterrupt as usual, which the engine turns into a stopped command.

The handler is used only when SIGINT has Python's default handler and the REPL runs on the main
thread; otherwise SIGINT is left as it is (ignored, or owned by whoever embeds the REPL).
"""
from __future__ import annotations

import asyncio
import signal
import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterator

__all__ = ["PromptRunner", "InterruptOutsideEditing"]


class InterruptOutsideEditing(KeyboardInterrupt):
    """An interrupt that came while the editor was not reading keys (starting up, or finishing
    after Enter). The terminal was in its usual mode then, so it may have echoed ^C at the start
    of the line the next prompt would take."""


class _EditorInterrupt(Exception):
    """What the editor's future is ended with on Ctrl+C. An ordinary exception, not
    KeyboardInterrupt, which asyncio lets escape from the middle of a loop iteration."""


class PromptRunner:
    """Runs ``session.prompt_async`` on an event loop of its own, made on first use."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None

    def prompt(self, session: Any, message: Any) -> str:
        """The text the user entered. Raises KeyboardInterrupt (InterruptOutsideEditing when the
        editor was not reading keys at the time) for Ctrl+C or SIGINT, EOFError for Ctrl+D."""
        session.interrupt_exception = _EditorInterrupt
        app = session.app
        interrupted = False         # a SIGINT came at some moment of this prompt
        while_editing = False       # ... and ended the editor while it was reading keys
        finished = False            # this prompt is over (a late call of end_prompt must not end the next)

        def end_prompt() -> None:
            nonlocal while_editing
            future = app.future
            if not finished and app.is_running and future is not None and not future.done():
                while_editing = True
                app.exit(exception=_EditorInterrupt(), style="class:aborting")

        def on_sigint(signum: int, frame: Any) -> None:
            nonlocal interrupted
            interrupted = True
            loop = self._loop
            if loop is not None and not loop.is_closed():
                loop.call_soon_threadsafe(end_prompt)      # also wakes the loop from select()

        def pre_run() -> None:
            if interrupted:          # came before the editor had started: end it at once
                end_prompt()

        outcome: BaseException | None = None
        text = ""
        try:
            with _sigint_handler(on_sigint):
                try:
                    if self._loop is None:
                        self._loop = asyncio.new_event_loop()
                    if not interrupted:
                        text = self._loop.run_until_complete(
                            session.prompt_async(message, handle_sigint=False, pre_run=pre_run))
                except (_EditorInterrupt, KeyboardInterrupt) as exc:
                    interrupted, while_editing = True, True
                    # The prompt's task holds this exception, whose traceback holds the task: left
                    # so, the pair waits for the garbage collector, and the task's finaliser (a
                    # Python callback of asyncio's task registry) then runs at some later moment,
                    # where a SIGINT would be "Exception ignored" and lost. Without the traceback
                    # both go now, while SIGINT is still held back.
                    exc.__traceback__ = None
                except EOFError as exc:       # Ctrl+D: the same pair as above
                    exc.__traceback__ = None
                    outcome = exc
                except BaseException as exc:  # noqa: BLE001 - raised again below, with SIGINT back
                    outcome = exc
        except KeyboardInterrupt:
            # A SIGINT that was waiting as the handler was put in or taken out: Python's own
            # handler gets it first, in this function, where it does no harm.
            interrupted = True
        finally:
            finished = True
        if interrupted:
            raise KeyboardInterrupt() if while_editing else InterruptOutsideEditing()
        if outcome is not None:
            raise outcome
        return text

    def close(self) -> None:
        """Finish what is left on the loop and close it, as asyncio.run does. The session is
        ending: a SIGINT meanwhile is ignored."""
        loop, self._loop = self._loop, None
        if loop is None or loop.is_closed():
            return
        try:
            with _sigint_handler(lambda signum, frame: None):
                try:
                    pending = asyncio.all_tasks(loop)
                    for task in pending:
                        task.cancel()
                    if pending:
                        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
                    loop.run_until_complete(loop.shutdown_asyncgens())
                    loop.run_until_complete(loop.shutdown_default_executor())
                finally:
                    loop.close()
        except KeyboardInterrupt:   # one that was waiting as the handler went in or out
            if not loop.is_closed():
                loop.close()


@contextmanager
def _sigint_handler(handler: Callable[[int, Any], None]) -> Iterator[None]:
    """`handler` for SIGINT inside the block, when SIGINT has Python's default handler."""
    installed = False
    if threading.current_thread() is threading.main_thread():
        try:
            if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
                signal.signal(signal.SIGINT, handler)
                installed = True
        except (ValueError, OSError):
            pass
    try:
        yield
    finally:
        if installed:
            signal.signal(signal.SIGINT, signal.default_int_handler)
