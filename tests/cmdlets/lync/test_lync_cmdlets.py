"""Get-CsXmppAllowedPartner and Get-CsAdminRole, run through a stand-in runtime."""
from __future__ import annotations

import pytest

from pyshell.commands.parameters import ALL_SETS
from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.conversion import to_string
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import MODULE
from cmdlets.lync.get_cs_admin_role import GetCsAdminRole
from cmdlets.lync.get_cs_xmpp_allowed_partner import GetCsXmppAllowedPartner
from cmdlets.lync.models import DOC_XMPP_PARTNER, PartnerType, XdsGlobalRelativeIdentity

EN_DASH = "\u2013"


def identities(runtime):
    return [to_string(o.get("Identity")) for o in runtime.output]


# --- declarations ----------------------------------------------------------------------------------

def test_module_declaration():
    assert MODULE.name == "Lync"
    assert {GetCsXmppAllowedPartner, GetCsAdminRole} <= set(MODULE.cmdlets)
    names = [c.command_name() for c in MODULE.cmdlets]
    assert len(names) == len(set(names))
    assert {"New-CsXmppAllowedPartner", "Set-CsXmppAllowedPartner", "Remove-CsXmppAllowedPartner"} <= set(names)
    assert MODULE.types["PartnerType"] is PartnerType
    assert {"SaslNegotiation", "TlsNegotiation"} <= set(MODULE.types)
    assert MODULE.state_factory is not None


def test_xmpp_parameter_declaration():
    meta = GetCsXmppAllowedPartner.metadata
    assert meta.name == "Get-CsXmppAllowedPartner"
    assert meta.set_names == ["Identity", "Filter"] and meta.default_set == "Identity"
    identity = meta.by_name["identity"]
    assert identity.type is XdsGlobalRelativeIdentity
    assert identity.options("Identity").position == 0 and not identity.takes_pipeline
    assert meta.by_name["filter"].type is str and meta.by_name["filter"].sets == ("Filter",)
    local = meta.by_name["localstore"]
    assert local.type is SwitchParameter and local.sets == (ALL_SETS,)
    assert [p.name for p in meta.positional("Filter")] == []


def test_admin_role_parameter_declaration():
    meta = GetCsAdminRole.metadata
    assert meta.set_names == ["Identity", "Filter", "SID"] and meta.default_set == "Identity"
    assert meta.by_name["identity"].options("Identity").pipeline
    assert [p.name for p in meta.positional("SID")] == ["Sid"]
    assert [p.name for p in meta.positional("Identity")] == ["Identity"]


def test_examples_are_the_published_ones():
    xmpp = [e.code for e in GetCsXmppAllowedPartner.examples]
    assert xmpp == [
        'Get-CsXmppAllowedPartner',
        'Get-CsXmppAllowedPartner -Identity "xmpp.contoso.com"',
        'Get-CsXmppAllowedPartner - Filter "*.org"',
        'Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"}',
        'Get-CsAdminRole | Where-Object {$_.Cmdlets ' + EN_DASH + 'match "Get-CsXmppAllowedPartner"}',
    ]
    roles = [e.code for e in GetCsAdminRole.examples]
    assert len(roles) == 8
    assert 'Get-CsAdminRole | Where-Object {$_.Cmdlets -match "Set-CsUser\\b"}' in roles
    assert roles[-1] == 'Get-CsAdminRole | Where-Object {$_.Cmdlets ' + EN_DASH + 'match "Get-CsAdminRole\\b"}'
    for cls in (GetCsXmppAllowedPartner, GetCsAdminRole):
        assert cls.synopsis and cls.description and cls.implementing_type and cls.output_types
        assert all(e.description for e in cls.examples)


# --- Get-CsXmppAllowedPartner ------------------------------------------------------------------------

def test_all_partners(memory_context, run):
    rt = run(memory_context, GetCsXmppAllowedPartner)
    assert len(rt.output) >= 8 and not rt.errors
    assert rt.output[0].type_names[0].endswith("XmppAllowedPartner#Decorated")


def test_one_partner_by_identity(memory_context, run):
    rt = run(memory_context, GetCsXmppAllowedPartner, identity="XMPP.contoso.com")
    assert identities(rt) == ["xmpp.contoso.com"] and not rt.errors


def test_filter(memory_context, run):
    rt = run(memory_context, GetCsXmppAllowedPartner, "Filter", filter="*.org")
    assert identities(rt) == ["xmpp.contoso.org", "xmpp.fabrikam.org", "jabber.litwareinc.org",
                              "chat.tailspintoys.org"]


def test_sasl_required_partners_exist(memory_context, run):
    rt = run(memory_context, GetCsXmppAllowedPartner)
    assert [o for o in rt.output if o.get("SaslNegotiation").name == "Required"]


def test_unknown_identity_is_a_non_terminating_error(memory_context, run):
    rt = run(memory_context, GetCsXmppAllowedPartner, identity="xmpp.nowhere.example")
    assert rt.output == []
    [record] = rt.errors
    assert record.category is ErrorCategory.ObjectNotFound
    assert record.target == "xmpp.nowhere.example"
    assert "xmpp.nowhere.example" in record.message
    assert record.error_id == ("XmppAllowedPartnerNotFound,"
                               "Microsoft.Rtc.Management.Internal.GetXmppAllowedPartnerCmdlet")
    assert record.command_name == "Get-CsXmppAllowedPartner"


def test_malformed_filter_is_a_terminating_error(memory_context, run):
    with pytest.raises(PSError) as info:
        run(memory_context, GetCsXmppAllowedPartner, "Filter", filter="[a")
    assert info.value.record.category is ErrorCategory.InvalidArgument


def test_local_store_shows_the_replica(memory_context, run):
    store = memory_context.module_state("Lync").store      # opening replicates (session start)
    assert store.replication_status().up_to_date
    store.add(DOC_XMPP_PARTNER, "late.example.org", {"Identity": "late.example.org"})

    central = run(memory_context, GetCsXmppAllowedPartner, "Filter", filter="*.org")
    local = run(memory_context, GetCsXmppAllowedPartner, "Filter", filter="*.org", local_store=True)
    assert "late.example.org" in identities(central)
    assert "late.example.org" not in identities(local)

    missing = run(memory_context, GetCsXmppAllowedPartner, identity="late.example.org", local_store=True)
    [record] = missing.errors
    assert "local replica" in record.message and "Invoke-CsManagementStoreReplication" in record.hint

    store.replicate()
    local = run(memory_context, GetCsXmppAllowedPartner, identity="late.example.org", local_store=True)
    assert identities(local) == ["late.example.org"] and not local.errors


def test_file_store_session_start_replicates(file_context, run, tmp_path):
    from cmdlets.lync.store import ManagementStore
    ManagementStore(file_context.settings["store"]).close()   # store exists, replica never caught up
    writer = ManagementStore(file_context.settings["store"])
    writer.add(DOC_XMPP_PARTNER, "written.before.start", {"Identity": "written.before.start"})
    writer.close()
    rt = run(file_context, GetCsXmppAllowedPartner, identity="written.before.start", local_store=True)
    assert identities(rt) == ["written.before.start"]


def test_refused_store_is_a_terminating_error(tmp_path, run, make_context):
    bad = tmp_path / "notes.txt"
    bad.write_text("not a store")
    ctx = make_context({"store": str(bad)})
    with pytest.raises(PSError) as info:
        run(ctx, GetCsXmppAllowedPartner)
    assert info.value.record.category is ErrorCategory.OpenError
    assert str(bad) in info.value.record.message
    assert bad.read_text() == "not a store"


def test_binding_hint_for_identity(memory_context):
    hint = GetCsXmppAllowedPartner.binding_hint(memory_context, "Identity", "")
    assert 'Get-CsXmppAllowedPartner -Identity "xmpp.contoso.com"' in hint
    assert "\n" not in hint
    assert GetCsXmppAllowedPartner.binding_hint(memory_context, "Filter", "x") == ""


def test_binding_hint_names_identities_that_exist(memory_context):
    store = memory_context.module_state("Lync").store
    store.delete(DOC_XMPP_PARTNER, "xmpp.contoso.com")
    hint = GetCsXmppAllowedPartner.binding_hint(memory_context, "Identity", "")
    first = store.find(DOC_XMPP_PARTNER)[0].identity
    assert f'-Identity "{first}"' in hint


def test_binding_hint_survives_a_broken_store(tmp_path, make_context):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"junk")
    hint = GetCsXmppAllowedPartner.binding_hint(make_context({"store": str(bad)}), "Identity", "")
    assert "xmpp.contoso.com" in hint


# --- Get-CsAdminRole ---------------------------------------------------------------------------------

def test_all_roles(memory_context, run):
    rt = run(memory_context, GetCsAdminRole)
    assert len(rt.output) == 13
    assert identities(rt)[0] == "CsAdministrator"


def test_role_by_identity_and_filter(memory_context, run):
    rt = run(memory_context, GetCsAdminRole, identity="cshelpdesk")
    assert identities(rt) == ["CsHelpDesk"]
    rt = run(memory_context, GetCsAdminRole, "Filter", filter="*Voice*")
    assert identities(rt) == ["CsVoiceAdministrator", "RedmondVoiceAdministrators"]


def test_role_by_sid(memory_context, run):
    helpdesk = run(memory_context, GetCsAdminRole, identity="CsHelpDesk").output[0]
    rt = run(memory_context, GetCsAdminRole, "SID", sid=helpdesk.get("SID").lower())
    assert identities(rt) == ["CsHelpDesk"]
    rt = run(memory_context, GetCsAdminRole, "SID", sid="S-1-5-21-0-0-0-0")
    assert rt.output == [] and rt.errors[0].category is ErrorCategory.ObjectNotFound
    assert "SID" in rt.errors[0].message


def test_unknown_role(memory_context, run):
    rt = run(memory_context, GetCsAdminRole, identity="NoSuchRole")
    assert rt.output == [] and rt.errors[0].error_id.startswith("AdminRoleNotFound,")


def test_cmdlets_elements_support_match_and_contains(memory_context, run):
    rt = run(memory_context, GetCsAdminRole)
    holders = [to_string(r.get("Identity")) for r in rt.output
               if any("Get-CsXmppAllowedPartner" in to_string(c) for c in r.get("Cmdlets"))]
    assert holders == ["CsAdministrator", "CsServerAdministrator", "CsViewOnlyAdministrator",
                       "CsHelpDesk", "RedmondHelpDesk"]
    custom = [to_string(r.get("Identity")) for r in rt.output if r.get("IsStandardRole") is False]
    assert custom == ["RedmondVoiceAdministrators", "RedmondHelpDesk"]
    for role in rt.output:
        for c in role.get("Cmdlets"):
            assert c.equals_by_string and c.string_form == c.get("Name")
