"""Get-Unique: drops an object equal to the one written just before it (strings with regard to case);
-AsString compares text, -OnType compares types."""
from __future__ import annotations


def joined(run, script: str) -> str:
    return run(f"({script}) -join ' '").output.rstrip("\n")


def test_only_neighbours_are_compared(run):
    assert joined(run, "1, 1, 2, 1, 1 | Get-Unique") == "1 2 1"


def test_sorted_input_loses_every_duplicate(run):
    assert joined(run, "3, 1, 3, 2, 1 | Sort-Object | Get-Unique") == "1 2 3"


def test_strings_differing_in_case_are_different(run):
    assert joined(run, "'a', 'A', 'A' | Get-Unique") == "a A"


def test_as_string_compares_text(run):
    assert joined(run, "1, '1', 1.0 | Get-Unique -AsString") == "1"


def test_on_type_keeps_the_first_of_each_run_of_a_type(run):
    assert joined(run, "1, 2, 'a', 'b', 3 | Get-Unique -OnType") == "1 a 3"


def test_lync_objects_compare_by_their_text(run):
    assert joined(run, "@(Get-CsAdminRole -Identity CsHelpDesk; Get-CsAdminRole -Identity CsHelpDesk) | "
                       "Get-Unique | ForEach-Object Identity") == "CsHelpDesk"


def test_the_alias(run):
    assert joined(run, "1, 1 | gu") == "1"


def test_no_input_writes_nothing(run):
    assert run("@() | Get-Unique").output == ""
