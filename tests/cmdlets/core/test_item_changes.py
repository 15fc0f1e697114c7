"""New-Item, mkdir, Remove-Item, Copy-Item, Move-Item and Rename-Item: what they create, replace and
delete, PowerShell's errors and -WhatIf texts, and the question Remove-Item asks before it removes a
directory that is not empty without -Recurse."""
from __future__ import annotations

import os
import stat

import pytest

from pyshell.host import CaptureHost
from pyshell.shell import Shell

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX paths")


def test_new_item_files_and_directories(run_in_tmp, tmp_path):
    assert run_in_tmp("New-Item a.txt -Value 'hi' | ForEach-Object Name").output == "a.txt\n"
    assert (tmp_path / "a.txt").read_bytes() == b"hi"
    assert run_in_tmp("New-Item -ItemType Directory logs | ForEach-Object Mode").output == "d-----\n"
    assert run_in_tmp("New-Item -Path logs -Name x.txt -ItemType File | ForEach-Object FullName").output == \
        f"{tmp_path / 'logs' / 'x.txt'}\n"
    assert run_in_tmp("ni -Name y.txt -Type f | ForEach-Object Name").output == "y.txt\n"
    assert run_in_tmp("New-Item deep/er -ItemType Dir | ForEach-Object Name").output == "er\n"


def test_new_item_errors_and_force(run_in_tmp, tmp_path):
    (tmp_path / "a.txt").write_text("old")
    (tmp_path / "d").mkdir()
    exists = run_in_tmp("New-Item a.txt")
    assert f"The file '{tmp_path / 'a.txt'}' already exists." in exists.errors
    assert "NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand" in exists.errors
    assert run_in_tmp("New-Item a.txt -Force -Value new | ForEach-Object Length").output == "3\n"
    dup = run_in_tmp("New-Item d -ItemType Directory")
    assert f"An item with the specified name {tmp_path / 'd'} already exists." in dup.errors
    assert "DirectoryExist" in dup.errors
    assert run_in_tmp("New-Item d -ItemType Directory -Force | ForEach-Object Name").output == "d\n"
    assert "Could not find a part of the path" in run_in_tmp("New-Item no/such/file.txt").errors
    assert run_in_tmp("New-Item no/such/file.txt -Force | ForEach-Object Name").output == "file.txt\n"
    assert "The type is not a known type for the file system" in run_in_tmp("New-Item z -ItemType Widget").errors


def test_mkdir_and_md(run_in_tmp, tmp_path):
    assert run_in_tmp("mkdir one | ForEach-Object Name; md two/three | ForEach-Object Name").output == "one\nthree\n"
    assert (tmp_path / "two" / "three").is_dir()
    assert run_in_tmp("mkdir four -WhatIf").output == (
        f'What if: Performing the operation "Create Directory" on target "Destination: {tmp_path / "four"}".\n')
    assert not (tmp_path / "four").exists()


def test_symbolic_links(run_in_tmp, tmp_path):
    (tmp_path / "target.txt").write_text("t")
    made = run_in_tmp("New-Item link.txt -ItemType SymbolicLink -Value target.txt | % { $_.Mode; $_.LinkType }")
    assert made.output == "-a---l\nSymbolicLink\n"
    assert os.path.islink(tmp_path / "link.txt")


def test_remove_item(run_in_tmp, tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "keep.log").write_text("x")
    (tmp_path / "d" / "e").mkdir(parents=True)
    (tmp_path / "d" / "e" / "f.txt").write_text("x")
    assert run_in_tmp("Remove-Item *.txt").errors == ""
    assert sorted(os.listdir(tmp_path)) == ["d", "keep.log"]
    assert run_in_tmp("Remove-Item d -Recurse").errors == ""
    assert not (tmp_path / "d").exists()
    missing = run_in_tmp("Remove-Item nope.txt")
    assert f"Cannot find path '{tmp_path / 'nope.txt'}' because it does not exist." in missing.errors
    assert "PathNotFound,Microsoft.PowerShell.Commands.RemoveItemCommand" in missing.errors


def test_remove_item_whatif_and_read_only(run_in_tmp, tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x").write_text("x")
    (tmp_path / "ro.txt").write_text("x")
    os.chmod(tmp_path / "ro.txt", stat.S_IREAD)
    assert run_in_tmp("Remove-Item d -Recurse -WhatIf").output == (
        f'What if: Performing the operation "Remove Directory" on target "{tmp_path / "d"}".\n')
    assert (tmp_path / "d" / "x").exists()
    denied = run_in_tmp("Remove-Item ro.txt")
    assert "You do not have sufficient access rights to perform this operation." in denied.errors
    assert (tmp_path / "ro.txt").exists()
    assert run_in_tmp("Remove-Item ro.txt -Force").errors == ""
    assert not (tmp_path / "ro.txt").exists()


def test_remove_item_will_not_remove_the_current_location(run_in_tmp, tmp_path):
    (tmp_path / "here").mkdir()
    result = run_in_tmp("cd here; Remove-Item ../here -Recurse; cd ..")
    assert f"Cannot remove the item at '{tmp_path / 'here'}' because it is in use." in result.errors
    assert (tmp_path / "here").exists()


def _asking(tmp_path, answers):
    shell = Shell(host=CaptureHost(answers=answers), store=":memory:")
    return shell


def test_a_directory_with_children_asks_first(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x").write_text("x")
    shell = Shell(host=CaptureHost(answers=["n"]), store=":memory:")
    try:
        result = shell.run("Remove-Item d")
        assert result.output == (
            "\nConfirm\n"
            f"The item at {tmp_path / 'd'} has children and the Recurse parameter was not specified. If you "
            "continue, all children will be removed with the item. Are you sure you want to continue?\n"
            '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"):n\n')
        assert (tmp_path / "d" / "x").exists()
        shell.host.answers = ["y"]
        shell.run("Remove-Item d")
        assert not (tmp_path / "d").exists()
    finally:
        shell.close()


def test_nobody_to_answer_is_an_error(run_in_tmp, tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x").write_text("x")
    result = run_in_tmp("Remove-Item d")
    assert "NonInteractive mode" in result.errors
    assert (tmp_path / "d").exists()


def test_copy_item(run_in_tmp, tmp_path):
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "src" / "lib").mkdir(parents=True)
    (tmp_path / "src" / "lib" / "m.txt").write_text("m")
    (tmp_path / "dest").mkdir()
    run_in_tmp("Copy-Item a.txt b.txt; Copy-Item a.txt dest; copy a.txt dest/c.txt")
    assert (tmp_path / "b.txt").read_text() == "a"
    assert sorted(os.listdir(tmp_path / "dest")) == ["a.txt", "c.txt"]
    run_in_tmp("Copy-Item src shallow")
    assert os.listdir(tmp_path / "shallow") == []
    run_in_tmp("Copy-Item src deep -Recurse; Copy-Item src dest -Recurse")
    assert (tmp_path / "deep" / "lib" / "m.txt").read_text() == "m"
    assert (tmp_path / "dest" / "src" / "lib" / "m.txt").exists()
    assert run_in_tmp("Copy-Item a.txt z.txt -PassThru | ForEach-Object Name").output == "z.txt\n"
    assert "Cannot overwrite the item" in run_in_tmp("Copy-Item a.txt a.txt").errors
    assert run_in_tmp("Copy-Item a.txt w.txt -WhatIf").output == (
        f'What if: Performing the operation "Copy File" on target "Item: {tmp_path / "a.txt"} '
        f'Destination: {tmp_path / "w.txt"}".\n')


def test_move_item(run_in_tmp, tmp_path):
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "d").mkdir()
    run_in_tmp("Move-Item a.txt d")
    assert (tmp_path / "d" / "a.txt").exists() and not (tmp_path / "a.txt").exists()
    assert run_in_tmp("mv d/a.txt c.txt -PassThru | ForEach-Object Name").output == "c.txt\n"
    clash = run_in_tmp("Move-Item c.txt b.txt")
    assert "Cannot create a file when that file already exists." in clash.errors
    assert run_in_tmp("Move-Item c.txt b.txt -Force").errors == ""
    assert (tmp_path / "b.txt").read_text() == "a"
    run_in_tmp("Move-Item d e")
    assert (tmp_path / "e").is_dir()


def test_rename_item(run_in_tmp, tmp_path):
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "d").mkdir()
    assert run_in_tmp("Rename-Item a.txt c.txt -PassThru | ForEach-Object Name").output == "c.txt\n"
    assert "Cannot create a file when that file already exists." in run_in_tmp("Rename-Item c.txt b.txt").errors
    assert "because it represents a path or device name" in run_in_tmp("Rename-Item c.txt d/c.txt").errors
    assert "Cannot rename because item at 'nope' does not exist." in run_in_tmp("Rename-Item nope x").errors
    run_in_tmp("ren d e")
    assert (tmp_path / "e").is_dir()
    assert run_in_tmp("Rename-Item e f -WhatIf").output == (
        f'What if: Performing the operation "Rename Directory" on target "Item: {tmp_path / "e"} '
        f'Destination: {tmp_path / "f"}".\n')


def test_aliases(run_in_tmp):
    expected = {"ni": "New-Item", "md": "mkdir", "rm": "Remove-Item", "del": "Remove-Item", "rmdir": "Remove-Item",
                "ri": "Remove-Item", "erase": "Remove-Item", "rd": "Remove-Item", "cp": "Copy-Item",
                "copy": "Copy-Item", "cpi": "Copy-Item", "mv": "Move-Item", "move": "Move-Item", "mi": "Move-Item",
                "ren": "Rename-Item", "rni": "Rename-Item", "gci": "Get-ChildItem", "ls": "Get-ChildItem",
                "dir": "Get-ChildItem", "gi": "Get-Item", "rvpa": "Resolve-Path"}
    script = "; ".join(f"(Get-Alias {a}).Definition" for a in expected)
    assert run_in_tmp(script).output.splitlines() == list(expected.values())
