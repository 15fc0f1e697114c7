"""Set-CsXmppGatewayConfiguration: change the XMPP gateway's settings."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import PSConversionError, convert_to, to_string
from pyshell.runtime.values import PSObject, SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.get_cs_xmpp_gateway_configuration import gateway_not_found
from cmdlets.lync.models import UInt32
from cmdlets.lync.policy_models import DOC_GATEWAY, GATEWAY_DEFAULTS, GATEWAY_TYPE, XdsIdentity
from cmdlets.lync.session import session_store, store_errors

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

IDENTITY = "Identity"
INSTANCE = "Instance"

_SETTINGS = (("connection_limit", "ConnectionLimit"), ("partner_connection_limit", "PartnerConnectionLimit"),
             ("keep_alive_interval", "KeepAliveInterval"),
             ("stream_establishment_timeout", "StreamEstablishmentTimeout"),
             ("stream_inactivity_timeout", "StreamInactivityTimeout"),
             ("subscription_refresh_interval", "SubscriptionRefreshInterval"),
             ("enable_logging_all_message_bodies", "EnableLoggingAllMessageBodies"),
             ("dialback_passphrase", "DialbackPassphrase"))


class SetCsXmppGatewayConfiguration(Cmdlet):
    """Changes the XMPP gateway's settings."""

    verb = "Set"
    noun = "CsXmppGatewayConfiguration"
    online_uri = online_help(verb, noun)
    description = (
        "Changes the settings you name in the gateway's Global collection (given with -Identity "
        "Global, or piped in as -Instance); the rest keep their values. Writes nothing to the "
        "pipeline.")
    default_set = IDENTITY
    supports_should_process = True
    confirm_impact = "Medium"
    output_types = ()
    implementing_type = "Microsoft.Rtc.Management.Internal.SetXmppGatewayConfigurationCmdlet"

    identity = Parameter(XdsIdentity, position=0, sets=(IDENTITY,), value_hint="identity",
                         help="The settings to change; only Global exists, and it is the default.")
    instance = Parameter(PSObject, pipeline=True, sets=(INSTANCE,),
                         help="A settings object from Get-CsXmppGatewayConfiguration to save with any "
                              "settings given here.")
    connection_limit = Parameter(UInt32, help="Connections the gateway keeps open to all partners together "
                                              "(default 1000).")
    partner_connection_limit = Parameter(UInt32, help="Connections to any one partner (default 20).")
    keep_alive_interval = Parameter(UInt32, help="Seconds between keep-alive packets (default 300).")
    stream_establishment_timeout = Parameter(UInt32, help="Seconds allowed to set up a stream (default 60).")
    stream_inactivity_timeout = Parameter(UInt32, help="Seconds an idle stream stays open (default 600).")
    subscription_refresh_interval = Parameter(UInt32, help="Seconds between presence subscription refreshes "
                                                           "(default 28800, eight hours).")
    enable_logging_all_message_bodies = Parameter(bool, help="$True records the text of every XMPP message in the "
                                                             "gateway's log (default $False).")
    dialback_passphrase = Parameter(str, help="The passphrase the gateway uses to create its dialback keys.")
    force = Parameter(SwitchParameter, help="Do not ask for confirmation, even when $ConfirmPreference would.")

    examples = (
        Example('Set-CsXmppGatewayConfiguration -Identity "global" -ConnectionLimit 1200',
                "Lets the gateway keep up to 1200 connections to XMPP partners at once."),
    )

    def process(self) -> None:
        if self.parameter_set_name == INSTANCE or self.is_bound(SetCsXmppGatewayConfiguration.instance):
            obj = self.instance
            if not (isinstance(obj, PSObject) and obj.type_name == GATEWAY_TYPE):
                self.write_error(self.error_record(
                    f"Cannot save \"{to_string(obj)}\": -Instance takes the XMPP gateway settings ({GATEWAY_TYPE}).",
                    "InvalidInstance", ErrorCategory.InvalidArgument, target=obj, exception_type="ArgumentException"))
                return
            identity = to_string(obj.get("Identity"))
            try:
                base = _from_object(obj)
            except PSConversionError as exc:
                self.write_error(self.error_record(f"The settings object is not valid: {exc.message}",
                                                   "InvalidInstance", ErrorCategory.InvalidData, target=identity,
                                                   exception_type="ArgumentException"))
                return
        else:
            identity, base = self.identity or "Global", None
        with store_errors(self):
            store = session_store(self)
            current = store.get(DOC_GATEWAY, identity)
            if current is None:
                self.write_error(gateway_not_found(self, identity))
                return
            if not self.should_process(current.identity):
                return
            store.modify(DOC_GATEWAY, identity, lambda props: self._apply(base if base is not None else props))

    def _apply(self, props: dict[str, Any]) -> dict[str, Any]:
        out = dict(props)
        for attr, prop in _SETTINGS:
            if self.is_bound(getattr(SetCsXmppGatewayConfiguration, attr)):
                out[prop] = getattr(self, attr)
        return out


def _from_object(obj: PSObject) -> dict[str, Any]:
    out: dict[str, Any] = {"Identity": to_string(obj.get("Identity"))}
    for name, default in GATEWAY_DEFAULTS.items():
        value = obj.get(name)
        if name == "DialbackPassphrase":
            out[name] = None if value is None else to_string(value)
        elif isinstance(default, bool):
            out[name] = convert_to(value, bool)
        else:
            out[name] = convert_to(value, UInt32)
    return out
