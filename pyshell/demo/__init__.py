"""Demo mode: `pyshell --demo script.ps1` presents a script statement by statement.

Each step shows the comments before a statement as narration, then the prompt, then the statement
"typed" one character at a time (at `--speed` characters a second, or at once with `--instant`),
and waits for a key:

    Enter, Space, n, Right    run it and go on        s          skip it (do not run it)
    b, p, Left                back to the step before  + / -      type faster / slower
    i                         typing on or instant     q, Esc     leave the demo
    ?                         list the keys

Going back does not undo what a statement did (pair the demo with Import-CsDemoSnapshot for that).
All statements run in one session, as if typed at its prompt, so errors point into the statement
itself (`At line:1 char:N`). When standard input is not a terminal the keys are read from it, and
once it ends the demo carries on by itself, which is how a demo runs unattended in CI.
"""
from __future__ import annotations

import time
from pyshell.demo.keys import BACK, FASTER, HELP, INSTANT, QUIT, RUN, SKIP, SLOWER, KeyReader, meaning
from pyshell.demo.script import DemoScriptError, Step, split_steps

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TextIO

__all__ = ["run_demo", "split_steps", "Step", "DemoScriptError", "DEFAULT_SPEED"]

DEFAULT_SPEED = 30.0          # characters a second
_HELP = ("keys: Enter/Space/n/Right run; b/p/Left back; s skip; +/- speed; i instant typing; "
         "q/Esc quit")
_NARRATION, _DIM, _RESET = "\x1b[36m", "\x1b[2m", "\x1b[0m"


class Demo:
    def __init__(self, shell: Any, steps: list[Step], keys: KeyReader, *, speed: float, instant: bool):
        self.shell = shell
        self.steps = steps
        self.keys = keys
        self.speed = max(speed, 1.0)
        self.instant = instant or speed <= 0
        self.colour = bool(getattr(shell.host, "color", False))
        self.hints = keys.is_terminal

    # -- output ------------------------------------------------------------------------------------
    def write(self, text: str) -> None:
        self.shell.context.host.write(text)

    def styled(self, text: str, style: str) -> str:
        return f"{style}{text}{_RESET}" if self.colour else text

    def narrate(self, lines: tuple[str, ...]) -> None:
        if not lines:
            return
        out = [self.styled(line, _NARRATION) if self.colour else (f"# {line}" if line else "#") for line in lines]
        self.write("\n".join(out) + "\n")

    def type_out(self, code: str) -> None:
        if self.instant:
            self.write(code)
            return
        delay = 1.0 / self.speed
        for i, ch in enumerate(code):
            if self.keys.pending():          # a key while typing: show the rest at once
                self.write(code[i:])
                return
            self.write(ch)
            if not ch.isspace():
                time.sleep(delay)

    def hint(self, n: int) -> int:
        if not self.hints:
            return 0
        text = f"  [{n}/{len(self.steps)}]"
        self.write(self.styled(text, _DIM))
        return len(text)

    def unhint(self, width: int) -> None:
        if width:
            self.write("\b" * width + " " * width + "\b" * width)

    # -- the loop ------------------------------------------------------------------------------------
    def run(self) -> int:
        i = 0
        count = len(self.steps)
        while i < count:
            step = self.steps[i]
            self.narrate(step.narration)
            if not step.code:
                i += 1
                continue
            self.write(self.shell.prompt())
            self.type_out(step.code)
            action = self.wait(i + 1, step.code)
            if action == QUIT:
                self.write("\n")
                return self.shell.exit_code or 0
            if action == BACK:
                self.write("\n" + (self.styled("(back)", _DIM) if self.colour else "(back)") + "\n")
                i = self._previous(i)
                continue
            self.write("\n")
            if action == SKIP:
                i += 1
                continue
            self.shell.execute(step.code)
            if self.shell.exit_code is not None:
                return self.shell.exit_code
            i += 1
        return self.shell.exit_code or 0

    def _previous(self, i: int) -> int:
        j = i - 1
        while j > 0 and not self.steps[j].code:
            j -= 1
        return max(j, 0)

    def wait(self, n: int, code: str) -> str:
        shown = self.hint(n)
        try:
            while True:
                key = self.keys.read()
                if key is None:                      # input ended: carry on by itself
                    return RUN
                action = meaning(key)
                if action == FASTER:
                    self.speed = min(self.speed * 1.5, 1000.0)
                elif action == SLOWER:
                    self.speed = max(self.speed / 1.5, 2.0)
                elif action == INSTANT:
                    self.instant = not self.instant
                elif action == HELP:
                    self.unhint(shown)
                    self.write("\n" + self.styled(_HELP, _DIM) + "\n" + self.shell.prompt() + code)
                    shown = self.hint(n)
                elif action in (RUN, BACK, SKIP, QUIT):
                    return action
        finally:
            self.unhint(shown)


def run_demo(shell: Any, path: str, *, speed: float = DEFAULT_SPEED, instant: bool = False,
             keys: TextIO | None = None) -> int:
    """Present the script at `path` in `shell`; returns the exit code for the command line."""
    from pyshell.commands.scripts import read_script_text
    try:
        text = read_script_text(path)
    except (OSError, UnicodeDecodeError) as exc:
        reason = "it is not a text file" if isinstance(exc, UnicodeDecodeError) else exc.strerror
        shell.host.write_error(f"pyshell: cannot read the demo script '{path}': {reason}.\n")
        return 1
    try:
        steps = split_steps(text, path)
    except DemoScriptError as exc:
        shell.host.write_error(f"pyshell: {exc}\n")
        return 1
    with KeyReader(keys) as reader:
        return Demo(shell, steps, reader, speed=speed, instant=instant).run()
