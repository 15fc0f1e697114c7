"""Remove-CsExternalAccessPolicy: delete a site or per-user policy, or reset the Global one."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.demo_directory import DOC_USER
from cmdlets.lync.external_access_settings import not_found, resolve_identity
from cmdlets.lync.policy_models import DOC_EAP, XdsIdentity, eap_document
from cmdlets.lync.session import session_store, store_errors

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class RemoveCsExternalAccessPolicy(Cmdlet):
    """Deletes a site or per-user external access policy; on Global, resets it to its defaults."""

    verb = "Remove"
    noun = "CsExternalAccessPolicy"
    online_uri = online_help(verb, noun)
    description = (
        "The Global policy cannot be deleted: removing it sets every Enable* setting back to False. "
        "A site's users fall back to the Global policy once their site policy is gone. Users who "
        "were granted a removed per-user policy are left with none, so the site or Global policy "
        "applies to them; the Lync help does not say what a real server does with such grants "
        "(NOT CONFIRMED), and clearing them, with a warning that counts them, is our choice.")
    supports_should_process = True
    confirm_impact = "Medium"
    output_types = ()
    implementing_type = "Microsoft.Rtc.Management.Internal.RemoveExternalAccessPolicyCmdlet"

    identity = Parameter(XdsIdentity, position=0, mandatory=True, by_property_name=True, value_hint="identity",
                         help="The policy to remove: site:<name>, a per-user policy name, or Global (which "
                              "is reset rather than removed). Piped policies bind by their Identity.")
    force = Parameter(SwitchParameter,
                      help="Do not ask for confirmation, even when $ConfirmPreference would.")

    examples = (
        Example('Remove-CsExternalAccessPolicy -Identity EAPUserPolicySetXMPP',
                "Deletes the per-user policy EAPUserPolicySetXMPP."),
        Example('Remove-CsExternalAccessPolicy -Identity global',
                "Resets the Global policy: every Enable* setting goes back to False."),
    )

    def process(self) -> None:
        resolved = resolve_identity(self, self.identity)
        if resolved is None:
            return
        scope, display = resolved
        with store_errors(self):
            store = session_store(self)
            current = store.get(DOC_EAP, display)
            if current is None:
                self.write_error(not_found(self, display))
                return
            if not self.should_process(current.identity):
                return
            if scope == "global":
                store.put(DOC_EAP, "Global", eap_document("Global"))
                return
            store.delete(DOC_EAP, display)
            if scope == "tag":
                name = display.split(":", 1)[1].lower()
                cleared = 0
                for user in store.find(DOC_USER):
                    if str(user.properties.get("ExternalAccessPolicy") or "").lower() == name:
                        store.modify(DOC_USER, user.identity, _unassign)
                        cleared += 1
                if cleared:
                    self.write_warning(f"{cleared} user(s) had {display} granted; they now get their site's "
                                       f"or the Global policy.")


def _unassign(props: dict[str, Any]) -> dict[str, Any]:
    return dict(props, ExternalAccessPolicy=None)
