"""Get-Content, Set-Content and Add-Content: lines, -Raw, -TotalCount/-Tail, -Delimiter, -ReadCount,
encodings (UTF-8 without a byte order mark by default, byte order marks detected, Byte), -NoNewline,
-PassThru, -WhatIf and the file errors."""
from __future__ import annotations

import codecs
import os

NL = os.linesep


def test_set_content_writes_utf8_lines_without_a_byte_order_mark(run_in_tmp, tmp_path):
    assert run_in_tmp("Set-Content t.txt 'a', 'é', 3").errors == ""
    assert (tmp_path / "t.txt").read_bytes() == f"a{NL}é{NL}3{NL}".encode("utf-8")


def test_values_from_the_pipeline_are_written_as_their_dotnet_strings(run_in_tmp, tmp_path):
    run_in_tmp("1.5, $true, @(1, 2), $null | Set-Content t.txt")
    assert (tmp_path / "t.txt").read_text() == f"1.5{NL}True{NL}1{NL}2{NL}"


def test_nonewline_passthru_and_add_content(run_in_tmp, tmp_path):
    assert run_in_tmp("Set-Content t.txt 'a', 'b' -NoNewline -PassThru").output == "a\nb\n"
    assert (tmp_path / "t.txt").read_text() == "ab"
    run_in_tmp("Add-Content t.txt 'c'; 'd' | Add-Content t.txt")
    assert (tmp_path / "t.txt").read_text() == f"abc{NL}d{NL}"


def test_add_content_keeps_the_encoding_of_a_file_with_a_byte_order_mark(run_in_tmp, tmp_path):
    (tmp_path / "u.txt").write_bytes(codecs.BOM_UTF16_LE + "x\n".encode("utf-16-le"))
    run_in_tmp("Add-Content u.txt 'y'")
    assert (tmp_path / "u.txt").read_bytes() == codecs.BOM_UTF16_LE + f"x\ny{NL}".encode("utf-16-le")


def test_encodings(run_in_tmp, tmp_path):
    run_in_tmp("Set-Content u.txt 'hi' -Encoding Unicode; Set-Content b.txt 'hi' -Encoding UTF8")
    assert (tmp_path / "u.txt").read_bytes() == codecs.BOM_UTF16_LE + f"hi{NL}".encode("utf-16-le")
    assert (tmp_path / "b.txt").read_bytes() == codecs.BOM_UTF8 + f"hi{NL}".encode()
    assert run_in_tmp("Get-Content u.txt; Get-Content b.txt").output == "hi\nhi\n"
    run_in_tmp("Set-Content raw.bin -Value 0, 255, 10 -Encoding Byte")
    assert (tmp_path / "raw.bin").read_bytes() == b"\x00\xff\n"
    assert run_in_tmp("Get-Content raw.bin -Encoding Byte").output == "0\n255\n10\n"
    assert "does not belong to the set" in run_in_tmp("Get-Content u.txt -Encoding Klingon").errors


def test_lines_raw_head_tail_and_read_count(run_in_tmp, tmp_path):
    (tmp_path / "t.txt").write_bytes(b"one\r\ntwo\nthree\rfour\n")
    assert run_in_tmp("Get-Content t.txt").output == "one\ntwo\nthree\nfour\n"
    assert run_in_tmp("(Get-Content t.txt -Raw) -eq \"one`r`ntwo`nthree`rfour`n\"").output == "True\n"
    assert run_in_tmp("Get-Content t.txt -TotalCount 2").output == "one\ntwo\n"
    assert run_in_tmp("Get-Content t.txt -First 1; Get-Content t.txt -Head 0").output == "one\n"
    assert run_in_tmp("Get-Content t.txt -Tail 2").output == "three\nfour\n"
    assert run_in_tmp("Get-Content t.txt -Last 9 | Measure-Object | ForEach-Object Count").output == "4\n"
    assert run_in_tmp("Get-Content t.txt -ReadCount 3 | ForEach-Object { $_.Count }").output == "3\n1\n"
    assert run_in_tmp("(Get-Content t.txt -ReadCount 0).Count").output == "4\n"
    assert "TotalCount and Tail cannot be used together" in run_in_tmp("Get-Content t.txt -Tail 1 -TotalCount 1").errors


def test_delimiter_keeps_the_delimiter_at_the_end_of_each_piece(run_in_tmp, tmp_path):
    (tmp_path / "d.txt").write_text("a,b,,c")
    assert run_in_tmp("Get-Content d.txt -Delimiter ','").output == "a,\nb,\n,\nc\n"


def test_empty_files(run_in_tmp, tmp_path):
    (tmp_path / "e.txt").write_text("")
    assert run_in_tmp("$x = Get-Content e.txt; $null -eq $x; $y = Get-Content e.txt -Raw; $null -eq $y").output == \
        "True\nTrue\n"


def test_wildcards_read_every_match(run_in_tmp, tmp_path):
    (tmp_path / "a.log").write_text("A\n")
    (tmp_path / "b.log").write_text("B\n")
    assert run_in_tmp("Get-Content *.log").output == "A\nB\n"
    assert run_in_tmp("Get-Content *.log -Exclude b*").output == "A\n"


def test_errors(run_in_tmp, tmp_path):
    (tmp_path / "d").mkdir()
    missing = run_in_tmp("Get-Content nope.txt; 'next'")
    assert missing.output == "next\n"
    assert f"Cannot find path '{tmp_path / 'nope.txt'}' because it does not exist." in missing.errors
    assert "PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand" in missing.errors
    folder = run_in_tmp("Get-Content d")
    assert f"Access to the path '{tmp_path / 'd'}' is denied." in folder.errors
    assert "GetContentReaderUnauthorizedAccessError" in folder.errors
    nodir = run_in_tmp("Set-Content nodir/x.txt 'a'")
    assert "Could not find a part of the path" in nodir.errors
    assert "GetContentWriterDirectoryNotFoundError,Microsoft.PowerShell.Commands.SetContentCommand" in nodir.errors


def test_whatif_changes_nothing(run_in_tmp, tmp_path):
    result = run_in_tmp("Set-Content t.txt 'a' -WhatIf; Add-Content t.txt 'b' -WhatIf")
    assert result.output == (f'What if: Performing the operation "Set Content" on target "Path: {tmp_path / "t.txt"}".\n'
                             f'What if: Performing the operation "Add Content" on target "Path: {tmp_path / "t.txt"}".\n')
    assert not (tmp_path / "t.txt").exists()


def test_reading_and_writing_the_same_file_in_one_pipeline(run_in_tmp, tmp_path):
    (tmp_path / "t.txt").write_text("b\na\n")
    run_in_tmp("Get-Content t.txt | Sort-Object | Set-Content t.txt")
    assert (tmp_path / "t.txt").read_text() == f"a{NL}b{NL}"
    run_in_tmp("Get-Content t.txt | ForEach-Object { $_.ToUpper() } | Set-Content t.txt")
    assert (tmp_path / "t.txt").read_text() == f"A{NL}B{NL}"


def test_aliases(run_in_tmp):
    assert run_in_tmp("(Get-Alias gc, cat, type, sc, ac).Definition").output == (
        "Get-Content\nGet-Content\nGet-Content\nSet-Content\nAdd-Content\n")


def test_a_null_or_empty_path_is_the_binders_error(run_in_tmp):
    script = ("try { Set-Content -Path $null -Value x -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }; "
              "try { Add-Content -Path $() -Value x } catch { $_.FullyQualifiedErrorId }; "
              "try { Get-Content '' } catch { $_.FullyQualifiedErrorId }")
    assert run_in_tmp(script).output.splitlines() == [
        "ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands.SetContentCommand",
        "ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands.AddContentCommand",
        "ParameterArgumentValidationErrorEmptyStringNotAllowed,Microsoft.PowerShell.Commands.GetContentCommand"]
