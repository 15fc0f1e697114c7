"""Tab completion for the Lync cmdlets: identities from the store, and the property names of the
objects the cmdlets write.

The REPL knows nothing of Lync. It finds these through the Module: a parameter declared with
``value_hint="identity"`` is completed by :func:`complete_identity` (``"user"`` and ``"replica"``
by their own completers), and ``$_.`` after a Lync cmdlet is completed from :data:`TYPE_PROPERTIES`. Completion only reads the store; it never replicates or
writes, and an unavailable store simply offers nothing.
"""
from __future__ import annotations

from cmdlets.lync.demo_directory import DOC_USER, LOCAL_COMPUTER
from cmdlets.lync.models import (CMDLET_TYPE, DOC_ROLE, DOC_XMPP_PARTNER, ROLE_PROPERTIES, ROLE_TYPE,
                                 XMPP_PARTNER_PROPERTIES, XMPP_PARTNER_TYPE)
from cmdlets.lync.policy_models import (DOC_EAP, DOC_GATEWAY, EAP_PROPERTIES, EAP_TYPE, GATEWAY_PROPERTIES,
                                        GATEWAY_TYPE, USER_PROPERTIES, USER_TYPE)
from cmdlets.lync.session import MODULE_NAME

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# Which kind of stored document a cmdlet's -Identity names, by the cmdlet's noun. Every cmdlet of a
# family (Get-, Set-, New-, Remove-CsXmppAllowedPartner) shares its noun, so one entry serves all.
NOUN_DOCUMENTS = {
    "csxmppallowedpartner": DOC_XMPP_PARTNER,
    "csadminrole": DOC_ROLE,
    "csexternalaccesspolicy": DOC_EAP,
    "csxmppgatewayconfiguration": DOC_GATEWAY,
}

# The most identities one completion reads from the store: a menu of more helps nobody, and a store
# of 100,000 partners would take most of a second to list. Typing the start of a name narrows it.
IDENTITY_LIMIT = 300

TYPE_PROPERTIES: dict[str, tuple[str, ...]] = {
    XMPP_PARTNER_TYPE: XMPP_PARTNER_PROPERTIES,
    ROLE_TYPE: ROLE_PROPERTIES,
    CMDLET_TYPE: ("Name",),
    EAP_TYPE: EAP_PROPERTIES,
    GATEWAY_TYPE: GATEWAY_PROPERTIES,
    USER_TYPE: USER_PROPERTIES,
}


class Identities(list):
    """The identities offered for a word: (Identity, note) pairs. When the store holds more than
    :data:`IDENTITY_LIMIT` that fit, only the first of them by name are here, and ``total`` says
    how many fit in all (otherwise it is None)."""

    total: int | None = None


def complete_identity(context: Any, command: type, parameter: Any, word: str) -> list[tuple[str, str]]:
    """The identities of the stored objects a command's -Identity can name, with a short note each:
    all of them in the order they were created, or, when more than IDENTITY_LIMIT fit the word,
    the first IDENTITY_LIMIT by name and their number (see :class:`Identities`)."""
    doc_type = NOUN_DOCUMENTS.get(getattr(command, "noun", "").lower())
    if doc_type is None:
        return []
    out = Identities()
    try:
        store = context.module_state(MODULE_NAME).store
        found = store.identity_fields(doc_type, word, _DESCRIBED.get(doc_type, ()), limit=IDENTITY_LIMIT)
        if len(found) == IDENTITY_LIMIT:
            total = store.count_identities(doc_type, word)
            out.total = total if total > IDENTITY_LIMIT else None
    except Exception:  # noqa: BLE001 - completion must never fail because the store cannot open
        return []
    out.extend((identity, _describe(doc_type, props)) for identity, props in found)
    return out


def complete_user(context: Any, command: type, parameter: Any, word: str) -> list[tuple[str, str]]:
    """Users by SIP address, for a word that starts any form a user can be named by (display name,
    account, SIP address); the note gives the display name."""
    try:
        users = context.module_state(MODULE_NAME).store.find(DOC_USER)
    except Exception:  # noqa: BLE001
        return []
    typed = word.lower()
    out = []
    for user in users:
        props = user.properties
        sip = str(props.get("SipAddress") or "")
        forms = [str(props.get(k) or "").lower() for k in ("SamAccountName", "DisplayName", "UserPrincipalName")]
        forms += [sip.lower(), sip.lower()[4:]]
        if sip and any(f.startswith(typed) for f in forms if f):
            out.append((sip, str(props.get("DisplayName") or "")))
    return out


def complete_replica(context: Any, command: type, parameter: Any, word: str) -> list[tuple[str, str]]:
    """The computers that hold a replica of the store (the simulation has one)."""
    return [(LOCAL_COMPUTER, "replica")] if LOCAL_COMPUTER.startswith(word.lower()) else []


# The properties _describe reads, which are all the store is asked for.
_DESCRIBED = {DOC_XMPP_PARTNER: ("PartnerType", "SaslNegotiation"), DOC_ROLE: ("IsStandardRole",)}


def _describe(doc_type: str, props: dict[str, Any]) -> str:
    if doc_type == DOC_XMPP_PARTNER:
        return f"{props.get('PartnerType', '')} partner, SASL {props.get('SaslNegotiation', '')}".strip()
    if doc_type == DOC_ROLE:
        return "standard role" if props.get("IsStandardRole") else "custom role"
    return ""
