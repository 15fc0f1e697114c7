"""pyshell/shell.py: the built-in prompt function and how Shell.prompt() draws the prompt."""
from __future__ import annotations

import os

from pyshell.runtime.scriptblock import DelayParsedScriptBlock
from pyshell.shell import DEFAULT_PROMPT_TEXT, Shell


def _unparsed(block: DelayParsedScriptBlock) -> bool:
    # The slots stay empty until something reads the tree or the code.
    try:
        object.__getattribute__(block, "node")
    except AttributeError:
        return True
    return False


def test_the_builtin_prompt_is_drawn_without_parsing_it():
    shell = Shell(store=":memory:")
    try:
        info = shell.context.global_scope.functions["prompt"]
        assert isinstance(info.body, DelayParsedScriptBlock)
        assert _unparsed(info.body)
        assert shell.prompt() == f"PS {os.getcwd()}> "
        assert _unparsed(info.body)
        shell.execute("$null = (Get-Item function:prompt).Definition")
        assert not _unparsed(info.body)
        assert info.body.ps_to_string() == DEFAULT_PROMPT_TEXT
    finally:
        shell.close()


def test_the_builtin_prompt_run_as_a_function_writes_what_the_fast_path_draws(tmp_path):
    shell = Shell(store=":memory:")
    try:
        shell.run(f"Set-Location '{tmp_path}'")
        assert shell.run("prompt").output == shell.prompt() + "\n"
        shell.run("Set-Location Alias:")
        assert shell.run("prompt").output == shell.prompt() + "\n"
    finally:
        shell.close()


def test_a_redefined_prompt_runs_even_with_the_builtin_text():
    shell = Shell(store=":memory:")
    try:
        shell.execute("Set-Item function:prompt (Get-Content function:prompt).ToString().Replace('PS ', 'again ')")
        assert shell.prompt() == f"again {os.getcwd()}> "
        shell.execute("Remove-Item function:prompt")
        assert shell.prompt() == "PS>"
    finally:
        shell.close()


def test_sessions_do_not_share_the_builtin_prompt():
    one, two = Shell(store=":memory:"), Shell(store=":memory:")
    try:
        one.execute("function prompt { 'one> ' }")
        assert one.prompt() == "one> "
        assert two.prompt() == f"PS {os.getcwd()}> "
    finally:
        one.close()
        two.close()
