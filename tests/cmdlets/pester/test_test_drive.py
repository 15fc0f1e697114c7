"""Pester's TestDrive: a temporary directory per Describe, as the TestDrive: drive and $TestDrive;
a Context takes away what it created; everything is gone after the Describe."""
from __future__ import annotations

import os

import pytest

from pyshell.shell import Shell

SUITE = r'''
Describe "files" {
    It "has a drive and a variable" {
        Test-Path TestDrive:\ | Should -Be $true
        $TestDrive | Should -Not -BeNullOrEmpty
        (Resolve-Path TestDrive:\).ProviderPath | Should -Be $TestDrive.FullName
        # as in Pester 4, the variable holds the directory itself, whose text is its full path
        $TestDrive | Should -BeOfType System.IO.DirectoryInfo
        Join-Path (Join-Path $TestDrive ..) $TestDrive.Name | Resolve-Path | ForEach-Object ProviderPath |
            Should -Be "$TestDrive"
    }
    It "writes through the drive and reads through the path" {
        Set-Content TestDrive:\a.txt "hello"
        Get-Content (Join-Path $TestDrive a.txt) | Should -Be "hello"
    }
    Context "inner" {
        It "sees the Describe's files and adds its own" {
            Test-Path TestDrive:\a.txt | Should -Be $true
            New-Item TestDrive:\b.txt -ItemType File | Out-Null
            Set-Location TestDrive:\
            (Get-Location).Path | Should -BeLike "TestDrive:?"
            Get-ChildItem -Name | Should -Be @("a.txt", "b.txt")
        }
    }
    It "loses what the Context created" {
        Test-Path TestDrive:\b.txt | Should -Be $false
        Test-Path TestDrive:\a.txt | Should -Be $true
    }
}
'''


@pytest.fixture
def shell(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.Tests.ps1").write_text(SUITE)
    s = Shell(store=":memory:")
    yield s
    s.close()


def test_test_drive_lives_for_one_describe(shell, tmp_path):
    result = shell.run("$r = Invoke-Pester ./t.Tests.ps1 -Show None -PassThru; $r.PassedCount; $r.FailedCount")
    assert result.output == "4\n0\n", result.errors
    after = shell.run("Test-Path TestDrive:\\; $null -eq $TestDrive; $PWD.Path")
    assert after.output == f"False\nTrue\n{tmp_path}\n"


def test_the_directory_is_deleted(shell):
    result = shell.run('$script:seen = $null; Describe "d" { It "x" { $script:seen = $TestDrive } } | Out-Null; "$seen"')
    path = result.output.strip().splitlines()[-1]
    assert os.path.isabs(path) and not os.path.exists(path)


def test_setup_makes_files_and_directories_in_the_test_drive(shell):
    result = shell.run('Describe "s" { It "x" { Setup -Dir logs; Setup -File "data/a.txt" "hi"; '
                       '(Setup -File b.txt -PassThru).Name; Test-Path TestDrive:\\logs -PathType Container; '
                       'Get-Content TestDrive:\\data\\a.txt } } | Out-Null; Setup -Dir x')
    assert "The Setup command may only be used inside a Describe block." in result.errors
    inner = shell.run('$script:o = $null; Describe "s" { It "x" { $script:o = @((Setup -File b.txt -PassThru).Name, '
                      '(Test-Path TestDrive:\\b.txt)) } } | Out-Null; $o')
    assert inner.output.splitlines()[-2:] == ["b.txt", "True"]
