"""The demo organisation a new Central Management store starts with.

XMPP partners: one of each partner type, every TLS and SASL setting, dialback on and off, and only
combinations that can authenticate (models.negotiation_problem). Several identities end in .org so
that `-Filter "*.org"` finds something, and xmpp.contoso.com is the partner the documented
`-Identity` example asks for.

RBAC roles: the eleven standard Lync Server 2013 roles, with cmdlet lists read from
data/role_cmdlets.json, plus two custom roles copied from standard ones.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from cmdlets.lync.demo_directory import DOMAIN_SID, STANDARD_ROLE_GROUPS, directory_documents
from cmdlets.lync.models import (DOC_ROLE, DOC_XMPP_PARTNER, negotiation_problem, partner_to_document,
                                 xmpp_partner)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterator

_DATA = Path(__file__).with_name("data") / "role_cmdlets.json"

# (identity, partner type, TLS, SASL, dialback, keep-alive, extra settings)
_PARTNERS: tuple[tuple[str, str, str, str, bool, bool, dict[str, Any]], ...] = (
    ("xmpp.contoso.com", "Federated", "Required", "Required", False, True,
     {"additional_domains": ["im.contoso.com", "europe.contoso.com"],
      "description": "Contoso's corporate XMPP gateway; contact xmpp-admins@contoso.com",
      "proxy_fqdn": "proxy.xmpp.contoso.com", "connection_limit": 250}),
    ("xmpp.contoso.org", "PublicVerified", "Required", "Optional", True, True,
     {"description": "Contoso community chat service"}),
    ("xmpp.fabrikam.org", "Federated", "Optional", "Optional", True, True,
     {"additional_domains": ["research.fabrikam.org"], "connection_limit": 100}),
    ("xmpp.fabrikam.com", "PublicVerified", "Required", "NotSupported", True, True,
     {"proxy_fqdn": "edge.fabrikam.com"}),
    ("gmail.com", "PublicUnverified", "NotSupported", "NotSupported", True, False,
     {"description": "Google Talk: server dialback over plain TCP"}),
    ("jabber.litwareinc.org", "PublicUnverified", "Optional", "NotSupported", True, True, {}),
    ("xmpp.adatum.com", "Federated", "Optional", "Required", False, True,
     {"description": "A. Datum partner link", "connection_limit": 50}),
    ("chat.tailspintoys.org", "PublicVerified", "NotSupported", "Optional", True, True, {}),
    ("xmpp.northwindtraders.com", "PublicUnverified", "Required", "Required", True, True,
     {"description": "Created with the default settings"}),
    ("im.wingtiptoys.com", "Federated", "NotSupported", "Required", True, False,
     {"proxy_fqdn": "xmpp-proxy.wingtiptoys.com"}),
    # The partner the Set-/Remove-CsXmppAllowedPartner examples change.
    ("contoso.com", "Federated", "Required", "Optional", True, True,
     {"additional_domains": ["europe.contoso.com", "asia.contoso.com"],
      "description": "Contoso headquarters"}),
)

# The standard roles in the order Lync's planning guide lists them, with the relative ID of the
# demo domain's universal security group that backs each one (see demo_directory.py).
_STANDARD_ROLES: tuple[tuple[str, int], ...] = STANDARD_ROLE_GROUPS

# (identity, template role, relative ID, config scopes, user scopes)
_CUSTOM_ROLES: tuple[tuple[str, str, int, tuple[str, ...], tuple[str, ...]], ...] = (
    ("RedmondVoiceAdministrators", "CsVoiceAdministrator", 1145, ("Global",),
     ("OU:ou=Redmond,dc=litwareinc,dc=com",)),
    ("RedmondHelpDesk", "CsHelpDesk", 1146, ("site:Redmond",), ("OU:ou=Redmond,dc=litwareinc,dc=com",)),
)


@lru_cache(maxsize=1)
def role_cmdlets() -> dict[str, tuple[str, ...]]:
    """The cmdlet list of each standard role."""
    with open(_DATA, encoding="utf-8") as fh:
        data = json.load(fh)
    return {name: tuple(cmdlets) for name, cmdlets in data["roles"].items()}


def partner_documents() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for identity, ptype, tls, sasl, dialback, keep_alive, extra in _PARTNERS:
        problem = negotiation_problem(tls, sasl, dialback)
        if problem:  # a mistake in the table above, not a user error
            raise ValueError(f"demo partner {identity}: {problem}")
        obj = xmpp_partner(identity, partner_type=ptype, tls_negotiation=tls, sasl_negotiation=sasl,
                           support_dialback_negotiation=dialback, enable_keep_alive=keep_alive, **extra)
        yield DOC_XMPP_PARTNER, identity, partner_to_document(obj)


def role_documents() -> Iterator[tuple[str, str, dict[str, Any]]]:
    cmdlets = role_cmdlets()
    for name, rid in _STANDARD_ROLES:
        yield DOC_ROLE, name, {
            "Identity": name, "SID": f"{DOMAIN_SID}-{rid}", "Cmdlets": list(cmdlets[name]),
            "ScriptModules": [], "ConfigScopes": ["Global"], "UserScopes": ["Global"],
            "IsStandardRole": True}
    for name, template, rid, config_scopes, user_scopes in _CUSTOM_ROLES:
        yield DOC_ROLE, name, {
            "Identity": name, "SID": f"{DOMAIN_SID}-{rid}", "Cmdlets": list(cmdlets[template]),
            "ScriptModules": [], "ConfigScopes": list(config_scopes), "UserScopes": list(user_scopes),
            "IsStandardRole": False}


def demo_documents() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every document of the demo organisation, as (doc_type, identity, properties)."""
    from cmdlets.lync.policy_models import gateway_documents, policy_documents
    yield from partner_documents()
    yield from role_documents()
    yield from directory_documents()
    yield from policy_documents()
    yield from gateway_documents()
