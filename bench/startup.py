"""B1 start-up, B2 first example, B8 (first half) time to the first REPL prompt.

All three are child processes measured against `python -c pass` run by the same interpreter in the
same environment. Before timing, the repository's packages are byte-compiled, since an installed
pyshell has its .pyc files and a source checkout under PYTHONDONTWRITEBYTECODE would otherwise pay
for compiling every module on every start.
"""
from __future__ import annotations

import compileall
import json
import os
import select
import signal
import statistics
import subprocess
import time

from bench.fixtures import Fixtures
from bench.harness import BenchError, Row, child_env, console_script, ms, paired_children, python, repo_root

EXAMPLE_4 = 'Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"}'
HEAVY = ("prompt_toolkit", "pygments")


def byte_compile() -> None:
    """Byte-compile the packages and write the tokenizer's compiled patterns beside the byte code
    (pyshell/language/patterns.py), as an installed pyshell's first run does."""
    root = repo_root()
    for package in ("pyshell", "cmdlets"):
        compileall.compile_dir(os.path.join(root, package), quiet=1)
    code = "import pyshell.language.parser\nfrom pyshell.language import patterns\nraise SystemExit(0 if patterns.save() else 1)"
    if subprocess.run([python(), "-c", code], cwd=root).returncode != 0:
        raise BenchError("cannot write pyshell/language/__pycache__'s pattern cache")


def _env(fx: Fixtures) -> dict[str, str]:
    # A home of its own: no profile, no history, no store of the person running the suite.
    return child_env(HOME=fx.home, XDG_CONFIG_HOME=os.path.join(fx.home, "config"),
                     XDG_STATE_HOME=os.path.join(fx.home, "state"),
                     XDG_DATA_HOME=os.path.join(fx.home, "data"))


def _pyshell() -> list[str]:
    script = console_script()
    if script is None:
        raise BenchError("no pyshell console script next to this interpreter; install pyshell "
                         "into the environment that runs the suite (pip install -e .)")
    return [script]


def heavy_imports(fx: Fixtures, args: list[str]) -> list[str]:
    """Which of prompt_toolkit and pygments a pyshell run with `args` imports."""
    code = ("import sys\nfrom pyshell.cli import main\nrc = main(%r)\n"
            "sys.stdout.flush()\n"
            "print('\\n' + __import__('json').dumps(sorted({m.split('.')[0] for m in sys.modules} & %r)))"
            % (args, set(HEAVY)))
    proc = subprocess.run([python(), "-c", code], capture_output=True, text=True, env=_env(fx),
                          stdin=subprocess.DEVNULL)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        raise BenchError(f"pyshell {' '.join(args)} failed: {proc.stderr[-300:]}")
    return json.loads(lines[-1])


def b1(fx: Fixtures, rounds: int) -> Row:
    cmd = _pyshell() + ["-NoProfile", "-Command", "exit"]
    r = paired_children([python(), "-c", "pass"], cmd, rounds, _env(fx))
    heavy = heavy_imports(fx, ["-NoProfile", "-Command", "exit"])
    holds = r.ratio <= 1.5 and not heavy
    note = (f"pyshell {ms(r.cand)}, python -c pass {ms(r.base)}; "
            + (f"-Command imports {', '.join(heavy)}" if heavy else "-Command imports neither prompt_toolkit nor pygments"))
    return Row("B1", "start-up: pyshell -NoProfile -Command exit", r.ratio, "≤ 1.5×", holds, note)


def b2(fx: Fixtures, rounds: int) -> Row:
    store = fx.demo_store()
    cmd = _pyshell() + ["--store", store, "-Command", EXAMPLE_4]
    r = paired_children([python(), "-c", "pass"], cmd, rounds, _env(fx))
    return Row("B2", "first example: Example 4 with --store", r.ratio, "≤ 2.5×", r.ratio <= 2.5,
               f"pyshell {ms(r.cand)}, python -c pass {ms(r.base)}")


# --- B8: the first prompt, through a pseudo-terminal ------------------------------------------------

def _first_prompt_seconds(argv: list[str], env: dict[str, str], timeout: float = 20.0) -> tuple[float, float]:
    """Start argv on a pseudo-terminal and return the seconds until a prompt ending in '> ' has
    been drawn, and until a key typed then is shown (the line editor is working); then end the
    session with Ctrl+C, Ctrl+D. Cursor-position queries are answered as a terminal would
    answer them."""
    import pty
    pid, fd = pty.fork()
    if pid == 0:  # the child: become the shell
        try:
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    t0 = time.perf_counter()
    seen = b""
    elapsed = ready = None
    mark = 0
    try:
        while time.perf_counter() - t0 < timeout:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if b"\x1b[6n" in chunk:
                os.write(fd, b"\x1b[1;1R")
            if elapsed is None and _prompt_drawn(seen):
                elapsed = time.perf_counter() - t0
                mark = len(seen)
                os.write(fd, b"#")
            if elapsed is not None and b"#" in seen[mark:]:
                ready = time.perf_counter() - t0
                break
    finally:
        try:
            os.write(fd, b"\x03\x04")
        except OSError:
            pass
        _reap(pid)
        os.close(fd)
    if elapsed is None or ready is None:
        raise BenchError("the REPL drew no prompt, or showed no key typed at it, within %.0f s; it "
                         "wrote: %r" % (timeout, seen[-300:]))
    return elapsed, ready


def _prompt_drawn(seen: bytes) -> bool:
    import re
    text = re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\r", b"", seen)
    return b"PS " in text and text.rstrip(b" ").endswith(b">")


def _reap(pid: int) -> None:
    deadline = time.perf_counter() + 5
    while time.perf_counter() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def b8_prompt(fx: Fixtures, rounds: int) -> Row:
    env = _env(fx)
    env.setdefault("TERM", "xterm")
    cmd = _pyshell() + ["--store", fx.demo_store()]
    base = [python(), "-c", "pass"]
    from bench.harness import run_child
    for _ in range(2):
        run_child(base, env)
        _first_prompt_seconds(cmd, env)
    bs, cs, es, rs = [], [], [], []
    for _ in range(rounds):
        b = run_child(base, env)
        c, e = _first_prompt_seconds(cmd, env)
        bs.append(b)
        cs.append(c)
        es.append(e)
        rs.append(c / b)
    ratio = statistics.median(rs)
    return Row("B8a", "REPL: time to the first prompt", ratio, "≤ 4×", ratio <= 4,
               f"first prompt {ms(statistics.median(cs))}, python -c pass {ms(statistics.median(bs))}; "
               f"a key typed at once shows at {ms(statistics.median(es))}")
