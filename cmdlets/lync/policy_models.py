"""External access policies, the XMPP gateway settings and Lync users: their type names,
properties, identities and the documents the demo store starts with.

Property names, type names and defaults are Lync Server 2013's own. The external access policy's
property order is that of the real output printed in the Lync 2013 documentation.
"""
from __future__ import annotations

from pyshell.runtime.conversion import PSConversionError, convert_to
from pyshell.runtime.values import PSEnum, PSObject

from cmdlets.lync.demo_directory import SITES
from cmdlets.lync.models import EAP_TYPE, GATEWAY_TYPE, USER_TYPE  # noqa: F401 - their home is models.py

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterator


DOC_EAP = "ExternalAccessPolicy"
DOC_GATEWAY = "XmppGatewaySettings"

EAP_SWITCHES = ("EnableFederationAccess", "EnableXmppAccess", "EnablePublicCloudAccess",
                "EnablePublicCloudAudioVideoAccess", "EnableOutsideAccess")
EAP_PROPERTIES = ("Identity", "Description") + EAP_SWITCHES

GATEWAY_DEFAULTS: dict[str, Any] = {
    "ConnectionLimit": 1000, "PartnerConnectionLimit": 20, "KeepAliveInterval": 300,
    "StreamEstablishmentTimeout": 60, "StreamInactivityTimeout": 600, "SubscriptionRefreshInterval": 28800,
    "EnableLoggingAllMessageBodies": False, "DialbackPassphrase": None,
}
GATEWAY_PROPERTIES = ("Identity",) + tuple(GATEWAY_DEFAULTS)

# What Get-CsUser shows of a user, in this order; the other attributes kept in the store (City,
# Title, Department, ...) are Active Directory's, reachable through -LdapFilter.
USER_PROPERTIES = ("Identity", "ExternalAccessPolicy", "RegistrarPool", "Enabled", "SipAddress", "LineURI",
                   "EnterpriseVoiceEnabled", "DisplayName", "SamAccountName")


# --- policy identities ---------------------------------------------------------------------------

class XdsIdentity:
    """The type of -Identity on policy and settings cmdlets: Global, site:<name> or a per-user name
    (tag:<name>, or the bare name). Binding keeps the text; `policy_identity` reads it."""

    ps_type_name = "Microsoft.Rtc.Management.Xds.XdsIdentity"

    @classmethod
    def ps_convert(cls, value: Any) -> str:
        if isinstance(value, PSObject) and value.has("Identity"):
            value = value.get("Identity")
        if isinstance(value, PSEnum):
            value = value.name
        text = convert_to(value, str).strip() if value is not None else ""
        if not text:
            raise PSConversionError(value, cls.ps_type_name, "An identity is required, such as Global, "
                                                             "site:Redmond or a policy name.")
        return text


def policy_identity(text: str) -> tuple[str, str]:
    """(scope, display identity) of a policy identity: ("global", "Global"), ("site", "Site:Redmond"),
    ("tag", "Tag:SalesAccessPolicy"). A bare name is a per-user (tag) policy."""
    low = text.strip().lower()
    if low == "global":
        return "global", "Global"
    if low.startswith("site:") and text.strip()[5:].strip():
        return "site", "Site:" + text.strip()[5:].strip()
    if low.startswith("tag:") and text.strip()[4:].strip():
        return "tag", "Tag:" + text.strip()[4:].strip()
    if ":" in low:
        scope = low.split(":", 1)[0]
        raise ValueError(f"\"{text}\" is not a policy identity: the scope \"{scope}:\" is not one of Global, "
                         f"site: or tag:.")
    return "tag", "Tag:" + text.strip()


def site_name(display_identity: str) -> str | None:
    """The site a Site:<name> identity names, spelled as the demo topology spells it (None if unknown)."""
    wanted = display_identity.split(":", 1)[1].lower()
    return next((s for s in SITES if s.lower() == wanted), None)


# --- objects -------------------------------------------------------------------------------------

def external_access_policy(props: dict[str, Any]) -> PSObject:
    values = [("Identity", props["Identity"]), ("Description", props.get("Description"))]
    values += [(name, bool(props.get(name, False))) for name in EAP_SWITCHES]
    return PSObject(values, type_names=(EAP_TYPE, "System.Object"), string_form=props["Identity"])


def eap_document(identity: str, description: str | None = None, **switches: bool) -> dict[str, Any]:
    doc: dict[str, Any] = {"Identity": identity, "Description": description}
    doc.update({name: bool(switches.get(name, False)) for name in EAP_SWITCHES})
    return doc


def gateway_settings(props: dict[str, Any]) -> PSObject:
    values = [(name, props.get(name, GATEWAY_DEFAULTS.get(name))) for name in GATEWAY_PROPERTIES]
    return PSObject(values, type_names=(GATEWAY_TYPE, "System.Object"), string_form=props["Identity"])


def lync_user(props: dict[str, Any]) -> PSObject:
    """A user as Get-CsUser writes it. ExternalAccessPolicy shows the policy's name without Tag:."""
    values = [(name, props.get(name)) for name in USER_PROPERTIES]
    return PSObject(values, type_names=(USER_TYPE, "System.Object"), string_form=props["Identity"])


# --- the demo store's policies and gateway ------------------------------------------------------------

_POLICIES = (
    # The global policy as a new deployment has it: everything off (the real output the Lync 2013
    # documentation prints).
    ("Global", None, {}),
    ("Site:Redmond", "Redmond site: federation and access from outside", {
        "EnableFederationAccess": True, "EnableOutsideAccess": True}),
    ("Tag:RedmondAccessPolicy", "Redmond users who talk to XMPP partners", {
        "EnableFederationAccess": True, "EnableXmppAccess": True, "EnableOutsideAccess": True}),
    ("Tag:RedmondExternalAccessPolicy", None, {}),
    ("Tag:SalesAccessPolicy", "Sales: federation and public IM", {
        "EnableFederationAccess": True, "EnablePublicCloudAccess": True}),
    ("Tag:BasicAccessPolicy", "Sign-in from outside only", {"EnableOutsideAccess": True}),
    ("Tag:USAccessPolicy", "US offices", {"EnableFederationAccess": True, "EnableXmppAccess": True}),
    ("Tag:EAPUserPolicySetXMPP", "Federation and XMPP", {
        "EnableFederationAccess": True, "EnableXmppAccess": True}),
)


def policy_documents() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for identity, description, switches in _POLICIES:
        yield DOC_EAP, identity, eap_document(identity, description, **switches)


def gateway_documents() -> Iterator[tuple[str, str, dict[str, Any]]]:
    yield DOC_GATEWAY, "Global", dict(GATEWAY_DEFAULTS, Identity="Global")
