"""Get-CsExternalAccessPolicy: read the external access policies."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.values import SwitchParameter

from cmdlets.lync import online_help
from cmdlets.lync.external_access_settings import not_found, resolve_identity
from cmdlets.lync.policy_models import DOC_EAP, EAP_TYPE, XdsIdentity, external_access_policy
from cmdlets.lync.session import LOCAL_STORE_HELP, session_store, store_errors

IDENTITY = "Identity"
FILTER = "Filter"


class GetCsExternalAccessPolicy(Cmdlet):
    """Returns the external access policies: who may talk to people outside the organisation."""

    verb = "Get"
    noun = "CsExternalAccessPolicy"
    online_uri = online_help(verb, noun)
    description = (
        "An external access policy decides whether its users may talk to federated organisations "
        "(EnableFederationAccess), to XMPP partners (EnableXmppAccess), to public IM services "
        "(EnablePublicCloudAccess, with audio and video: EnablePublicCloudAudioVideoAccess) and "
        "sign in from the Internet (EnableOutsideAccess). There is one Global policy, at most one "
        "per site (Site:Redmond), and per-user policies (Tag:<name>) that apply only to the users "
        "they are granted to. For a user, a per-user policy wins over the site's, which wins over "
        "Global. Site identities are shown as Site:<name>; the Lync documentation never prints "
        "one, so that spelling is our guess.")
    default_set = IDENTITY
    output_types = (EAP_TYPE,)
    implementing_type = "Microsoft.Rtc.Management.Internal.GetExternalAccessPolicyCmdlet"

    identity = Parameter(XdsIdentity, position=0, sets=(IDENTITY,), value_hint="identity",
                         help="The policy to return: Global, site:<name> or a per-user policy "
                              "(tag:<name> or just the name). No wildcards; use -Filter for those.")
    filter = Parameter(str, sets=(FILTER,),
                       help="A wildcard pattern matched against the Identity, such as tag:* for every "
                            "per-user policy or site:* for every site policy.")
    local_store = Parameter(SwitchParameter, help=LOCAL_STORE_HELP)

    examples = (
        Example('Get-CsExternalAccessPolicy', "Lists every external access policy."),
        Example('Get-CsExternalAccessPolicy -Identity site:Redmond', "Returns the Redmond site's policy."),
        Example('Get-CsExternalAccessPolicy -Filter tag:*', "Returns every per-user policy."),
        Example('Get-CsExternalAccessPolicy | Where-Object {$_.EnableFederationAccess -eq $True}',
                "The policies that allow federation."),
        Example('Get-CsExternalAccessPolicy | Where-Object {$_.EnableFederationAccess -eq $True -and '
                '$_.EnablePublicCloudAccess -eq $True}',
                "The policies that allow both federation and public IM."),
        Example('Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Get-CsExternalAccessPolicy"}',
                "The RBAC roles that may run this cmdlet (the dash before 'match' is an en dash, as "
                "on the Lync 2013 pages)."),
    )

    def process(self) -> None:
        local = bool(self.local_store)
        with store_errors(self):
            store = session_store(self)
            if self.filter is not None:
                docs = store.find(DOC_EAP, self.filter, local=local)
            elif self.identity is not None:
                resolved = resolve_identity(self, self.identity)
                if resolved is None:
                    return
                doc = store.get(DOC_EAP, resolved[1], local=local)
                if doc is None:
                    self.write_error(not_found(self, self.identity, local))
                    return
                docs = [doc]
            else:
                docs = store.find(DOC_EAP, local=local)
            for doc in docs:
                self.write_object(external_access_policy(doc.properties))
