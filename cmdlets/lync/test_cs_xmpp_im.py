"""Test-CsXmppIM: can a Lync user exchange IM with a contact on an XMPP network?"""
from __future__ import annotations

import datetime as _dt
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.values import PSObject, SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.demo_directory import HEALTH_MONITORING_USER, SIP_DOMAIN, SITES
from cmdlets.lync.models import DOC_XMPP_PARTNER, TASK_OUTPUT_TYPE, expected_methods, negotiation_problem
from cmdlets.lync.policy_models import DOC_EAP, DOC_GATEWAY, GATEWAY_DEFAULTS
from cmdlets.lync.session import session_store, store_errors
from cmdlets.lync.store import ManagementStore
from cmdlets.lync.store_queries import Document
from cmdlets.lync.users import find_users

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

RESULT_TYPE = TASK_OUTPUT_TYPE


class TestCsXmppIM(Cmdlet):
    """Checks whether a user can send an instant message to a contact on an XMPP network."""

    __test__ = False    # not a pytest test class, whatever its name says

    verb = "Test"
    noun = "CsXmppIM"
    online_uri = online_help(verb, noun)
    description = (
        "A real server signs a test user in and sends an IM across the XMPP gateway. pyshell sends "
        "nothing: it checks the configuration the message would depend on, in the order the message "
        "would meet it, and reports Success, or Failure with the setting that blocks the conversation "
        "in Error and the way to fix it in Diagnosis. The checks: the receiver's domain must be an "
        "allowed XMPP partner (its Identity or one of its AdditionalDomains); the sender's effective "
        "external access policy (per-user, else the site's, else Global) must have EnableXmppAccess "
        "$True; the partner's TLS/SASL/dialback settings must leave an authentication method; and "
        "the gateway and the partner must allow connections. Without -UserSipAddress the sender is "
        "the pool's health-monitoring test user, sip:testuser1@litwareinc.com for "
        "atl-cs-001.litwareinc.com. Latency is always 00:00:00, as no message travels.")
    output_types = (RESULT_TYPE,)
    implementing_type = "Microsoft.Rtc.SyntheticTransactions.Cmdlets.TestXmppIMCmdlet"

    target_fqdn = Parameter(str, mandatory=True, value_hint="pool",
                            help="The Front End pool to test from, such as atl-cs-001.litwareinc.com.")
    receiver = Parameter(str, mandatory=True,
                         help="The XMPP contact to send to, such as adelany@contoso.com.")
    user_sip_address = Parameter(str, help="The Lync user to send as, such as sip:kenmyer@litwareinc.com; "
                                           "without it, the pool's test user.")
    user_credential = Parameter(object, help="The sender's credentials (from Get-Credential). pyshell signs "
                                             "nobody in, so they are not checked.")
    force = Parameter(SwitchParameter, help="Accepted for compatibility; it changes nothing here.")

    examples = (
        Example('Test-CsXmppIM -TargetFqdn "atl-cs-001.litwareinc.com" -Receiver "adelany@contoso.com"',
                "Tests an IM from the pool's test user to adelany@contoso.com. On the demo store it "
                "fails, and says why: the test user's effective policy (the Redmond site's) does not "
                "allow XMPP."),
        Example('$credential = Get-Credential "litwareinc\\kenmyer"\n'
                'Test-CsXmppIM -TargetFqdn "atl-cs-001.litwareinc.com" -Receiver "adelany@contoso.com" '
                '-UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $credential',
                "The same test sent as Ken Myer (Get-Credential asks for his password)."),
    )

    def process(self) -> None:
        pool = self.target_fqdn.strip().lower()
        if pool not in {p for _, p in SITES.values()}:
            self.write_error(self.error_record(
                f"\"{self.target_fqdn}\" is not a Front End pool in the topology.", "PoolNotFound",
                ErrorCategory.ObjectNotFound, target=self.target_fqdn, exception_type="ItemNotFoundException",
                hint="The demo pools are " + " and ".join(p for _, p in SITES.values()) + "."))
            return
        with store_errors(self):
            store = session_store(self)
            sender = self._sender(store, pool)
            if sender is None:
                return
            error, diagnosis = evaluate(store, sender.properties, self.receiver)
        self.write_object(PSObject([
            ("TargetFqdn", self.target_fqdn), ("Result", "Failure" if error else "Success"),
            ("Latency", _dt.timedelta(0)), ("Error", error), ("Diagnosis", diagnosis)],
            type_names=(RESULT_TYPE, "System.Object"), string_form=RESULT_TYPE))

    def _sender(self, store: ManagementStore, pool: str) -> Document | None:
        address = self.user_sip_address
        if address is None:
            if pool != SITES["Redmond"][1]:
                self.write_error(self.error_record(
                    f"No test users are configured for the pool {pool}.", "NoTestUsers",
                    ErrorCategory.InvalidOperation, target=pool, exception_type="InvalidOperationException",
                    hint="Give a sender with -UserSipAddress (and -UserCredential), such as "
                         "sip:kenmyer@litwareinc.com."))
                return None
            address = HEALTH_MONITORING_USER
        users = find_users(store, address)
        if not users:
            self.write_error(self.error_record(
                f"The sender \"{address}\" is not a Lync user.", "UserNotFound", ErrorCategory.ObjectNotFound,
                target=address, exception_type="ItemNotFoundException",
                hint="Get-CsUser lists the users and their SipAddress."))
            return None
        return users[0]


def _domain(address: str) -> str:
    text = address.strip()
    for prefix in ("sip:", "xmpp:"):
        if text.lower().startswith(prefix):
            text = text[len(prefix):]
    return text.rsplit("@", 1)[-1].strip().lower()


def effective_policy(store: ManagementStore, user: dict[str, Any]) -> Document:
    """The external access policy that applies to a user: per-user, else site, else Global."""
    if user.get("ExternalAccessPolicy"):
        doc = store.get(DOC_EAP, f"Tag:{user['ExternalAccessPolicy']}")
        if doc is not None:
            return doc
    pool = str(user.get("RegistrarPool") or "").lower()
    site = next((name for name, (_, p) in SITES.items() if p == pool), None)
    if site is not None:
        doc = store.get(DOC_EAP, f"Site:{site}")
        if doc is not None:
            return doc
    doc = store.get(DOC_EAP, "Global")
    assert doc is not None, "the Global external access policy is always there"
    return doc


def evaluate(store: ManagementStore, user: dict[str, Any], receiver: str) -> tuple[str | None, str | None]:
    """(the setting that blocks the conversation, how to fix it) or (None, what will happen)."""
    domain = _domain(receiver)
    sender = user["SipAddress"]
    if not domain or "." not in domain:
        return (f"\"{receiver}\" is not an XMPP address; give it as user@domain.",
                "Write the receiver like adelany@contoso.com.")
    if domain == SIP_DOMAIN:
        return (f"{receiver} is in this organisation's own SIP domain, {SIP_DOMAIN}, so the message would "
                f"not use XMPP.", "Give the address of a contact on an XMPP network.")
    partner = None
    for doc in store.find(DOC_XMPP_PARTNER):
        domains = [doc.identity.lower()] + [str(d).lower() for d in doc.properties.get("AdditionalDomains") or []]
        if domain in domains:
            partner = doc
            break
    if partner is None:
        return (f"{domain} is not an allowed XMPP partner (no partner has it as its Identity or in its "
                f"AdditionalDomains).",
                f"Add the partner: New-CsXmppAllowedPartner -Identity \"{domain}\" (or add {domain} to an "
                f"existing partner's AdditionalDomains).")
    policy = effective_policy(store, user)
    if not policy.properties.get("EnableXmppAccess"):
        how = "granted to" if policy.identity.startswith("Tag:") else "in effect for"
        return (f"The external access policy {policy.identity}, {how} {sender}, has EnableXmppAccess False, "
                f"so the user may not talk to XMPP contacts.",
                f"Allow it with: Set-CsExternalAccessPolicy -Identity \"{policy.identity}\" -EnableXmppAccess "
                f"$True, or grant the user a per-user policy that allows XMPP (Grant-CsExternalAccessPolicy).")
    props = partner.properties
    problem = negotiation_problem(props["TlsNegotiation"], props["SaslNegotiation"],
                                  props["SupportDialbackNegotiation"])
    if problem:
        return (f"Partner {partner.identity}: {problem}",
                f"Fix it with Set-CsXmppAllowedPartner -Identity \"{partner.identity}\".")
    gateway = store.get(DOC_GATEWAY, "Global")
    limits = dict(GATEWAY_DEFAULTS, **(gateway.properties if gateway else {}))
    for name, value, fix in (
            ("the XMPP gateway's ConnectionLimit", limits["ConnectionLimit"],
             "Set-CsXmppGatewayConfiguration -ConnectionLimit 1000"),
            ("the XMPP gateway's PartnerConnectionLimit", limits["PartnerConnectionLimit"],
             "Set-CsXmppGatewayConfiguration -PartnerConnectionLimit 20"),
            (f"partner {partner.identity}'s ConnectionLimit", props.get("ConnectionLimit"),
             f"Set-CsXmppAllowedPartner -Identity \"{partner.identity}\" -ConnectionLimit 100")):
        if value == 0:
            return f"{name} is 0, so no connection can be opened.", f"Raise it: {fix}"
    methods = ", ".join(expected_methods(props["TlsNegotiation"], props["SaslNegotiation"],
                                         props["SupportDialbackNegotiation"]))
    return None, (f"{sender} may send to {receiver}: {partner.identity} is an allowed "
                  f"{props['PartnerType']} partner (authentication: {methods}) and policy {policy.identity} "
                  f"allows XMPP.")
