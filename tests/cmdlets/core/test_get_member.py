"""Get-Member: one block per type, PowerShell 5.1's header, order and definitions."""
from __future__ import annotations

import pytest

from pyshell.host import CaptureHost
from pyshell.runtime.members import STRING_METHODS
from pyshell.shell import Shell

from pyshell.runtime.declarations import STRING_METHOD_DEFINITIONS

PARTNER = "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner"


@pytest.fixture
def shell():
    s = Shell(CaptureHost(width=200), store=":memory:")
    yield s
    s.close()


def rows(output: str) -> list[list[str]]:
    """The table rows under the header underline, split into Name, MemberType, Definition."""
    lines = output.splitlines()
    out = []
    for line in lines[lines.index(next(l for l in lines if l.startswith("----"))) + 1:]:
        if not line.strip():
            break
        name, kind, definition = line.split(None, 2)
        out.append([name, kind, definition.rstrip()])
    return out


def test_a_partner_is_described_under_its_decorated_type_name(shell):
    result = shell.run("Get-CsXmppAllowedPartner -Identity xmpp.contoso.com | Get-Member")
    assert result.errors == ""
    assert result.output.startswith(f"\n\n   TypeName: {PARTNER}#Decorated\n\nName ")
    table = rows(result.output)
    assert ["Identity", "Property", "string Identity {get;set;}"] in table
    assert ["PartnerType", "Property", f"{PARTNER.rsplit('.', 1)[0]}.PartnerType PartnerType {{get;set;}}"] in table
    assert ["EnableKeepAlive", "Property", "bool EnableKeepAlive {get;set;}"] in table


def test_members_are_sorted_by_kind_then_name(shell):
    table = rows(shell.run("[pscustomobject]@{b=1; a='x'} | Get-Member").output)
    assert [r[0] for r in table] == ["Equals", "GetHashCode", "GetType", "ToString", "a", "b"]
    assert table[4] == ["a", "NoteProperty", "string a=x"]
    assert table[5] == ["b", "NoteProperty", "int b=1"]


def test_note_property_definitions_name_the_value_type_without_namespace(shell):
    table = rows(shell.run("[pscustomobject]@{n=$null; l=@(1,2); d=1.5; big=3000000000} | Get-Member -MemberType "
                           "NoteProperty").output)
    assert table == [["big", "NoteProperty", "long big=3000000000"], ["d", "NoteProperty", "double d=1.5"],
                     ["l", "NoteProperty", "Object[] l=System.Object[]"], ["n", "NoteProperty", "object n=null"]]


def test_only_the_first_object_of_each_type_is_described(shell):
    out = shell.run("1, 2, 'a', 3 | Get-Member -Name GetType").output
    assert out.count("TypeName:") == 2
    assert "   TypeName: System.Int32" in out and "   TypeName: System.String" in out


def test_name_takes_wildcards_and_member_type_filters(shell):
    table = rows(shell.run("'text' | Get-Member -Name To* -MemberType Method").output)
    assert [r[0] for r in table] == ["ToCharArray", "ToLower", "ToLowerInvariant", "ToString", "ToUpper",
                                     "ToUpperInvariant"]


def test_properties_selects_every_kind_of_property(shell):
    script = ("$o = [pscustomobject]@{a=1}; $o | Add-Member ScriptProperty s {1}; "
              "$o | Add-Member AliasProperty al a; $o | Add-Member ScriptMethod m {1}; "
              "$o | Get-Member -MemberType Properties")
    table = rows(shell.run(script).output)
    assert [(r[0], r[1]) for r in table] == [("al", "AliasProperty"), ("a", "NoteProperty"),
                                            ("s", "ScriptProperty")]


def test_added_members_show_their_definitions(shell):
    script = ("$o = [pscustomobject]@{a=1}; $o | Add-Member ScriptProperty Twice {$this.a*2}; "
              "$o | Add-Member AliasProperty Len a ([int]); $o | Add-Member ScriptMethod Hi {'hi'}; $o | gm")
    table = {r[0]: r[1:] for r in rows(shell.run(script).output)}
    assert table["Twice"] == ["ScriptProperty", "System.Object Twice {get=$this.a*2;}"]
    assert table["Len"] == ["AliasProperty", "Len = (System.Int32)a"]
    assert table["Hi"] == ["ScriptMethod", "System.Object Hi();"]


def test_a_note_added_to_a_typed_object_is_a_note_property(shell):
    script = ("Get-CsXmppAllowedPartner -Identity gmail.com | Add-Member -NotePropertyName Owner "
              "-NotePropertyValue ops -PassThru | Get-Member -MemberType NoteProperty")
    assert rows(shell.run(script).output) == [["Owner", "NoteProperty", "string Owner=ops"]]


def test_static_lists_the_types_static_members(shell):
    out = shell.run("[string] | Get-Member -Static").output
    assert "   TypeName: System.String" in out
    table = {r[0]: r[1:] for r in rows(out)}
    assert table["Join"] == ["Method", "static string Join(string separator, Params System.Object[] values)"]
    assert table["Empty"] == ["Property", "static string Empty {get;}"]


def test_static_on_an_enum_value_lists_its_members(shell):
    out = shell.run("(Get-CsXmppAllowedPartner -Identity gmail.com).PartnerType | Get-Member -Static").output
    assert f"TypeName: {PARTNER.rsplit('.', 1)[0]}.PartnerType" in out
    assert [r[0] for r in rows(out)] == ["Federated", "PublicUnverified", "PublicVerified"]


def test_force_adds_the_hidden_pstypenames_member(shell):
    assert "pstypenames" not in shell.run("[pscustomobject]@{a=1} | gm").output
    assert "pstypenames CodeProperty" in shell.run("[pscustomobject]@{a=1} | gm -Force").output


def test_input_object_describes_a_collection_as_one_array(shell):
    out = shell.run("Get-Member -InputObject @(1, 2) -Name Count").output
    assert "TypeName: System.Object[]" in out
    assert rows(out) == [["Count", "AliasProperty", "Count = Length"]]


def test_no_input_is_an_error(shell):
    result = shell.run("$null | Get-Member")
    assert "You must specify an object for the Get-Member cmdlet." in result.errors
    assert "NoObjectInGetMember,Microsoft.PowerShell.Commands.GetMemberCommand" in result.errors


def test_a_bad_member_type_is_a_binding_error(shell):
    result = shell.run("1 | Get-Member -MemberType Nonsense")
    assert "Cannot convert value \"Nonsense\" to type \"System.Management.Automation.PSMemberTypes\"" in result.errors


def test_the_member_objects_have_the_properties_scripts_use(shell):
    out = shell.run("$m = 'x' | Get-Member -Name Length; $m.TypeName; $m.MemberType; $m.Definition").output
    assert out == "System.String\nProperty\nint Length {get;}\n"


def test_every_allowed_string_method_has_a_definition():
    assert set(STRING_METHODS) <= set(STRING_METHOD_DEFINITIONS), "add the .NET signature to pyshell/runtime/declarations.py"


def test_the_gm_alias(shell):
    assert shell.run("1 | gm -Name GetType").output == shell.run("1 | Get-Member -Name GetType").output


def test_several_name_patterns_give_each_member_once_in_order(shell):
    out = shell.run("(Get-CsXmppAllowedPartner -Identity gmail.com | Get-Member -Name Tls*, *Negotiation).Name").output
    assert out == "SaslNegotiation\nSupportDialbackNegotiation\nTlsNegotiation\n"
