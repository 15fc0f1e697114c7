"""The session's location and drives (pyshell/runtime/location.py): how typed paths become file
system paths, without ever changing the process's working directory."""
from __future__ import annotations

import os

import pytest

from pyshell.runtime.location import (PathProblem, add_drive, location_text, native_path, pop_location,
                                      push_location, remove_drive, resolve, set_location, show)
from pyshell.runtime.conversion import to_string
from pyshell.shell import Shell

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX paths")


@pytest.fixture
def ctx(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shell = Shell(store=":memory:")
    yield shell.context
    shell.close()


def test_a_new_session_starts_in_the_process_directory_and_publishes_pwd(ctx, tmp_path):
    assert ctx.location == str(tmp_path)
    assert to_string(ctx.global_scope.vars["pwd"]) == str(tmp_path)
    assert location_text(ctx) == str(tmp_path)


def test_relative_home_absolute_and_provider_qualified_paths(ctx, tmp_path):
    assert native_path(ctx, "a/b") == str(tmp_path / "a" / "b")
    assert native_path(ctx, "a\\b\\..\\c") == str(tmp_path / "a" / "c")
    assert native_path(ctx, "~") == os.path.expanduser("~")
    assert native_path(ctx, "~/x") == os.path.join(os.path.expanduser("~"), "x")
    assert native_path(ctx, "/etc/./hosts") == "/etc/hosts"
    assert native_path(ctx, "Microsoft.PowerShell.Core\\FileSystem::/etc") == "/etc"
    assert native_path(ctx, "FileSystem::/etc") == "/etc"


def test_an_unknown_drive_is_drive_not_found(ctx):
    with pytest.raises(PathProblem) as caught:
        native_path(ctx, "Q:\\data")
    assert caught.value.error_id == "DriveNotFound"
    assert caught.value.message == "Cannot find drive. A drive with the name 'Q' does not exist."


def test_an_added_drive_maps_to_its_root_and_never_climbs_above_it(ctx, tmp_path):
    root = tmp_path / "drive"
    root.mkdir()
    add_drive(ctx, "TestDrive", str(root))
    assert native_path(ctx, "TestDrive:\\x.txt") == str(root / "x.txt")
    assert native_path(ctx, "testdrive:/a/../b") == str(root / "b")
    assert native_path(ctx, "TestDrive:\\..\\..") == str(root)
    assert show(str(root / "sub"), resolve(ctx, "TestDrive:").drive) == "TestDrive:" + os.sep + "sub"


def test_a_location_in_an_added_drive_is_shown_through_it_and_relative_paths_stay_inside(ctx, tmp_path):
    root = tmp_path / "drive"
    (root / "sub").mkdir(parents=True)
    add_drive(ctx, "TestDrive", str(root))
    set_location(ctx, resolve(ctx, "TestDrive:\\sub"))
    assert ctx.location == str(root / "sub")
    assert location_text(ctx) == "TestDrive:" + os.sep + "sub"
    assert to_string(ctx.global_scope.vars["pwd"]) == "TestDrive:" + os.sep + "sub"
    assert native_path(ctx, "..\\..\\..") == str(root)
    remove_drive(ctx, "TestDrive")
    assert location_text(ctx) == str(root / "sub")


def test_the_location_never_changes_the_process_directory(ctx, tmp_path):
    (tmp_path / "d").mkdir()
    set_location(ctx, resolve(ctx, "d"))
    assert os.getcwd() == str(tmp_path)
    assert native_path(ctx, "f") == str(tmp_path / "d" / "f")


def test_location_stacks(ctx, tmp_path):
    (tmp_path / "d").mkdir()
    push_location(ctx)
    set_location(ctx, resolve(ctx, "d"))
    assert pop_location(ctx).native == str(tmp_path)
    assert pop_location(ctx) is None                      # the empty default stack is no error
    with pytest.raises(PathProblem) as caught:
        pop_location(ctx, "work")
    assert caught.value.error_id == "StackNotFound"
