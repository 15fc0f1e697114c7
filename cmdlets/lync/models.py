"""The Lync object types the module works with: enums, the Identity parameter type, and the
builders that turn stored documents into the PSObjects scripts see (and back).

Type names, enum members and property names are Lync Server 2013's own. Where the real shell's
behaviour is undocumented (display order, ToString), the choice made here is explained in place.
"""
from __future__ import annotations

import re

from pyshell.runtime.conversion import PSConversionError, convert_to, to_enum, to_int
from pyshell.runtime.moduletypes import object_types
from pyshell.runtime.typenames import UInt32 as UInt32Value
from pyshell.runtime.values import PSEnum, PSObject, enum_type

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterable

XMPP_NS = "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation"
ROLES_NS = "Microsoft.Rtc.Management.WritableConfig.Settings.Roles"

PartnerType = enum_type(f"{XMPP_NS}.PartnerType", ["Federated", "PublicVerified", "PublicUnverified"])
SaslNegotiation = enum_type(f"{XMPP_NS}.SaslNegotiation", ["Required", "Optional", "NotSupported"])
TlsNegotiation = enum_type(f"{XMPP_NS}.TlsNegotiation", ["Required", "Optional", "NotSupported"])

XMPP_PARTNER_TYPE = f"{XMPP_NS}.XmppAllowedPartner"
XMPP_PARTNER_TYPE_NAMES = (f"{XMPP_PARTNER_TYPE}#Decorated", XMPP_PARTNER_TYPE, "System.Object")
ROLE_TYPE = f"{ROLES_NS}.Role"
ROLE_TYPE_NAMES = (ROLE_TYPE, "System.Object")
CMDLET_TYPE = f"{ROLES_NS}.CmdletType"
CMDLET_TYPE_NAMES = (CMDLET_TYPE, "System.Object")
EAP_TYPE = "Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy"
GATEWAY_TYPE = f"{XMPP_NS}.XmppGatewaySettings"
USER_TYPE = "Microsoft.Rtc.Management.ADConnect.Schema.OCSADUser"
REPLICA_STATE_TYPE = "Microsoft.Rtc.Management.Xds.ReplicaState"
CMS_STATUS_TYPE = "Microsoft.Rtc.Management.Xds.CentralManagementStoreStatusResult"
TASK_OUTPUT_TYPE = "Microsoft.Rtc.SyntheticTransactions.TaskOutput"      # what Test-CsXmppIM writes

# Document types in the Central Management store (see store.py).
DOC_XMPP_PARTNER = "XmppAllowedPartner"
DOC_ROLE = "Role"

# The order a partner's properties are shown in. No real output of Get-CsXmppAllowedPartner has been
# published; this follows the Control Panel's field order with the remaining settings appended.
XMPP_PARTNER_PROPERTIES = ("Identity", "Domain", "AdditionalDomains", "Description", "ProxyFqdn",
                           "PartnerType", "ConnectionLimit", "TlsNegotiation", "SaslNegotiation",
                           "SupportDialbackNegotiation", "EnableKeepAlive")
ROLE_PROPERTIES = ("Identity", "SID", "Cmdlets", "ScriptModules", "ConfigScopes", "UserScopes",
                   "IsStandardRole")


class XdsGlobalRelativeIdentity:
    """The type of -Identity on the XMPP partner cmdlets: a partner's primary domain name.

    Binding converts the argument with `ps_convert`; the value kept is the plain string.
    """

    ps_type_name = "Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity"

    @classmethod
    def ps_convert(cls, value: Any) -> str:
        if isinstance(value, PSEnum):
            value = value.name
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = convert_to(value, str)
        if value is None:
            raise PSConversionError(value, cls.ps_type_name, "An identity is required; $null was given.")
        if not isinstance(value, str):
            raise PSConversionError(value, cls.ps_type_name,
                                    "An identity must be given as text, such as a domain name.")
        text = value.strip()
        if not text:
            raise PSConversionError(value, cls.ps_type_name,
                                    "The identity is empty or white space; it must name a domain.")
        return text


class UInt32:
    """System.UInt32, the type of ConnectionLimit: a whole number from 0 to 4294967295."""

    ps_type_name = "System.UInt32"

    @staticmethod
    def ps_convert(value: Any) -> int:
        return UInt32Value(to_int(value, "System.UInt32", 0, 4294967295))


_DOMAIN = re.compile(r"(?=.{1,253}\Z)([A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)"
                     r"(\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\Z")


def domain_problem(name: str) -> str | None:
    """Why `name` cannot be a DNS domain name (letters, digits, hyphens, dots), or None."""
    if not _DOMAIN.match(name):
        return (f"\"{name}\" is not a valid domain name: use letters, digits and hyphens, in labels "
                f"separated by dots, such as xmpp.contoso.com.")
    return None


# --- negotiation rules ---------------------------------------------------------------------------

def negotiation_problem(tls: Any, sasl: Any, dialback: bool) -> str | None:
    """Why a TLS/SASL/dialback combination can never authenticate, or None when it can.

    These are the five rows the Lync 2013 negotiation table marks "not valid". SASL only runs inside
    TLS, and with dialback off SASL is the only method left: so the setting is unusable when
    dialback is off and either SASL is not supported or TLS is not supported.
    """
    tls = to_enum(tls, TlsNegotiation)
    sasl = to_enum(sasl, SaslNegotiation)
    if dialback:
        return None
    combo = (f"TlsNegotiation {tls.name}, SaslNegotiation {sasl.name} and "
             f"SupportDialbackNegotiation False")
    if sasl is SaslNegotiation.NotSupported:
        return (f"{combo} is not a valid combination: with dialback turned off, SASL is the only way "
                f"left to authenticate, so SASL must be Required or Optional (or dialback turned on).")
    if tls is TlsNegotiation.NotSupported:
        return (f"{combo} is not a valid combination: SASL runs only inside a TLS connection, TLS is "
                f"not available and dialback is off, so no authentication method can succeed.")
    return None


def negotiation_warning(tls: Any, sasl: Any, dialback: bool) -> str | None:
    """The concern the Lync 2013 negotiation table notes for a valid combination, or None."""
    tls = to_enum(tls, TlsNegotiation)
    sasl = to_enum(sasl, SaslNegotiation)
    if negotiation_problem(tls, sasl, dialback):
        return None
    if tls is TlsNegotiation.Required and sasl is SaslNegotiation.Required and dialback:
        return ("With TlsNegotiation and SaslNegotiation both Required, dialback negotiation is never "
                "used, so SupportDialbackNegotiation True has no effect for this partner.")
    if sasl is not SaslNegotiation.NotSupported and tls is not TlsNegotiation.Required:
        return (f"SASL needs TLS underneath it, but TlsNegotiation is {tls.name}: when no TLS "
                f"connection is set up, SASL negotiation with this partner fails.")
    return None


def expected_methods(tls: Any, sasl: Any, dialback: bool) -> list[str]:
    """The authentication methods the Lync 2013 negotiation table expects for a combination, best
    first (empty for an invalid one)."""
    tls = to_enum(tls, TlsNegotiation)
    sasl = to_enum(sasl, SaslNegotiation)
    methods = []
    if sasl is not SaslNegotiation.NotSupported and tls is not TlsNegotiation.NotSupported:
        methods.append("SASL over TLS")
    both_required = tls is TlsNegotiation.Required and sasl is SaslNegotiation.Required
    if dialback and not both_required:
        if tls is not TlsNegotiation.NotSupported:
            methods.append("TLS Dialback")
        if tls is not TlsNegotiation.Required:
            methods.append("TCP Dialback")
    return methods


# --- XMPP allowed partners -----------------------------------------------------------------------

def xmpp_partner(identity: str, *, domain: str | None = None, additional_domains: Iterable[str] = (),
                 description: str | None = None, proxy_fqdn: str | None = None,
                 partner_type: Any = "PublicUnverified", connection_limit: int | None = None,
                 tls_negotiation: Any = "Required", sasl_negotiation: Any = "Required",
                 support_dialback_negotiation: bool = True, enable_keep_alive: bool = True) -> PSObject:
    """An XmppAllowedPartner object; the defaults are those a new partner gets."""
    props = [
        ("Identity", identity),
        ("Domain", domain if domain is not None else identity),
        ("AdditionalDomains", list(additional_domains)),
        ("Description", description),
        ("ProxyFqdn", proxy_fqdn),
        ("PartnerType", to_enum(partner_type, PartnerType)),
        ("ConnectionLimit", None if connection_limit is None else UInt32Value(int(connection_limit))),
        ("TlsNegotiation", to_enum(tls_negotiation, TlsNegotiation)),
        ("SaslNegotiation", to_enum(sasl_negotiation, SaslNegotiation)),
        ("SupportDialbackNegotiation", bool(support_dialback_negotiation)),
        ("EnableKeepAlive", bool(enable_keep_alive)),
    ]
    # ToString() of the real object is not documented. We answer the Identity: it is what names a
    # partner everywhere (error targets, "$partner" in strings), and the .NET default (the type
    # name) would tell a reader nothing.
    return PSObject(props, type_names=XMPP_PARTNER_TYPE_NAMES, string_form=identity)


def partner_from_document(props: dict[str, Any]) -> PSObject:
    """Build a partner object from the JSON properties kept in the store."""
    return xmpp_partner(
        props["Identity"], domain=props.get("Domain"),
        additional_domains=props.get("AdditionalDomains") or (),
        description=props.get("Description"), proxy_fqdn=props.get("ProxyFqdn"),
        partner_type=props.get("PartnerType", "PublicUnverified"),
        connection_limit=props.get("ConnectionLimit"),
        tls_negotiation=props.get("TlsNegotiation", "Required"),
        sasl_negotiation=props.get("SaslNegotiation", "Required"),
        support_dialback_negotiation=props.get("SupportDialbackNegotiation", True),
        enable_keep_alive=props.get("EnableKeepAlive", True))


def partner_to_document(obj: PSObject) -> dict[str, Any]:
    """The JSON-ready properties of a partner object (enums by member name)."""
    return {name: _plain(obj.get(name)) for name in XMPP_PARTNER_PROPERTIES}


# --- RBAC roles ----------------------------------------------------------------------------------

def cmdlet_type(name: str) -> PSObject:
    """One element of a role's Cmdlets list.

    Its string form is the bare cmdlet name and it compares equal to that string, so both
    documented idioms work: `$_.Cmdlets -match "Set-CsUser\\b"` and `$_.Cmdlets -contains $name`.
    """
    return PSObject([("Name", name)], type_names=CMDLET_TYPE_NAMES, string_form=name,
                    equals_by_string=True)


def admin_role(identity: str, sid: str, cmdlets: Iterable[str], *, script_modules: Iterable[str] = (),
               config_scopes: Iterable[str] = ("Global",), user_scopes: Iterable[str] = ("Global",),
               is_standard_role: bool = True) -> PSObject:
    """A Role object as Get-CsAdminRole returns it."""
    props = [
        ("Identity", identity),
        ("SID", sid),
        ("Cmdlets", [cmdlet_type(n) for n in cmdlets]),
        ("ScriptModules", list(script_modules)),
        ("ConfigScopes", list(config_scopes)),
        ("UserScopes", list(user_scopes)),
        ("IsStandardRole", bool(is_standard_role)),
    ]
    # As for partners, the Identity (the role's group name) is the most useful string form.
    return PSObject(props, type_names=ROLE_TYPE_NAMES, string_form=identity)


def role_from_document(props: dict[str, Any]) -> PSObject:
    return admin_role(props["Identity"], props.get("SID", ""), props.get("Cmdlets") or (),
                      script_modules=props.get("ScriptModules") or (),
                      config_scopes=props.get("ConfigScopes") or (),
                      user_scopes=props.get("UserScopes") or (),
                      is_standard_role=props.get("IsStandardRole", False))


def role_to_document(obj: PSObject) -> dict[str, Any]:
    doc = {name: _plain(obj.get(name)) for name in ROLE_PROPERTIES}
    doc["Cmdlets"] = [_cmdlet_name(c) for c in obj.get("Cmdlets") or ()]
    return doc


def _cmdlet_name(item: Any) -> str:
    if isinstance(item, PSObject):
        return str(item.get("Name") if item.has("Name") else item.string_form)
    return str(item)


def _plain(value: Any) -> Any:
    """A value as JSON can hold it."""
    if isinstance(value, PSEnum):
        return value.name
    if isinstance(value, PSObject):
        return value.string_form if value.string_form is not None else value.type_name
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


# The types scripts may name ([PartnerType]"Federated"), as the module declares them: its enums and
# identity type, and the Lync classes its objects stand for, which scripts name in full
# ($p -is [Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner]).
MODULE_TYPES = {
    "PartnerType": PartnerType,
    "SaslNegotiation": SaslNegotiation,
    "TlsNegotiation": TlsNegotiation,
    "XdsGlobalRelativeIdentity": XdsGlobalRelativeIdentity,
    **object_types(XMPP_PARTNER_TYPE, ROLE_TYPE, CMDLET_TYPE, EAP_TYPE, GATEWAY_TYPE, USER_TYPE,
                   REPLICA_STATE_TYPE, CMS_STATUS_TYPE, TASK_OUTPUT_TYPE),
}
