"""Redirection to files writes what Windows PowerShell 5.1 writes: the formatted text, in UTF-16 LE
with a byte order mark, CRLF line ends."""
from __future__ import annotations

from pathlib import Path


def test_output_to_a_file_and_appending(run_once, tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    r = run_once(f'"one" > "{target}"; "two" >> "{target}"; "screen"')
    assert r.output == "screen\n"
    data = target.read_bytes()
    assert data.startswith(b"\xff\xfe")
    assert data.decode("utf-16") == "one\r\ntwo\r\n"


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
    assert "Identity       : CsHelpDesk\r\n" in text


def test_all_streams_to_null(run_once) -> None:
    r = run_once('Get-CsXmppAllowedPartner -Identity "nowhere.example" *> $null; "ok"')
    assert (r.output, r.errors) == ("ok\n", "")


def test_a_directory_as_the_target_is_an_error(run_once, tmp_path: Path) -> None:
    r = run_once(f'"x" > "{tmp_path}"')
    assert "FileOpenFailure" in r.errors and "Traceback" not in r.errors
