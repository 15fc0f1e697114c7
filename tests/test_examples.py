"""Every script in examples/ runs through the real command line against a fresh store and prints
exactly its recorded output (NAME.stdout / NAME.stderr beside it).

To record again after a deliberate change: PYSHELL_RECORD=1 python -m pytest tests/test_examples.py
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.ps1"))


def run_example(path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_COLOR="1", PYSHELL_STORE=":memory:")
    result = subprocess.run([sys.executable, "-m", "pyshell", "-NoProfile", "-NonInteractive",
                             str(path.relative_to(ROOT))], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    # An error names the script by its full path, as PowerShell does; the recordings name it from
    # the repository, so that they hold wherever the repository is.
    here = f"{ROOT}{os.sep}"
    result.stdout, result.stderr = result.stdout.replace(here, ""), result.stderr.replace(here, "")
    return result


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_output_matches_recording(script: Path) -> None:
    result = run_example(script)
    assert "Traceback" not in result.stderr
    out_file, err_file = script.with_suffix(".stdout"), script.with_suffix(".stderr")
    if os.environ.get("PYSHELL_RECORD"):
        out_file.write_text(result.stdout, encoding="utf-8")
        if result.stderr:
            err_file.write_text(result.stderr, encoding="utf-8")
        elif err_file.exists():
            err_file.unlink()
    assert result.stdout == out_file.read_text(encoding="utf-8")
    expected_err = err_file.read_text(encoding="utf-8") if err_file.exists() else ""
    assert result.stderr == expected_err


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 10
