"""How a Pester run reports: the console lines Pester 4 prints, and the NUnit XML file CI reads."""
from __future__ import annotations

import datetime as _dt
import os
from cmdlets.pester.state import Frame, TestResult

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def quoteattr(text: str) -> str:
    """An XML attribute value with its quotes. The import is here because xml.sax.saxutils brings
    urllib, http, email and ssl with it, which every start of pyshell would otherwise pay for."""
    from xml.sax.saxutils import quoteattr as quote
    return quote(text)


def _ms(seconds: float) -> str:
    ms = seconds * 1000
    return f"{ms:.0f}ms" if ms >= 1 else f"{ms:.2f}ms"


class ConsoleReporter:
    """Writes what Pester 4 writes as tests run."""

    def __init__(self, write: Any):
        self.write = write

    def file(self, path: str) -> None:
        self.write(f"\nExecuting script {path}\n")

    def group(self, frame: Frame, depth: int) -> None:
        indent = "  " * depth
        word = "Describing" if frame.kind == "Describe" else "Context"
        self.write(f"\n{indent}{word} {frame.name}\n" if frame.kind == "Describe" else f"\n{indent}{word} {frame.name}\n")

    def test(self, result: TestResult, depth: int) -> None:
        indent = "  " * (depth + 1)
        mark = {"Passed": "[+]", "Failed": "[-]", "Skipped": "[!]", "Pending": "[?]"}[result.result]
        suffix = f" {_ms(result.seconds)}" if result.result in ("Passed", "Failed") else ""
        if result.result == "Skipped":
            suffix = " is skipped"
        elif result.result == "Pending":
            suffix = " is pending"
        self.write(f"{indent}{mark} {result.name}{suffix}\n")
        if result.result == "Failed":
            for line in result.message.splitlines() or [""]:
                self.write(f"{indent}  {line}\n")
            for line in result.where.splitlines():
                self.write(f"{indent}  {line}\n")

    def summary(self, results: list[TestResult], seconds: float) -> None:
        counts = count(results)
        self.write(f"Tests completed in {_ms(seconds)}\n")
        self.write(f"Tests Passed: {counts['Passed']}, Failed: {counts['Failed']}, Skipped: {counts['Skipped']}, "
                   f"Pending: {counts['Pending']}, Inconclusive: 0 \n")


def count(results: list[TestResult]) -> dict[str, int]:
    out = {"Passed": 0, "Failed": 0, "Skipped": 0, "Pending": 0}
    for r in results:
        out[r.result] += 1
    return out


def nunit_xml(results: list[TestResult], seconds: float, now: _dt.datetime | None = None) -> str:
    """The results in the NUnit 2.5 schema that Pester 4 writes with -OutputFormat NUnitXml."""
    now = now or _dt.datetime.now()
    c = count(results)
    total = len(results)
    lines = ['<?xml version="1.0" encoding="utf-8" standalone="no"?>',
             f'<test-results xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             f'xsi:noNamespaceSchemaLocation="nunit_schema_2.5.xsd" name="Pester" total="{total}" '
             f'errors="0" failures="{c["Failed"]}" not-run="0" inconclusive="0" ignored="{c["Skipped"]}" '
             f'skipped="{c["Skipped"]}" invalid="0" date="{now:%Y-%m-%d}" time="{now:%H:%M:%S}">',
             '  <environment user="pyshell" machine-name="pyshell" platform="pyshell" '
             f'os-version="{os.name}" cwd={quoteattr(os.getcwd())} nunit-version="2.5.8.0" clr-version="Unknown" '
             'user-domain="" />',
             '  <culture-info current-culture="en-US" current-uiculture="en-US" />',
             f'  <test-suite type="TestFixture" name="Pester" executed="True" '
             f'result="{"Failure" if c["Failed"] else "Success"}" success="{"False" if c["Failed"] else "True"}" '
             f'time="{seconds:.4f}" asserts="0" description="Pester">',
             '    <results>']
    by_describe: dict[tuple[str, str], list[TestResult]] = {}
    for r in results:
        by_describe.setdefault((r.file, r.describe), []).append(r)
    for (file, describe), items in by_describe.items():
        failed = any(r.result == "Failed" for r in items)
        lines.append(f'      <test-suite type="TestFixture" name={quoteattr(describe)} executed="True" '
                     f'result="{"Failure" if failed else "Success"}" success="{"False" if failed else "True"}" '
                     f'time="{sum(r.seconds for r in items):.4f}" asserts="0" description={quoteattr(describe)}>')
        lines.append('        <results>')
        for r in items:
            full = ".".join(p for p in (r.describe, r.context, r.name) if p)
            executed = r.result in ("Passed", "Failed")
            result = {"Passed": "Success", "Failed": "Failure", "Skipped": "Ignored", "Pending": "Inconclusive"}[r.result]
            head = (f'          <test-case description={quoteattr(r.name)} name={quoteattr(full)} '
                    f'time="{r.seconds:.4f}" asserts="0" success="{"True" if r.passed else "False"}" '
                    f'result="{result}" executed="{"True" if executed else "False"}"')
            if r.result == "Failed":
                lines.append(head + ">")
                lines.append('            <failure>')
                lines.append(f'              <message>{_escape(r.message)}</message>')
                lines.append(f'              <stack-trace>{_escape(r.where)}</stack-trace>')
                lines.append('            </failure>')
                lines.append('          </test-case>')
            else:
                lines.append(head + " />")
        lines.append('        </results>')
        lines.append('      </test-suite>')
    lines += ['    </results>', '  </test-suite>', '</test-results>']
    return "\n".join(lines) + "\n"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
