"""Clear-Content: files emptied but kept, wildcards and filters, -WhatIf, directories and missing
files reported; on the session-state drives the provider refuses (Set-Content and Add-Content
there are pinned in tests/spec/provider_content.test.ps1)."""
from __future__ import annotations

import os
import stat

import pytest


def test_clear_content_empties_files_and_keeps_them(run_in_tmp, tmp_path):
    (tmp_path / "a.log").write_text("one\ntwo\n")
    (tmp_path / "b.log").write_text("x")
    (tmp_path / "keep.txt").write_text("kept")
    assert run_in_tmp("Clear-Content *.log").errors == ""
    assert (tmp_path / "a.log").read_bytes() == b""
    assert (tmp_path / "b.log").read_bytes() == b""
    assert (tmp_path / "keep.txt").read_text() == "kept"


def test_clear_content_include_exclude_and_literal_path(run_in_tmp, tmp_path):
    (tmp_path / "a.log").write_text("a")
    (tmp_path / "b.log").write_text("b")
    (tmp_path / "[odd].txt").write_text("odd")
    assert run_in_tmp("Clear-Content *.log -Exclude b*").errors == ""
    assert (tmp_path / "a.log").read_text() == ""
    assert (tmp_path / "b.log").read_text() == "b"
    assert run_in_tmp("Clear-Content -LiteralPath '[odd].txt'").errors == ""
    assert (tmp_path / "[odd].txt").read_text() == ""


def test_clear_content_whatif_changes_nothing(run_in_tmp, tmp_path):
    (tmp_path / "a.txt").write_text("a")
    result = run_in_tmp("Clear-Content a.txt -WhatIf")
    assert result.output == f'What if: Performing the operation "Clear Content" on target "Item: {tmp_path / "a.txt"}".\n'
    assert (tmp_path / "a.txt").read_text() == "a"


def test_clear_content_errors(run_in_tmp, tmp_path):
    (tmp_path / "d").mkdir()
    directory = run_in_tmp("Clear-Content d")
    assert f"Unable to clear content of '{tmp_path / 'd'}' because it is a directory." in directory.errors
    assert "ClearDirectoryContent,Microsoft.PowerShell.Commands.ClearContentCommand" in directory.errors
    missing = run_in_tmp("Clear-Content nope.txt")
    assert "PathNotFound,Microsoft.PowerShell.Commands.ClearContentCommand" in missing.errors
    assert "Traceback" not in missing.errors + directory.errors


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs file permissions that bind the user")
def test_clear_content_of_a_read_only_file_needs_force(run_in_tmp, tmp_path):
    ro = tmp_path / "ro.txt"
    ro.write_text("x")
    os.chmod(ro, stat.S_IREAD)
    refused = run_in_tmp("Clear-Content ro.txt")
    assert "ClearContentUnauthorizedAccessError" in refused.errors
    assert ro.read_text() == "x"
    assert run_in_tmp("Clear-Content ro.txt -Force").errors == ""
    assert ro.read_text() == ""
    assert not os.access(ro, os.W_OK)


def test_clear_content_on_session_drives_is_not_supported(run):
    result = run("$x = 1; Clear-Content variable:x; Clear-Content function:nope; $x")
    assert result.output == "1\n"
    assert result.errors.count("NotSupported,Microsoft.PowerShell.Commands.ClearContentCommand") == 1
    assert "PathNotFound,Microsoft.PowerShell.Commands.ClearContentCommand" in result.errors


def test_set_content_on_a_file_and_an_env_item_together(run_in_tmp, tmp_path):
    result = run_in_tmp("Set-Content a.txt, env:ZZ_BOTH 'v'; @(Get-Content a.txt) + $env:ZZ_BOTH")
    assert result.errors == ""
    assert result.output == "v\nv\n"


def test_add_content_stops_before_writing_a_file_named_with_an_env_item(run_in_tmp, tmp_path):
    (tmp_path / "a.txt").write_text("a\n")
    result = run_in_tmp("Add-Content a.txt, env:ZZ_BOTH 'more'; 'next'")
    assert "NotSupported,Microsoft.PowerShell.Commands.AddContentCommand" in result.errors
    assert result.output == "next\n"
    assert (tmp_path / "a.txt").read_text() == "a\n"
