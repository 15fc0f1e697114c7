"""The demo organisation: partners of every kind, the standard roles and two custom ones."""
from __future__ import annotations

import re

from cmdlets.lync.demo_org import demo_documents, partner_documents, role_cmdlets, role_documents
from cmdlets.lync.models import negotiation_problem

STANDARD = ["CsAdministrator", "CsUserAdministrator", "CsVoiceAdministrator", "CsServerAdministrator",
            "CsViewOnlyAdministrator", "CsHelpDesk", "CsArchivingAdministrator",
            "CsResponseGroupAdministrator", "CsLocationAdministrator", "CsResponseGroupManager",
            "CsPersistentChatAdministrator"]
CMDLET_NAME = re.compile(r"^[A-Z][a-z]+-C[sS][A-Za-z0-9]+$")


def partners():
    return [props for _, _, props in partner_documents()]


def roles():
    return {identity: props for _, identity, props in role_documents()}


def test_partners_cover_every_setting():
    ps = partners()
    assert len(ps) >= 8
    assert {p["PartnerType"] for p in ps} == {"Federated", "PublicVerified", "PublicUnverified"}
    assert {p["TlsNegotiation"] for p in ps} == {"Required", "Optional", "NotSupported"}
    assert {p["SaslNegotiation"] for p in ps} == {"Required", "Optional", "NotSupported"}
    assert {p["SupportDialbackNegotiation"] for p in ps} == {True, False}
    identities = [p["Identity"] for p in ps]
    assert "xmpp.contoso.com" in identities
    assert {"xmpp.contoso.org", "xmpp.fabrikam.org"} <= set(identities)
    assert len(identities) == len({i.lower() for i in identities})


def test_partners_use_only_valid_negotiation_combinations():
    for p in partners():
        assert negotiation_problem(p["TlsNegotiation"], p["SaslNegotiation"],
                                   p["SupportDialbackNegotiation"]) is None, p["Identity"]


def test_the_eleven_standard_roles():
    rs = roles()
    standard = [name for name, props in rs.items() if props["IsStandardRole"]]
    assert standard == STANDARD
    sids = [props["SID"] for props in rs.values()]
    assert len(set(sids)) == len(sids)
    for name in standard:
        props = rs[name]
        assert re.fullmatch(r"S-1-5-21-\d+-\d+-\d+-\d+", props["SID"])
        assert props["ConfigScopes"] == ["Global"] and props["UserScopes"] == ["Global"]
        assert props["ScriptModules"] == []
        assert props["Cmdlets"] and all(CMDLET_NAME.match(c) for c in props["Cmdlets"])
        assert len(set(props["Cmdlets"])) == len(props["Cmdlets"])


def test_xmpp_cmdlets_follow_the_suggested_defaults():
    table = role_cmdlets()
    holders = lambda cmdlet: [r for r in STANDARD if cmdlet in table[r]]  # noqa: E731
    assert holders("Get-CsXmppAllowedPartner") == ["CsAdministrator", "CsServerAdministrator",
                                                   "CsViewOnlyAdministrator", "CsHelpDesk"]
    for verb in ("New", "Set", "Remove"):
        assert holders(f"{verb}-CsXmppAllowedPartner") == ["CsAdministrator"]


def test_documented_role_facts():
    table = role_cmdlets()
    assert "Set-CsUser" in table["CsUserAdministrator"] and "Set-CsUser" in table["CsAdministrator"]
    assert "Set-CsUser" not in table["CsHelpDesk"]
    assert {"Lock-CsClientPin", "Unlock-CsClientPin"} <= set(table["CsHelpDesk"])
    assert "New-CsVoicePolicy" not in table["CsHelpDesk"]
    assert "New-CsVoicePolicy" in table["CsVoiceAdministrator"]
    assert "Get-CsAdminRole" in table["CsViewOnlyAdministrator"]
    assert "New-CsRgsWorkflow" not in table["CsResponseGroupManager"]
    # CsAdministrator can do everything any other role can
    everything = set(table["CsAdministrator"])
    for name in STANDARD:
        assert set(table[name]) <= everything, name


def test_custom_roles():
    rs = roles()
    custom = {name: props for name, props in rs.items() if not props["IsStandardRole"]}
    assert "RedmondVoiceAdministrators" in custom
    voice = custom["RedmondVoiceAdministrators"]
    assert voice["Cmdlets"] == rs["CsVoiceAdministrator"]["Cmdlets"]
    assert voice["UserScopes"] == ["OU:ou=Redmond,dc=litwareinc,dc=com"]


def test_demo_documents_are_json_ready():
    import json
    for doc_type, identity, props in demo_documents():
        assert json.loads(json.dumps(props)) == props
        # Directory objects are stored under their account or site name; configuration under Identity.
        key = {"User": "SamAccountName", "ADGroup": "SamAccountName", "Site": "DisplayName"}.get(doc_type, "Identity")
        assert props[key] == identity
