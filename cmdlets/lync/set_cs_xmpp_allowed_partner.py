"""Set-CsXmppAllowedPartner: change the settings of an XMPP allowed partner."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import to_string
from pyshell.runtime.values import PSObject

from cmdlets.lync import online_help
from cmdlets.lync.models import DOC_XMPP_PARTNER, XMPP_PARTNER_TYPE_NAMES, XdsGlobalRelativeIdentity, \
    partner_to_document
from cmdlets.lync.session import session_store, store_errors, write_not_found
from cmdlets.lync.xmpp_partner_settings import (PartnerRefused, PartnerSettings, apply_settings, is_partner,
                                                negotiation_changed, normalise, warn_about)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

IDENTITY = "Identity"
INSTANCE = "Instance"


class SetCsXmppAllowedPartner(PartnerSettings, Cmdlet):
    """Changes the settings of an XMPP allowed partner."""

    verb = "Set"
    noun = "CsXmppAllowedPartner"
    online_uri = online_help(verb, noun)
    description = (
        "Changes one partner, named with -Identity, or each partner object given with -Instance "
        "or through the pipeline (Get-CsXmppAllowedPartner | Set-CsXmppAllowedPartner ...). Only "
        "the settings you name change; the rest keep their values, even if another shell changes "
        "them at the same moment. AdditionalDomains takes list changes: @{Add=...}, "
        "@{Remove=...}, @{Replace=...}, a plain list to replace it, $null to empty it. "
        "An -Instance object that is not in the store yet (one made with New-CsXmppAllowedPartner "
        "-InMemory) is saved as a new partner. "
        "Choices the Lync help leaves open, made here as a real server most likely behaves: a "
        "partner that does not exist is reported as not found; without -Identity or -Instance the "
        "command says which one to give (partners have no global instance to fall back on); a "
        "TLS/SASL/dialback combination that can never authenticate is refused and the partner "
        "left as it was; one the negotiation table warns about is saved with a WARNING. Nothing is "
        "written to the pipeline.")
    default_set = IDENTITY
    supports_should_process = True
    confirm_impact = "Medium"
    output_types = ()
    implementing_type = "Microsoft.Rtc.Management.Internal.SetXmppAllowedPartnerCmdlet"

    identity = Parameter(XdsGlobalRelativeIdentity, position=0, sets=(IDENTITY,), value_hint="identity",
                         help="The primary domain of the partner to change, for example contoso.com.")
    instance = Parameter(PSObject, pipeline=True, sets=(INSTANCE,),
                         help="A partner object, from Get-CsXmppAllowedPartner or from "
                              "New-CsXmppAllowedPartner -InMemory, to save with its own property values "
                              "plus any settings given on this command. Piped partners bind here.")

    examples = (
        Example('Set-CsXmppAllowedPartner -Identity "contoso.com" -SupportDialbackNegotiation $False',
                "Stops answering dialback requests from contoso.com; nothing else changes."),
        Example('Get-CsXmppAllowedPartner | Set-CsXmppAllowedPartner -SaslNegotiation "Required"',
                "Makes SASL negotiation Required on every partner: each partner comes through the "
                "pipeline as -Instance and is saved with the new value."),
        Example('Set-CsXmppAllowedPartner -Identity "contoso.com" -AdditionalDomains @{Add="na.contoso.com"}',
                "Adds na.contoso.com to contoso.com's additional domains and keeps the ones it has."),
        Example('Set-CsXmppAllowedPartner -Identity "contoso.com" -AdditionalDomains @{Remove="europe.contoso.com"}',
                "Takes europe.contoso.com out of contoso.com's additional domains; the others stay."),
        Example('Set-CsXmppAllowedPartner -Identity "contoso.com" -AdditionalDomains $Null',
                "Empties contoso.com's additional domains, so only its primary domain is accepted."),
        Example('Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Set-CsXmppAllowedPartner"}',
                "Shows the RBAC roles that may run this cmdlet. The dash before 'match' is an en dash, "
                "as on the Lync 2013 pages; PowerShell accepts it."),
    )

    def process(self) -> None:
        if self.parameter_set_name == INSTANCE or self.is_bound(SetCsXmppAllowedPartner.instance):
            self._set_instance(self.instance)
        elif self.identity is not None:
            self._set_identity(self.identity)
        else:
            self.write_error(self.error_record(
                "Set-CsXmppAllowedPartner needs to know which partner to change: give -Identity (the "
                "partner's primary domain) or pipe partner objects to it.", "IdentityRequired",
                ErrorCategory.InvalidArgument, exception_type="ArgumentException",
                hint='For example: Set-CsXmppAllowedPartner -Identity "xmpp.contoso.com" -EnableKeepAlive $True'))

    def _set_identity(self, identity: str) -> None:
        with store_errors(self):
            store = session_store(self)
            current = store.get(DOC_XMPP_PARTNER, identity)
            if current is None:
                write_not_found(self, store, DOC_XMPP_PARTNER, "an XMPP allowed partner", identity, False,
                                "XmppAllowedPartnerNotFound")
                return
            try:
                # Check first, so that a refused change neither asks nor touches the store.
                normalise(self, apply_settings(self, current.properties)[0])
            except PartnerRefused as refused:
                self.write_error(refused.record)
                return
            if not self.should_process(current.identity):
                return
            outcome: dict[str, Any] = {}

            def change(props: dict[str, Any]) -> dict[str, Any]:
                # Applied to the latest stored version, inside the write transaction.
                new, missing = apply_settings(self, props)
                outcome["props"], outcome["missing"] = normalise(self, new), missing
                outcome["negotiation"] = negotiation_changed(props, outcome["props"])
                return outcome["props"]
            try:
                doc = store.modify(DOC_XMPP_PARTNER, identity, change)
            except PartnerRefused as refused:
                self.write_error(refused.record)
                return
            if doc is None:          # removed by another shell since we looked
                write_not_found(self, store, DOC_XMPP_PARTNER, "an XMPP allowed partner", identity, False,
                                "XmppAllowedPartnerNotFound")
                return
        warn_about(self, outcome["props"], outcome["missing"], outcome["negotiation"])

    def _set_instance(self, obj: Any) -> None:
        if not is_partner(obj):
            self.write_error(self.error_record(
                f"Cannot save \"{to_string(obj)}\": -Instance takes an XMPP allowed partner object "
                f"({XMPP_PARTNER_TYPE_NAMES[0]}).", "InvalidInstance", ErrorCategory.InvalidArgument,
                target=obj, exception_type="ArgumentException",
                hint="Get one with Get-CsXmppAllowedPartner, or build one with New-CsXmppAllowedPartner "
                     "-InMemory."))
            return
        try:
            props, missing = apply_settings(self, partner_to_document(obj))
            props = normalise(self, props)
        except PartnerRefused as refused:
            self.write_error(refused.record)
            return
        identity = props["Identity"]
        with store_errors(self):
            store = session_store(self)
            before = store.get(DOC_XMPP_PARTNER, identity)
            if not self.should_process(identity):
                return
            store.put(DOC_XMPP_PARTNER, identity, props)
        warn_about(self, props, missing, negotiation_changed(before and before.properties, props))
