"""Remove-CsXmppAllowedPartner: take an XMPP network off the allowed partners."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.models import DOC_XMPP_PARTNER, XdsGlobalRelativeIdentity
from cmdlets.lync.session import session_store, store_errors, write_not_found


class RemoveCsXmppAllowedPartner(Cmdlet):
    """Removes an XMPP allowed partner, which blocks all IM and presence with that network."""

    verb = "Remove"
    noun = "CsXmppAllowedPartner"
    online_uri = online_help(verb, noun)
    description = (
        "Deletes a partner from the Central Management store. Removing a partner is the only way "
        "to stop XMPP traffic with that network: there is no switch to pause it. Partners piped "
        "from Get-CsXmppAllowedPartner bind by their Identity property, so a filtered Get removes "
        "just the partners it lets through. "
        "Choices the Lync help leaves open, made here as a real server most likely behaves: the "
        "help never says this cmdlet asks before deleting, so its ConfirmImpact is taken to be "
        "Medium and it does not ask unless you add -Confirm (or lower $ConfirmPreference); a "
        "partner that does not exist is reported as not found.")
    supports_should_process = True
    confirm_impact = "Medium"
    output_types = ()
    implementing_type = "Microsoft.Rtc.Management.Internal.RemoveXmppAllowedPartnerCmdlet"

    identity = Parameter(XdsGlobalRelativeIdentity, position=0, mandatory=True, by_property_name=True,
                         value_hint="identity",
                         help="The primary domain of the partner to remove, for example \"fabrikam.com\". "
                              "Piped partner objects supply it through their Identity property.")
    force = Parameter(SwitchParameter,
                      help="Do not ask for confirmation, even when $ConfirmPreference would (an explicit "
                           "-Confirm still asks).")

    examples = (
        Example('Remove-CsXmppAllowedPartner -Identity "contoso.com"',
                "Removes the partner contoso.com."),
        Example('Get-CsXmppAllowedPartner | Remove-CsXmppAllowedPartner',
                "Removes every partner, which ends all XMPP federation."),
        Example('Get-CsXmppAllowedPartner | Where-Object {$_.PartnerType -eq "PublicUnverified"} | '
                'Remove-CsXmppAllowedPartner',
                "Removes only the partners whose PartnerType is PublicUnverified."),
        Example('Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Remove-CsXmppAllowedPartner"}',
                "Shows the RBAC roles that may run this cmdlet. The dash before 'match' is an en dash, "
                "as on the Lync 2013 pages; PowerShell accepts it."),
    )

    def process(self) -> None:
        identity = self.identity
        with store_errors(self):
            store = session_store(self)
            current = store.get(DOC_XMPP_PARTNER, identity)
            if current is None:
                write_not_found(self, store, DOC_XMPP_PARTNER, "an XMPP allowed partner", identity, False,
                                "XmppAllowedPartnerNotFound")
                return
            if not self.should_process(current.identity):
                return
            if not store.delete(DOC_XMPP_PARTNER, identity):
                write_not_found(self, store, DOC_XMPP_PARTNER, "an XMPP allowed partner", identity, False,
                                "XmppAllowedPartnerNotFound")
