"""Get-CsXmppAllowedPartner: read the XMPP networks users may exchange IM and presence with."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.models import (DOC_XMPP_PARTNER, XMPP_PARTNER_TYPE_NAMES, XdsGlobalRelativeIdentity,
                                 partner_from_document)
from cmdlets.lync.session import (LOCAL_STORE_HELP, MODULE_NAME, session_store, store_errors,
                                  write_not_found)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

IDENTITY = "Identity"
FILTER = "Filter"
_SAMPLE_IDENTITY = "xmpp.contoso.com"


class GetCsXmppAllowedPartner(Cmdlet):
    """Lists the XMPP networks (allowed partners) that Lync users may exchange IM and presence with."""

    verb = "Get"
    noun = "CsXmppAllowedPartner"
    online_uri = online_help(verb, noun)
    description = (
        "An XMPP allowed partner is an outside instant-messaging network, such as a company's "
        "XMPP gateway or a public chat service, that Lync users may exchange instant messages and "
        "presence with. A user also needs an external access policy that permits XMPP. There is no "
        "switch to pause a partner: to stop the traffic, remove the partner. With no parameters "
        "every partner is returned; -Identity picks one by its domain name and -Filter picks those "
        "whose Identity matches a wildcard pattern.")
    default_set = IDENTITY
    output_types = (XMPP_PARTNER_TYPE_NAMES[0],)
    # A plausible class name for the FullyQualifiedErrorId suffix; the real one is not confirmed.
    implementing_type = "Microsoft.Rtc.Management.Internal.GetXmppAllowedPartnerCmdlet"

    identity = Parameter(XdsGlobalRelativeIdentity, position=0, sets=(IDENTITY,), value_hint="identity",
                         help="The primary domain name of the partner to return, for example "
                              "xmpp.contoso.com. Without it (and without -Filter) every partner "
                              "is returned.")
    filter = Parameter(str, sets=(FILTER,),
                       help="A wildcard pattern matched against each partner's Identity, for "
                            "example \"*.org\" for every partner whose domain ends in .org.")
    local_store = Parameter(SwitchParameter, help=LOCAL_STORE_HELP)

    examples = (
        Example('Get-CsXmppAllowedPartner',
                "Lists every XMPP partner the organisation allows."),
        Example('Get-CsXmppAllowedPartner -Identity "xmpp.contoso.com"',
                "Returns only the partner whose Identity is xmpp.contoso.com."),
        Example('Get-CsXmppAllowedPartner - Filter "*.org"',
                "Printed this way in the published help. The space after the dash splits it into "
                "two arguments, so PowerShell binds '-' to -Identity and then finds no place for "
                "'Filter': the command fails. What it means is "
                "Get-CsXmppAllowedPartner -Filter \"*.org\", which returns every partner whose "
                "Identity ends in .org."),
        Example('Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"}',
                "Passes every partner to Where-Object, which keeps those that insist on SASL "
                "negotiation (SaslNegotiation equal to Required)."),
        Example('Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Get-CsXmppAllowedPartner"}',
                "Shows which RBAC roles, custom ones included, may run this cmdlet. The dash "
                "before 'match' is an en dash, as on the Lync 2013 pages; PowerShell accepts it."),
    )

    def process(self) -> None:
        local = bool(self.local_store)
        with store_errors(self):
            store = session_store(self)
            if self.filter is not None:
                docs = store.find(DOC_XMPP_PARTNER, self.filter, local=local)
            elif self.identity is not None:
                doc = store.get(DOC_XMPP_PARTNER, self.identity, local=local)
                if doc is None:
                    write_not_found(self, store, DOC_XMPP_PARTNER, "an XMPP allowed partner",
                                    self.identity, local, "XmppAllowedPartnerNotFound")
                    return
                docs = [doc]
            else:
                docs = store.find(DOC_XMPP_PARTNER, local=local)
            for doc in docs:
                self.write_object(partner_from_document(doc.properties))

    @classmethod
    def binding_hint(cls, context: Any, parameter_name: str | None, argument: Any) -> str:
        """A one-line suggestion shown after a binding error (the binder calls this)."""
        if (parameter_name or "").lower() != "identity":
            return ""
        names = _known_identities(context)
        sample = _SAMPLE_IDENTITY if (not names or _SAMPLE_IDENTITY in names) else names[0]
        shown = [sample] + [n for n in names if n != sample][:2]
        return (f"-Identity takes a partner's domain name, such as {', '.join(shown)}; try: "
                f"Get-CsXmppAllowedPartner -Identity \"{sample}\" (or leave -Identity out to list "
                f"every partner).")


def _known_identities(context: Any) -> list[str]:
    """Identities from the session's store, for hints; empty when the store is unavailable."""
    try:
        store = context.module_state(MODULE_NAME).store
        return [doc.identity for doc in store.find(DOC_XMPP_PARTNER)]
    except Exception:  # a hint must never turn into a second error
        return []
