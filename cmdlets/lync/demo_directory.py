"""The demo organisation's Active Directory side: sites and pools, universal security groups, and
the users enabled for Lync. All of it lives in the Central Management store beside the
configuration (a real deployment reads it from Active Directory), so Grant- cmdlets and custom
roles can change it and every shell sharing the store sees the change.

The names come from the Lync documentation's examples (litwareinc.com, Ken Myer, the Redmond site,
atl-cs-001), so the published commands find what they look for.
"""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterator

DOMAIN_DN = "DC=litwareinc,DC=com"
SIP_DOMAIN = "litwareinc.com"
NETBIOS_DOMAIN = "litwareinc"
DOMAIN_SID = "S-1-5-21-2917464105-3718206574-1430588126"

DOC_SITE = "Site"
DOC_AD_GROUP = "ADGroup"
DOC_USER = "User"

# site name -> (SiteId, its Front End pool)
SITES: dict[str, tuple[int, str]] = {
    "Redmond": (1, "atl-cs-001.litwareinc.com"),
    "Portland": (2, "pdx-cs-001.litwareinc.com"),
}

# The RBAC groups forest preparation creates, named like the roles they back.
STANDARD_ROLE_GROUPS: tuple[tuple[str, int], ...] = (
    ("CsAdministrator", 1121), ("CsUserAdministrator", 1122), ("CsVoiceAdministrator", 1123),
    ("CsServerAdministrator", 1124), ("CsViewOnlyAdministrator", 1125), ("CsHelpDesk", 1126),
    ("CsArchivingAdministrator", 1127), ("CsResponseGroupAdministrator", 1128),
    ("CsLocationAdministrator", 1129), ("CsResponseGroupManager", 1130),
    ("CsPersistentChatAdministrator", 1131),
)

# Other universal security groups: the two custom roles the demo starts with, and groups ready
# for the roles the New-CsAdminRole examples create (a role needs its group to exist first).
OTHER_GROUPS: tuple[tuple[str, int], ...] = (
    ("RedmondVoiceAdministrators", 1145), ("RedmondHelpDesk", 1146),
    ("RedmondVoiceAdministrator", 1147), ("Site01 Server Administrators", 1148),
    ("Sales Users Administrator", 1149), ("MyHelpDeskScriptRole", 1150),
    ("RedmondAdministrators", 1151),
)

# (SamAccountName, display name, OU path under the domain, l (city), title, department,
#  groups, per-user external access policy)
_USERS: tuple[tuple[str, str, str, str, str, str, tuple[str, ...], str | None], ...] = (
    ("kenmyer", "Ken Myer", "OU=Redmond", "Redmond", "Sales Representative", "Sales",
     ("RedmondHelpDesk",), None),
    ("pilarackerman", "Pilar Ackerman", "OU=Redmond", "Redmond", "Accountant", "Finance",
     ("RedmondVoiceAdministrators",), "RedmondAccessPolicy"),
    ("davidlongmuir", "David Longmuir", "OU=Redmond", "Redmond", "Voice Engineer", "IT",
     ("CsVoiceAdministrator", "RedmondVoiceAdministrator"), None),
    ("lisatoft", "Lisa Toft", "OU=Redmond", "Redmond", "Site Administrator", "IT",
     ("CsServerAdministrator", "Site01 Server Administrators"), None),
    ("aaronlee", "Aaron Lee", "OU=Portland", "Portland", "Sales Representative", "Sales",
     (), "SalesAccessPolicy"),
    ("karenberg", "Karen Berg", "OU=Portland", "Portland", "Marketing Manager", "Marketing",
     ("CsViewOnlyAdministrator",), None),
    ("jonathanhaas", "Jonathan Haas", "OU=US", "Chicago", "Help Desk Technician", "IT",
     ("CsHelpDesk", "MyHelpDeskScriptRole"), None),
    ("ellenadams", "Ellen Adams", "OU=US", "New York", "Lync Administrator", "IT",
     ("CsAdministrator",), "USAccessPolicy"),
    ("testuser1", "Test User 1", "OU=Test Users,OU=US", "Chicago", "Test account", "IT", (), None),
)

# The computer this shell plays: a Front End server of the Redmond pool, whose local replica of the
# Central Management store is the replica database beside the store file. It is also the Central
# Management Server (Master Replicator and File Transfer Agent) in this one-pool demo.
LOCAL_COMPUTER = "atl-cs-001.litwareinc.com"
PRODUCT_VERSION = "5.0.8308.0"      # Lync Server 2013 RTM

# The user the pool's synthetic transactions (Test-CsXmppIM without -UserSipAddress) sign in as.
HEALTH_MONITORING_USER = "sip:testuser1@litwareinc.com"


def user_site(ou: str) -> str:
    return "Portland" if ou == "OU=Portland" else "Redmond"


def group_documents() -> Iterator[tuple[str, str, dict[str, Any]]]:
    members: dict[str, list[str]] = {}
    for sam, *_rest, groups, _policy in _USERS:
        for g in groups:
            members.setdefault(g.lower(), []).append(sam)
    for name, rid in STANDARD_ROLE_GROUPS + OTHER_GROUPS:
        yield DOC_AD_GROUP, name, {
            "SamAccountName": name, "SID": f"{DOMAIN_SID}-{rid}",
            "DistinguishedName": f"CN={name},OU=Lync Groups,{DOMAIN_DN}",
            "GroupScope": "Universal", "Members": members.get(name.lower(), [])}


def user_documents() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for sam, display, ou, city, title, department, groups, policy in _USERS:
        site = user_site(ou)
        yield DOC_USER, sam, {
            "Identity": f"CN={display},{ou},{DOMAIN_DN}", "SamAccountName": sam, "DisplayName": display,
            "SipAddress": f"sip:{sam}@{SIP_DOMAIN}", "UserPrincipalName": f"{sam}@{SIP_DOMAIN}",
            "RegistrarPool": SITES[site][1], "Enabled": True, "EnterpriseVoiceEnabled": title == "Voice Engineer",
            "LineURI": None, "ExternalAccessPolicy": policy,
            "City": city, "Title": title, "Department": department, "Company": "Litware, Inc."}


def site_documents() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for name, (site_id, pool) in SITES.items():
        yield DOC_SITE, name, {"Identity": f"Site:{name}", "SiteId": site_id, "DisplayName": name,
                               "Pools": [pool]}


def directory_documents() -> Iterator[tuple[str, str, dict[str, Any]]]:
    yield from site_documents()
    yield from group_documents()
    yield from user_documents()
