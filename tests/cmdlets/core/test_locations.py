"""Get-Location, Set-Location, Push-Location and Pop-Location: a location per session ($PWD, the
prompt, relative paths in commands and script paths follow it), never the process's directory."""
from __future__ import annotations

import os

import pytest

from pyshell.shell import Shell

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX paths")


@pytest.fixture
def shell(tmp_path, monkeypatch):
    (tmp_path / "work" / "inner").mkdir(parents=True)
    (tmp_path / "notes.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    s = Shell(store=":memory:")
    yield s
    s.close()


def test_get_location_is_a_path_table(shell, tmp_path):
    result = shell.run("Get-Location")
    width = max(len(str(tmp_path)), 4)
    assert result.output == f"\n{'Path'.ljust(width)}\n{'----'.ljust(width)}\n{tmp_path}\n\n\n"


def test_set_location_moves_pwd_the_prompt_and_relative_paths_but_not_the_process(shell, tmp_path):
    result = shell.run("Set-Location work; $PWD.Path; (Get-Location).ProviderPath; Set-Content made.txt 'hi'")
    assert result.output.splitlines() == [str(tmp_path / "work")] * 2
    assert (tmp_path / "work" / "made.txt").read_text() == "hi\n"
    assert shell.prompt() == f"PS {tmp_path / 'work'}> "
    assert os.getcwd() == str(tmp_path)
    shell.run("cd ..; cd ~")
    assert shell.run("$PWD.Path").output == os.path.expanduser("~") + "\n"


def test_out_file_and_scripts_are_found_from_the_location(shell, tmp_path):
    (tmp_path / "work" / "hello.ps1").write_text("'hello from ' + (Split-Path -Leaf $PWD)")
    result = shell.run("cd work; ./hello.ps1; 'x' | Out-File out.txt; & .\\hello.ps1")
    assert result.output == "hello from work\nhello from work\n"
    assert (tmp_path / "work" / "out.txt").exists()


def test_set_location_errors(shell, tmp_path):
    result = shell.run("Set-Location nowhere")
    assert f"Cannot find path '{tmp_path / 'nowhere'}' because it does not exist." in result.errors
    assert "PathNotFound,Microsoft.PowerShell.Commands.SetLocationCommand" in result.errors
    assert "Cannot find path 'notes.txt' because it does not exist." in shell.run("Set-Location notes.txt").errors
    assert "DriveNotFound" in shell.run("Set-Location Q:\\").errors
    assert shell.run("$PWD.Path").output == f"{tmp_path}\n"


def test_wildcards_may_name_one_directory(shell, tmp_path):
    assert shell.run("Set-Location wo* -PassThru | ForEach-Object Path").output == f"{tmp_path / 'work'}\n"


def test_push_and_pop_location(shell, tmp_path):
    script = ("Push-Location work; Push-Location inner; (Get-Location -Stack).Path; Pop-Location; $PWD.Path; "
              "Pop-Location -PassThru | ForEach-Object Path; Pop-Location; $PWD.Path")
    assert shell.run(script).output.splitlines() == [
        str(tmp_path / "work"), str(tmp_path), str(tmp_path / "work"), str(tmp_path), str(tmp_path)]


def test_named_stacks(shell, tmp_path):
    result = shell.run("Push-Location -StackName s1 work; Set-Location -StackName s1; Pop-Location; $PWD.Path")
    assert result.output == f"{tmp_path}\n"
    assert "Cannot find location stack 'nope'. It does not exist or it is not a container." in shell.run(
        "Pop-Location -StackName nope").errors


def test_two_sessions_have_their_own_locations(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    monkeypatch.chdir(tmp_path)
    one, two = Shell(store=":memory:"), Shell(store=":memory:")
    try:
        one.run("cd a")
        assert one.run("$PWD.Path").output == f"{tmp_path / 'a'}\n"
        assert two.run("$PWD.Path").output == f"{tmp_path}\n"
    finally:
        one.close()
        two.close()


def test_the_aliases(shell):
    for alias, command in (("cd", "Set-Location"), ("sl", "Set-Location"), ("chdir", "Set-Location"),
                           ("pwd", "Get-Location"), ("gl", "Get-Location"), ("pushd", "Push-Location"),
                           ("popd", "Pop-Location")):
        assert shell.run(f"(Get-Alias {alias}).Definition").output == command + "\n"


def test_locations_are_pathinfo_objects(shell):
    assert shell.run("(Get-Location) -is [System.Management.Automation.PathInfo]; "
                     "(Set-Location . -PassThru) -is [Management.Automation.PathInfo]").output == "True\nTrue\n"
