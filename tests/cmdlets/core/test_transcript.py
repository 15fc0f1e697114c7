"""Start-Transcript / Stop-Transcript: PowerShell's layout, commands after their prompt, output and
errors, -Append, -NoClobber, -IncludeInvocationHeader, -OutputDirectory."""
from __future__ import annotations

import re

from pyshell.shell import Shell


def test_header_commands_output_errors_and_footer(shell_in_tmp, tmp_path):
    target = tmp_path / "t.txt"
    started = shell_in_tmp.run(f"Start-Transcript -Path '{target}'")
    assert started.output == f"Transcript started, output file is {target}\n"
    shell_in_tmp.prompt()
    shell_in_tmp.run("'hello'")
    shell_in_tmp.run("Get-NoSuchCommand")
    stopped = shell_in_tmp.run("Stop-Transcript")
    assert stopped.output == f"Transcript stopped, output file is {target}\n"
    text = target.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "*" * 22
    assert lines[1] == "Windows PowerShell transcript start"
    assert re.fullmatch(r"Start time: \d{14}", lines[2])
    assert "PSVersion: 5.1.14409.1" in lines
    assert "PSEdition: Desktop" in lines
    assert f"Transcript started, output file is {target}" in lines
    prompt = f"PS {tmp_path}> "
    assert f"{prompt}'hello'" in lines
    assert lines[lines.index(f"{prompt}'hello'") + 1] == "hello"
    assert f"{prompt}Get-NoSuchCommand" in lines
    assert "    + FullyQualifiedErrorId : CommandNotFoundException" in lines
    assert f"{prompt}Stop-Transcript" in lines
    assert lines[-4:-1] == ["*" * 22, "Windows PowerShell transcript end", lines[-2]]
    assert re.fullmatch(r"End time: \d{14}", lines[-2])
    assert shell_in_tmp.context.transcripts == []


def test_append_no_clobber_and_invocation_header(shell_in_tmp, tmp_path):
    target = tmp_path / "t.txt"
    shell_in_tmp.run(f"Start-Transcript '{target}'")
    shell_in_tmp.run("Stop-Transcript")
    refused = shell_in_tmp.run(f"Start-Transcript '{target}' -NoClobber")
    assert f"File {target} already exists and NoClobber was specified." in refused.errors
    assert "NoClobber,Microsoft.PowerShell.Commands.StartTranscriptCommand" in refused.errors
    shell_in_tmp.run(f"Start-Transcript '{target}' -Append -IncludeInvocationHeader")
    shell_in_tmp.run("1 + 1")
    shell_in_tmp.run("Stop-Transcript")
    text = target.read_text(encoding="utf-8")
    assert text.count("Windows PowerShell transcript start") == 2
    assert re.search(r"\*{22}\nCommand start time: \d{14}\n\*{22}\nPS .*> 1 \+ 1\n2\n", text)


def test_multi_line_commands_continue_with_the_continuation_prompt(shell_in_tmp, tmp_path):
    target = tmp_path / "t.txt"
    shell_in_tmp.run(f"Start-Transcript '{target}'")
    shell_in_tmp.run("if ($true) {\n  'yes'\n}")
    shell_in_tmp.run("Stop-Transcript")
    assert "> if ($true) {\n>>   'yes'\n>> }\nyes\n" in target.read_text(encoding="utf-8")


def test_output_directory_gets_a_generated_name(shell_in_tmp, tmp_path):
    result = shell_in_tmp.run("Start-Transcript -OutputDirectory ./logs; Stop-Transcript")
    files = list((tmp_path / "logs").glob("PowerShell_transcript.*.txt"))
    assert len(files) == 1
    assert re.fullmatch(r"PowerShell_transcript\.[^.]+\.[a-z0-9]{8}\.\d{14}\.txt", files[0].name)
    assert str(files[0]) in result.output


def test_stop_without_a_transcript_is_an_error(shell_in_tmp):
    result = shell_in_tmp.run("Stop-Transcript")
    assert "An error occurred stopping transcription: The host is not currently transcribing." in result.errors
    assert "InvalidOperation,Microsoft.PowerShell.Commands.StopTranscriptCommand" in result.errors


def test_closing_the_session_ends_the_transcript(tmp_path):
    shell = Shell(store=":memory:")
    target = tmp_path / "t.txt"
    shell.run(f"Start-Transcript '{target}'")
    shell.close()
    assert "Windows PowerShell transcript end" in target.read_text(encoding="utf-8")


def test_prompts_and_answers_are_recorded(tmp_path):
    from pyshell.host import CaptureHost
    shell = Shell(host=CaptureHost(answers=["y"]), store=":memory:")
    try:
        target = tmp_path / "t.txt"
        shell.run(f"Start-Transcript '{target}'")
        shell.run("Set-PSDebug -Step; 'stepped'")
        shell.run("Set-PSDebug -Off; Stop-Transcript")
        text = target.read_text(encoding="utf-8")
        assert 'Help (default is "Y"):y\n' in text
        assert "stepped" in text
    finally:
        shell.close()
