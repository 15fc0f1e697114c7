"""New-CsExternalAccessPolicy: create a site or per-user external access policy."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.external_access_settings import PolicySettings, apply_settings, check_site, resolve_identity
from cmdlets.lync.policy_models import DOC_EAP, EAP_TYPE, XdsIdentity, eap_document, external_access_policy
from cmdlets.lync.session import session_store, store_errors
from cmdlets.lync.store_files import StoreConflict


class NewCsExternalAccessPolicy(PolicySettings, Cmdlet):
    """Creates an external access policy for a site or for the users it is granted to."""

    verb = "New"
    noun = "CsExternalAccessPolicy"
    online_uri = online_help(verb, noun)
    description = (
        "Give -Identity site:<name> for a site's policy, which applies to the site's users at once "
        "(a site has at most one), or a plain name for a per-user policy, which applies to the "
        "users you grant it to with Grant-CsExternalAccessPolicy. There is always exactly one "
        "Global policy, so none can be created at global scope. Every Enable* setting you leave "
        "out is False. The new policy is saved and shown; with -InMemory it is only returned, to "
        "change and then save with Set-CsExternalAccessPolicy -Instance.")
    supports_should_process = True
    confirm_impact = "Medium"
    output_types = (EAP_TYPE,)
    implementing_type = "Microsoft.Rtc.Management.Internal.NewExternalAccessPolicyCmdlet"

    identity = Parameter(XdsIdentity, position=0, mandatory=True,
                         help="site:<name> for a site policy (site:Redmond), or a name for a per-user "
                              "policy (RedmondAccessPolicy; it is stored as Tag:RedmondAccessPolicy).")
    in_memory = Parameter(SwitchParameter,
                          help="Return the policy without saving it; save it later with "
                               "Set-CsExternalAccessPolicy -Instance, or it is forgotten.")

    examples = (
        Example('New-CsExternalAccessPolicy -Identity site:Redmond -EnableFederationAccess $True '
                '-EnableOutsideAccess $True',
                "A policy for the Redmond site with federation and outside access. The demo store "
                "already has one, and a site can only have one, so this reports that."),
        Example('New-CsExternalAccessPolicy -Identity FedPic -EnableFederationAccess $true '
                '-EnablePublicCloudAccess $true',
                "The per-user policy FedPic of the Google Talk walkthrough: federation and public IM "
                "(XMPP access is left off, as on that page)."),
        Example('New-CsExternalAccessPolicy -Identity site:Redmond -EnableFederationAccess $true '
                '-EnableXmppAccess $true',
                "A Redmond site policy with federation and XMPP (again refused on the demo store, "
                "whose Redmond site has a policy)."),
        Example('$x = New-CsExternalAccessPolicy -Identity RedmondAccessPolicy -InMemory\n'
                '$x.EnableFederationAccess = $True\n$x.EnablePublicCloudAccess = $True\n'
                '$x.EnableOutsideAccess = $True\nSet-CsExternalAccessPolicy -Instance $x',
                "Builds a policy in memory, turns three settings on, then saves it with Set."),
    )

    def process(self) -> None:
        resolved = resolve_identity(self, self.identity)
        if resolved is None:
            return
        scope, display = resolved
        if scope == "global":
            self.write_error(self.error_record(
                "A new external access policy cannot be created at the global scope: the Global policy "
                "always exists.", "GlobalPolicyExists", ErrorCategory.InvalidOperation, target=display,
                exception_type="InvalidOperationException",
                hint="Change it with Set-CsExternalAccessPolicy -Identity Global."))
            return
        with store_errors(self):
            store = session_store(self)
            if scope == "site":
                display = check_site(self, display)
                if display is None:
                    return
            props = apply_settings(self, eap_document(display))
            if self.in_memory:
                self.write_object(external_access_policy(props))
                return
            if store.get(DOC_EAP, display) is not None:
                self._exists(display, scope)
                return
            if not self.should_process(display):
                return
            try:
                store.add(DOC_EAP, display, props)
            except StoreConflict:
                self._exists(display, scope)
                return
        self.write_object(external_access_policy(props))

    def _exists(self, display: str, scope: str) -> None:
        why = "a site can have only one external access policy" if scope == "site" else "the name is taken"
        self.write_error(self.error_record(
            f"Cannot create \"{display}\": a policy with that Identity already exists ({why}).",
            "DuplicateExternalAccessPolicy", ErrorCategory.ResourceExists, target=display,
            exception_type="InvalidOperationException",
            hint=f"Change it with Set-CsExternalAccessPolicy -Identity \"{display}\"."))
