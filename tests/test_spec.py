"""Spec tests: the language pinned in the language itself, after Oils' spec/*.test.sh.

Each file `tests/spec/*.test.ps1` holds cases:

    #### name of the case
    $x = 1
    $x -eq 1
    ## stdout: True

Directives (lines starting with `## `, after the script):

    ## stdout: TEXT           the whole output is this one line
    ## STDOUT:                the whole output is the lines up to `## END` (taken verbatim)
    ## END
    ## stdout-json: "a\nb\n"  the whole output, as a JSON string (for empty output: "")
    ## error-id: PREFIX       some rendered error has `FullyQualifiedErrorId : PREFIX...`
    ## status: ok|error       ok: no error was shown; error: an error was shown or the run failed
                              (default: error when an error-id is given, else ok)
    ## xfail: REASON          the engine is known to differ from Windows PowerShell 5.1 here;
                              the case must fail (strict), so a fix shows up as XPASS -> failure

Each case runs in a fresh `Shell(store=":memory:")`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pyshell.shell import Shell

SPEC_DIR = Path(__file__).parent / "spec"
_DIRECTIVE = re.compile(r"^## ?(stdout-json|stdout|STDOUT|END|error-id|status|xfail)\b:?\s?(.*)$")


@dataclass
class Case:
    file: str
    name: str
    line: int
    script_lines: list[str] = field(default_factory=list)
    stdout: str | None = None
    error_ids: list[str] = field(default_factory=list)
    status: str | None = None
    xfail: str | None = None

    @property
    def script(self) -> str:
        return "\n".join(self.script_lines)

    @property
    def expected_status(self) -> str:
        if self.status:
            return self.status
        return "error" if self.error_ids else "ok"


def parse_spec(path: Path) -> list[Case]:
    cases: list[Case] = []
    case: Case | None = None
    block: list[str] | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("#### "):
            if block is not None:
                raise ValueError(f"{path.name}:{lineno}: `## STDOUT:` block not closed with `## END`")
            case = Case(path.stem.removesuffix(".test"), raw[5:].strip(), lineno)
            cases.append(case)
            continue
        if case is None:
            continue           # file header comments
        if block is not None:
            if raw.rstrip() == "## END":
                case.stdout = "".join(line + "\n" for line in block)
                block = None
            else:
                block.append(raw)
            continue
        m = _DIRECTIVE.match(raw)
        if m is None:
            if case.stdout is not None or case.error_ids or case.status or case.xfail:
                if raw.strip():
                    raise ValueError(f"{path.name}:{lineno}: script line after the directives of {case.name!r}")
                continue
            case.script_lines.append(raw)
            continue
        key, value = m.group(1), m.group(2)
        if key == "stdout":
            case.stdout = value + "\n"
        elif key == "STDOUT":
            block = []
        elif key == "stdout-json":
            case.stdout = json.loads(value)
        elif key == "error-id":
            case.error_ids.append(value.strip())
        elif key == "status":
            if value.strip() not in ("ok", "error"):
                raise ValueError(f"{path.name}:{lineno}: status must be ok or error")
            case.status = value.strip()
        elif key == "xfail":
            case.xfail = value.strip() or "known difference from PowerShell 5.1"
        else:
            raise ValueError(f"{path.name}:{lineno}: stray {raw!r}")
    if block is not None:
        raise ValueError(f"{path.name}: `## STDOUT:` block not closed with `## END`")
    for c in cases:
        while c.script_lines and not c.script_lines[-1].strip():
            c.script_lines.pop()
        if c.stdout is None and not c.error_ids and c.status is None:
            raise ValueError(f"{path.name}:{c.line}: case {c.name!r} checks nothing")
    return cases


def _all_cases() -> list:
    params = []
    seen: set[str] = set()
    for path in sorted(SPEC_DIR.glob("*.test.ps1")):
        for case in parse_spec(path):
            case_id = f"{case.file}: {case.name}"
            if case_id in seen:
                raise ValueError(f"duplicate spec case {case_id!r}")
            seen.add(case_id)
            params.append(pytest.param(case, id=case_id))
    return params


def _error_ids(errors: str) -> list[str]:
    return re.findall(r"FullyQualifiedErrorId : (.*)", errors)


def check_case(case: Case) -> None:
    where = f"{case.file}.test.ps1:{case.line}"
    shell = Shell(store=":memory:")
    try:
        result = shell.run(case.script)
    except Exception as exc:  # noqa: BLE001 - Shell.run must never raise: report it as a failure
        raise AssertionError(f"{where}: engine crash: Shell.run raised {type(exc).__name__}: {exc}") from exc
    finally:
        shell.close()
    assert "Traceback" not in result.errors and "InternalError" not in result.errors, (
        f"{where}: engine crash\n{result.errors}")
    if case.stdout is not None:
        assert result.output == case.stdout, (
            f"{where}: stdout differs\n--- script\n{case.script}\n--- errors\n{result.errors}")
    ids = _error_ids(result.errors)
    for prefix in case.error_ids:
        assert any(i.startswith(prefix) for i in ids), (
            f"{where}: no error with id {prefix!r}; got {ids}\n{result.errors}")
    if case.expected_status == "ok":
        assert result.errors == "", f"{where}: unexpected error\n{result.errors}"
    else:
        assert result.errors != "" or not result.success, f"{where}: expected the script to fail"


@pytest.mark.parametrize("case", _all_cases())
def test_spec(case: Case) -> None:
    if case.xfail:
        try:
            check_case(case)
        except AssertionError:
            pytest.xfail(case.xfail)
        pytest.fail(f"XPASS(strict): {case.file}: {case.name} now passes; remove its `## xfail:` ({case.xfail})")
    check_case(case)


def test_spec_files_parse() -> None:
    """The spec files themselves are well formed and there are enough cases to matter."""
    assert len(_all_cases()) >= 150


def test_runner_detects_differences(tmp_path: Path) -> None:
    """The runner itself can fail: wrong output, a missing error id, an unexpected error."""
    spec = tmp_path / "meta.test.ps1"
    spec.write_text("#### wrong output\n1 + 1\n## stdout: 3\n\n"
                    "#### missing error\n1 + 1\n## error-id: RuntimeException\n\n"
                    "#### unexpected error\nGet-NoSuchThing\n## stdout-json: \"\"\n\n"
                    "#### right\n1 + 1\n## STDOUT:\n2\n## END\n", encoding="utf-8")
    wrong, missing, unexpected, right = parse_spec(spec)
    for case in (wrong, missing, unexpected):
        with pytest.raises(AssertionError):
            check_case(case)
    check_case(right)
