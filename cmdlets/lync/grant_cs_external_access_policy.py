"""Grant-CsExternalAccessPolicy: give users a per-user external access policy."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.demo_directory import DOC_USER
from cmdlets.lync.policy_models import DOC_EAP, USER_TYPE, lync_user
from cmdlets.lync.session import session_store, store_errors
from cmdlets.lync.users import UserIdParameter, find_users, management_object_not_found

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class GrantCsExternalAccessPolicy(Cmdlet):
    """Assigns a per-user external access policy to users, or takes it away with -PolicyName $Null."""

    verb = "Grant"
    noun = "CsExternalAccessPolicy"
    online_uri = online_help(verb, noun)
    description = (
        "A per-user policy overrides the site and Global policies for the users it is granted to. "
        "Name it by its name without the Tag: prefix; -PolicyName $Null removes the grant, so the "
        "site or Global policy applies again. Users can be piped in (Get-CsUser | Grant-...). "
        "Nothing is written unless -PassThru is given.")
    supports_should_process = True
    confirm_impact = "Medium"
    output_types = (USER_TYPE,)
    implementing_type = "Microsoft.Rtc.Management.Internal.GrantExternalAccessPolicyCmdlet"

    identity = Parameter(UserIdParameter, position=0, mandatory=True, pipeline=True, value_hint="user",
                         help="The user: SIP address, display name (\"Ken Myer\"), account, user principal "
                              "name or distinguished name. Piped users bind here.")
    policy_name = Parameter(str, position=1,
                            help="The per-user policy to grant, by name (RedmondAccessPolicy, not "
                                 "tag:RedmondAccessPolicy); $Null removes the user's per-user policy.")
    pass_thru = Parameter(SwitchParameter, help="Write each changed user to the pipeline.")
    domain_controller = Parameter(str, help="Accepted for compatibility; pyshell's directory has one "
                                            "domain controller.")

    examples = (
        Example('Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName RedmondAccessPolicy',
                "Gives Ken Myer the per-user policy RedmondAccessPolicy."),
        Example('Get-CsUser -LdapFilter "l=Redmond" | Grant-CsExternalAccessPolicy -PolicyName RedmondAccessPolicy',
                "Gives it to every user whose city is Redmond."),
        Example('Get-CsUser -LdapFilter "Title=Sales Representative" | Grant-CsExternalAccessPolicy '
                '-PolicyName SalesAccessPolicy',
                "Gives SalesAccessPolicy to the sales representatives."),
        Example('Get-CsUser -Filter {ExternalAccessPolicy -eq $Null} | Grant-CsExternalAccessPolicy '
                '-PolicyName BasicAccessPolicy',
                "Gives BasicAccessPolicy to every user who has no per-user policy yet."),
        Example('Get-CsUser -OU "ou=US,dc=litwareinc,dc=com" | Grant-CsExternalAccessPolicy -PolicyName USAccessPolicy',
                "Gives USAccessPolicy to the users of the US organisational unit."),
        Example('Get-CsUser | Grant-CsExternalAccessPolicy -PolicyName $Null',
                "Takes every user's per-user policy away."),
        Example('Get-CsUser | Grant-CsExternalAccessPolicy -PolicyName FedPic',
                "Gives every user FedPic, the policy of the Google Talk walkthrough (which must be "
                "created first with New-CsExternalAccessPolicy)."),
    )

    def process(self) -> None:
        name = None if self.policy_name is None else self.policy_name.strip() or None
        with store_errors(self):
            store = session_store(self)
            if name is not None:
                if name.lower().startswith("tag:"):
                    self.write_error(self._bad_policy(name, "Give the policy's name without the Tag: prefix."))
                    return
                policy = store.get(DOC_EAP, f"Tag:{name}")
                if policy is None:
                    self.write_error(self._bad_policy(name, "The per-user policies are listed by "
                                                            "Get-CsExternalAccessPolicy -Filter tag:*."))
                    return
                name = policy.identity.split(":", 1)[1]
            users = find_users(store, self.identity)
            if not users:
                self.write_error(management_object_not_found(self, self.identity))
                return
            for user in users:
                if not self.should_process(user.properties["Identity"]):
                    continue
                doc = store.modify(DOC_USER, user.identity, lambda props: _grant(props, name))
                if doc is not None and self.pass_thru:
                    self.write_object(lync_user(doc.properties))

    def _bad_policy(self, name: str, hint: str) -> Any:
        return self.error_record(f"There is no per-user external access policy \"{name}\".",
                                 "ExternalAccessPolicyNotFound", ErrorCategory.ObjectNotFound, target=name,
                                 exception_type="ItemNotFoundException", hint=hint)


def _grant(props: dict[str, Any], name: str | None) -> dict[str, Any]:
    return dict(props, ExternalAccessPolicy=name)
