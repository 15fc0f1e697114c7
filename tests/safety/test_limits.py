"""Limits (issue 9): runaway recursion, huge strings and arrays, deep nesting and endless loops end
with a clean PowerShell error, or stop at Ctrl+C — never a crash, a hang or unbounded memory.

Where Windows PowerShell has a message and an id for the limit (call depth, Int32 conversions, out
of memory, .NET's own argument checks), pyshell gives the same; where PowerShell would simply use
gigabytes, pyshell stops at its own limit (arith.MAX_REPEAT characters or elements per operation)
with .NET's OutOfMemoryException, which a script can catch."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from safetylib import run_script
from pyshell.runtime import arith
from pyshell.shell import Shell

ROOT = Path(__file__).resolve().parents[2]
OOM = "Exception of type 'System.OutOfMemoryException' was thrown."


# --- recursion -------------------------------------------------------------------------------------

@pytest.mark.parametrize("script", [
    "function f { f }; f",
    "function a { b }; function b { a }; a",
    "function f($n) { f ($n + 1) }; f 0",
    "$s = { & $s }; & $s",
    "$s = { . $s }; . $s",
    "function g { 1 | ForEach-Object { g } }; g",
    "function w { 1 | Where-Object { w } }; w",
    "function recurse { iex 'recurse' }; recurse",
    "function again { [scriptblock]::Create('again').Invoke() }; again",
    "function p { [pscustomobject]@{ a = (p) } }; p",
])
def test_runaway_recursion_is_call_depth_overflow(script):
    shell = Shell(store=":memory:")
    r = shell.run(script)
    assert r.output == "" and not r.success
    # As Windows PowerShell shows it: no position, the exception wrapped in ParentContainsErrorRecordException
    # (reported against Invoke-Expression when that is the command it escaped from).
    text = r.errors.removeprefix("Invoke-Expression : ")
    assert text.startswith("The script failed due to call depth overflow.\n"), r.errors
    assert "At line:" not in text
    assert "InvalidOperation: (0:Int32) [" in text and "], ParentContainsErrorRecordException" in text
    assert "FullyQualifiedErrorId : CallDepthOverflow" in r.errors
    # the session carries on, back in the global scope
    after = shell.run("$x = 'still here'; $x; function ok { 'ok' }; ok")
    assert after.output == "still here\nok\n" and after.success
    shell.close()


def test_recursion_that_stops_in_time_is_fine():
    r = run_script("function f($n) { if ($n -ge 40) { return $n }; f ($n + 1) }; f 0")
    assert r.output == "40\n" and r.ids == []


# --- size ----------------------------------------------------------------------------------------------

def test_sizes_that_do_not_fit_an_int32_are_conversion_errors():
    for script in ('"a" * 1e12', "1..1e12", ",1 * 1e12", "foreach ($i in 1..1e12) { }", "1..1e12 | ForEach-Object { }"):
        r = run_script(script)
        assert r.messages == ['Cannot convert value "1000000000000" to type "System.Int32". Error: "Value was '
                              'either too large or too small for an Int32."'], script


@pytest.mark.parametrize("script", [
    '"a" * 1e9', ",1 * 1e9", '"ab" * 3e7', '$s = "a" * 4e7; $s + $s', '$a = ,1 * 4e7; $a + $a',
    '$a = ,1 * 5e7; $a += 1', '$s = "a" * 1e6; (,$s * 1000) -join ""', '"abc" -replace "", ("x" * 3e7)',
    '("x" * 1e6) -replace ".", ("y" * 100)', '("x" * 1e5) -replace "(.)", (\'$1\' + "y" * 1000)',
])
def test_operators_refuse_to_build_more_than_the_limit(script):
    r = run_script(script)
    assert r.messages == [OOM] and r.ids == ["System.OutOfMemoryException"], r.errors
    assert r.output == ""


@pytest.mark.parametrize("call", [
    '"a".PadLeft(1e9)', '"a".PadRight(2e9, "x")', '"aaa".Replace("a", "b" * 3e7)',
    '[string]::Join("", (,("a" * 1e6) * 100))', '[string]::Concat(("a" * 3e7), ("b" * 3e7))',
])
def test_methods_refuse_to_build_more_than_the_limit(call):
    r = run_script(call)
    assert r.ids == ["OutOfMemoryException"], r.errors
    assert r.messages[0].endswith(f'argument(s): "{OOM}"')


def test_out_of_memory_can_be_caught_like_any_dotnet_exception():
    r = run_script('try { "a" * 1e9 } catch [System.OutOfMemoryException] { "caught" }; '
                   'try { "a".PadLeft(1e9) } catch [OutOfMemoryException] { "caught again" }')
    assert r.output == "caught\ncaught again\n" and r.ids == []


def test_just_under_the_limit_still_works():
    n = arith.MAX_REPEAT
    r = run_script(f'("a" * {n // 2}).Length; (,0 * {n // 10}).Count; ("ab" * {n // 4} + "c").Length')
    assert r.output.split() == [str(n // 2), str(n // 10), str(n // 2 + 1)]


def test_dotnet_argument_checks_on_string_methods():
    r = run_script('"a".PadLeft(-1)')
    assert r.ids == ["ArgumentOutOfRangeException"] and "Non-negative number required." in r.messages[0]
    r = run_script('"abc".Replace("", "x")')
    assert r.ids == ["ArgumentException"] and "String cannot be of zero length." in r.messages[0]


def test_a_range_that_powershell_enumerates_lazily_needs_no_memory():
    # foreach over a..b and a..b at the head of a pipeline are enumerated as they go, as in PowerShell
    r = run_script("foreach ($i in 1..2147483647) { if ($i -gt 3) { break }; $i }; "
                   "1..2147483647 | Select-Object -First 2; -5..-2147483647 | Select-Object -First 1")
    assert r.output == "1\n2\n3\n1\n2\n-5\n" and r.ids == []
    r = run_script("$n = 0; foreach ($i in 10..1) { $n += $i }; $n; 1..4 | ForEach-Object { $_ * 2 }")
    assert r.output == "55\n2\n4\n6\n8\n"


def test_a_range_kept_in_a_variable_has_a_limit():
    r = run_script("$x = 1..2147483647")
    assert r.ids == ["RangeTooBig"] and r.output == ""


# --- nesting --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("depth", [50, 1200])
@pytest.mark.parametrize("opening, middle, closing", [
    ("(", "1", ")"), ("@(", "1", ")"), ("$(", "1", ")"), ("{", "1", "}"), ("& {", "1", "}"),
    ("@{a=", "1", "}"), ("if ($true) {", "1", "}"), ("[int]", "1", ""), ("-", "1", ""), ("!", "$true", ""),
    ('"$(', "1", ')"'), ("$a[", "0", "]"), ("iex '", "1", "'"),
])
def test_deep_nesting_gives_a_value_or_a_clean_error(opening, middle, closing, depth):
    if opening == "iex '":
        script = "iex '" * 1 + "(" * depth + middle + ")" * depth + "'"
    else:
        script = opening * depth + middle + closing * depth
    shell = Shell(store=":memory:")
    r = shell.run(script)
    if not r.success:
        assert "FullyQualifiedErrorId : " in r.errors
        assert "InternalError" not in r.errors and "Traceback" not in r.errors
    assert shell.run("1 + 1").output == "2\n"
    shell.close()


@pytest.mark.parametrize("build", [
    "$a = 1; 1..3000 | ForEach-Object { $a = ,$a }",
    "$a = 1; 1..3000 | ForEach-Object { $a = [pscustomobject]@{ inner = $a } }",
    "$a = @{}; 1..3000 | ForEach-Object { $a = @{ inner = $a } }",
])
@pytest.mark.parametrize("use", ["$a", '"$a".Length', "$a | Out-String | ForEach-Object Length",
                                 "$a | Format-List * | Out-String | ForEach-Object Length", "$a -eq $null",
                                 "$a | ConvertTo-Json -Depth 100 | ForEach-Object Length"])
def test_deeply_nested_data_is_shown_or_refused_cleanly(build, use):
    r = run_script(f"{build}; {use}")
    assert set(r.ids) <= {"CallDepthOverflow"}, r.errors[:500]


def test_a_self_containing_array_or_object_is_refused_cleanly():
    for script in ("$a = @(1); $a[0] = $a; $a", '$a = @(1); $a[0] = $a; "$a"',
                   "$o = [pscustomobject]@{a = 1}; $o.a = $o; $o", "$h = @{}; $h.self = $h; $h | Out-String | Out-Null"):
        r = run_script(script)
        assert set(r.ids) <= {"CallDepthOverflow"}, script


# --- Ctrl+C -------------------------------------------------------------------------------------------

def _interrupt(script: str) -> tuple[int, str, str]:
    """Start `pyshell -c script`, wait for the line it prints first, send SIGINT, and collect it."""
    env = dict(os.environ, PYSHELL_STORE=":memory:", NO_COLOR="1")
    p = subprocess.Popen([sys.executable, "-m", "pyshell", "-NoProfile", "-NonInteractive", "-c", script],
                         cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = p.stdout.readline()
        assert first == "ready\n", first + p.stderr.read()
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=120)     # a safety net for a broken build, not a measurement
    finally:
        if p.poll() is None:
            p.kill()
            p.communicate()
    return p.returncode, out, err


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or sys.platform.startswith("win"), reason="POSIX signals")
@pytest.mark.parametrize("script", [
    "'ready'; while ($true) {}",
    "'ready'; for (;;) { $x = 1 }",
    "'ready'; do { } until ($false)",
    "function spin { 'ready'; while (1) { } }; spin",
    "'ready'; 1..10 | ForEach-Object { while ($true) { } }",
    "'ready'; foreach ($i in 1..2147483647) { $s = \"$i\" }",
    "'ready'; 1..2147483647 | Where-Object { $false }",
])
def test_ctrl_c_stops_an_endless_script_with_exit_code_1(script):
    code, out, err = _interrupt(script)
    assert code == 1
    assert out == "" and "Traceback" not in err


@pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX signals")
def test_ctrl_c_runs_finally_blocks_on_the_way_out():
    code, out, err = _interrupt("try { 'ready'; while ($true) { } } finally { 'cleaned up' }")
    assert code == 1 and out == "cleaned up\n" and "Traceback" not in err
