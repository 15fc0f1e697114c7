"""The Pester 4 compatible runner: blocks, setup, test cases, Should, Mock, reports and exit codes."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[3]

SUITE = r'''
function Get-Double($n) { $n * 2 }

Describe "Get-Double" {
    BeforeAll { $base = 10 }
    BeforeEach { $fresh = 1 }
    AfterEach { $script:afterEachRuns++ }
    It "doubles <n>" -TestCases @(@{n = 1; expected = 2}, @{n = 5; expected = 10}) {
        param($n, $expected)
        Get-Double $n | Should -Be $expected
    }
    It "sees BeforeAll and BeforeEach" { $base + $fresh | Should -Be 11 }
    It "fails on purpose" { Get-Double 2 | Should -Be 5 }
    It "is pending" -Pending { }
    It "is skipped" -Skip { }
    Context "throwing" {
        It "catches errors by id" { { 1 / 0 } | Should -Throw -ErrorId "RuntimeException" }
        It "has no error" { { 1 } | Should -Not -Throw }
    }
    Context "mocks" {
        Mock Get-CsAdminRole { [pscustomobject]@{ Identity = "Fake" } }
        It "uses the mock" {
            (Get-CsAdminRole).Identity | Should -Be "Fake"
            Assert-MockCalled Get-CsAdminRole -Times 1 -Exactly -Scope It
        }
        It "filters calls by parameter" {
            Mock Get-CsXmppAllowedPartner { "one" } -ParameterFilter { $Identity -eq "a.com" }
            Get-CsXmppAllowedPartner -Identity "a.com" | Should -Be "one"
            Assert-MockCalled Get-CsXmppAllowedPartner -ParameterFilter { $Identity -eq "a.com" }
        }
    }
    It "counts the whole input" { @(1, 2, 3) | Should -HaveCount 3 }
    It "checks types" { 5 | Should -BeOfType [int] }
    It "takes null as empty" { $null | Should -BeNullOrEmpty }
}
'''


@pytest.fixture()
def suite(tmp_path: Path) -> Path:
    (tmp_path / "Demo.Tests.ps1").write_text(SUITE, encoding="utf-8")
    return tmp_path


def test_console_report_and_totals(run_once, suite: Path) -> None:
    r = run_once(f'Invoke-Pester "{suite}"')
    out = r.output
    assert f"Executing script {suite / 'Demo.Tests.ps1'}" in out
    assert "  Describing Get-Double\n" in out
    assert "    [+] doubles 1 " in out and "    [+] doubles 5 " in out
    assert "    [-] fails on purpose " in out
    assert "      Expected 5, but got 4.\n" in out
    assert "at <ScriptBlock>, " in out and "Demo.Tests.ps1: line 13" in out
    assert "    Context throwing\n" in out
    assert "[?] is pending" in out and "[!] is skipped" in out
    assert "Tests Passed: 10, Failed: 1, Skipped: 1, Pending: 1, Inconclusive: 0 \n" in out


def test_pass_thru_object(run_once, suite: Path) -> None:
    r = run_once(f'$r = Invoke-Pester "{suite}" -Show None -PassThru; $r.TotalCount; $r.FailedCount; '
                 '($r.TestResult | Where-Object { -not $_.Passed -and $_.Result -eq "Failed" }).Name')
    assert r.output == "13\n1\nfails on purpose\n"


def test_nunit_xml_file(run_once, suite: Path, tmp_path: Path) -> None:
    target = tmp_path / "results.xml"
    run_once(f'Invoke-Pester "{suite}" -Show None -OutputFile "{target}" -OutputFormat NUnitXml')
    root = ElementTree.parse(target).getroot()
    assert root.tag == "test-results" and root.get("total") == "13" and root.get("failures") == "1"
    cases = root.findall(".//test-case")
    failed = [c for c in cases if c.get("result") == "Failure"]
    assert len(cases) == 13 and failed[0].get("description") == "fails on purpose"
    assert "Expected 5, but got 4." in failed[0].find("failure/message").text


def test_enable_exit_gives_the_number_of_failures(suite: Path) -> None:
    env = dict(os.environ, PYSHELL_STORE=":memory:", NO_COLOR="1")
    r = subprocess.run([sys.executable, "-m", "pyshell", "-NonInteractive", "-c",
                        f'Invoke-Pester "{suite}" -EnableExit'], cwd=ROOT, env=env, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 1


def test_test_name_selects_describe_blocks(run_once, suite: Path) -> None:
    r = run_once(f'(Invoke-Pester "{suite}" -TestName "Nothing*" -Show None -PassThru).TotalCount')
    assert r.output == "0\n"


@pytest.mark.parametrize("check,passes", [
    ('"abc" | Should -Be "ABC"', True),
    ('"abc" | Should -BeExactly "ABC"', False),
    ('1, 2 | Should -Be @(1, 2)', True),
    ('"hello" | Should -Match "^h"', True),
    ('"hello" | Should -BeLike "h*o"', True),
    ('"hello" | Should -Not -BeLike "x*"', True),
    ('$true | Should -BeTrue', True),
    ('0 | Should -BeFalse', True),
    ('5 | Should -BeGreaterThan 3', True),
    ('5 | Should -BeLessThan 3', False),
    ('2 | Should -BeIn @(1, 2, 3)', True),
    ('@(1, 2) | Should -Contain 2', True),
    ('"x" | Should -BeOfType [string]', True),
    ('"x" | Should -BeOfType System.String', True),
    ('{ throw "boom" } | Should -Throw "boo"', True),
    ('{ throw "boom" } | Should -Throw "bang"', False),
    ('{ } | Should -Throw', False),
])
def test_should_operators(run_once, check: str, passes: bool) -> None:
    r = run_once(f'Describe "d" {{ It "t" {{ {check} }} }}')
    assert ("[+] t" in r.output) == passes, r.output


def test_a_failed_should_outside_pester_is_an_error(run_once) -> None:
    r = run_once('1 | Should -Be 2')
    assert "PesterAssertionFailed" in r.errors and "Expected 2, but got 1." in r.errors


def test_it_outside_describe_is_an_error(run_once) -> None:
    assert "ItOutsideDescribe" in run_once('It "x" { 1 }').errors


def test_mock_ends_with_its_block(run_once, suite: Path) -> None:
    r = run_once('Describe "d" { Mock Get-CsAdminRole { "fake" }; It "t" { Get-CsAdminRole | Should -Be "fake" } }; '
                 '(Get-CsAdminRole -Identity CsHelpDesk).Identity')
    assert r.output.endswith("CsHelpDesk\n")
