"""Measuring tools shared by the benchmarks: paired timing, child processes, and the result table.

Every figure is a ratio between pyshell and a Python baseline measured in the same run. The two
are run alternately (baseline, pyshell, baseline, pyshell, ...) so that a slow moment of a busy
machine falls on both; the figure is the median of the per-round ratios.
"""
from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence


@dataclass
class Row:
    """One line of the table. `figure` is None when the benchmark could not be measured; `note`
    then says why (and otherwise adds what helps to read the figure)."""
    key: str
    title: str
    figure: float | None
    target: str
    holds: bool | None
    note: str = ""
    unit: str = "×"
    details: dict[str, Any] = field(default_factory=dict)


def format_figure(row: Row) -> str:
    if row.figure is None:
        return "n/a"
    if row.unit == "×":
        return f"{row.figure:.2f}×"
    if row.unit == "MiB":
        return f"{row.figure:+.1f} MiB"
    if row.unit == "ms":
        return f"{row.figure:.1f} ms"
    return f"{row.figure:.2f} {row.unit}"


def format_holds(row: Row) -> str:
    return {True: "yes", False: "no", None: "—"}[row.holds]


def format_table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table (readable as plain text too), with notes below it."""
    head = ("benchmark", "figure", "target", "holds")
    cells = [(f"{r.key} {r.title}", format_figure(r), r.target, format_holds(r)) for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h) for i, h in enumerate(head)]

    def line(values: Sequence[str]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths)) + " |"
    out = [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out.extend(line(c) for c in cells)
    notes = [f"{r.key}: {r.note}" for r in rows if r.note]
    if notes:
        out.append("")
        out.extend(notes)
    return "\n".join(out)


# --- in-process timing ------------------------------------------------------------------------------

def clock(fn: Callable[[], Any]) -> float:
    """Seconds one call of fn takes, after a full garbage collection (so that the debris of the
    previous measurement is not charged to this one). Collection stays enabled while it runs."""
    gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


@dataclass
class Paired:
    ratio: float            # median of the per-round ratios candidate / baseline
    base: float             # median baseline seconds
    cand: float             # median candidate seconds
    ratios: list[float]


def paired(base: Callable[[], Any], cand: Callable[[], Any], rounds: int, warmup: int = 1) -> Paired:
    """Alternate baseline and candidate `rounds` times; see the module docstring."""
    for _ in range(warmup):
        base()
        cand()
    bs, cs, rs = [], [], []
    for _ in range(rounds):
        b = clock(base)
        c = clock(cand)
        bs.append(b)
        cs.append(c)
        rs.append(c / b)
    return Paired(statistics.median(rs), statistics.median(bs), statistics.median(cs), rs)


# --- child processes ---------------------------------------------------------------------------------

def run_child(argv: Sequence[str], env: dict[str, str] | None = None, stdin: bytes | None = None) -> float:
    """Wall seconds from starting argv to its exit. A failure is an error: timing a crash is no result."""
    t0 = time.perf_counter()
    proc = subprocess.run(list(argv), input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          env=env, stdin=None if stdin is not None else subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise BenchError(f"{' '.join(argv)} exited with {proc.returncode}: "
                         f"{proc.stderr.decode(errors='replace')[-400:]}")
    return wall


def paired_children(base: Sequence[str], cand: Sequence[str], rounds: int, env: dict[str, str] | None = None,
                    warmup: int = 2) -> Paired:
    for _ in range(warmup):
        run_child(base, env)
        run_child(cand, env)
    bs, cs, rs = [], [], []
    for _ in range(rounds):
        b = run_child(base, env)
        c = run_child(cand, env)
        bs.append(b)
        cs.append(c)
        rs.append(c / b)
    return Paired(statistics.median(rs), statistics.median(bs), statistics.median(cs), rs)


class BenchError(Exception):
    """A benchmark could not run; the message says why."""


def python() -> str:
    """The interpreter running the suite: pyshell's console script uses the same one."""
    return sys.executable


def console_script(name: str = "pyshell") -> str | None:
    """The installed console script next to the interpreter (bin/pyshell of the venv), if any."""
    path = os.path.join(os.path.dirname(sys.executable), name)
    return path if os.access(path, os.X_OK) else None


def repo_root() -> str:
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def child_env(**extra: str) -> dict[str, str]:
    """The environment children run in: this one, minus anything that would change what pyshell
    does (a store chosen by the caller, a debug switch), plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYSHELL_STORE", "PYSHELL_DEBUG")}
    env.update(extra)
    return env


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def per_item_ns(seconds: float, n: int) -> str:
    return f"{seconds / n * 1e9:.0f} ns/object"
