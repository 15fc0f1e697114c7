"""Get-Random: ranges and types of the numbers, -SetSeed reproducing Windows PowerShell's sequence
(the numbers its documentation shows for seed 23), picking from input objects, and its errors."""
from __future__ import annotations

from pyshell.shell import Shell


def test_seed_23_gives_the_documented_sequence(run):
    script = "Get-Random -Maximum 100 -SetSeed 23; 1..3 | ForEach-Object { Get-Random -Maximum 100 }"
    assert run(script).output == "32\n25\n93\n95\n"


def test_the_seed_lasts_for_the_session_only(run):
    first = run("Get-Random -SetSeed 7; Get-Random").output
    assert run("Get-Random -SetSeed 7; Get-Random").output == first
    other = Shell(store=":memory:")
    try:
        assert other.run("Get-Random; Get-Random").output != first
    finally:
        other.close()


def test_numbers_stay_in_range_with_their_types(run):
    script = ("$ok = $true; foreach ($i in 1..200) { $n = Get-Random -Minimum -5 -Maximum 5; "
              "if ($n -lt -5 -or $n -ge 5) { $ok = $false } }; $ok; "
              "(Get-Random -Maximum 10).GetType().Name; (Get-Random -Maximum 10.5).GetType().Name; "
              "(Get-Random -Maximum 5000000000).GetType().Name; (Get-Random -Maximum '20').GetType().Name")
    assert run(script).output == "True\nInt32\nDouble\nInt64\nInt32\n"


def test_count_writes_that_many_numbers(run):
    assert len(run("Get-Random -Maximum 3 -Count 4").output.splitlines()) == 4


def test_minimum_not_below_maximum(run):
    result = run("Get-Random -Minimum 10 -Maximum 5")
    assert "The Minimum value (10) cannot be greater than or equal to the Maximum value (5)." in result.errors
    assert "MinGreaterThanOrEqualMax,Microsoft.PowerShell.Commands.GetRandomCommand" in result.errors


def test_one_object_is_picked_from_the_input(run):
    out = run('"red", "yellow", "blue" | Get-Random').output
    assert out in ("red\n", "yellow\n", "blue\n")


def test_count_picks_without_repeats_and_a_large_count_shuffles_all(run):
    picked = run("1..10 | Get-Random -Count 4").output.split()
    assert len(picked) == 4 and len(set(picked)) == 4
    every = run("Get-Random -InputObject (1..6) -Count ([int]::MaxValue)").output.split()
    assert sorted(every, key=int) == ["1", "2", "3", "4", "5", "6"]


def test_seeded_picks_repeat(run):
    assert run("1..10 | Get-Random -Count 3 -SetSeed 5").output == run("1..10 | Get-Random -Count 3 -SetSeed 5").output


def test_count_must_be_positive(run):
    assert "ParameterArgumentValidationError" in run("Get-Random -Count 0").errors
