"""New-CsXmppAllowedPartner: add an XMPP network to the allowed partners."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.models import (DOC_XMPP_PARTNER, XMPP_PARTNER_TYPE_NAMES, XdsGlobalRelativeIdentity,
                                 partner_from_document)
from cmdlets.lync.session import session_store, store_errors
from cmdlets.lync.store_files import StoreConflict
from cmdlets.lync.xmpp_partner_settings import (PartnerRefused, PartnerSettings, apply_settings, normalise,
                                                warn_about)

IDENTITY = "Identity"
DOMAIN = "ParentAndRelativeKey"


class NewCsXmppAllowedPartner(PartnerSettings, Cmdlet):
    """Adds an XMPP network to the list of partners Lync users may exchange IM and presence with."""

    verb = "New"
    noun = "CsXmppAllowedPartner"
    online_uri = online_help(verb, noun)
    description = (
        "Creates an XMPP allowed partner: an outside XMPP network (a company's gateway or a public "
        "chat service) that Lync users may talk to, given an external access policy that allows "
        "XMPP. Name the partner by its primary domain, either with -Identity or with -Domain; every "
        "setting you leave out takes its default (PublicUnverified, TLS and SASL Required, dialback "
        "and keep-alive on). The new partner is written to the Central Management store and shown. "
        "With -InMemory nothing is saved: you get the object to edit and later commit with "
        "Set-CsXmppAllowedPartner -Instance. "
        "Choices the Lync help leaves open, made here as a real server most likely behaves: a "
        "domain that already has a partner is refused with an error; a TLS/SASL/dialback "
        "combination that can never authenticate is refused, as the Control Panel refuses it; a "
        "combination the negotiation table warns about is saved with a WARNING; -WhatIf describes "
        "the change as 'Performing the operation \"New-CsXmppAllowedPartner\" on target \"<domain>\"'.")
    default_set = IDENTITY
    supports_should_process = True
    confirm_impact = "Medium"
    output_types = (XMPP_PARTNER_TYPE_NAMES[0],)
    implementing_type = "Microsoft.Rtc.Management.Internal.NewXmppAllowedPartnerCmdlet"

    identity = Parameter(XdsGlobalRelativeIdentity, position=0, mandatory=True, sets=(IDENTITY,),
                         value_hint="identity",
                         help="The partner's primary domain, for example contoso.com. It becomes the "
                              "partner's Identity. Use either -Identity or -Domain, not both.")
    domain = Parameter(str, mandatory=True, sets=(DOMAIN,),
                       help="The partner's primary domain, the other way of naming it: "
                            "-Domain \"fabrikam.com\" does what -Identity \"fabrikam.com\" does.")
    in_memory = Parameter(SwitchParameter,
                          help="Build the partner object without saving it. Change its properties, then "
                               "save it with Set-CsXmppAllowedPartner -Instance; if you never do, it is "
                               "simply forgotten.")

    examples = (
        Example('New-CsXmppAllowedPartner -Identity "contoso.com" -PartnerType "PublicVerified"',
                "Adds contoso.com as a partner of type PublicVerified; every other setting takes its "
                "default."),
        Example('New-CsXmppAllowedPartner -Identity "fabrikam.com" -AdditionalDomains "research.fabrikam2.com"',
                "Adds fabrikam.com and also accepts users from research.fabrikam2.com through the same "
                "partner."),
        Example('New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported '
                '-EnableKeepAlive $false -SupportDialbackNegotiation $true',
                "The Google Talk setup of the Lync 2013 guide: gmail.com (given by position) over plain "
                "TCP with server dialback as the only check and no keep-alive packets. On the demo "
                "store it fails, because gmail.com is a partner already."),
        Example('New-CsXmppAllowedPartner -Domain "fabrikam.com" -AdditionalDomains "fabrikam2.com","fabrikam3.com"',
                "Names the partner with -Domain instead of -Identity and gives two additional domains "
                "as a comma-separated list."),
        Example('Get-CsAdminRole | Where-Object {$_.Cmdlets –match "New-CsXmppAllowedPartner"}',
                "Shows the RBAC roles that may run this cmdlet. The dash before 'match' is an en dash, "
                "as on the Lync 2013 pages; PowerShell accepts it."),
    )

    def process(self) -> None:
        identity = self.identity if self.parameter_set_name == IDENTITY else (self.domain or "").strip()
        props, missing = apply_settings(self, {"Identity": identity, "Domain": identity,
                                               "AdditionalDomains": []})
        try:
            props = normalise(self, props)
        except PartnerRefused as refused:
            self.write_error(refused.record)
            return
        if self.in_memory:
            self.write_object(partner_from_document(props))
            return
        with store_errors(self):
            store = session_store(self)
            if store.get(DOC_XMPP_PARTNER, identity) is not None:
                self._exists(identity)
                return
            if not self.should_process(identity):
                return
            try:
                store.add(DOC_XMPP_PARTNER, identity, props)
            except StoreConflict:
                self._exists(identity)      # another shell added it since we looked
                return
        warn_about(self, props, missing)
        self.write_object(partner_from_document(props))

    def _exists(self, identity: str) -> None:
        self.write_error(self.error_record(
            f"Cannot create the XMPP allowed partner \"{identity}\": a partner with that Identity "
            f"already exists.", "DuplicateXmppAllowedPartner", ErrorCategory.ResourceExists,
            target=identity, exception_type="InvalidOperationException",
            hint=f"Change it with Set-CsXmppAllowedPartner -Identity \"{identity}\", or remove it first "
                 f"with Remove-CsXmppAllowedPartner."))
