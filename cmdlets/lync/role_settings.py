"""What the RBAC role cmdlets share: the list parameters (Cmdlets, ScriptModules, ConfigScopes,
UserScopes) with their element types, and the checks a role must pass.

Choices where the Lync help is silent or contradicts itself (NOT CONFIRMED), made as a real
server most likely behaves:

* Cmdlets may only name real Lync Server 2013 cmdlets (the names in data/role_cmdlets.json);
* standard roles: the Get-CsAdminRole help says they cannot be changed at all, the Lync 2013
  planning guide says their scripts can be. We follow the planning guide: ScriptModules may change
  on a standard role, nothing else may;
* a role must keep at least one ConfigScope and one UserScope (the help says removing the last
  site fails; use @{Replace="Global"} instead).
"""
from __future__ import annotations

import difflib
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import PSConversionError, to_string
from pyshell.runtime.values import PSObject, SwitchParameter

from cmdlets.lync.demo_org import role_cmdlets
from cmdlets.lync.list_modifier import ListModifier, ListModifierType
from cmdlets.lync.models import CMDLET_TYPE

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

CONFIG_SCOPE_TYPE = "Microsoft.Rtc.Management.Core.ConfigScope"
USER_SCOPE_TYPE = "Microsoft.Rtc.Management.Core.UserScope"


def known_cmdlets() -> dict[str, str]:
    """Every Lync Server 2013 cmdlet name we know, lower-cased -> its spelling."""
    names: dict[str, str] = {}
    for cmdlets in role_cmdlets().values():
        for name in cmdlets:
            names.setdefault(name.lower(), name)
    return names


def _cmdlet_item(value: Any) -> str:
    if isinstance(value, PSObject) and value.has("Name"):
        value = value.get("Name")
    text = to_string(value).strip()
    known = known_cmdlets()
    name = known.get(text.lower())
    if name is None:
        close = difflib.get_close_matches(text.lower(), list(known), n=1, cutoff=0.8)
        also = f" Did you mean {known[close[0]]}?" if close else ""
        raise PSConversionError(value, CMDLET_TYPE, f"'{text}' is not a Lync Server 2013 cmdlet.{also}")
    return name


def _config_scope_item(value: Any) -> str:
    text = to_string(value).strip()
    if text.lower() == "global":
        return "Global"
    if text.lower().startswith("site:") and text[5:].strip():
        return "site:" + text[5:].strip()
    raise PSConversionError(value, CONFIG_SCOPE_TYPE,
                            f"'{text}' is not a configuration scope: use Global or site:<SiteId>, such as "
                            f"site:Redmond.")


def _user_scope_item(value: Any) -> str:
    text = to_string(value).strip()
    if text.lower() == "global":
        return "Global"
    if text.lower().startswith("ou:") and "=" in text[3:]:
        return "OU:" + text[3:]
    raise PSConversionError(value, USER_SCOPE_TYPE,
                            f"'{text}' is not a user scope: use Global or OU:<distinguished name>, such as "
                            f"OU:ou=Redmond,dc=litwareinc,dc=com.")


def _script_item(value: Any) -> str:
    text = to_string(value).strip()
    if not text:
        raise PSConversionError(value, "System.String", "A script module name cannot be empty.")
    return text


class RoleSettings:
    """Mixin: the list parameters of New- and Set-CsAdminRole."""

    cmdlets = Parameter(
        ListModifierType(CMDLET_TYPE, _cmdlet_item),
        help="The cmdlets members of the role may run. A plain list replaces the role's list; "
             "@{Add=\"Export-CsArchivingData\"} and @{Remove=...} change single entries. Only custom "
             "roles can change their cmdlets.")
    script_modules = Parameter(
        ListModifierType("System.String", _script_item),
        help="Scripts (or script:function pairs, such as \"UpdateDatabase.ps1:Reset\") whose functions "
             "members may run. Takes a plain list, @{Add=...}, @{Remove=...}, or $null to remove "
             "them all.")
    config_scopes = Parameter(
        ListModifierType(CONFIG_SCOPE_TYPE, _config_scope_item),
        help="Where the role's cmdlets may change configuration: Global, or sites written "
             "site:<SiteId>, such as site:Redmond. List changes as for -Cmdlets.")
    user_scopes = Parameter(
        ListModifierType(USER_SCOPE_TYPE, _user_scope_item),
        help="Which users the role's cmdlets may manage: Global, or OUs written "
             "OU:<distinguished name>, such as OU:ou=Redmond,dc=litwareinc,dc=com. List changes as "
             "for -Cmdlets.")
    force = Parameter(
        SwitchParameter,
        help="Do not ask for confirmation, even when $ConfirmPreference would (an explicit -Confirm "
             "still asks).")


LISTS = (("cmdlets", "Cmdlets"), ("script_modules", "ScriptModules"), ("config_scopes", "ConfigScopes"),
         ("user_scopes", "UserScopes"))


class RoleRefused(Exception):
    def __init__(self, record: Any):
        super().__init__(record.message)
        self.record = record


def apply_lists(cmdlet: Cmdlet, props: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The role's properties after the bound list parameters, and warnings for Remove items that
    were not in a list."""
    out = dict(props)
    notes: list[str] = []
    for attr, prop in LISTS:
        if not cmdlet.is_bound(getattr(RoleSettings, attr)):
            continue
        modifier: ListModifier = getattr(cmdlet, attr)
        out[prop], missing = modifier.apply(out.get(prop) or [])
        notes += [f"{props['Identity']}: \"{m}\" was not in {prop}, so there was nothing to remove."
                  for m in missing]
    return out, notes


def check_role(cmdlet: Cmdlet, before: dict[str, Any] | None, after: dict[str, Any]) -> None:
    """PartnerRefused-style: raise RoleRefused when `after` may not be saved."""
    identity = after["Identity"]
    if before is not None and before.get("IsStandardRole"):
        changed = [prop for _, prop in LISTS if prop != "ScriptModules" and
                   [str(v).lower() for v in before.get(prop) or []] != [str(v).lower() for v in after.get(prop) or []]]
        if changed:
            raise RoleRefused(cmdlet.error_record(
                f"{identity} is a standard role: its {' and '.join(changed)} cannot be changed.",
                "StandardRoleCannotBeModified", ErrorCategory.InvalidOperation, target=identity,
                exception_type="InvalidOperationException",
                hint=f"Make a custom copy to change: New-CsAdminRole -Identity <group> -Template {identity}. "
                     f"Only ScriptModules can change on a standard role."))
    for prop, example in (("ConfigScopes", "site:Redmond"), ("UserScopes", "OU:ou=Redmond,dc=litwareinc,dc=com")):
        if not after.get(prop):
            raise RoleRefused(cmdlet.error_record(
                f"Role \"{identity}\" must keep at least one entry in {prop}.", "EmptyScopeList",
                ErrorCategory.InvalidArgument, target=identity, exception_type="ArgumentException",
                hint=f"To widen the role to everything, use -{prop} @{{Replace=\"Global\"}} rather than "
                     f"removing the last entry; to narrow it, add the new scope (such as {example}) first."))
