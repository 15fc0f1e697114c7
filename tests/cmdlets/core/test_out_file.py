"""Out-File: the console's text in a file, UTF-16 with a byte order mark by default as in Windows
PowerShell 5.1; -Encoding, -Append (no second byte order mark), -Width, -NoClobber, -NoNewline,
-Force through a read-only file, and the file errors."""
from __future__ import annotations

import codecs
import os
import stat

import pytest

NL = os.linesep


def test_default_is_unicode_with_a_byte_order_mark(run_in_tmp, tmp_path):
    run_in_tmp('"a", "b" | Out-File out.txt')
    assert (tmp_path / "out.txt").read_bytes() == codecs.BOM_UTF16_LE + f"a{NL}b{NL}".encode("utf-16-le")


def test_tables_are_written_as_the_console_shows_them(run_in_tmp, tmp_path):
    run_in_tmp('[pscustomobject]@{Name="alpha"; Size=5} | Out-File out.txt -Encoding ascii')
    assert (tmp_path / "out.txt").read_text() == "\nName  Size\n----  ----\nalpha    5\n\n\n".replace("\n", NL)


def test_ascii_replaces_what_it_cannot_hold_and_utf8_has_a_bom(run_in_tmp, tmp_path):
    run_in_tmp('"café" | Out-File a.txt -Encoding ASCII; "café" | Out-File u.txt -Encoding UTF8')
    assert (tmp_path / "a.txt").read_bytes() == f"caf?{NL}".encode()
    assert (tmp_path / "u.txt").read_bytes() == codecs.BOM_UTF8 + f"café{NL}".encode()


def test_append_adds_without_a_second_byte_order_mark(run_in_tmp, tmp_path):
    run_in_tmp('"one" | Out-File out.txt; "two" | Out-File out.txt -Append')
    assert (tmp_path / "out.txt").read_bytes() == codecs.BOM_UTF16_LE + f"one{NL}two{NL}".encode("utf-16-le")


def test_width_limits_the_lines(run_in_tmp, tmp_path):
    run_in_tmp(f'[pscustomobject]@{{A=1; Text="{"z" * 40}"}} | Out-File out.txt -Width 20 -Encoding ascii')
    assert (tmp_path / "out.txt").read_text().splitlines()[3] == "1 zzzzzzzzzzzzzzz..."


def test_no_newline_joins_the_lines(run_in_tmp, tmp_path):
    run_in_tmp('"a", "b" | Out-File out.txt -NoNewline -Encoding ascii')
    assert (tmp_path / "out.txt").read_text() == "ab"


def test_no_clobber_refuses_to_replace_a_file(run_in_tmp, tmp_path):
    (tmp_path / "out.txt").write_text("keep")
    result = run_in_tmp('"new" | Out-File out.txt -NoClobber')
    assert "Out-File : File out.txt already exists and NoClobber was specified." in result.errors
    assert "NoClobber,Microsoft.PowerShell.Commands.OutFileCommand" in result.errors
    assert (tmp_path / "out.txt").read_text() == "keep"


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs file permissions that bind the user")
def test_force_writes_a_read_only_file_and_keeps_it_read_only(run_in_tmp, tmp_path):
    target = tmp_path / "ro.txt"
    target.write_text("old")
    target.chmod(stat.S_IRUSR)
    assert "FileOpenFailure" in run_in_tmp('"new" | Out-File ro.txt -Encoding ascii').errors
    run_in_tmp('"new" | Out-File ro.txt -Encoding ascii -Force')
    assert target.read_text() == f"new{NL}"
    assert not os.access(target, os.W_OK)


def test_a_missing_folder_is_a_file_open_failure(run_in_tmp):
    result = run_in_tmp('"x" | Out-File nowhere/out.txt')
    assert "Could not find a part of the path '" in result.errors
    assert "FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand" in result.errors


def test_bad_encoding_names_are_rejected(run_in_tmp):
    result = run_in_tmp('"x" | Out-File out.txt -Encoding latin9')
    assert 'The argument "latin9" does not belong to the set "unknown,string,unicode,bigendianunicode,utf8,utf7,' \
           'utf32,ascii,default,oem" specified by the ValidateSet attribute.' in result.errors


def test_whatif_writes_nothing(run_in_tmp, tmp_path):
    result = run_in_tmp('"x" | Out-File out.txt -WhatIf')
    assert 'What if: Performing the operation "Output to File" on target "out.txt".' in result.output
    assert not (tmp_path / "out.txt").exists()
