"""Get-CsXmppGatewayConfiguration: the XMPP gateway's global settings."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.policy_models import DOC_GATEWAY, GATEWAY_TYPE, XdsIdentity, gateway_settings
from cmdlets.lync.session import LOCAL_STORE_HELP, session_store, store_errors

IDENTITY = "Identity"
FILTER = "Filter"


def gateway_not_found(cmdlet: Cmdlet, identity: str):
    return cmdlet.error_record(
        f"Cannot get \"XmppGatewaySettings\" \"{identity}\": the XMPP gateway has only the Global settings.",
        "XmppGatewaySettingsNotFound", ErrorCategory.ObjectNotFound, target=identity,
        exception_type="ItemNotFoundException", hint="Use -Identity Global, or leave -Identity out.")


class GetCsXmppGatewayConfiguration(Cmdlet):
    """Returns the settings of the XMPP gateway (there is one, Global, set)."""

    verb = "Get"
    noun = "CsXmppGatewayConfiguration"
    online_uri = online_help(verb, noun)
    description = (
        "The XMPP gateway carries IM and presence between Lync and the allowed XMPP partners. Its "
        "one Global collection of settings holds connection limits (for all partners together and "
        "per partner), keep-alive and timeout intervals, whether message bodies are logged, and "
        "the dialback passphrase. XMPP cannot be switched off here: to stop XMPP traffic, remove "
        "the allowed partners.")
    default_set = IDENTITY
    output_types = (GATEWAY_TYPE,)
    implementing_type = "Microsoft.Rtc.Management.Internal.GetXmppGatewayConfigurationCmdlet"

    identity = Parameter(XdsIdentity, position=0, sets=(IDENTITY,), value_hint="identity",
                         help="The settings to return; only Global exists.")
    filter = Parameter(str, sets=(FILTER,), help="A wildcard pattern matched against the Identity, such as \"g*\".")
    local_store = Parameter(SwitchParameter, help=LOCAL_STORE_HELP)

    examples = (
        Example('Get-CsXmppGatewayConfiguration', "Shows the XMPP gateway's Global settings."),
    )

    def process(self) -> None:
        local = bool(self.local_store)
        with store_errors(self):
            store = session_store(self)
            if self.filter is not None:
                docs = store.find(DOC_GATEWAY, self.filter, local=local)
            elif self.identity is not None:
                doc = store.get(DOC_GATEWAY, self.identity, local=local)
                if doc is None:
                    self.write_error(gateway_not_found(self, self.identity))
                    return
                docs = [doc]
            else:
                docs = store.find(DOC_GATEWAY, local=local)
            for doc in docs:
                self.write_object(gateway_settings(doc.properties))
