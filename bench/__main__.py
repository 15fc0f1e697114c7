"""Run the benchmark suite and print its table: `python -m bench` from the repository root.

    python -m bench                 every benchmark, B1 to B8 (several minutes)
    python -m bench --only B3,B7    some of them
    python -m bench --quick         fewer rounds and smaller inputs, to try the suite out

The exit status is 0 when every target holds, 1 when one does not, 2 when a benchmark could not run.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
import traceback

if __package__ in (None, ""):  # run as a file: make `bench` importable
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench.fixtures import Fixtures
from bench.harness import BenchError, Row, format_table

ALL = ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8")


def plan(fx: Fixtures, quick: bool):
    """(key, title, thunk) for every benchmark; a thunk returns a list of rows."""
    from bench import parsing, pipeline, startup, store
    start_rounds = 7 if quick else 21
    n_filter = 100_000 if quick else 1_000_000
    n_stages = 20_000 if quick else 100_000
    n_memory = 100_000 if quick else 1_000_000
    rounds = 3 if quick else 7
    env = startup._env(fx)
    return [
        ("B1", lambda: [startup.b1(fx, start_rounds)]),
        ("B2", lambda: [startup.b2(fx, start_rounds)]),
        ("B3", lambda: [pipeline.b3(fx, rounds if quick else 5, n_filter)]),
        ("B4", lambda: [pipeline.b4(fx, rounds, n_stages)]),
        ("B5", lambda: [pipeline.b5(fx, n_memory, env)]),
        ("B6", lambda: [store.b6_filter(fx, rounds), store.b6_identity(fx, rounds * 3)]),
        ("B7", lambda: [parsing.b7(rounds * 3)]),
        ("B8", lambda: [startup.b8_prompt(fx, 5 if quick else 11), store.b8_completion(fx, rounds * 3)]),
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description="pyshell's benchmark suite (issue #8).")
    ap.add_argument("--only", default="", help="comma-separated benchmarks to run, e.g. B3,B7")
    ap.add_argument("--quick", action="store_true", help="fewer rounds and smaller inputs")
    ap.add_argument("--verbose", action="store_true", help="print a traceback when a benchmark fails")
    args = ap.parse_args(argv)
    wanted = [k.strip().upper() for k in args.only.split(",") if k.strip()] or list(ALL)
    unknown = [k for k in wanted if k not in ALL]
    if unknown:
        ap.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(ALL)}")
    from bench.startup import byte_compile
    from pyshell.cli import tune_collector
    byte_compile()
    # The benchmarks that run in this process (B3, B4, B6, B7, B8b) run it as the pyshell command
    # runs its own: with the same garbage collector setting, for baselines and pyshell alike.
    tune_collector()
    rows: list[Row] = []
    failed = False
    with Fixtures() as fx:
        for key, thunk in plan(fx, args.quick):
            if key not in wanted:
                continue
            t0 = time.perf_counter()
            print(f"{key} ...", end=" ", file=sys.stderr, flush=True)
            try:
                new = thunk()
            except BenchError as exc:
                failed = True
                new = [Row(key, "could not run", None, "", None, str(exc))]
            except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others
                failed = True
                if args.verbose:
                    traceback.print_exc()
                new = [Row(key, "could not run", None, "", None, f"{type(exc).__name__}: {exc}")]
            print(f"{time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
            rows.extend(new)
    print(format_table(rows))
    if failed:
        return 2
    return 0 if all(r.holds is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
