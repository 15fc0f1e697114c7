"""The Lync module's completion hooks: identities from the store by the cmdlet's noun, and the
property names of its object types (which must match the objects the cmdlets really write)."""
from __future__ import annotations

from pyshell.shell import Shell

from cmdlets.lync import MODULE
from cmdlets.lync.completion import complete_identity, complete_replica, complete_user
from cmdlets.lync.get_cs_admin_role import GetCsAdminRole
from cmdlets.lync.get_cs_xmpp_allowed_partner import GetCsXmppAllowedPartner


def test_the_module_registers_its_hooks():
    assert MODULE.completers["identity"] is complete_identity
    assert GetCsXmppAllowedPartner.identity.value_hint == "identity"


def test_partner_identities_with_notes():
    shell = Shell(store=":memory:")
    try:
        found = complete_identity(shell.context, GetCsXmppAllowedPartner, GetCsXmppAllowedPartner.identity, "xmpp.c")
        assert ("xmpp.contoso.com", "Federated partner, SASL Required") in found
        assert all(value.startswith("xmpp.c") for value, _ in found)
    finally:
        shell.close()


def test_role_names_ignore_case():
    shell = Shell(store=":memory:")
    try:
        found = [v for v, _ in complete_identity(shell.context, GetCsAdminRole, GetCsAdminRole.identity, "cshelp")]
        assert found == ["CsHelpDesk"]
    finally:
        shell.close()


def test_unknown_nouns_and_broken_stores_offer_nothing(tmp_path):
    shell = Shell(store=str(tmp_path / "missing-dir" / "x" / "store.db"))

    class Other:
        noun = "CsSomethingElse"

    try:
        assert complete_identity(shell.context, Other, None, "") == []
    finally:
        shell.close()


def test_type_properties_match_the_objects_written():
    shell = Shell(store=":memory:")
    try:
        from cmdlets.lync.get_cs_external_access_policy import GetCsExternalAccessPolicy
        from cmdlets.lync.get_cs_user import GetCsUser
        from cmdlets.lync.get_cs_xmpp_gateway_configuration import GetCsXmppGatewayConfiguration
        for command in (GetCsXmppAllowedPartner, GetCsAdminRole, GetCsExternalAccessPolicy, GetCsUser,
                        GetCsXmppGatewayConfiguration):
            shell.run(f"$all = {command.command_name()}")
            objects = shell.context.get_var("all")
            objects = objects if isinstance(objects, list) else [objects]
            names = MODULE.type_properties[command.output_types[0].split("#")[0]]
            assert objects and all(tuple(o.property_names()) == names for o in objects)
    finally:
        shell.close()


def test_users_by_any_name_offered_by_sip_address():
    shell = Shell(store=":memory:")
    try:
        assert complete_user(shell.context, None, None, "Ken M") == [("sip:kenmyer@litwareinc.com", "Ken Myer")]
        assert complete_user(shell.context, None, None, "kenm") == [("sip:kenmyer@litwareinc.com", "Ken Myer")]
        assert complete_user(shell.context, None, None, "nobody") == []
        assert complete_replica(shell.context, None, None, "atl") == [("atl-cs-001.litwareinc.com", "replica")]
    finally:
        shell.close()


def test_a_store_with_more_identities_than_the_limit_offers_the_first_by_name(monkeypatch):
    from cmdlets.lync import completion
    monkeypatch.setattr(completion, "IDENTITY_LIMIT", 4)
    shell = Shell(store=":memory:")
    try:
        everything = shell.context.module_state("Lync").store.identity_fields("XmppAllowedPartner", "", ())
        found = complete_identity(shell.context, GetCsXmppAllowedPartner, GetCsXmppAllowedPartner.identity, "")
        assert len(everything) > 4
        assert [v for v, _ in found] == sorted((i for i, _ in everything), key=str.lower)[:4]
        assert found.total == len(everything)
        fits = complete_identity(shell.context, GetCsXmppAllowedPartner, GetCsXmppAllowedPartner.identity, "xmpp.f")
        assert [v for v, _ in fits] == ["xmpp.fabrikam.org", "xmpp.fabrikam.com"] and fits.total is None
    finally:
        shell.close()
