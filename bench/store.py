"""B6 store queries and B8 (second half) `-Identity <Tab>` completion, against a store of 100,000
XMPP partners (bench.fixtures), in this process."""
from __future__ import annotations

import json
import sqlite3
import statistics
import time

from bench.fixtures import BIG_STORE_PARTNERS, Fixtures
from bench.harness import BenchError, Row, clock, ms, paired

IDENTITY = "xmpp.contoso.com"
IDENTITY_REPEATS = 200


def _shell(store: str):
    """A shell session on `store`, in a process set up as the pyshell command sets up its own."""
    from pyshell.cli import tune_collector
    from pyshell.host import CaptureHost
    from pyshell.shell import Shell
    tune_collector()
    shell = Shell(CaptureHost(), store=store)
    if not shell.execute(f'$null = Get-CsXmppAllowedPartner -Identity "{IDENTITY}"'):  # opens the store
        raise BenchError(f"Get-CsXmppAllowedPartner failed on {store}: {shell.run('$Error[0]').output[:300]}")
    return shell


def _collect(shell, script: str):
    def run() -> None:
        if not shell.execute(script):
            raise BenchError(f"pyshell failed to run {script!r}")
    return run


def raw_filter(path: str):
    """The baseline: one SQL query for the partners whose Identity ends in .org, each row's JSON
    properties turned into a Python dict."""
    conn = sqlite3.connect(path)

    def run() -> list:
        rows = conn.execute("SELECT properties FROM documents WHERE doc_type = 'XmppAllowedPartner' "
                            "AND identity_key LIKE '%.org' ORDER BY id")
        return [json.loads(p) for (p,) in rows]
    return conn, run


def b6_filter(fx: Fixtures, rounds: int) -> Row:
    path = fx.big_store()
    conn, base = raw_filter(path)
    shell = _shell(path)
    try:
        expected = len(base())
        cand = _collect(shell, '$r = Get-CsXmppAllowedPartner -Filter "*.org"')
        cand()
        got = shell.context.get_var("r")
        if not isinstance(got, list) or len(got) != expected:
            raise BenchError(f"-Filter returned {len(got) if isinstance(got, list) else got!r}, not {expected}")
        r = paired(base, cand, rounds)
    finally:
        shell.close()
        conn.close()
    return Row("B6a", f'store: -Filter "*.org" over {BIG_STORE_PARTNERS:,} partners', r.ratio, "≤ 3×",
               r.ratio <= 3, f"pyshell {ms(r.cand)}, raw sqlite3 + json {ms(r.base)} ({expected:,} rows)")


def b6_identity(fx: Fixtures, rounds: int) -> Row:
    small, big = _shell(fx.demo_store()), _shell(fx.big_store())
    script = "; ".join([f'$r = Get-CsXmppAllowedPartner -Identity "{IDENTITY}"'] * IDENTITY_REPEATS)
    try:
        r = paired(_collect(small, script), _collect(big, script), rounds)
    finally:
        small.close()
        big.close()
    return Row("B6b", f"store: -Identity, {BIG_STORE_PARTNERS:,} vs demo store", r.ratio, "≤ 1.2×",
               r.ratio <= 1.2, f"{r.cand / IDENTITY_REPEATS * 1e6:.0f} µs per lookup on the big store, "
                               f"{r.base / IDENTITY_REPEATS * 1e6:.0f} µs on the demo store")


def b8_completion(fx: Fixtures, rounds: int) -> Row:
    title = f"REPL: -Identity <Tab>, {BIG_STORE_PARTNERS:,} partners"
    try:
        from pyshell.repl.completion import complete
    except ImportError as exc:
        return Row("B8b", title, None, "≤ 50 ms", None, f"no completer to measure yet ({exc})", unit="ms")
    text = "Get-CsXmppAllowedPartner -Identity "
    shell = _shell(fx.big_store())
    try:
        t0 = time.perf_counter()
        first = complete(text, len(text), shell.context)
        first_s = time.perf_counter() - t0
        if not first or not any(c.text == IDENTITY for c in first):
            raise BenchError(f"completion offered {len(first)} candidates, without {IDENTITY}")
        times = [clock(lambda: complete(text, len(text), shell.context)) for _ in range(rounds)]
    finally:
        shell.close()
    figure = statistics.median(times) * 1000
    return Row("B8b", title, figure, "≤ 50 ms", figure <= 50,
               f"median of {rounds} completions, {len(first):,} candidates each"
               + (f" (of {first.total:,})" if getattr(first, "total", None) else "")
               + f"; the first took {ms(first_s)}",
               unit="ms")
