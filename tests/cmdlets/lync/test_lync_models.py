"""Lync object types: type names, property order, enums, the Identity parameter type."""
from __future__ import annotations

import pytest

from pyshell.runtime.conversion import PSConversionError, convert_to, to_string
from pyshell.runtime.values import PSEnum

from cmdlets.lync.models import (XMPP_PARTNER_PROPERTIES, PartnerType, SaslNegotiation, TlsNegotiation,
                                 XdsGlobalRelativeIdentity, admin_role, cmdlet_type, negotiation_problem,
                                 partner_from_document, partner_to_document, role_from_document,
                                 role_to_document, xmpp_partner)

NS = "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation"


def test_enum_types_and_members():
    assert PartnerType.ps_type_name() == f"{NS}.PartnerType"
    assert SaslNegotiation.ps_type_name() == f"{NS}.SaslNegotiation"
    assert TlsNegotiation.ps_type_name() == f"{NS}.TlsNegotiation"
    assert [m.name for m in PartnerType] == ["Federated", "PublicVerified", "PublicUnverified"]
    for enum in (SaslNegotiation, TlsNegotiation):
        assert [m.name for m in enum] == ["Required", "Optional", "NotSupported"]
        assert issubclass(enum, PSEnum)


def test_partner_type_names_and_property_order():
    p = xmpp_partner("xmpp.contoso.com")
    assert p.type_names == [f"{NS}.XmppAllowedPartner#Decorated", f"{NS}.XmppAllowedPartner", "System.Object"]
    assert tuple(p.property_names()) == XMPP_PARTNER_PROPERTIES == (
        "Identity", "Domain", "AdditionalDomains", "Description", "ProxyFqdn", "PartnerType",
        "ConnectionLimit", "TlsNegotiation", "SaslNegotiation", "SupportDialbackNegotiation",
        "EnableKeepAlive")


def test_partner_defaults_are_those_of_a_new_partner():
    p = xmpp_partner("contoso.com")
    assert p.get("Domain") == "contoso.com"
    assert p.get("AdditionalDomains") == []
    assert p.get("Description") is None and p.get("ProxyFqdn") is None
    assert p.get("PartnerType") is PartnerType.PublicUnverified
    assert p.get("ConnectionLimit") is None
    assert p.get("TlsNegotiation") is TlsNegotiation.Required
    assert p.get("SaslNegotiation") is SaslNegotiation.Required
    assert p.get("SupportDialbackNegotiation") is True and p.get("EnableKeepAlive") is True
    assert to_string(p) == "contoso.com"


def test_partner_document_round_trip():
    p = xmpp_partner("gmail.com", partner_type="publicunverified", tls_negotiation="NotSupported",
                     sasl_negotiation=SaslNegotiation.NotSupported, enable_keep_alive=False,
                     additional_domains=["googlemail.com"], connection_limit=10)
    doc = partner_to_document(p)
    assert doc["PartnerType"] == "PublicUnverified" and doc["TlsNegotiation"] == "NotSupported"
    again = partner_from_document(doc)
    assert list(again.properties()) == list(p.properties())


def test_role_type_names_property_order_and_cmdlet_elements():
    r = admin_role("CsHelpDesk", "S-1-5-21-1-2-3-1126", ["Get-CsUser", "Lock-CsClientPin"])
    assert r.type_names == ["Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role", "System.Object"]
    assert r.property_names() == ["Identity", "SID", "Cmdlets", "ScriptModules", "ConfigScopes",
                                  "UserScopes", "IsStandardRole"]
    assert r.get("ConfigScopes") == ["Global"] and r.get("UserScopes") == ["Global"]
    assert r.get("ScriptModules") == [] and r.get("IsStandardRole") is True
    first = r.get("Cmdlets")[0]
    assert first.type_names[0] == "Microsoft.Rtc.Management.WritableConfig.Settings.Roles.CmdletType"
    assert to_string(r) == "CsHelpDesk"
    again = role_from_document(role_to_document(r))
    assert [to_string(c) for c in again.get("Cmdlets")] == ["Get-CsUser", "Lock-CsClientPin"]


def test_cmdlet_type_string_form_and_equality_flag():
    c = cmdlet_type("Set-CsUser")
    assert c.get("Name") == "Set-CsUser"
    assert c.string_form == "Set-CsUser" and to_string(c) == "Set-CsUser"
    assert c.equals_by_string is True
    assert c.property_names() == ["Name"]


@pytest.mark.parametrize("tls,sasl,dialback,valid", [
    ("Required", "Required", True, True), ("Required", "Required", False, True),
    ("Optional", "Required", True, True), ("Optional", "Required", False, True),
    ("NotSupported", "Required", True, True), ("NotSupported", "Required", False, False),
    ("Required", "Optional", True, True), ("Required", "Optional", False, True),
    ("Optional", "Optional", True, True), ("Optional", "Optional", False, True),
    ("NotSupported", "Optional", True, True), ("NotSupported", "Optional", False, False),
    ("Required", "NotSupported", True, True), ("Required", "NotSupported", False, False),
    ("Optional", "NotSupported", True, True), ("Optional", "NotSupported", False, False),
    ("NotSupported", "NotSupported", True, True), ("NotSupported", "NotSupported", False, False),
])
def test_negotiation_matrix(tls, sasl, dialback, valid):
    assert (negotiation_problem(tls, sasl, dialback) is None) == valid


def test_identity_type_converts_and_rejects_empty():
    assert XdsGlobalRelativeIdentity.ps_type_name == "Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity"
    assert convert_to("xmpp.contoso.com", XdsGlobalRelativeIdentity) == "xmpp.contoso.com"
    assert convert_to(" gmail.com ", XdsGlobalRelativeIdentity) == "gmail.com"
    for bad in ("", "   ", None):
        with pytest.raises(PSConversionError) as info:
            convert_to(bad, XdsGlobalRelativeIdentity)
        assert info.value.type_name == XdsGlobalRelativeIdentity.ps_type_name
        assert info.value.message.startswith('Cannot convert value "')
        assert info.value.reason
    with pytest.raises(PSConversionError):
        convert_to(["a", "b"], XdsGlobalRelativeIdentity)
