"""Tab completion for the Lync cmdlets: identities from the store, and the property names of the
objects the cmdlets write.

The REPL knows nothing of Lync. It finds these through the Module: a parameter declared with
``value_hint="identity"`` is completed by :func:`complete_identity`, and ``$_.`` after a Lync cmdlet
is completed from :data:`TYPE_PROPERTIES`. Completion only reads the store; it never replicates or
writes, and an unavailable store simply offers nothing.
"""
from __future__ import annotations

from typing import Any

from cmdlets.lync.models import (CMDLET_TYPE, DOC_ROLE, DOC_XMPP_PARTNER, ROLE_PROPERTIES, ROLE_TYPE,
                                 XMPP_PARTNER_PROPERTIES, XMPP_PARTNER_TYPE)
from cmdlets.lync.session import MODULE_NAME

# Which kind of stored document a cmdlet's -Identity names, by the cmdlet's noun. Every cmdlet of a
# family (Get-, Set-, New-, Remove-CsXmppAllowedPartner) shares its noun, so one entry serves all.
NOUN_DOCUMENTS = {
    "csxmppallowedpartner": DOC_XMPP_PARTNER,
    "csadminrole": DOC_ROLE,
}

TYPE_PROPERTIES: dict[str, tuple[str, ...]] = {
    XMPP_PARTNER_TYPE: XMPP_PARTNER_PROPERTIES,
    ROLE_TYPE: ROLE_PROPERTIES,
    CMDLET_TYPE: ("Name",),
}


def complete_identity(context: Any, command: type, parameter: Any, word: str) -> list[tuple[str, str]]:
    """The identities of the stored objects a command's -Identity can name, with a short note each."""
    doc_type = NOUN_DOCUMENTS.get(getattr(command, "noun", "").lower())
    if doc_type is None:
        return []
    try:
        docs = context.module_state(MODULE_NAME).store.find(doc_type)
    except Exception:  # noqa: BLE001 - completion must never fail because the store cannot open
        return []
    prefix = word.lower()
    return [(doc.identity, _describe(doc_type, doc.properties)) for doc in docs
            if doc.identity.lower().startswith(prefix)]


def _describe(doc_type: str, props: dict[str, Any]) -> str:
    if doc_type == DOC_XMPP_PARTNER:
        return f"{props.get('PartnerType', '')} partner, SASL {props.get('SaslNegotiation', '')}".strip()
    if doc_type == DOC_ROLE:
        return "standard role" if props.get("IsStandardRole") else "custom role"
    return ""
