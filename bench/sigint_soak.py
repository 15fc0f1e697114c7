"""Soak: SIGINT at random moments around Enter, against the real REPL on a pseudo-terminal.

    python bench/sigint_soak.py                          # 400 rounds, about three minutes
    python bench/sigint_soak.py --rounds 2000 --seed 7

Each round types a short command, presses Enter, and sends SIGINT to the shell at a random moment
from 5 ms before Enter to 60 ms after it: while the editor reads keys, while it shuts down after
Enter, while the command runs, or while the next prompt comes up. Then a command whose output is
known shows that the shell still answers. Some rounds run `while ($true) {}`, which ends only if
the interrupt is acted on, so a lost interrupt shows as a command that never answers.

Counted per round: Python noise on the screen or on stderr (a traceback, a warning, "Exception
ignored in ..."), anything else on stderr, and the shell dying (it is started again). The exit
status is 1 when any of these happened. The tests pin the same moments deterministically
(tests/repl/test_session.py); this run is for the timing they cannot reach. POSIX only.
"""
from __future__ import annotations

import argparse
import os
import pty
import random
import re
import select
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON_NOISE = re.compile(rb"Traceback|Warning|Exception ignored|never awaited|Task was destroyed|"
                          rb"CancelledError|KeyboardInterrupt")
COMMANDS = ["'x'", "$n++", "1..300 | % { $_ } | Out-Null", "Get-CsAdminRole | Out-Null", "",
            "while ($true) {}", "while ($true) {}"]


class Shell:
    """`pyshell` on a pseudo-terminal, its stderr in a file."""

    def __init__(self, python: str, home: str, err_path: str):
        env = {"PYSHELL_STORE": ":memory:", "HOME": home, "XDG_STATE_HOME": home + "/state",
               "XDG_CONFIG_HOME": home + "/config", "TERM": "xterm", "PATH": os.environ.get("PATH", ""),
               "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(ROOT)}
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                os.dup2(err, 2)
                os.chdir(ROOT)
                os.execve(python, [python, "-m", "pyshell", "-NoProfile", "-NoLogo"], env)
            finally:
                os._exit(127)
        self.screen = bytearray()

    def pump(self, timeout: float) -> None:
        end = time.time() + timeout
        while True:
            left = end - time.time()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                return
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.screen.extend(chunk)
            if b"\x1b[6n" in chunk:
                os.write(self.fd, b"\x1b[1;1R")      # answer the editor's cursor position request

    def settle(self, quiet: float = 0.03, longest: float = 1.0) -> None:
        """Read until the editor has drawn what was typed: no output for `quiet` seconds."""
        end = time.time() + longest
        size = -1
        while size != len(self.screen) and time.time() < end:
            size = len(self.screen)
            self.pump(quiet)

    def type(self, text: str) -> None:
        os.write(self.fd, text.encode())

    def interrupt(self) -> None:
        os.kill(self.pid, signal.SIGINT)

    def answers(self, tag: int, timeout: float = 5) -> bool:
        """Run a command whose output is known and wait for that output."""
        start, marker = len(self.screen), f"sync{tag}".encode()
        self.type(f"'sy' + 'nc{tag}'\r")
        for wait in (timeout, 3):
            end = time.time() + wait
            while time.time() < end:
                if self.screen.find(marker, start) >= 0:
                    return True
                self.pump(0.05)
            self.type("\r")          # the command was taken half: finish it and look again
        return False

    def dead(self) -> bool:
        try:
            return bool(os.waitpid(self.pid, os.WNOHANG)[0])
        except ChildProcessError:
            return True

    def stop(self) -> None:
        if not self.dead():
            self.type("exit\r")
            self.pump(1)
        if not self.dead():
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=400)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--python", default=sys.executable, help="the interpreter that runs pyshell")
    args = ap.parse_args()
    if not hasattr(os, "fork"):
        print("needs a POSIX system (pseudo-terminals and signals)")
        return 2
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="sigint-soak-") as home:
        err_path = os.path.join(home, "stderr")
        open(err_path, "wb").close()
        shell = Shell(args.python, home, err_path)
        if not shell.answers(0, timeout=30):
            print("the shell did not start:", bytes(shell.screen[-500:]))
            return 2
        findings: list[tuple[int, float, str, str]] = []    # round, delay, kind, text
        err_size, screen_mark = 0, len(shell.screen)
        for i in range(1, args.rounds + 1):
            delay = rnd.uniform(-0.005, 0.060)
            shell.type(rnd.choice(COMMANDS))
            shell.settle()          # so that the typed keys are the editor's, not left for the next prompt
            if delay < 0:
                shell.interrupt()
                time.sleep(-delay)
                shell.type("\r")
            else:
                shell.type("\r")
                time.sleep(delay)
                shell.interrupt()
            shell.pump(0.15)
            if not shell.dead() and not shell.answers(i):
                findings.append((i, delay, "no answer", "the command went on after SIGINT"))
                shell.interrupt()
                shell.answers(-i)
            with open(err_path, "rb") as f:
                f.seek(err_size)
                err = f.read()
            err_size += len(err)
            screen = bytes(shell.screen[screen_mark:])
            if PYTHON_NOISE.search(err) or PYTHON_NOISE.search(screen):
                text = err.decode(errors="replace") or screen.decode(errors="replace")[-400:]
                findings.append((i, delay, "python noise", text))
            elif err:
                findings.append((i, delay, "other stderr", err.decode(errors="replace")))
            if shell.dead():
                findings.append((i, delay, "died", "the shell died; started again"))
                shell.stop()
                shell = Shell(args.python, home, err_path)
                if not shell.answers(0, timeout=30):
                    print("the shell did not start again")
                    break
            screen_mark = len(shell.screen)
            if i % 50 == 0:
                print(f"{i} rounds, {len({n for n, *_ in findings})} with findings", flush=True)
        shell.stop()
    kinds = {kind: len({n for n, _, k, _ in findings if k == kind})
             for kind in ("python noise", "other stderr", "no answer", "died")}
    print(f"seed {seed}, {args.rounds} rounds: " + ", ".join(f"{kind} {n}" for kind, n in kinds.items()))
    for i, delay, kind, text in findings:
        print(f"--- round {i}, SIGINT {delay * 1000:+.1f} ms after Enter: {kind}\n{text.rstrip()}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
