"""Inputs the fuzzer found that broke the property, pinned after the engine was fixed: each one
used to end in an InternalError (a Python exception at the top of a statement) or to show Python's
own words to the user."""
from __future__ import annotations

import pytest

from fuzzlib import check


@pytest.mark.parametrize("text", [
    # a hashtable key that is an array (Python cannot hash a list)
    "$PSVersionTable[$input] = 1",
    "$h = @{}; $k = 1,2; $h[$k] = 'v'; $h.Count",
    # an array index that is not a number
    "$a = 1,2,3; $a[@()] = 5",
    "$args[@($input)] = 1",
    "$a = 1,2,3; $a[(Get-CsAdminRole -Identity CsHelpDesk)] = 5",
    # index assignment on things that cannot be indexed
    "$x = 5; $x[0] = 1",
    "$null[0] = 1",
    # numbers Python refuses where .NET answers
    "[math]::Pow(10, 400)",
    "[math]::Pow(-8, 1/3)",
    "[math]::Floor(1e308 * 10)",
])
def test_found_inputs_now_hold_the_property(text):
    check(text, budget=10)


def test_an_array_is_a_hashtable_key_by_reference(run_once):
    r = run_once("$h = @{}; $k = 1,2; $h[$k] = 'v'; $h.Count; $h.ContainsKey($k); $h.ContainsKey((1,2))")
    assert r.output == "1\nTrue\nFalse\n" and r.errors == ""


def test_array_index_assignment_converts_the_index_like_powershell(run_once):
    assert run_once("$a = 1,2,3; $a[@(1)] = 5; $a['2'] = 7; $a -join ','").output == "1,5,7\n"
    r = run_once("$a = 1,2,3; $a['x'] = 9")
    assert 'Cannot convert value "x" to type "System.Int32"' in r.errors and "InternalError" not in r.errors


def test_index_assignment_errors_name_dotnet_types(run_once):
    r = run_once("$x = 5; $x[0] = 1")
    assert "Unable to index into an object of type System.Int32." in r.errors
    assert "FullyQualifiedErrorId : CannotIndex" in r.errors
    r = run_once("$null[0] = 1")
    assert "Cannot index into a null array." in r.errors and "FullyQualifiedErrorId : NullArray" in r.errors


def test_math_answers_as_dotnet_does(run_once):
    r = run_once("[math]::Pow(10, 400); [math]::Pow(-10, 401); [math]::Pow(-8, 1/3); [math]::Pow(0, -1); "
                 "[math]::Floor(1e308 * 10); [math]::Truncate([double]::NaN); [math]::Ceiling(-1e308 * 10)")
    assert r.output.split() == ["Infinity", "-Infinity", "NaN", "Infinity", "Infinity", "NaN", "-Infinity"]
    assert r.errors == ""


def test_round_refuses_digits_outside_0_to_15(run_once):
    r = run_once("[math]::Round(1.5, 16)")
    assert 'Exception calling "Round" with "2" argument(s): "Rounding digits must be between 0 and 15' in r.errors
    assert "FullyQualifiedErrorId : ArgumentOutOfRangeException" in r.errors


def test_a_method_argument_out_of_range_is_a_method_invocation_error(run_once):
    r = run_once('"abc".Substring(10)')
    assert r.errors.startswith('Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger')
    assert "FullyQualifiedErrorId : ArgumentOutOfRangeException" in r.errors
    assert run_once('try { "abc".Substring(10) } catch [ArgumentOutOfRangeException] { "caught" }').output == "caught\n"


def test_redirection_writes_relative_to_the_session_location(run_once, tmp_path, monkeypatch):
    # Found by the fuzzing sandbox: `cd somewhere; "x" > f` wrote f into the process's directory.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(tmp_path)
    r = run_once(f"Set-Location '{elsewhere}'; 'x' > out.txt; Get-Content ./out.txt")
    assert r.output == "x\n" and r.errors == ""
    assert (elsewhere / "out.txt").exists() and not (tmp_path / "out.txt").exists()


def test_redirection_to_an_unknown_drive_is_drive_not_found(run_once):
    r = run_once("'y' > nosuch:/x")
    assert "FullyQualifiedErrorId : DriveNotFound" in r.errors and "At line:1 char:" in r.errors


@pytest.mark.parametrize("call, name", [("[timespan]::Parse(@(9223372036854775808))", "Parse"),
                                        ("(Get-Date).AddDays(1e300)", "AddDays"),
                                        ("[timespan]::FromDays(1e300)", "FromDays")])
def test_a_method_that_overflows_says_so_in_dotnet_words(run_once, call, name):
    # Found by the long fuzzing run: the message was Python's "Python int too large to convert to C int".
    r = run_once(call)
    assert f'Exception calling "{name}" with "1" argument(s): "Arithmetic operation resulted in an overflow."' in r.errors
    assert "FullyQualifiedErrorId : OverflowException" in r.errors and "Python" not in r.errors


def test_the_binders_own_trace_words_are_not_taken_for_python_ones():
    # The long run flagged Trace-Command's "...left to take the positional argument [Filter]",
    # which is pyshell's trace text, not a Python TypeError; the harness now looks for Python's phrasing.
    check('Trace-Command -Name ParameterBinding -Expression { Get-CsXmppAllowedPartner - Filter "*.org" } -PSHost')


@pytest.mark.parametrize("text, fqid", [
    # a redirection reports Out-File's ArgumentException as its own failure (FileRedirection.GetRedirectionPipe)
    ('"x" > "a`0b"', "RedirectionFailed"),
    ('Set-Content "a`0b" 1', "System.ArgumentException,Microsoft.PowerShell.Commands.SetContentCommand"),
    ('Out-File "a`0b"', "System.ArgumentException,Microsoft.PowerShell.Commands.OutFileCommand"),
])
def test_a_path_holding_a_nul_character_has_illegal_characters(run_once, text, fqid, tmp_path, monkeypatch):
    # Found by the long fuzzing run: Python's "embedded null byte" ended the script as an InternalError.
    monkeypatch.chdir(tmp_path)
    r = run_once(text + '; "after"')
    assert "Illegal characters in path." in r.errors and f"FullyQualifiedErrorId : {fqid}" in r.errors
    assert r.output.strip() == "after"


def test_a_missing_mandatory_parameter_the_input_was_to_supply_is_an_error_per_object(run_once):
    # Found by the long run: `... | Set` (Set-Variable with no -Name) was an InternalError at the end.
    r = run_once("1, 2 | Set; 'after'")
    assert r.errors.count("Cannot process command because of one or more missing mandatory parameters: Name.") == 2
    assert "FullyQualifiedErrorId : MissingMandatoryParameter,Microsoft.PowerShell.Commands.SetVariableCommand" in r.errors
    assert "InternalError" not in r.errors and r.output.strip() == "after"


def test_set_variable_takes_a_name_with_each_piped_object(run_once):
    r = run_once("[pscustomobject]@{Name='a'}, [pscustomobject]@{Name='b'} | Set-Variable -Value 7; \"$a $b\"")
    assert r.output.strip() == "7 7" and r.errors == ""


@pytest.mark.parametrize("text, where", [
    ("switch -regex ('abc123') { '*=\\d+' { 1 } }; 'after'", "FullyQualifiedErrorId : InvalidRegularExpression\n"),
    ("[pscustomobject]@{n = 'a1'} | Where-Object n -match '\\C'; 'after'",
     "FullyQualifiedErrorId : InvalidRegularExpression,Microsoft.PowerShell.Commands.WhereObjectCommand"),
])
def test_a_pattern_that_is_not_a_regular_expression_is_invalid_regular_expression(run_once, text, where):
    # Found by the long run: both reached the top as an InternalError.
    r = run_once(text)
    assert "is not valid." in r.errors and where in r.errors and r.output.strip() == "after"


def test_the_demo_directorys_own_words_are_not_taken_for_python_ones():
    # The long run flagged 'has no attribute "T0"' in Get-CsUser's message about an LDAP filter.
    check('Get-CsUser -LdapFilter "T0=Sales Representative"')
