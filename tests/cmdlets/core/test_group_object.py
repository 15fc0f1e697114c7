"""Group-Object: GroupInfo objects (Count, Name, Group, Values) in order of first appearance,
-NoElement, -AsHashTable, -AsString, -CaseSensitive, and PowerShell's table display."""
from __future__ import annotations


def describe(run, script: str) -> str:
    return run(script + " | ForEach-Object { \"$($_.Name)=$($_.Count)\" }").output.replace("\n", " ").strip()


def test_groups_in_order_of_first_appearance_ignoring_case(run):
    assert describe(run, "'b', 'a', 'B', 'a', 'A' | Group-Object") == "b=2 a=3"


def test_case_sensitive_groups(run):
    assert describe(run, "'a', 'A', 'a' | Group-Object -CaseSensitive") == "a=2 A=1"


def test_group_holds_the_objects_and_values_the_keys(run):
    result = run("$g = 'x', 'yy', 'zz' | Group-Object Length\n$g[1].Group -join ','\n$g[1].Values[0]")
    assert result.output == "yy,zz\n2\n"


def test_group_by_a_lync_property(run):
    assert describe(run, "Get-CsXmppAllowedPartner | Group-Object PartnerType") == \
        "Federated=5 PublicVerified=3 PublicUnverified=3"


def test_group_by_several_properties_names_the_group_with_both(run):
    script = ("[pscustomobject]@{a = 1; b = 'x'}, [pscustomobject]@{a = 1; b = 'x'}, [pscustomobject]@{a = 1; b = 'y'} "
              "| Group-Object a, b")
    assert describe(run, script) == "1, x=2 1, y=1"


def test_group_by_script_block(run):
    assert describe(run, "1..5 | Group-Object { $_ % 2 -eq 0 }") == "False=3 True=2"


def test_numbers_and_their_text_share_a_group(run):
    assert describe(run, "1, '1', 2 | Group-Object") == "1=2 2=1"


def test_a_collection_value_is_named_in_braces(run):
    result = run("([pscustomobject]@{v = 1, 2} | Group-Object v).Name")
    assert result.output == "{1, 2}\n"


def test_objects_without_the_property_form_one_group_with_an_empty_name(run):
    assert describe(run, "[pscustomobject]@{a = 1}, [pscustomobject]@{b = 2} | Group-Object c") == "=2"


def test_no_element_leaves_the_group_empty(run):
    result = run("$g = 1, 1, 2 | Group-Object -NoElement\n$g[0].Count\n$g[0].Group.Count\n$g[0].pstypenames[0]")
    assert result.output == "2\n0\nMicrosoft.PowerShell.Commands.GroupInfoNoElement\n"


def test_as_hash_table_maps_values_to_objects(run):
    result = run("$h = 'a', 'bb', 'cc' | Group-Object Length -AsHashTable\n$h[2] -join ','\n$h.Count")
    assert result.output == "bb,cc\n2\n"


def test_as_string_makes_the_keys_text(run):
    result = run("$h = Get-CsXmppAllowedPartner | Group-Object PartnerType -AHT -AsString\n$h['federated'].Count")
    assert result.output == "5\n"


def test_as_string_alone_is_an_error(run):
    result = run("1 | Group-Object -AsString")
    assert "the AsString parameter requires that you specify the AsHashtable parameter" in result.errors
    assert "ArgumentException,Microsoft.PowerShell.Commands.GroupObjectCommand" in result.errors


def test_as_hash_table_with_two_properties_needs_as_string(run):
    result = run("[pscustomobject]@{a = 1; b = 2} | Group-Object a, b -AsHashTable")
    assert "requires adding the AsString parameter" in result.errors


def test_wildcards_are_not_allowed(run):
    result = run("'a' | Group-Object Len*")
    assert 'Wildcard characters are not allowed in "Len*".' in result.errors
    assert "ExpressionGlobbing2,Microsoft.PowerShell.Commands.GroupObjectCommand" in result.errors


def test_no_input_writes_nothing(run):
    assert run("@() | Group-Object").output == ""


def test_the_default_display_is_a_count_name_group_table(run):
    lines = [line.rstrip() for line in run("'a', 'b', 'a' | Group-Object").output.splitlines()]
    assert lines == ["", "Count Name                      Group", "----- ----                      -----",
                     "    2 a                         {a, a}", "    1 b                         {b}", "", ""]


def test_the_no_element_display_has_no_group_column(run):
    lines = [line.rstrip() for line in run("'a', 'b', 'a' | Group-Object -NoElement").output.splitlines()]
    assert lines[1:4] == ["Count Name", "----- ----", "    2 a"]
