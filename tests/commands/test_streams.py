"""Redirection to files writes what Windows PowerShell 5.1 writes, since it runs Out-File: the formatted
text, in UTF-16 LE with a byte order mark, lines ended by [Environment]::NewLine as Out-File ends them."""
from __future__ import annotations

import os
from pathlib import Path


def test_output_to_a_file_and_appending(run_once, tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    r = run_once(f'"one" > "{target}"; "two" >> "{target}"; "screen"')
    assert r.output == "screen\n"
    data = target.read_bytes()
    assert data.startswith(b"\xff\xfe")
    # the lines end as Out-File ends them ([Environment]::NewLine), since the redirection runs Out-File
    assert data.decode("utf-16") == f"one{os.linesep}two{os.linesep}"


def test_errors_to_a_file(run_once, tmp_path: Path) -> None:
    target = tmp_path / "err.txt"
    r = run_once(f'Get-CsXmppAllowedPartner -Identity "nowhere.example" 2> "{target}"')
    assert r.errors == ""
    text = target.read_bytes().decode("utf-16")
    assert "FullyQualifiedErrorId" in text and "nowhere.example" in text


def test_objects_are_formatted_into_the_file(run_once, tmp_path: Path) -> None:
    target = tmp_path / "role.txt"
    run_once(f'Get-CsAdminRole -Identity CsHelpDesk > "{target}"')
    text = target.read_bytes().decode("utf-16")
    assert f"Identity       : CsHelpDesk{os.linesep}" in text


def test_all_streams_to_null(run_once) -> None:
    r = run_once('Get-CsXmppAllowedPartner -Identity "nowhere.example" *> $null; "ok"')
    assert (r.output, r.errors) == ("ok\n", "")


def test_a_directory_as_the_target_is_an_error(run_once, tmp_path: Path) -> None:
    r = run_once(f'"x" > "{tmp_path}"')
    assert "FileOpenFailure" in r.errors and "Traceback" not in r.errors


def test_a_failed_redirection_is_shown_as_out_file(run_once) -> None:
    r = run_once('"a" > /no_such_dir_pyshell/x; "after"')
    assert r.output == "after\n"
    lines = r.errors.splitlines()
    assert lines[0] == "out-file : Could not find a part of the path '/no_such_dir_pyshell/x'."
    assert lines[1:4] == ["At line:1 char:1", '+ "a" > /no_such_dir_pyshell/x; "after"', "+ " + "~" * len('"a" > /no_such_dir_pyshell/x')]
    assert "    + CategoryInfo          : OpenError: (:) [Out-File], DirectoryNotFoundException" in lines
    assert "    + FullyQualifiedErrorId : FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand" in lines


def test_a_redirection_to_env_is_shown_as_out_file(run_once) -> None:
    r = run_once('"a" > env:ZZ_REDIRECTED')
    assert r.errors.startswith("out-file : Cannot open file because the current provider "
                               "(Microsoft.PowerShell.Core\\Environment) cannot open a file.\nAt line:1 char:1\n")
    assert "[Out-File], PSInvalidOperationException" in r.errors


def test_a_path_the_file_system_refuses_is_a_failed_redirection(run_once) -> None:
    r = run_once('"a" > "a`0b"')
    assert r.errors.startswith("Redirection to 'a\0b' failed: Illegal characters in path.\n")
    assert "InvalidOperation: (:) [], RuntimeException" in r.errors and "RedirectionFailed" in r.errors


def test_a_redirection_counts_one_cell_per_character(run_once, tmp_path) -> None:
    # Out-File (and so `>`) writes through a text writer that measures every character as one cell.
    target = tmp_path / "wide.txt"
    run_once(f"[pscustomobject]@{{'哇' = '62'; dbda = 'KM'}} > \"{target}\"")
    assert target.read_bytes().decode("utf-16").split(os.linesep)[1:4] == ["哇  dbda", "-  ----", "62 KM  "]


def test_all_streams_go_to_the_file_in_the_order_they_come(run_once, tmp_path) -> None:
    # `*> file` hands every record to one Out-File, which writes each by its view: a warning, verbose
    # or information record as its message alone (the WARNING: prefix is the console host's), an
    # error record as its error text, ending with a line holding one blank.
    target = tmp_path / "all.txt"
    run_once(f'& {{ "a"; Write-Error "e"; Write-Warning "w"; Write-Verbose "v" -Verbose; "b" }} *> "{target}"')
    lines = target.read_bytes().decode("utf-16").split(os.linesep)
    assert lines[0] == "a" and lines[1].endswith(" : e")
    assert lines[7:12] == [" ", "w", "v", "b", ""]


def test_a_warning_redirected_to_a_file_is_its_message(run_once, tmp_path) -> None:
    target = tmp_path / "warn.txt"
    run_once(f'Write-Warning "careful" 3> "{target}"')
    assert target.read_bytes().decode("utf-16") == "careful" + os.linesep


def test_a_redirection_writes_the_same_file_as_out_file(run_once, tmp_path) -> None:
    redirected, piped = tmp_path / "redirected.txt", tmp_path / "piped.txt"
    run_once(f'$o = [pscustomobject]@{{one = 1}}; $o > "{redirected}"; $o | Out-File "{piped}"')
    assert redirected.read_bytes() == piped.read_bytes()
