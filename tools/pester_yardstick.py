"""Run PowerShell's own Pester test files through pyshell and count what passes.

    python tools/pester_yardstick.py /path/to/PowerShell-checkout [--verbose]

The checkout is read, never copied into this repository. Each file runs in a fresh session with
Invoke-Pester -PassThru; the table gives the passing It runs against issue #10's targets.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from pyshell.host import CaptureHost  # noqa: E402
from pyshell.shell import Shell  # noqa: E402

# (file under test/powershell, target passing runs, total runs as issue #10 counts them)
TARGETS = [
    ("Modules/Microsoft.PowerShell.Core/Where-Object.Tests.ps1", 57, 59),
    ("Modules/Microsoft.PowerShell.Utility/Select-Object.Tests.ps1", 44, 51),
    ("Modules/Microsoft.PowerShell.Utility/Sort-Object.Tests.ps1", 50, 75),
    ("Modules/Microsoft.PowerShell.Utility/Measure-Object.Tests.ps1", 23, 33),
    ("Language/Scripting/TryCatch.Tests.ps1", 30, 34),
    ("Language/Scripting/Trap.Tests.ps1", 4, 4),
    ("Language/Operators/SplitOperator.Tests.ps1", None, None),
    ("Language/Operators/ReplaceOperator.Tests.ps1", None, None),
    ("Language/Operators/ComparisonOperator.Tests.ps1", None, None),
    # Error handling, preferences, common parameters and the streams. What stays failing needs
    # PowerShell 7 (Get-Error, -ProgressAction, Write-Error's positional records), a pwsh process,
    # the debugger or PowerShell's C# test host.
    ("Language/Scripting/ActionPreference.Tests.ps1", 40, 63),
    ("Language/Scripting/CommandErrorHandling.Tests.ps1", 29, 39),
    ("Language/Scripting/CommonParameters.Tests.ps1", 20, 22),
    ("Language/Scripting/CmdletDeclaration.Tests.ps1", 12, 12),
    ("Modules/Microsoft.PowerShell.Utility/Write-Error.Tests.ps1", 8, 11),
    ("Modules/Microsoft.PowerShell.Utility/Write-Stream.Tests.ps1", 10, 13),
    ("Modules/Microsoft.PowerShell.Utility/Write-Host.Tests.ps1", 4, 17),
    ("Modules/Microsoft.PowerShell.Utility/Write-Debug.Tests.ps1", 2, 3),
]

# PowerShell's test helpers that some files call at their top level. Add-TestDynamicType only
# compiles a C# type for the DLR tests (which cannot pass here anyway): the session gets an
# empty function of that name so the rest of the file runs.
SHIMS = "function Add-TestDynamicType {}"
MARK = "--pester-yardstick-counts--"


def checkout_commit(root: str) -> str:
    try:
        return subprocess.run(["git", "-C", root, "rev-parse", "HEAD"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def run_file(path: str) -> tuple[int, int, int, list[str], float]:
    shell = Shell(CaptureHost(width=120), store=":memory:")
    started = time.monotonic()
    try:
        escaped = path.replace("'", "''")
        result = shell.run(f"{SHIMS}\n$r = Invoke-Pester -Script '{escaped}' -Show None -PassThru\n"
                           f"'{MARK}'; $r.PassedCount; $r.FailedCount; $r.TotalCount\n"
                           "$r.TestResult | Where-Object { $_.Result -eq 'Failed' } | "
                           "ForEach-Object { $_.Name + ' :: ' + ($_.FailureMessage -split \"`n\")[0] }")
    finally:
        shell.close()
    lines = result.output.splitlines()
    # Tests may write to the host (What if: lines, Write-Host): the counts follow the marker.
    if MARK in lines:
        lines = lines[len(lines) - 1 - lines[::-1].index(MARK) + 1:]
    try:
        passed, failed, total = int(lines[0]), int(lines[1]), int(lines[2])
    except (IndexError, ValueError):
        return 0, 0, 0, [result.errors.strip()[:300]], time.monotonic() - started
    return passed, failed, total, lines[3:], time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", help="a PowerShell/PowerShell checkout")
    parser.add_argument("--verbose", action="store_true", help="list the failing tests")
    parser.add_argument("--commit", help="the checkout's commit, when it is not a git work tree")
    args = parser.parse_args()
    base = os.path.join(args.checkout, "test", "powershell")
    print(f"PowerShell checkout {args.commit or checkout_commit(args.checkout)}\n")
    print(f"{'file':<58} {'passed':>7} {'runs':>5} {'target':>7}  holds")
    for rel, target, _ in TARGETS:
        path = os.path.join(base, rel)
        if not os.path.exists(path):
            print(f"{rel:<58} {'missing':>7}")
            continue
        passed, failed, total, failures, seconds = run_file(path)
        holds = "-" if target is None else ("yes" if passed >= target else "no")
        print(f"{rel:<58} {passed:>7} {total:>5} {target if target is not None else '-':>7}  {holds}")
        if args.verbose:
            for line in failures:
                print(f"      {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
