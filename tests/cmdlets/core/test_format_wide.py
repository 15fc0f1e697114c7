"""Format-Wide: one value per object, two per row unless -Column says otherwise, as many as fit
with -AutoSize; the name-like property by default; each column gets an equal share of the 79
usable cells, and values that do not fit end in three dots."""
from __future__ import annotations


def lines(*rows: str) -> str:
    return "".join(r + "\n" for r in rows)


def row(*cells: str, width: int) -> str:
    return " ".join(c.ljust(width) for c in cells)


def objects(*names: str) -> str:
    return ", ".join(f'[pscustomobject]@{{Size={len(n)}; Name="{n}"}}' for n in names)


def test_two_columns_of_the_name_property_by_default(run):
    out = run(objects("alpha", "beta", "gamma") + " | Format-Wide").output
    assert out == lines("", row("alpha", "beta", width=39), row("gamma", "", width=39), "", "")


def test_column_sets_the_items_per_row_and_the_room_is_shared_from_the_left(run):
    out = run(objects("alpha", "beta", "gamma", "delta") + " | Format-Wide -Column 3").output
    # 79 cells less two separators: 77 = 26 + 26 + 25
    first = "alpha".ljust(26) + " " + "beta".ljust(26) + " " + "gamma".ljust(25)
    second = "delta".ljust(26) + " " + " " * 26 + " " + " " * 25
    assert out == lines("", first, second, "", "")


def test_property_picks_the_value(run):
    out = run(objects("alpha", "beta") + " | Format-Wide -Property Size").output
    assert out == lines("", row("5", "4", width=39), "", "")


def test_auto_size_fits_as_many_as_the_widest_value_allows(run):
    out = run(objects("alpha", "beta", "gamma", "delta", "epsilon") + " | Format-Wide -AutoSize").output
    # the widest value has 7 cells: nine of them and eight separators fit in 79 cells, ten do not;
    # the 71 cells left for nine columns go 8, 8, ..., 8, 7
    widths = [8] * 8 + [7]
    values = ["alpha", "beta", "gamma", "delta", "epsilon", "", "", "", ""]
    assert out == lines("", " ".join(v.ljust(w) for v, w in zip(values, widths)), "", "")


def test_values_too_wide_for_their_column_end_in_dots(run):
    long = "x" * 50
    out = run(f'[pscustomobject]@{{Name="{long}"}}, [pscustomobject]@{{Name="b"}} | Format-Wide').output
    assert out == lines("", "x" * 36 + "... " + "b".ljust(39), "", "")


def test_auto_size_and_column_together_are_an_error(run):
    result = run(objects("alpha") + " | Format-Wide -AutoSize -Column 2")
    assert "Format-Wide : Cmdlet parameters AutoSize and Column are mutually exclusive." in result.errors
    assert "FormatCannotSpecifyAutosizeAndColumns,Microsoft.PowerShell.Commands.FormatWideCommand" in result.errors


def test_column_must_be_at_least_one(run):
    assert "ParameterArgumentValidationError" in run(objects("alpha") + " | Format-Wide -Column 0").errors


def test_group_by_and_fw_alias(run):
    out = run('[pscustomobject]@{K=1; Name="a"}, [pscustomobject]@{K=2; Name="b"} | fw -GroupBy K -Column 2').output
    assert out == lines("", "", "   K: 1", "", row("a", "", width=39), "", "", "   K: 2", "",
                        row("b", "", width=39), "", "")
