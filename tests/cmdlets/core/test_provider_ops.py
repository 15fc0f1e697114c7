"""cmdlets/core/_provider_ops.py: Copy-Item and Move-Item where a session-state drive meets the
file system, and the session drives' content writer (the single cases are pinned in
tests/spec/provider_content.test.ps1)."""
from __future__ import annotations

import os

import pytest

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX paths")


def test_copy_item_from_a_file_to_a_drive_is_refused_and_files_still_copy(run_in_tmp, tmp_path):
    (tmp_path / "a.txt").write_text("a")
    result = run_in_tmp("Copy-Item a.txt env:ZZ_FILE; Test-Path env:ZZ_FILE")
    assert "CopyItemSourceAndDestinationNotSameProvider,Microsoft.PowerShell.Commands.CopyItemCommand" in result.errors
    assert result.output == "False\n"
    assert run_in_tmp("Copy-Item a.txt b.txt; Get-Content b.txt").output == "a\n"


def test_copy_item_from_a_drive_to_a_file_is_refused(run_in_tmp, tmp_path):
    result = run_in_tmp("$env:ZZ_X = 'x'; Copy-Item env:ZZ_X copied.txt")
    assert "CopyItemSourceAndDestinationNotSameProvider" in result.errors
    assert not (tmp_path / "copied.txt").exists()


def test_copy_item_with_a_wildcard_and_exclude(run):
    result = run("$zza = 1; $zzb = 2; Copy-Item variable:zz? variable:zzc -Exclude zzb; $zzc")
    assert result.errors == ""
    assert result.output == "1\n"


def test_copy_item_to_the_drive_itself_changes_nothing(run):
    result = run("$env:ZZ_X = 'x'; $n = (dir env:).Count; Copy-Item env:ZZ_X env:; (dir env:).Count -eq $n;"
                 "(Copy-Item env:ZZ_X env: -PassThru).Value")
    assert result.errors == ""
    assert result.output == "True\nx\n"


def test_copy_item_without_a_destination_at_a_drive_root(run):
    result = run("$env:ZZ_X = 'x'; Set-Location env:; Copy-Item ZZ_X; (dir).Count -gt 0")
    assert result.errors == ""
    assert result.output == "True\n"


def test_move_item_of_a_file_to_a_drive_leaves_the_file(run_in_tmp, tmp_path):
    (tmp_path / "a.txt").write_text("a")
    result = run_in_tmp("Move-Item a.txt variable:zz")
    assert "System.Management.Automation.PSArgumentException,Microsoft.PowerShell.Commands.MoveItemCommand" \
        in result.errors
    assert (tmp_path / "a.txt").exists()
    assert run_in_tmp("Move-Item a.txt b.txt").errors == ""
    assert (tmp_path / "b.txt").read_text() == "a"


def test_move_item_reports_each_match(run):
    result = run("$zz1 = 1; $zz2 = 2; Move-Item variable:zz? variable:other; $zz1 + $zz2")
    assert result.errors.count("NotSupported,Microsoft.PowerShell.Commands.MoveItemCommand") == 2
    assert result.output == "3\n"


def test_set_content_of_null_leaves_an_empty_array_and_a_script_block_defines_a_function(run):
    # PowerShell's writer is given an empty list for $null, and sets the variable to it.
    result = run("Set-Content variable:zz $null; $zz.GetType().FullName; $zz.Count;"
                 "Set-Content function:zzf ([scriptblock]::Create('42')); zzf")
    assert result.errors == ""
    assert result.output == "System.Object[]\n0\n42\n"


def test_file_items_carry_the_navigation_notes_in_powershells_order(run_in_tmp, tmp_path):
    (tmp_path / "a.txt").write_text("a")
    result = run_in_tmp("(Get-ChildItem a.txt).PSObject.Properties.Name -like 'PS*' -join ','")
    assert result.output == "PSPath,PSParentPath,PSChildName,PSDrive,PSProvider,PSIsContainer\n"


def test_session_items_are_notes_only_once_and_qualified_paths_have_no_drive(run):
    result = run("$x = 1; $i = Get-Item Variable::x; ($i.PSObject.Properties.Name -like 'PS*') -join ',';"
                 "(Get-Item Microsoft.PowerShell.Core\\Alias::gm).PSPath")
    assert result.errors == ""
    assert result.output == "PSPath,PSProvider,PSIsContainer\nMicrosoft.PowerShell.Core\\Alias::gm\n"
