"""B3 filter, B4 extra pipeline stages, B5 streaming memory.

B3 and B4 run in this process, on partner objects (the PSObjects Get-CsXmppAllowedPartner writes)
held in a variable of a shell session. The baseline is a list comprehension over the same objects
that reads each partner's stored SaslNegotiation value and compares its name without regard to
case, which is what `-eq "Required"` asks of an enum property. The process runs with the garbage
collector settings the pyshell command gives its own process (pyshell.cli.tune_collector), for
the baseline as much as for pyshell.
"""
from __future__ import annotations

import json
import statistics
import subprocess

from bench.fixtures import Fixtures
from bench.harness import BenchError, Row, clock, paired, per_item_ns, python

FILTER = '{$_.SaslNegotiation -eq "Required"}'


def comprehension(objs: list) -> list:
    return [o for o in objs if o._values["saslnegotiation"].name.lower() == "required"]


def session(objs: list):
    """A shell session in this process, set up as the pyshell command sets up its process."""
    from pyshell.cli import tune_collector
    from pyshell.host import CaptureHost
    from pyshell.shell import Shell
    tune_collector()
    shell = Shell(CaptureHost(), store=":memory:")
    shell.context.set_var("objs", objs)
    return shell


def _runner(shell, script: str, expected: int):
    """A callable that runs `script` (which leaves its result in $r) and a check that it
    produced `expected` objects: a benchmark that fails quickly must not pass for a fast one."""
    def run() -> None:
        shell.context.set_var("r", None)
        if not shell.execute(script):
            raise BenchError(f"pyshell failed to run {script!r}: {shell.run('$Error[0]').output[:300]}")
    run()
    got = shell.context.get_var("r")
    count = len(got) if isinstance(got, list) else (0 if got is None else 1)
    if count != expected:
        raise BenchError(f"{script!r} gave {count} objects, not {expected}")
    shell.context.set_var("r", None)
    return run


def b3(fx: Fixtures, rounds: int, n: int) -> Row:
    objs = fx.objects(n)
    expected = len(comprehension(objs))
    shell = session(objs)
    try:
        run = _runner(shell, f"$r = $objs | Where-Object {FILTER}", expected)
        r = paired(lambda: comprehension(objs), run, rounds)
    finally:
        shell.context.set_var("objs", None)
        shell.close()
    holds = r.ratio <= 2.5
    stretch = " (stretch ≤ 1.5× holds)" if r.ratio <= 1.5 else ""
    return Row("B3", f"filter: Where-Object over {n:,} partners", r.ratio, "≤ 2.5×", holds,
               f"pyshell {per_item_ns(r.cand, n)}, comprehension {per_item_ns(r.base, n)}{stretch}")


def b4(fx: Fixtures, rounds: int, n: int, stages: tuple[int, ...] = (0, 1, 2)) -> Row:
    """The cost of one more `ForEach-Object {$_}` stage: the least-squares slope of the pipeline's
    time over the number of extra stages, per object, against the comprehension's cost."""
    objs = fx.objects(n)
    expected = len(comprehension(objs))
    shell = session(objs)
    try:
        runs = [_runner(shell, "$r = $objs" + " | ForEach-Object {$_}" * k + f" | Where-Object {FILTER}",
                        expected) for k in stages]
        for run in runs:
            run()
        ratios, slopes, bases = [], [], []
        for _ in range(rounds):
            base = clock(lambda: comprehension(objs))
            times = [clock(run) for run in runs]
            slope = _slope(stages, times)
            ratios.append(slope / base)
            slopes.append(slope)
            bases.append(base)
    finally:
        shell.context.set_var("objs", None)
        shell.close()
    ratio = statistics.median(ratios)
    return Row("B4", f"stages: each ForEach-Object {{$_}} ({n:,} objects)", ratio, "≤ 3×", ratio <= 3,
               f"one stage {per_item_ns(statistics.median(slopes), n)}, comprehension "
               f"{per_item_ns(statistics.median(bases), n)}")


def _slope(xs: tuple[int, ...], ys: list[float]) -> float:
    mx = sum(xs) / len(xs)
    my = sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


# --- B5: memory ----------------------------------------------------------------------------------------

STREAM = ('1..{n} | ForEach-Object {{ [pscustomobject]@{{ Name = "partner$_"; '
          'SaslNegotiation = ("Required", "Optional")[$_ % 2] }} }} | '
          'Where-Object {{ $_.SaslNegotiation -eq "Required" }} | Measure-Object')

_PEAK = r"""
import sys
from pyshell.cli import main
rc = main(["-NoProfile", "-Command", sys.argv[1]])
sys.stdout.flush()
peak = 0
with open("/proc/self/status") as fh:
    for line in fh:
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1])
print()
print(__import__("json").dumps({"rc": rc, "peak_kib": peak}))
"""


def peak_kib(script: str, env: dict[str, str]) -> tuple[int, str]:
    """Peak resident memory of a pyshell process that runs `script`, as the process itself saw it
    (VmHWM), and what the script printed."""
    proc = subprocess.run([python(), "-c", _PEAK, script], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        raise BenchError(f"the memory run failed: {proc.stderr[-300:]}")
    result = json.loads(lines[-1])
    if result["rc"] != 0:
        raise BenchError(f"pyshell failed on the streaming pipeline: {proc.stderr[-300:]}")
    return result["peak_kib"], "\n".join(lines[:-1])


def b5(fx: Fixtures, n: int, env: dict[str, str]) -> Row:
    try:
        small, out_small = peak_kib(STREAM.format(n=1000), env)
        large, out_large = peak_kib(STREAM.format(n=n), env)
    except FileNotFoundError:
        return Row("B5", "memory: streaming pipeline", None, "≤ +20 MiB", None,
                   "needs /proc/self/status (Linux) to read the peak")
    if f"{n // 2}" not in out_large:
        raise BenchError(f"the streaming pipeline counted wrongly: {out_large[:300]!r}")
    growth = (large - small) / 1024
    return Row("B5", f"memory: stream of {n:,} objects vs 1,000", growth, "≤ +20 MiB", growth <= 20,
               f"peak {large / 1024:.1f} MiB for {n:,}, {small / 1024:.1f} MiB for 1,000", unit="MiB")
