"""Format-List: every property or the ones named (wildcards resolved for each object, names an
object lacks left out of its entry), calculated properties, -GroupBy, and the blank lines Windows
PowerShell 5.1 puts around list entries."""
from __future__ import annotations


def lines(*rows: str) -> str:
    return "".join(r + "\n" for r in rows)


def test_star_lists_every_property_with_padded_labels(run):
    assert run('[pscustomobject]@{Name="alpha"; Size=5; LongerName=$true} | Format-List *').output == lines(
        "", "", "Name       : alpha", "Size       : 5", "LongerName : True", "", "", "")


def test_wildcards_are_resolved_for_each_object(run):
    script = ('[pscustomobject]@{Name="a"; NameId=1}, [pscustomobject]@{Name="b"; Other=2} | Format-List Name*')
    assert run(script).output == lines("", "", "Name   : a", "NameId : 1", "", "Name : b", "", "", "")


def test_a_name_the_object_lacks_is_left_out(run):
    assert run('[pscustomobject]@{Name="a"} | Format-List Name, Missing').output == lines(
        "", "", "Name : a", "", "", "")


def test_calculated_property_with_label_and_format_string(run):
    script = '[pscustomobject]@{Size=1536} | Format-List @{Label="KB"; Expression={$_.Size / 1024}; f="N1"}'
    assert run(script).output == lines("", "", "KB : 1.5", "", "", "")


def test_label_key_is_not_accepted_for_width(run):
    result = run('[pscustomobject]@{Size=1} | Format-List @{e="Size"; Width=4}')
    assert "Format-List : The Width key is not valid." in result.errors
    assert "DictionaryKeyIllegal,Microsoft.PowerShell.Commands.FormatListCommand" in result.errors


def test_group_by_starts_a_new_header_when_the_value_changes(run):
    script = '[pscustomobject]@{K="x"; V=1}, [pscustomobject]@{K="y"; V=2} | Format-List V -GroupBy K'
    assert run(script).output == lines(
        "", "", "   K: x", "", "", "V : 1", "", "", "", "   K: y", "", "", "V : 2", "", "", "")


def test_long_values_wrap_under_the_value_column(run):
    script = '[pscustomobject]@{Text="one two three four five six"} | Format-List | Out-String -Width 20'
    assert run(script).output == lines("", "", "Text : one two ", "       three four ", "       five six",
                                       "", "", "", "")


def test_scalars_are_text_but_force_lists_their_properties(run):
    assert run('"abc" | Format-List').output == "abc\n"


def test_fl_alias_and_a_list_of_a_hashtable(run):
    assert run("@{one=1} | fl").output == lines("", "", "Name  : one", "Value : 1", "", "", "")


def test_a_view_of_another_shape_suggests_its_command(run):
    run("'x'")
    result = run("Get-History | Format-List -View history")
    assert ("Format-List :  The view name history cannot be found in the List formatting. Try using one of these "
            "other format cmdlets: Format-Table") in result.errors
