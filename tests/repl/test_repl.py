"""REPL tests: a real PromptSession fed through prompt_toolkit's pipe input, against a fake shell."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from pyshell.host import CaptureHost
from pyshell.repl import run_plain, run_repl
from pyshell.repl.app import FALLBACK_PROMPT
from pyshell.repl.history import history_path, is_sensitive
from pyshell.repl.lexer import make_lexer, use_color

ENTER = "\r"
CTRL_C = "\x03"
CTRL_D = "\x04"
ALT_ENTER = "\x1b\r"


class FakeShell:
    """Just enough of pyshell.shell.Shell for the REPL: records what it is asked to run."""

    def __init__(self):
        self.host = CaptureHost()
        self.executed: list[str] = []
        self.exit_code: int | None = None
        self.prompts = 0

    def execute(self, text: str) -> bool:
        self.executed.append(text)
        words = text.split()
        if words and words[0].lower() == "exit":
            self.exit_code = int(words[1]) if len(words) > 1 else 0
        if text == "boom":
            raise RuntimeError("engine\nfell over")
        return True

    def is_incomplete(self, text: str) -> bool:
        if text == "parser-bug":
            raise ValueError("parser fell over")
        return (text.count("{") > text.count("}") or text.count("(") > text.count(")")
                or text.rstrip().endswith("|"))

    def prompt(self) -> str:
        self.prompts += 1
        return f"PS {self.prompts}> "


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("PYSHELL_DEBUG", raising=False)


def drive(keys: str, shell: FakeShell | None = None, **options) -> tuple[int, FakeShell]:
    shell = shell or FakeShell()
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        code = run_repl(shell, input=pipe, output=DummyOutput(), **options)
    return code, shell


def test_single_line_runs():
    code, shell = drive("Get-Date" + ENTER + CTRL_D)
    assert shell.executed == ["Get-Date"]
    assert code == 0


def test_incomplete_input_continues_and_runs_once():
    keys = "if ($x) {" + ENTER + "  'a'" + ENTER + "}" + ENTER + CTRL_D
    _, shell = drive(keys)
    assert shell.executed == ["if ($x) {\n  'a'\n}"]


def test_trailing_pipe_continues():
    _, shell = drive("Get-Thing |" + ENTER + "Select-Object Name" + ENTER + CTRL_D)
    assert shell.executed == ["Get-Thing |\nSelect-Object Name"]


def test_empty_line_inside_a_block_keeps_going():
    _, shell = drive("{" + ENTER + ENTER + "}" + ENTER + CTRL_D)
    assert shell.executed == ["{\n\n}"]


def test_alt_enter_splits_a_complete_command():
    _, shell = drive("a" + ALT_ENTER + "b" + ENTER + CTRL_D)
    assert shell.executed == ["a\nb"]


def test_empty_lines_run_nothing():
    _, shell = drive(ENTER + "   " + ENTER + CTRL_D)
    assert shell.executed == []


def test_ctrl_c_discards_the_line():
    _, shell = drive("Get-Bad" + CTRL_C + "Get-Good" + ENTER + CTRL_D)
    assert shell.executed == ["Get-Good"]


def test_ctrl_c_discards_a_whole_block():
    _, shell = drive("{" + ENTER + "half" + CTRL_C + "Get-Good" + ENTER + CTRL_D)
    assert shell.executed == ["Get-Good"]


def test_ctrl_d_on_empty_line_leaves():
    code, shell = drive(CTRL_D + "Get-Never" + ENTER)
    assert code == 0
    assert shell.executed == []


def test_exit_returns_its_code_and_stops():
    code, shell = drive("exit 3" + ENTER + "Get-Never" + ENTER + CTRL_D)
    assert code == 3
    assert shell.executed == ["exit 3"]


def test_exit_without_code_returns_zero():
    code, shell = drive("exit" + ENTER + "Get-Never" + ENTER + CTRL_D)
    assert code == 0
    assert shell.executed == ["exit"]


def test_execute_exception_does_not_end_the_loop():
    code, shell = drive("boom" + ENTER + "Get-Ok" + ENTER + CTRL_D)
    assert shell.executed == ["boom", "Get-Ok"]
    assert code == 0
    lines = shell.host.errors.splitlines()
    assert len(lines) == 1
    assert "RuntimeError: engine fell over" in lines[0]
    assert "Traceback" not in shell.host.errors


def test_traceback_only_with_pyshell_debug(monkeypatch):
    monkeypatch.setenv("PYSHELL_DEBUG", "1")
    _, shell = drive("boom" + ENTER + CTRL_D)
    assert "Traceback" in shell.host.errors


def test_is_incomplete_failure_accepts_the_input():
    _, shell = drive("parser-bug" + ENTER + "Get-Ok" + ENTER + CTRL_D)
    assert shell.executed == ["parser-bug", "Get-Ok"]
    assert "ValueError: parser fell over" in shell.host.errors


def test_prompt_is_asked_each_time_and_failures_fall_back(monkeypatch):
    shell = FakeShell()
    _, shell = drive("a" + ENTER + "b" + ENTER + CTRL_D, shell)
    assert shell.prompts == 3

    class BadPrompt(FakeShell):
        def prompt(self):
            raise LookupError("no prompt function")

    _, bad = drive("a" + ENTER + CTRL_D, BadPrompt())
    assert bad.executed == ["a"]
    assert "LookupError" in bad.host.errors
    assert FALLBACK_PROMPT == "PS>"


def test_banner_unless_no_logo():
    _, shell = drive(CTRL_D)
    assert shell.host.output.startswith("pyshell ")
    assert "exit to leave" in shell.host.output
    _, quiet = drive(CTRL_D, no_logo=True)
    assert quiet.host.output == ""


def test_history_written_to_state_dir(tmp_path):
    drive("Get-Date" + ENTER + "{" + ENTER + "x" + ENTER + "}" + ENTER
          + "Set-Thing -Password hunter2" + ENTER + CTRL_D)
    path = tmp_path / "state" / "pyshell" / "history"
    text = path.read_text(encoding="utf-8")
    assert "+Get-Date\n" in text
    assert "+{\n+x\n+}\n" in text
    assert "hunter2" not in text


def test_history_is_recalled_in_the_next_session():
    drive("Get-Date" + ENTER + CTRL_D)
    # Up arrow, then Enter: runs the previous session's line again.
    _, shell = drive("\x1b[A" + ENTER + CTRL_D)
    assert shell.executed == ["Get-Date"]


def test_unwritable_history_falls_back_silently(monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    _, shell = drive("Get-Date" + ENTER + CTRL_D)
    assert shell.executed == ["Get-Date"]
    assert shell.host.errors == ""


def test_history_path_rules(tmp_path):
    home = Path.home()
    assert history_path({"XDG_STATE_HOME": str(tmp_path)}, "linux") == tmp_path / "pyshell" / "history"
    assert history_path({"XDG_STATE_HOME": "relative"}, "linux") == home / ".local/state/pyshell/history"
    assert history_path({}, "darwin") == home / ".local/state/pyshell/history"
    assert history_path({"LOCALAPPDATA": "C:/Users/u/AppData/Local"}, "win32") == \
        Path("C:/Users/u/AppData/Local") / "pyshell" / "history"


def test_sensitive_lines():
    assert is_sensitive("ConvertTo-SecureString 'x' -AsPlainText -Force")
    assert is_sensitive("$apiKey = 'abc'")
    assert not is_sensitive("Get-CsAdminRole -Filter '*Voice*'")


def test_colour_rules():
    assert use_color(True, {}) is True
    assert use_color(False, {}) is False
    assert use_color(True, {"NO_COLOR": "1"}) is False
    assert use_color(True, {"NO_COLOR": ""}) is True
    assert use_color(False, {"FORCE_COLOR": "1"}) is True
    assert use_color(True, {"TERM": "dumb"}) is False


def test_lexer_colours_from_our_tokenizer():
    lexer = make_lexer(lambda name: name.lower() == "get-csadminrole")
    fragments = lexer.lex_document(Document("Get-CsAdminRole -Filter '*Voice*' | Get-Bogus"))(0)
    styles = {text: style for style, text in fragments}
    assert styles["Get-CsAdminRole"] == "class:ps.command"
    assert styles["-Filter"] == "class:ps.parameter"
    assert styles["'*Voice*'"] == "class:ps.string"
    assert styles["Get-Bogus"] == "class:ps.unknown-command"


def test_lexer_falls_back_to_pygments(monkeypatch):
    import pyshell.repl.lexer as lexer_module

    def broken(*args, **kwargs):
        raise RuntimeError("highlighter bug")

    problems = []
    monkeypatch.setattr(lexer_module, "highlight", broken)
    lexer = make_lexer(on_error=lambda where, exc: problems.append(where))
    fragments = lexer.lex_document(Document("Get-CsAdminRole -Filter '*Voice*'"))(0)
    assert "".join(text for _, text in fragments) == "Get-CsAdminRole -Filter '*Voice*'"
    assert any("pygments" in style.lower() for style, _ in fragments)
    assert problems == ["syntax colouring"]


def test_run_plain_reads_blocks_and_stops_at_exit():
    shell = FakeShell()
    code = run_plain(shell, io.StringIO("{\n'a'\n}\n\nGet-X\nexit 4\nGet-Never\n"))
    assert code == 4
    assert shell.executed == ["{\n'a'\n}", "Get-X", "exit 4"]
    assert shell.host.output == ""


def test_run_plain_runs_an_unfinished_tail():
    shell = FakeShell()
    assert run_plain(shell, io.StringIO("Get-A\n{ x\n")) == 0
    assert shell.executed == ["Get-A", "{ x"]


def test_only_the_repl_imports_prompt_toolkit_and_pygments():
    """Every other pyshell module must import without prompt_toolkit or pygments."""
    root = Path(__file__).resolve().parents[2]
    script = r"""
import importlib, pkgutil, sys

def walk(package):
    # pkgutil.walk_packages would import pyshell.repl just to look inside it; this walk skips it.
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        # The Jupyter kernel is a front end too: ipykernel brings IPython, which brings prompt_toolkit.
        if info.name in ("pyshell.repl", "pyshell.kernel") or info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception:
            continue  # someone's work in progress; not this test's concern
        if info.ispkg:
            walk(module)

import pyshell
walk(pyshell)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("prompt_toolkit", "pygments"))
print(",".join(loaded[:5]))
"""
    env = dict(os.environ, PYTHONPATH=str(root))
    result = subprocess.run([sys.executable, "-c", script], cwd=root, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
