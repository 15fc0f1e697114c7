"""What New-CsXmppAllowedPartner and Set-CsXmppAllowedPartner share: the parameters that set a
partner's properties, how they change a stored partner, and the checks a partner must pass.

The checks are the simulation's choice where the Lync help is silent (NOT CONFIRMED):

* the Lync 2013 Control Panel refuses to save a TLS/SASL/dialback combination that can never
  authenticate; we expect the cmdlets to refuse it too, with the reason, since the same validation
  layer stands behind both;
* a combination the negotiation table flags with a note is saved, with a WARNING saying why;
* domain names (Identity, Domain, AdditionalDomains, ProxyFqdn) must look like DNS names.
"""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import PSConversionError, convert_to, to_string
from pyshell.runtime.values import PSEnum, PSObject, SwitchParameter

from cmdlets.lync.list_modifier import ListModifier, ListModifierType
from cmdlets.lync.models import (XMPP_PARTNER_PROPERTIES, XMPP_PARTNER_TYPE, PartnerType, SaslNegotiation,
                                 TlsNegotiation, UInt32, domain_problem, negotiation_problem,
                                 negotiation_warning)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def _domain_item(value: Any) -> str:
    text = to_string(value).strip()
    problem = domain_problem(text)
    if problem:
        raise PSConversionError(value, "System.String", problem)
    return text


class PartnerSettings:
    """Mixin: the parameters that set a partner's properties (every one optional)."""

    additional_domains = Parameter(
        ListModifierType(None, _domain_item),
        help="Other domains this partner's users may use, besides the primary one. On New, give one "
             "domain or a comma-separated list (\"fabrikam2.com\",\"fabrikam3.com\"). On Set, a plain "
             "list replaces the whole list, @{Add=\"x\"} and @{Remove=\"x\"} change single entries, "
             "@{Replace=\"x\"} swaps the list, and $null empties it.")
    connection_limit = Parameter(
        UInt32,
        help="The most connections the gateway keeps open to this partner at once (0 to 4294967295). "
             "Lync documents no default; a new partner has none ($null), which leaves the limit to "
             "the XMPP gateway's own PartnerConnectionLimit.")
    partner_description = Parameter(
        str, name="Description",
        help="Free text about the partner, such as who to contact there.")
    enable_keep_alive = Parameter(
        bool,
        help="$True (the default) to exchange keep-alive packets with the partner so that idle "
             "connections stay open; $False to send none.")
    partner_type = Parameter(
        PartnerType,
        help="How far the partner is trusted: Federated (a trusted link to another organisation), "
             "PublicVerified (a public service that verifies its users) or PublicUnverified (a "
             "public service that does not, where a Lync user must invite first). The default is "
             "PublicUnverified.")
    proxy_fqdn = Parameter(
        str,
        help="The fully qualified domain name of the partner's XMPP proxy server, when the "
             "partner's traffic goes through one.")
    sasl_negotiation = Parameter(
        SaslNegotiation,
        help="Whether SASL authentication is Required (the default), Optional or NotSupported. SASL "
             "runs only inside TLS.")
    support_dialback_negotiation = Parameter(
        bool,
        help="$True (the default) to answer server dialback requests, a weaker check done through "
             "the partner domain's DNS, for partners that cannot use certificates; $False to ignore "
             "them.")
    tls_negotiation = Parameter(
        TlsNegotiation,
        help="Whether the connection must be encrypted with TLS: Required (the default), Optional or "
             "NotSupported.")
    force = Parameter(
        SwitchParameter,
        help="Do not ask for confirmation, even when $ConfirmPreference would (an explicit -Confirm "
             "still asks).")


# Parameter attribute -> partner property, for every property the settings can change.
SETTING_PROPERTIES = (
    ("partner_description", "Description"), ("proxy_fqdn", "ProxyFqdn"), ("partner_type", "PartnerType"),
    ("connection_limit", "ConnectionLimit"), ("tls_negotiation", "TlsNegotiation"),
    ("sasl_negotiation", "SaslNegotiation"), ("support_dialback_negotiation", "SupportDialbackNegotiation"),
    ("enable_keep_alive", "EnableKeepAlive"),
)


class PartnerRefused(Exception):
    """A partner fails a check; `record` says why. Raised inside a store transaction to undo it."""

    def __init__(self, record: Any):
        super().__init__(record.message)
        self.record = record


def apply_settings(cmdlet: Cmdlet, props: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The properties after the bound setting parameters are applied, and the domains -AdditionalDomains
    @{Remove=...} named that were not in the list."""
    out = dict(props)
    for attr, prop in SETTING_PROPERTIES:
        param = getattr(type(cmdlet), attr)
        if cmdlet.is_bound(param):
            value = getattr(cmdlet, attr)
            out[prop] = value.name if isinstance(value, PSEnum) else value
    missing: list[str] = []
    if cmdlet.is_bound(PartnerSettings.additional_domains):
        modifier: ListModifier = cmdlet.additional_domains
        out["AdditionalDomains"], missing = modifier.apply(out.get("AdditionalDomains") or [])
    return out, missing


# property -> conversion target, to check documents rebuilt from an -Instance object
_PROPERTY_TYPES = {"PartnerType": PartnerType, "TlsNegotiation": TlsNegotiation,
                   "SaslNegotiation": SaslNegotiation, "SupportDialbackNegotiation": bool,
                   "EnableKeepAlive": bool, "ConnectionLimit": UInt32}


def normalise(cmdlet: Cmdlet, props: dict[str, Any]) -> dict[str, Any]:
    """Every property in its stored form (enums by name); PartnerRefused for a value that does not
    fit its property, or a partner that fails the domain or negotiation checks."""
    out: dict[str, Any] = {}
    identity = to_string(props.get("Identity"))
    for name in XMPP_PARTNER_PROPERTIES:
        value = props.get(name)
        target = _PROPERTY_TYPES.get(name)
        if value is not None and target is not None:
            try:
                value = convert_to(value, target)
            except PSConversionError as exc:
                raise PartnerRefused(_record(cmdlet, f"The {name} of partner \"{identity}\" is not valid. "
                                                     f"{exc.message}", "InvalidPartnerProperty",
                                             ErrorCategory.InvalidData, identity)) from None
            if isinstance(value, PSEnum):
                value = value.name
        elif name in ("Description", "ProxyFqdn") and value is not None:
            value = to_string(value)
        elif name == "AdditionalDomains":
            value = [to_string(v) for v in (value if isinstance(value, (list, tuple)) else
                                            ([] if value is None else [value]))]
        out[name] = value
    if not out.get("Domain"):
        out["Domain"] = out["Identity"]
    for defaulted, default in (("PartnerType", "PublicUnverified"), ("TlsNegotiation", "Required"),
                               ("SaslNegotiation", "Required"), ("SupportDialbackNegotiation", True),
                               ("EnableKeepAlive", True)):
        if out.get(defaulted) is None:
            out[defaulted] = default
    check(cmdlet, out)
    return out


def check(cmdlet: Cmdlet, props: dict[str, Any]) -> None:
    identity = props["Identity"]
    names = [("Identity", identity)] + [("AdditionalDomains", d) for d in props["AdditionalDomains"]]
    if props.get("ProxyFqdn"):
        names.append(("ProxyFqdn", props["ProxyFqdn"]))
    for prop, name in names:
        problem = domain_problem(str(name))
        if problem:
            raise PartnerRefused(_record(cmdlet, f"{prop}: {problem}", "InvalidDomainName",
                                         ErrorCategory.InvalidArgument, name))
    problem = negotiation_problem(props["TlsNegotiation"], props["SaslNegotiation"],
                                  props["SupportDialbackNegotiation"])
    if problem:
        raise PartnerRefused(_record(
            cmdlet, f"Partner \"{identity}\" was not saved. {problem}", "InvalidNegotiationSettings",
            ErrorCategory.InvalidData, identity,
            hint="The valid combinations are in the Lync Server 2013 table \"Negotiation settings for "
                 "XMPP federated partners\"; turning SupportDialbackNegotiation on makes any TLS and "
                 "SASL setting usable."))


NEGOTIATION = ("TlsNegotiation", "SaslNegotiation", "SupportDialbackNegotiation")


def negotiation_changed(before: dict[str, Any] | None, after: dict[str, Any]) -> bool:
    return before is None or any(before.get(k) != after.get(k) for k in NEGOTIATION)


def warn_about(cmdlet: Cmdlet, props: dict[str, Any], missing: list[str], negotiation: bool = True) -> None:
    """The WARNING lines a saved partner deserves. The negotiation concern is only repeated when
    this command set up or changed the negotiation settings."""
    concern = negotiation_warning(props["TlsNegotiation"], props["SaslNegotiation"],
                                  props["SupportDialbackNegotiation"])
    if concern and negotiation:
        cmdlet.write_warning(f"{props['Identity']}: {concern}")
    for domain in missing:
        cmdlet.write_warning(f"{props['Identity']}: \"{domain}\" was not in AdditionalDomains, so there "
                             f"was nothing to remove.")


def is_partner(obj: Any) -> bool:
    return isinstance(obj, PSObject) and any(t.split("#")[0] == XMPP_PARTNER_TYPE for t in obj.type_names)


def _record(cmdlet: Cmdlet, message: str, error_id: str, category: ErrorCategory, target: Any,
            hint: str = "") -> Any:
    return cmdlet.error_record(message, error_id, category, target=target,
                               exception_type="ArgumentException", hint=hint)
