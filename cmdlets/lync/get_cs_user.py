"""Get-CsUser: the users enabled for Lync Server."""
from __future__ import annotations

import re

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory

from cmdlets.lync import online_help
from cmdlets.lync.demo_directory import DOC_USER
from cmdlets.lync.policy_models import USER_PROPERTIES, USER_TYPE, lync_user
from cmdlets.lync.session import session_store, store_errors
from cmdlets.lync.user_filters import FilterError, ldap_filter, opath_filter
from cmdlets.lync.users import UserIdParameter, find_users, management_object_not_found


def _normal_dn(text: str) -> str:
    return re.sub(r"\s*([,=])\s*", r"\1", text.strip()).lower()


class GetCsUser(Cmdlet):
    """Returns the users enabled for Lync Server, with their Lync settings."""

    verb = "Get"
    noun = "CsUser"
    online_uri = online_help(verb, noun)
    description = (
        "Without parameters every Lync user is returned. -Identity picks users by SIP address, "
        "display name, account or distinguished name (wildcards allowed), -OU the users in an "
        "organisational unit and the units below it, -Filter filters on the Lync properties (for "
        "example {ExternalAccessPolicy -eq $Null}: the users with no per-user external access "
        "policy), and -LdapFilter on Active Directory attributes (for example \"l=Redmond\" for the "
        "users whose city is Redmond). Only simple filters are understood: comparisons joined by "
        "-and/-or (OPATH) or &, | and ! (LDAP). The users come from pyshell's demo directory.")
    output_types = (USER_TYPE,)
    implementing_type = "Microsoft.Rtc.Management.AD.Cmdlets.GetOcsUserCmdlet"

    identity = Parameter(UserIdParameter, position=0, pipeline=True, value_hint="user",
                         help="The user: SIP address (sip:kenmyer@litwareinc.com), display name (\"Ken "
                              "Myer\"), account (kenmyer or litwareinc\\kenmyer), user principal name or "
                              "distinguished name. * and ? are wildcards.")
    filter = Parameter(str, help="An OPATH filter on the users' Lync properties, such as "
                                 "{ExternalAccessPolicy -eq $Null}.")
    ldap_filter = Parameter(str, help="An LDAP filter on Active Directory attributes, such as \"l=Redmond\" or "
                                      "\"Title=Sales Representative\".")
    ou = Parameter(str, name="OU",
                   help="Only users in this organisational unit or below it, such as "
                        "\"ou=US,dc=litwareinc,dc=com\".")
    result_size = Parameter(int, help="Return at most this many users.")

    examples = (
        Example('Get-CsUser', "Lists every user enabled for Lync."),
        Example('Get-CsUser -Identity "Ken Myer"', "Ken Myer's Lync settings."),
        Example('Get-CsUser -LdapFilter "l=Redmond"', "The users whose city (the l attribute) is Redmond."),
        Example('Get-CsUser -Filter {ExternalAccessPolicy -eq $Null}',
                "The users who have no per-user external access policy."),
        Example('Get-CsUser -OU "ou=US,dc=litwareinc,dc=com"', "The users in the US organisational unit."),
    )

    def process(self) -> None:
        if self.filter is not None and self.ldap_filter is not None:
            self.write_error(self.error_record("Use -Filter or -LdapFilter, not both.", "FilterConflict",
                                               ErrorCategory.InvalidArgument, exception_type="ArgumentException"))
            return
        try:
            tests = []
            if self.filter is not None:
                test = opath_filter(self.filter, USER_PROPERTIES)
                tests.append(lambda props: test(_visible(props)))
            if self.ldap_filter is not None:
                tests.append(ldap_filter(self.ldap_filter))
        except FilterError as exc:
            self.write_error(self.error_record(str(exc), "InvalidFilter", ErrorCategory.InvalidArgument,
                                               target=self.filter or self.ldap_filter,
                                               exception_type="ArgumentException"))
            return
        with store_errors(self):
            store = session_store(self)
            if self.identity is not None:
                docs = find_users(store, self.identity)
                if not docs:
                    self.write_error(management_object_not_found(self, self.identity))
                    return
            else:
                docs = store.find(DOC_USER)
        if self.ou is not None:
            ou = _normal_dn(self.ou)
            docs = [d for d in docs if _normal_dn(d.properties["Identity"]).endswith("," + ou)]
        docs = [d for d in docs if all(t(d.properties) for t in tests)]
        if self.result_size is not None:
            docs = docs[:max(self.result_size, 0)]
        for doc in docs:
            self.write_object(lync_user(doc.properties))


def _visible(props: dict) -> dict:
    return {name: props.get(name) for name in USER_PROPERTIES}
