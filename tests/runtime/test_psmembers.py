"""Members added to one object (psmembers.py): note, script and alias properties and script methods,
as member access, the formatter's property list and copies see them."""
from __future__ import annotations

import pytest

from pyshell.runtime.conversion import PSConversionError
from pyshell.runtime.members import call_method, dotnet_equals, dotnet_hash_code, get_member, set_member
from pyshell.runtime.psmembers import (AliasPropertyValue, PSMemberTypes, ScriptMethodMember, ScriptPropertyValue,
                                       add_computed_property, add_note_property, add_script_method,
                                       added_member_kind, member_type_mask, member_types_text, single_member_type)
from pyshell.errors import PSError
from pyshell.runtime.values import PSObject
from pyshell.shell import Shell


def block(shell: Shell, text: str):
    result = shell.run(f"$__block = {{{text}}}")
    assert result.success, result.errors
    return shell.context.get_var("__block")


def test_a_plain_object_has_no_member_table_and_reads_as_before():
    obj = PSObject([("a", 1)])
    assert obj._members is None
    assert get_member(obj, "A") == 1
    assert list(obj.properties()) == [("a", 1)]


def test_a_note_property_is_a_plain_value_recorded_as_a_note():
    obj = PSObject([("a", 1)], type_names=["Some.Type", "System.Object"])
    add_note_property(obj, "Owner", "ops")
    assert get_member(obj, "owner") == "ops"
    assert added_member_kind(obj, "owner") == "NoteProperty"
    assert added_member_kind(obj, "a") is None


def test_a_script_property_is_computed_on_every_read(shell):
    obj = PSObject([("Width", 3), ("Height", 4)])
    add_computed_property(obj, ScriptPropertyValue("Area", block(shell, "$this.Width * $this.Height"), None,
                                                   shell.context))
    assert get_member(obj, "Area") == 12
    obj.set("Width", 5)
    assert obj.get("area") == 20
    assert list(obj.properties()) == [("Width", 5), ("Height", 4), ("Area", 20)]


def test_compiled_member_access_runs_a_script_property(shell):
    shell.run("$o = [pscustomobject]@{a = 2}")
    obj = shell.context.get_var("o")
    add_computed_property(obj, ScriptPropertyValue("Twice", block(shell, "$this.a * 2"), None, shell.context))
    assert shell.run("$o.Twice; $o.a").output == "4\n2\n"


def test_a_script_property_setter_gets_the_value_as_its_first_argument(shell):
    obj = PSObject([("a", 1)])
    add_computed_property(obj, ScriptPropertyValue("Twice", block(shell, "$this.a * 2"),
                                                   block(shell, "$this.a = $args[0] / 2"), shell.context))
    assert set_member(obj, "twice", 10)
    assert obj.get("a") == 5


def test_a_script_property_without_setter_refuses_assignment(shell):
    obj = PSObject([("a", 1)])
    add_computed_property(obj, ScriptPropertyValue("Twice", block(shell, "$this.a * 2"), None, shell.context))
    with pytest.raises(PSError) as info:
        set_member(obj, "Twice", 3)
    assert info.value.record.error_id == "SetWithoutSetterFromScriptProperty"
    assert info.value.record.message == 'Set accessor for property "Twice" is unavailable.'


def test_a_failing_getter_is_an_error_when_read_and_empty_when_listed(shell):
    obj = PSObject([("a", 1)])
    add_computed_property(obj, ScriptPropertyValue("Bad", block(shell, "throw 'boom'"), None, shell.context))
    with pytest.raises(PSError) as info:
        get_member(obj, "Bad")
    assert info.value.record.message == 'Exception getting "Bad": "boom"'
    assert info.value.record.error_id == "ScriptGetValueRuntimeException"
    assert dict(obj.properties())["Bad"] is None


def test_an_alias_property_reads_and_writes_its_target():
    obj = PSObject([("Identity", "gmail.com")])
    add_computed_property(obj, AliasPropertyValue("Domain", "Identity"))
    assert get_member(obj, "domain") == "gmail.com"
    set_member(obj, "Domain", "jabber.org")
    assert obj.get("Identity") == "jabber.org"
    assert AliasPropertyValue("Domain", "Identity").definition() == "Domain = Identity"


def test_a_script_method_sees_this_and_its_arguments(shell):
    obj = PSObject([("n", 3)])
    add_script_method(obj, ScriptMethodMember("Add", block(shell, "param($k) $this.n + $k"), shell.context))
    assert call_method(obj, "add", [4]) == 7
    assert "Add" not in obj.property_names()


def test_a_script_method_named_tostring_replaces_the_built_in_one(shell):
    obj = PSObject([("n", 3)])
    add_script_method(obj, ScriptMethodMember("ToString", block(shell, "'n is ' + $this.n"), shell.context))
    assert call_method(obj, "ToString", []) == "n is 3"


def test_an_error_in_a_script_method_names_the_call(shell):
    obj = PSObject()
    add_script_method(obj, ScriptMethodMember("Fail", block(shell, "throw 'no'"), shell.context))
    with pytest.raises(PSError) as info:
        call_method(obj, "Fail", [1, 2])
    assert info.value.record.message == 'Exception calling "Fail" with "2" argument(s): "no"'


def test_a_copy_keeps_the_added_members(shell):
    obj = PSObject([("a", 1)])
    add_computed_property(obj, ScriptPropertyValue("Next", block(shell, "$this.a + 1"), None, shell.context))
    clone = obj.copy()
    clone.set("a", 10)
    assert clone.get("Next") == 11 and obj.get("Next") == 2


def test_member_type_masks_accept_names_lists_and_numbers():
    assert member_type_mask("NoteProperty") == 8
    assert member_type_mask("Property, Method") == 68
    assert member_type_mask(["ScriptProperty", "AliasProperty"]) == 17
    assert member_type_mask(PSMemberTypes.Methods) == 448
    assert single_member_type(16) is PSMemberTypes.ScriptProperty
    assert single_member_type(31) is None
    with pytest.raises(PSConversionError) as info:
        member_type_mask("Nope")
    assert "Unable to match the identifier name Nope" in info.value.message


def test_member_types_are_written_as_dotnet_writes_flags():
    assert member_types_text(31) == "Properties"
    assert member_types_text(4 | 64) == "Property, Method"


def test_equals_and_gethashcode_follow_dotnet():
    assert dotnet_equals(5, 5) and not dotnet_equals(5, "5") and not dotnet_equals(1, True)
    obj = PSObject()
    assert dotnet_equals(obj, obj) and not dotnet_equals(obj, PSObject())
    assert dotnet_hash_code(42) == 42 and dotnet_hash_code(True) == 1
    assert dotnet_hash_code("abc") == dotnet_hash_code("abc")
    assert -2 ** 31 <= dotnet_hash_code(2 ** 40) < 2 ** 31
