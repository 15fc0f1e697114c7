"""Compare-Object: SideIndicator results in PowerShell's order, -IncludeEqual, -ExcludeDifferent,
-Property, -PassThru, -SyncWindow, -CaseSensitive, pipeline input and $null arguments."""
from __future__ import annotations


def sides(run, script: str) -> str:
    return run(script + " | ForEach-Object { \"$($_.InputObject)$($_.SideIndicator)\" }").output.replace("\n", " ").strip()


def test_differences_on_both_sides(run):
    # As in PowerShell: the difference-only objects come first, the reference-only ones at the end.
    assert sides(run, "Compare-Object 'a', 'b', 'c' 'b', 'c', 'd'") == "d=> a<="


def test_include_equal(run):
    assert sides(run, "Compare-Object (1..3) (2..4) -IncludeEqual") == "2== 3== 4=> 1<="


def test_exclude_different_with_include_equal_keeps_only_the_equal_ones(run):
    assert sides(run, "Compare-Object (1..3) (2..4) -IncludeEqual -ExcludeDifferent") == "2== 3=="


def test_exclude_different_alone_writes_nothing(run):
    assert run("Compare-Object (1..3) (2..4) -ExcludeDifferent").output == ""


def test_strings_compare_without_case_unless_asked(run):
    assert run("Compare-Object 'A' 'a'").output == ""
    assert sides(run, "Compare-Object 'A' 'a' -CaseSensitive") == "a=> A<="


def test_identical_sets_give_no_output(run):
    assert run("Compare-Object (1..5) (1..5)").output == ""


def test_order_does_not_matter_within_the_sync_window(run):
    assert run("Compare-Object 1, 2, 3 3, 2, 1").output == ""


def test_a_small_sync_window_reports_moved_objects(run):
    assert sides(run, "Compare-Object 1, 2, 3, 4 4, 2, 3, 1 -SyncWindow 0") == "4=> 1<= 1=> 4<="


def test_property_compares_and_reports_those_properties(run):
    script = ("$a = [pscustomobject]@{n = 'x'; v = 1}, [pscustomobject]@{n = 'y'; v = 2}\n"
              "$b = [pscustomobject]@{n = 'x'; v = 9}\n"
              "Compare-Object $a $b -Property n | ForEach-Object { \"$($_.n)$($_.SideIndicator)[$($_.v)]\" }")
    assert run(script).output == "y<=[]\n"


def test_pass_thru_writes_the_objects_with_a_side_indicator(run):
    script = ("$a = [pscustomobject]@{n = 'x'}, [pscustomobject]@{n = 'y'}\n$b = [pscustomobject]@{n = 'x'}\n"
              "Compare-Object $a $b -Property n -PassThru | ForEach-Object { \"$($_.n)$($_.SideIndicator)\" }")
    assert run(script).output == "y<=\n"


def test_the_difference_set_can_come_from_the_pipeline(run):
    assert sides(run, "2, 3 | Compare-Object -ReferenceObject 1, 2") == "3=> 1<="


def test_an_empty_reference_makes_everything_a_difference(run):
    assert sides(run, "Compare-Object @() 1, 2") == "1=> 2=>"


def test_lync_roles_compare_by_their_cmdlet_names(run):
    script = ("$voice = (Get-CsAdminRole -Identity CsVoiceAdministrator).Cmdlets\n"
              "$redmond = (Get-CsAdminRole -Identity RedmondVoiceAdministrators).Cmdlets\n"
              "(Compare-Object $voice $redmond).Count")
    assert run(script).output == "0\n"


def test_a_null_reference_is_a_binding_error(run):
    result = run("Compare-Object $null 1")
    assert "Cannot bind argument to parameter 'ReferenceObject' because it is null." in result.errors
    assert "ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands.CompareObjectCommand" \
        in result.errors


def test_the_default_display_is_a_table(run):
    lines = [line.rstrip() for line in run("Compare-Object 'a' 'b'").output.splitlines()]
    assert lines[1:5] == ["InputObject SideIndicator", "----------- -------------", "b           =>", "a           <="]


def test_the_aliases(run):
    assert run("compare 1 2 | Measure-Object | ForEach-Object Count; diff 1 1").output == "2\n"
