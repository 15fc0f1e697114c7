"""--explain, --demo (with keys from standard input), --record (asciicast v2), and what -Command imports."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def pyshell(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_COLOR="1", PYSHELL_STORE=":memory:")
    return subprocess.run([sys.executable, "-m", "pyshell", "-NoProfile", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_explain_reports_each_pipeline_before_its_output():
    r = pyshell("--explain", "-Command", "1, 5, 12 | Where-Object {$_ -gt 4}")
    assert r.stdout.startswith("Pipeline: 1, 5, 12 | Where-Object {$_ -gt 4}\n")
    assert "      dropped  1: $_ is 1, so -gt 4 is False\n" in r.stdout
    assert r.stdout.endswith("\n5\n12\n")


DEMO = """# Narration for the first step.
$n = 2
# The answer.
$n * 21   # typed with its comment
'never run'
# The end.
"""


def test_demo_shows_narration_types_statements_and_follows_keys(tmp_path):
    script = tmp_path / "d.ps1"
    script.write_text(DEMO, encoding="utf-8")
    # run, back (to step 1), run, run, skip the third statement.
    r = pyshell("--demo", str(script), "--instant", stdin="\nb\n\ns")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert out.startswith("# Narration for the first step.\nPS ")
    assert "> $n * 21   # typed with its comment\n(back)\n# Narration for the first step.\n" in out
    assert out.count("42\n") == 1
    assert "> 'never run'\n# The end.\n" in out


def test_demo_runs_unattended_when_input_ends(tmp_path):
    script = tmp_path / "d.ps1"
    script.write_text(DEMO, encoding="utf-8")
    r = pyshell("--demo", str(script), "--speed", "1000")
    assert r.returncode == 0
    assert "42\nPS " in r.stdout and "never run\n# The end.\n" in r.stdout


def test_demo_quit_and_bad_scripts(tmp_path):
    script = tmp_path / "d.ps1"
    script.write_text(DEMO, encoding="utf-8")
    assert "42" not in pyshell("--demo", str(script), "--instant", stdin="\nq").stdout
    broken = tmp_path / "broken.ps1"
    broken.write_text("if (", encoding="utf-8")
    r = pyshell("--demo", str(broken))
    assert r.returncode == 1 and "line 1" in r.stderr and "Traceback" not in r.stderr
    assert pyshell("--demo", str(script), "--speed", "fast").returncode == 64


def test_record_writes_asciicast_v2_with_a_marker_per_command(tmp_path):
    script = tmp_path / "d.ps1"
    script.write_text(DEMO, encoding="utf-8")
    cast = tmp_path / "demo.cast"
    r = pyshell("--record", str(cast), "--demo", str(script), "--instant")
    assert r.returncode == 0
    lines = cast.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])
    assert header["version"] == 2 and header["width"] > 0 and header["height"] > 0
    events = [json.loads(line) for line in lines[1:]]
    assert all(isinstance(e[0], float) and e[1] in ("o", "m") for e in events)
    assert [e[2] for e in events if e[1] == "m"] == ["$n = 2", "$n * 21   # typed with its comment", "'never run'"]
    text = "".join(e[2] for e in events if e[1] == "o")
    assert "42\r\n" in text and "\n" not in text.replace("\r\n", "")
    times = [e[0] for e in events]
    assert times == sorted(times)


def test_record_with_command(tmp_path):
    cast = tmp_path / "c.cast"
    r = pyshell("--record", str(cast), "-Command", "'hi'")
    assert r.stdout == "hi\n"
    events = [json.loads(line) for line in cast.read_text(encoding="utf-8").splitlines()[1:]]
    assert ["m", "'hi'"] in [e[1:] for e in events]
    assert ["o", "hi\r\n"] in [e[1:] for e in events]


def test_command_imports_neither_the_editor_nor_jupyter():
    code = ("import sys; from pyshell.cli import main; main(['-NoProfile', '-c', "
            "'Trace-Pipeline { 1 | Where-Object { $_ } } | Out-Null']); "
            "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in "
            "('prompt_toolkit', 'pygments', 'jupyter_client', 'ipykernel', 'zmq')}))")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                       env=dict(os.environ, PYSHELL_STORE=":memory:"))
    assert r.stdout.strip().endswith("[]"), r.stdout + r.stderr


def test_the_tour_runs_in_demo_mode():
    r = pyshell("--demo", "examples/tour.ps1", "--instant")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert out.startswith("# A guided tour of the Get-CsXmppAllowedPartner help page.\n")
    assert "> Get-CsXmppAllowedPartner - Filter \"*.org\"\n" in out
    assert "PositionalParameterNotFound" in r.stderr
    assert "Central store: 11 partners; local replica: 11\n" in out
    assert out.rstrip().endswith("# That is the whole page. Thanks for following along.")
