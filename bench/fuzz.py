"""The long fuzzing run (issue 9): many random inputs, every failure kept, one report at the end.

    python bench/fuzz.py --examples 200000            # all four input families, 200000 each
    python bench/fuzz.py --examples 5000 --only mutate --budget 2 --memory-gb 3

Unlike `PYSHELL_FUZZ_EXAMPLES=N python -m pytest tests/fuzz` (which stops at the first failure and
shrinks it), this run does not stop: it tries every input, groups the failures by their message and
keeps the shortest input of each group, and notes inputs that made the process grow by a lot of
memory. The property and the input families are those of tests/fuzz/fuzzlib.py.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fuzz"))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import fuzzlib  # noqa: E402

FAMILIES = {
    "random": lambda: fuzzlib.random_text(),
    "unicode": lambda: st.text(max_size=60),
    "grammar": lambda: fuzzlib.grammar_scripts(),
    "mutate": lambda: fuzzlib.mutated(fuzzlib.corpus()),
}


def _signature(message: str) -> str:
    first = message.strip().splitlines()[0] if message.strip() else "(empty)"
    return re.sub(r"\d+", "N", re.sub(r"'[^']*'", "'…'", first))[:160]


class Report:
    def __init__(self) -> None:
        self.tried = 0
        self.interrupted = 0
        self.failures: dict[str, dict] = {}
        self.memory: list[dict] = []
        self.started = time.monotonic()

    def fail(self, family: str, text: str, message: str) -> None:
        key = _signature(message)
        seen = self.failures.get(key)
        if seen is None:
            self.failures[key] = {"family": family, "count": 1, "message": message[:2000], "input": text}
            print(f"\n[new failure] {key}\n  input: {text!r}", flush=True)
        else:
            seen["count"] += 1
            if len(text) < len(seen["input"]):
                seen["input"] = text

    def summary(self) -> dict:
        return {"inputs_tried": self.tried, "interrupted_by_budget": self.interrupted,
                "seconds": round(time.monotonic() - self.started, 1),
                "distinct_failures": len(self.failures), "failures": list(self.failures.values()),
                "memory_jumps": self.memory}


def run_family(name: str, examples: int, budget: float, report: Report, memory_step_mb: int) -> None:
    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(FAMILIES[name]())
    def one(text: str) -> None:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        report.tried += 1
        try:
            outcome = fuzzlib.check(text, budget)
            report.interrupted += outcome.interrupted
        except fuzzlib.PropertyFailure as exc:
            report.fail(name, text, str(exc))
        except MemoryError:
            report.fail(name, text, "MemoryError escaped (the process hit its memory limit)")
        except Exception as exc:  # noqa: BLE001 - an escape is exactly what this run looks for
            report.fail(name, text, f"escaped: {type(exc).__name__}: {exc}")
        grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024
        if grown >= memory_step_mb:
            report.memory.append({"family": name, "grew_mb": grown, "input": text})
            print(f"\n[memory] +{grown} MB: {text!r}", flush=True)
        if report.tried % 1000 == 0:
            print(f"  {report.tried} inputs, {len(report.failures)} distinct failures, "
                  f"{report.interrupted} set aside by the budget", flush=True)
    one()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--examples", type=int, default=10000, help="inputs per family (default 10000)")
    ap.add_argument("--only", choices=sorted(FAMILIES), action="append", help="run only these families")
    ap.add_argument("--budget", type=float, default=2.0, help="seconds per input before it is set aside")
    ap.add_argument("--memory-gb", type=float, default=3.0,
                    help="address-space limit for this process, so a runaway input fails instead of "
                         "exhausting the machine (0: none)")
    ap.add_argument("--memory-step-mb", type=int, default=256, help="report inputs that grow the process this much")
    ap.add_argument("--json", help="also write the report to this file")
    args = ap.parse_args(argv)
    if args.memory_gb > 0:
        limit = int(args.memory_gb * 1024 ** 3)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    scratch = Path(os.environ.get("TMPDIR", "/tmp")) / f"pyshell-fuzz-{os.getpid()}"
    scratch.mkdir(parents=True, exist_ok=True)
    os.chdir(scratch)                 # fuzzed redirections write here, never into the repository
    report = Report()
    try:
        for name in args.only or list(FAMILIES):
            print(f"== {name}: {args.examples} inputs", flush=True)
            run_family(name, args.examples, args.budget, report, args.memory_step_mb)
    except KeyboardInterrupt:
        print("\n(stopped by Ctrl+C)")
    summary = report.summary()
    print(json.dumps({k: v for k, v in summary.items() if k not in ("failures", "memory_jumps")}, indent=2))
    for f in summary["failures"]:
        print(f"\n--- {f['count']}x ({f['family']}) {f['message'][:300]}\n    shortest input: {f['input']!r}")
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    return 1 if summary["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
