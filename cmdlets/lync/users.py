"""Finding Lync users by the identities the Lync cmdlets accept."""
from __future__ import annotations

from pyshell.runtime.conversion import convert_to
from pyshell.runtime.operators import has_wildcards, wildcard_match
from pyshell.runtime.values import PSObject

from cmdlets.lync.demo_directory import DOC_USER, NETBIOS_DOMAIN
from cmdlets.lync.store import ManagementStore
from cmdlets.lync.store_queries import Document

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

IDENTITY_FIELDS = ("SamAccountName", "DisplayName", "SipAddress", "UserPrincipalName", "Identity")


class UserIdParameter:
    """The type of a user -Identity: a SIP address, user principal name, domain\\account, display name or
    distinguished name; a user object gives its Identity."""

    ps_type_name = "Microsoft.Rtc.Management.AD.UserIdParameter"

    @classmethod
    def ps_convert(cls, value: Any) -> str:
        if isinstance(value, PSObject) and value.has("Identity"):
            value = value.get("Identity")
        return convert_to(value, str).strip()


def _forms(props: dict[str, Any]) -> list[str]:
    sam = str(props.get("SamAccountName", ""))
    sip = str(props.get("SipAddress") or "")
    forms = [str(props.get(f) or "") for f in IDENTITY_FIELDS]
    forms += [sip[4:] if sip.lower().startswith("sip:") else sip, f"{NETBIOS_DOMAIN}\\{sam}"]
    return [f.lower() for f in forms if f]


def find_users(store: ManagementStore, identity: str) -> list[Document]:
    """The users `identity` names; wildcards (Ken*) match display names, SIP addresses and accounts."""
    wanted = identity.strip()
    users = store.find(DOC_USER)
    if has_wildcards(wanted):
        return [u for u in users if any(wildcard_match(wanted, f) for f in _forms(u.properties))]
    low = wanted.lower()
    return [u for u in users if low in _forms(u.properties)]


def management_object_not_found(cmdlet: Any, identity: str) -> Any:
    from pyshell.errors import ErrorCategory
    return cmdlet.error_record(
        f"Management object not found for identity \"{identity}\".", "UserNotFound",
        ErrorCategory.ObjectNotFound, target=identity, exception_type="ManagementException",
        hint="A user can be named by SIP address (sip:kenmyer@litwareinc.com), display name (\"Ken Myer\"), "
             "account (kenmyer or litwareinc\\kenmyer) or user principal name; Get-CsUser lists them.")
