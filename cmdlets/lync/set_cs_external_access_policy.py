"""Set-CsExternalAccessPolicy: change an external access policy."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import convert_to, to_string
from pyshell.runtime.values import PSObject

from cmdlets.lync import online_help
from cmdlets.lync.external_access_settings import PolicySettings, apply_settings, not_found, resolve_identity
from cmdlets.lync.policy_models import DOC_EAP, EAP_SWITCHES, EAP_TYPE, XdsIdentity, eap_document
from cmdlets.lync.session import session_store, store_errors

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

IDENTITY = "Identity"
INSTANCE = "Instance"


class SetCsExternalAccessPolicy(PolicySettings, Cmdlet):
    """Changes the settings of an external access policy (the Global one unless told otherwise)."""

    verb = "Set"
    noun = "CsExternalAccessPolicy"
    online_uri = online_help(verb, noun)
    description = (
        "Changes the settings you name on the policy given by -Identity, on the Global policy when "
        "-Identity is left out, or on each policy object given with -Instance or through the "
        "pipeline. An -Instance object that is not saved yet (from New-CsExternalAccessPolicy "
        "-InMemory) is saved as a new policy. Writes nothing to the pipeline.")
    default_set = IDENTITY
    supports_should_process = True
    confirm_impact = "Medium"
    output_types = ()
    implementing_type = "Microsoft.Rtc.Management.Internal.SetExternalAccessPolicyCmdlet"

    identity = Parameter(XdsIdentity, position=0, sets=(IDENTITY,), value_hint="identity",
                         help="The policy to change: Global (the default), site:<name> or a per-user "
                              "policy name.")
    instance = Parameter(PSObject, pipeline=True, sets=(INSTANCE,),
                         help="A policy object to save with its own values plus any settings given here. "
                              "Piped policies bind here.")

    examples = (
        Example('Set-CsExternalAccessPolicy -Identity RedmondExternalAccessPolicy -EnableFederationAccess $True',
                "Turns on federation for the per-user policy RedmondExternalAccessPolicy."),
        Example('Get-CsExternalAccessPolicy | Set-CsExternalAccessPolicy -EnableFederationAccess $True',
                "Turns on federation in every policy."),
        Example('Get-CsExternalAccessPolicy -Filter tag:* | Set-CsExternalAccessPolicy -EnableFederationAccess $True',
                "Turns on federation in every per-user policy."),
        Example('Get-CsExternalAccessPolicy | Where-Object {$_.EnablePublicCloudAccess -eq $True} | '
                'Set-CsExternalAccessPolicy -EnableFederationAccess $True',
                "Turns on federation wherever public IM is already allowed."),
        Example('Set-CsExternalAccessPolicy -Identity global -EnableFederationAccess $true -EnableXmppAccess $true',
                "Lets everyone whose policy is the Global one talk to federated organisations and to "
                "XMPP partners."),
    )

    def process(self) -> None:
        if self.parameter_set_name == INSTANCE or self.is_bound(SetCsExternalAccessPolicy.instance):
            self._set_instance(self.instance)
            return
        resolved = resolve_identity(self, self.identity or "Global")
        if resolved is None:
            return
        display = resolved[1]
        with store_errors(self):
            store = session_store(self)
            current = store.get(DOC_EAP, display)
            if current is None:
                self.write_error(not_found(self, display))
                return
            if not self.should_process(current.identity):
                return
            if store.modify(DOC_EAP, display, lambda props: apply_settings(self, props)) is None:
                self.write_error(not_found(self, display))

    def _set_instance(self, obj: Any) -> None:
        if not (isinstance(obj, PSObject) and obj.type_name == EAP_TYPE):
            self.write_error(self.error_record(
                f"Cannot save \"{to_string(obj)}\": -Instance takes an external access policy object ({EAP_TYPE}).",
                "InvalidInstance", ErrorCategory.InvalidArgument, target=obj, exception_type="ArgumentException",
                hint="Get one with Get-CsExternalAccessPolicy, or build one with New-CsExternalAccessPolicy "
                     "-InMemory."))
            return
        resolved = resolve_identity(self, to_string(obj.get("Identity")))
        if resolved is None:
            return
        props = eap_document(resolved[1], None if obj.get("Description") is None else to_string(obj.get("Description")))
        for name in EAP_SWITCHES:
            props[name] = convert_to(obj.get(name), bool)
        props = apply_settings(self, props)
        with store_errors(self):
            store = session_store(self)
            if not self.should_process(resolved[1]):
                return
            store.put(DOC_EAP, resolved[1], props)
