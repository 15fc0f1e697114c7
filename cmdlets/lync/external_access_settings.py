"""What the external access policy cmdlets share: the Enable* parameters, identity checks and the
way a per-user policy name maps to its Tag: identity."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Parameter
from pyshell.errors import ErrorCategory, ErrorRecord
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync.policy_models import EAP_SWITCHES, policy_identity, site_name

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class PolicySettings:
    """Mixin: the settings New- and Set-CsExternalAccessPolicy take (each defaults to False)."""

    policy_description = Parameter(str, name="Description",
                                   help="Free text that says what the policy is for.")
    enable_federation_access = Parameter(
        bool, help="$True lets users talk to people in federated (SIP) organisations.")
    enable_xmpp_access = Parameter(
        bool, help="$True lets users talk to people on the XMPP networks that are allowed partners "
                   "(Get-CsXmppAllowedPartner). The Control Panel only offers it together with "
                   "federation access.")
    enable_public_cloud_access = Parameter(
        bool, help="$True lets users talk to people on public IM services.")
    enable_public_cloud_audio_video_access = Parameter(
        bool, help="$True also allows audio and video calls with public IM contacts.")
    enable_outside_access = Parameter(
        bool, help="$True lets users sign in from the Internet without a VPN.")
    force = Parameter(SwitchParameter,
                      help="Do not ask for confirmation, even when $ConfirmPreference would (an explicit "
                           "-Confirm still asks).")


SETTINGS = (
    ("policy_description", "Description"), ("enable_federation_access", "EnableFederationAccess"),
    ("enable_xmpp_access", "EnableXmppAccess"), ("enable_public_cloud_access", "EnablePublicCloudAccess"),
    ("enable_public_cloud_audio_video_access", "EnablePublicCloudAudioVideoAccess"),
    ("enable_outside_access", "EnableOutsideAccess"))
assert tuple(prop for _, prop in SETTINGS[1:]) == EAP_SWITCHES


def apply_settings(cmdlet: Cmdlet, props: dict[str, Any]) -> dict[str, Any]:
    out = dict(props)
    for attr, prop in SETTINGS:
        if cmdlet.is_bound(getattr(PolicySettings, attr)):
            out[prop] = getattr(cmdlet, attr)
    return out


def resolve_identity(cmdlet: Cmdlet, text: str) -> tuple[str, str] | None:
    """(scope, display identity), or None after reporting why `text` names no policy."""
    try:
        return policy_identity(text)
    except ValueError as exc:
        cmdlet.write_error(cmdlet.error_record(str(exc), "InvalidPolicyIdentity", ErrorCategory.InvalidArgument,
                                               target=text, exception_type="ArgumentException",
                                               hint="Policy identities look like Global, site:Redmond or "
                                                    "tag:SalesAccessPolicy (or just SalesAccessPolicy)."))
        return None


def not_found(cmdlet: Cmdlet, identity: str, local: bool = False) -> ErrorRecord:
    place = "the local replica of the Central Management store" if local else "the Central Management store"
    return cmdlet.error_record(
        f"Cannot get \"ExternalAccessPolicy\" \"{identity}\" because it does not exist in {place}.",
        "ExternalAccessPolicyNotFound", ErrorCategory.ObjectNotFound, target=identity,
        exception_type="ItemNotFoundException",
        hint="List the policies with Get-CsExternalAccessPolicy; per-user ones are written tag:<name>.")


def check_site(cmdlet: Cmdlet, display: str) -> str | None:
    """The site's display identity, or None after reporting that the site does not exist."""
    site = site_name(display)
    if site is None:
        cmdlet.write_error(cmdlet.error_record(
            f"There is no site \"{display.split(':', 1)[1]}\" in the topology.", "SiteNotFound",
            ErrorCategory.ObjectNotFound, target=display, exception_type="ItemNotFoundException",
            hint="The demo topology has the sites Redmond and Portland."))
        return None
    return f"Site:{site}"
