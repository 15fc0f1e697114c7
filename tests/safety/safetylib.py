"""Shared by the safety tests: run a script in a fresh shell and see the ErrorRecords it reported
as well as what it printed; every run also checks that no Python internals reached the user."""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fuzz"))

from fuzzlib import PYTHON_LEAKS  # noqa: E402
from pyshell.shell import Shell  # noqa: E402


@dataclass
class Ran:
    output: str
    errors: str
    success: bool
    exit_code: int | None
    ids: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


def run_script(text: str) -> Ran:
    shell = Shell(store=":memory:", settings={"non_interactive": True})
    records = []                       # the errors shown to the user (caught ones are not)
    original = shell.context.error_sink

    def show(rec):
        records.append(rec)
        original(rec)
    shell.context.error_sink = show
    try:
        r = shell.run(text)
    finally:
        shell.close()
    ran = Ran(r.output, r.errors, r.success, r.exit_code, [x.error_id for x in records],
              [x.message for x in records])
    for stream in (ran.output, ran.errors):
        for leak in PYTHON_LEAKS:
            assert leak not in stream or leak in text, f"Python internals shown ({leak!r}):\n{stream}"
    assert "InternalError" not in ran.ids, ran.errors
    return ran


def first_id(ran: Ran) -> str:
    assert ran.ids, f"expected an error, got output {ran.output!r}"
    return ran.ids[0]


def normal_view_ids(errors: str) -> list[str]:
    return re.findall(r"FullyQualifiedErrorId : (\S+)", errors)
