"""Get-ChildItem and Get-Item: Windows PowerShell 5.1's listing order and filters (hidden items,
-Filter, the -Include/-Exclude rules, -Recurse/-Depth, -Name, -File/-Directory), the item objects
(FileInfo/DirectoryInfo with Mode, Length, times, PSPath...) and their display grouped under
'Directory:' headers."""
from __future__ import annotations

import datetime as _dt
import os

import pytest

from pyshell.host import CaptureHost
from pyshell.shell import Shell

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX paths")

WHEN = _dt.datetime(2013, 1, 7, 9, 0).timestamp()


def _tree(root):
    (root / "sub" / "deep").mkdir(parents=True)
    (root / "a.txt").write_text("hello\n")
    (root / "B.log").write_text("x")
    (root / ".hidden").write_text("h")
    (root / "sub" / "b.txt").write_text("bb")
    (root / "sub" / "deep" / "c.txt").write_text("")
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            os.utime(os.path.join(folder, name), (WHEN, WHEN))


@pytest.fixture
def shell(tmp_path, monkeypatch):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    s = Shell(host=CaptureHost(width=120), store=":memory:")
    yield s
    s.close()


def out(shell, script):
    result = shell.run(script)
    assert result.errors == "", result.errors
    return result.output


def names(shell, script):
    return out(shell, script).splitlines()


def test_the_default_display_is_windows_powershell_5_1s(shell, tmp_path):
    width = 119
    rows = ["Mode                LastWriteTime         Length Name",
            "----                -------------         ------ ----",
            "d-----         1/7/2013   9:00 AM                sub",
            "-a----         1/7/2013   9:00 AM              6 a.txt",
            "-a----         1/7/2013   9:00 AM              1 B.log"]
    expected = ("\n\n    Directory: " + str(tmp_path) + "\n\n\n"
                + "".join(r.ljust(width) + "\n" for r in rows) + "\n\n")
    assert out(shell, "Get-ChildItem") == expected


def test_a_recursive_listing_starts_a_new_group_per_directory(shell, tmp_path):
    text = out(shell, "Get-ChildItem sub -Recurse")
    assert text.count("    Directory: ") == 2
    first, second = text.split("    Directory: ")[1:]
    assert first.startswith(str(tmp_path / "sub") + "\n\n\n")
    assert second.startswith(str(tmp_path / "sub" / "deep") + "\n\n\n")
    assert first.rstrip().endswith("b.txt")


def test_directories_first_then_files_by_name_ignoring_case_and_hidden_only_with_force(shell):
    assert names(shell, "Get-ChildItem -Name") == ["sub", "a.txt", "B.log"]
    assert names(shell, "Get-ChildItem -Name -Force") == ["sub", ".hidden", "a.txt", "B.log"]
    assert names(shell, "Get-ChildItem -Name -Hidden") == [".hidden"]


def test_recurse_depth_file_and_directory(shell):
    sep = os.sep
    assert names(shell, "Get-ChildItem -Recurse -Name") == [
        "sub", f"sub{sep}deep", f"sub{sep}deep{sep}c.txt", f"sub{sep}b.txt", "a.txt", "B.log"]
    assert names(shell, "Get-ChildItem -Recurse -File | ForEach-Object Name") == ["a.txt", "B.log", "b.txt", "c.txt"]
    assert names(shell, "Get-ChildItem -Depth 0 -Directory | ForEach-Object Name") == ["sub"]
    assert names(shell, "Get-ChildItem -Depth 1 -Directory | ForEach-Object Name") == ["sub", "deep"]


def test_wildcards_filter_include_and_exclude(shell):
    assert names(shell, "Get-ChildItem *.TXT | ForEach-Object Name") == ["a.txt"]
    assert names(shell, "Get-ChildItem -Filter *.log -Name") == ["B.log"]
    # A recursive search by name goes into each subdirectory as it meets it (directories come first).
    assert names(shell, "Get-ChildItem *.txt -Recurse | ForEach-Object Name") == ["c.txt", "b.txt", "a.txt"]
    assert names(shell, "Get-ChildItem -Exclude *.log -Name") == ["sub", "a.txt"]
    # As in 5.1: -Include without -Recurse filters the directory itself unless the path ends in \*.
    assert names(shell, "Get-ChildItem . -Include *.txt") == []
    assert names(shell, "Get-ChildItem .\\* -Include *.txt | ForEach-Object Name") == ["a.txt"]
    assert names(shell, "Get-ChildItem -Recurse -Include *.txt | ForEach-Object Name") == ["c.txt", "b.txt", "a.txt"]
    assert names(shell, "Get-ChildItem -Attributes !Directory -Name") == ["a.txt", "B.log"]


def test_a_file_path_gives_the_file_and_a_missing_path_is_path_not_found(shell, tmp_path):
    assert names(shell, "Get-ChildItem a.txt | ForEach-Object FullName") == [str(tmp_path / "a.txt")]
    result = shell.run("Get-ChildItem nope; 'after'")
    assert result.output == "after\n"
    assert f"Cannot find path '{tmp_path / 'nope'}' because it does not exist." in result.errors
    assert "PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand" in result.errors
    assert "ObjectNotFound: (" in result.errors and "ItemNotFoundException" in result.errors
    assert shell.run("Get-ChildItem *.nothing").errors == ""
    assert "DriveNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand" in shell.run("gci Q:\\x").errors


def test_file_and_directory_objects(shell, tmp_path):
    script = ("$f = Get-Item a.txt; $f.Name; $f.BaseName; $f.Extension; $f.Length; $f.Mode; "
              "$f.PSIsContainer; $f.DirectoryName; $f.Directory.Name; $f.PSPath; $f.PSParentPath; $f.PSChildName; "
              "$f.LastWriteTime.ToString('yyyy-MM-dd HH:mm'); $f.IsReadOnly; [string]$f.Attributes")
    lines = names(shell, script)
    assert lines == ["a.txt", "a", ".txt", "6", "-a----", "False", str(tmp_path), tmp_path.name,
                     "Microsoft.PowerShell.Core\\FileSystem::" + str(tmp_path / "a.txt"),
                     "Microsoft.PowerShell.Core\\FileSystem::" + str(tmp_path), "a.txt", "2013-01-07 09:00",
                     "False", "Archive"]
    assert names(shell, "$d = Get-Item sub; $d.Mode; $d.Parent.FullName; $d.PSIsContainer; [string]$d.Attributes") \
        == ["d-----", str(tmp_path), "True", "Directory"]
    assert names(shell, "(Get-Item sub).pstypenames") == [
        "System.IO.DirectoryInfo", "System.IO.FileSystemInfo", "System.MarshalByRefObject", "System.Object"]
    assert names(shell, "(Get-Item a.txt) -is [System.IO.FileInfo]; (Get-Item sub) -is [IO.FileInfo]; "
                        "(Get-Item sub) -is [IO.FileSystemInfo]; ([IO.FileInfo]'nothing.txt').Exists") == [
        "True", "False", "True", "False"]


def test_read_only_and_hidden_modes(shell, tmp_path):
    os.chmod(tmp_path / "B.log", 0o444)
    assert names(shell, "(Get-Item B.log).Mode; (Get-Item .hidden -Force).Mode") == ["-ar---", "-a-h--"]
    # As the FileSystem provider does: a hidden item named without -Force is not found.
    hidden = shell.run("Get-Item .hidden; Get-ChildItem .hidden")
    assert hidden.errors.count(f"Could not find item {tmp_path / '.hidden'}.") == 2
    assert "ItemNotFound,Microsoft.PowerShell.Commands.GetItemCommand" in hidden.errors
    assert names(shell, "Get-ChildItem .hidden -Hidden | ForEach-Object Name; Test-Path .hidden") == [".hidden", "True"]


def test_attributes_are_a_flags_value(shell, tmp_path):
    os.symlink(tmp_path / "a.txt", tmp_path / "link.txt")
    os.link(tmp_path / "B.log", tmp_path / "hard.log")
    assert names(shell, "$a = (Get-Item link.txt).Attributes; \"$a\"; [int]$a; $a -band 1024; "
                        "(Get-Item sub).Attributes -eq 'Directory'; [IO.FileAttributes]::Hidden") == [
        "Archive, ReparsePoint", "1056", "1024", "True", "Hidden"]
    assert names(shell, "Get-Item hard.log | ForEach-Object { $_.LinkType; $_.Mode }") == ["HardLink", "-a---l"]


def test_strings_of_items_as_in_5_1(shell, tmp_path):
    # Listed from a directory: the name; named by a path or a wildcard: the full path.
    assert names(shell, "Get-ChildItem -File | ForEach-Object { \"$_\" }") == ["a.txt", "B.log"]
    assert names(shell, "\"$(Get-Item a.txt)\"") == [str(tmp_path / "a.txt")]


def test_get_item_wildcards_force_and_errors(shell, tmp_path):
    assert names(shell, "Get-Item * | ForEach-Object Name") == ["sub", "a.txt", "B.log"]
    assert names(shell, "Get-Item * -Force -Exclude *.txt | ForEach-Object Name") == ["sub", ".hidden", "B.log"]
    assert names(shell, "(Get-Item .).FullName") == [str(tmp_path)]
    result = shell.run("Get-Item missing.txt")
    assert "PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand" in result.errors


def test_items_flow_into_other_cmdlets_through_their_pspath(shell, tmp_path):
    (tmp_path / "[x].txt").write_text("bracket\n")
    # -Filter takes [ literally; -LiteralPath (bound from PSPath) reads the file despite its brackets.
    assert names(shell, "Get-ChildItem -Filter '[x].txt' | Get-Content") == ["bracket"]
    assert names(shell, "Get-ChildItem *.txt | Get-Content -TotalCount 1") == ["bracket", "hello"]
    out(shell, "Get-ChildItem -Filter *.log | Remove-Item")
    assert not (tmp_path / "B.log").exists()


def test_format_list_and_format_wide_use_the_file_system_views(shell):
    text = out(shell, "Get-Item a.txt | Format-List")
    assert "    Directory: " in text
    assert [line.split(":")[0].strip() for line in text.splitlines() if " : " in line] == [
        "Name", "Length", "CreationTime", "LastWriteTime", "LastAccessTime", "Mode", "LinkType", "Target"]
    wide = out(shell, "Get-ChildItem | Format-Wide -Column 3")
    assert "[sub]" in wide and "a.txt" in wide


def test_get_member_describes_item_properties(shell):
    assert names(shell, "(Get-Item a.txt | Get-Member -MemberType Property).Name -contains 'Directory'; "
                        "(Get-Item sub | Get-Member Parent).Definition") == [
        "True", "System.IO.DirectoryInfo Parent {get;}"]
