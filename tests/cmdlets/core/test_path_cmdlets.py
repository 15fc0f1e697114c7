"""Test-Path, Join-Path, Split-Path and Resolve-Path: text operations on paths with PowerShell's
rules (one separator when joining, drive roots keep theirs, qualifiers), and the questions asked of
the file system (-PathType, -IsValid, wildcards, unknown drives)."""
from __future__ import annotations

import os

import pytest

from pyshell.shell import Shell

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX paths")


@pytest.fixture
def run(tmp_path, monkeypatch):
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "f.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    shell = Shell(store=":memory:")

    def go(script: str) -> list[str]:
        result = shell.run(script)
        assert result.errors == "", result.errors
        return result.output.splitlines()
    go.shell = shell
    yield go
    shell.close()


def test_test_path(run):
    assert run("Test-Path a.txt; Test-Path nope; Test-Path dir -PathType Container; Test-Path dir -PathType Leaf; "
               "Test-Path a.txt -PathType Leaf; Test-Path *.txt; Test-Path *.csv; Test-Path Q:\\x") == [
        "True", "False", "True", "False", "True", "True", "False", "False"]
    assert run("'a.txt', 'nope' | Test-Path") == ["True", "False"]
    assert run("Test-Path dir/f.txt, dir/g.txt") == ["True", "False"]
    assert run("Test-Path dir -Type Container") == ["True"]


def test_test_path_is_valid_and_dates(run):
    assert run("Test-Path -IsValid nope/new.txt; Test-Path -IsValid 'a|b'; Test-Path -IsValid Q:\\x") == [
        "True", "False", "False"]
    assert run("Test-Path a.txt -NewerThan '1/1/2000'; Test-Path a.txt -OlderThan '1/1/2000'") == ["True", "False"]


def test_test_path_rejects_an_empty_path(run):
    result = run.shell.run("Test-Path ''")
    assert "because it is an empty string" in result.errors


def test_join_path(run):
    sep = os.sep
    assert run("Join-Path a b; Join-Path a/ /b; Join-Path 'a\\' b; Join-Path a ''") == [
        f"a{sep}b", f"a{sep}b", f"a{sep}b", f"a{sep}"]
    assert run("Join-Path a b c d") == [sep.join("abcd")]
    assert run("Join-Path a, b c") == [f"a{sep}c", f"b{sep}c"]
    assert run("Join-Path . *.txt -Resolve") == [os.path.abspath("a.txt")]
    result = run.shell.run("Join-Path Q:\\x y")
    assert "Cannot find drive. A drive with the name 'Q' does not exist." in result.errors
    assert "DriveNotFound,Microsoft.PowerShell.Commands.JoinPathCommand" in result.errors
    assert "PathNotFound" in run.shell.run("Join-Path . nope.txt -Resolve").errors


def test_split_path(run):
    sep = os.sep
    assert run("Split-Path /x/y/z.txt; Split-Path /x; Split-Path /; Split-Path a; Split-Path a/b/") == [
        "/x/y", "/", "", "", "a"]
    assert run("Split-Path /x/y/z.txt -Leaf; Split-Path a/b/ -Leaf") == ["z.txt", "b"]
    assert run("Split-Path 'C:\\Windows\\System32' -Parent; Split-Path 'C:\\Windows' -Parent") == [
        f"C:{sep}Windows", f"C:{sep}"]
    assert run("Split-Path 'C:\\Windows' -Qualifier; Split-Path 'TestDrive:\\a' -NoQualifier; "
               "Split-Path 'FileSystem::/tmp' -Qualifier") == ["C:", "\\a", "FileSystem::"]
    assert run("Split-Path /x -IsAbsolute; Split-Path x -IsAbsolute; Split-Path C:\\x -IsAbsolute; "
               "Split-Path .\\x -IsAbsolute") == ["True", "False", "True", "False"]
    assert "does not have a qualifier specified" in run.shell.run("Split-Path x -Qualifier").errors
    assert run("Split-Path dir/*.txt -Leaf -Resolve") == ["f.txt"]


def test_resolve_path(run, tmp_path):
    assert run("(Resolve-Path a.txt).Path; Resolve-Path ~ | ForEach-Object ProviderPath") == [
        str(tmp_path / "a.txt"), os.path.expanduser("~")]
    assert run("Resolve-Path *.txt, dir/* -Relative") == ["./a.txt", "./dir/f.txt"]
    assert run("cd dir; Resolve-Path ../a.txt -Relative; cd ..") == ["../a.txt"]
    result = run.shell.run("Resolve-Path nope")
    assert "PathNotFound,Microsoft.PowerShell.Commands.ResolvePathCommand" in result.errors
    assert run("(Resolve-Path a.txt).GetType().FullName") in (["System.Management.Automation.PathInfo"], [])


def test_test_path_on_the_session_state_drives(run):
    assert run("$limit = 1; function Get-Thing {}; Test-Path variable:limit; Test-Path Variable:global:limit; "
               "Test-Path variable:nothing; Test-Path env:PATH; Test-Path env:NO_SUCH_THING_HERE; "
               "Test-Path function:Get-Thing; Test-Path function:Get-T*; Test-Path alias:gci; Test-Path alias:zzz; "
               "Test-Path env: -PathType Container; Test-Path env:PATH -PathType Container") == [
        "True", "True", "False", "True", "False", "True", "True", "True", "False", "True", "False"]
