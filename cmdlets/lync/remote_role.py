"""`pyshell --role NAME`: a remote session of a user who holds one RBAC role.

In a real remote PowerShell session to a Lync server, the session contains only the Lync cmdlets of
the user's roles (the core language and cmdlets such as Where-Object are still there); everything
else simply does not exist, so using it is CommandNotFoundException. Without --role the session is
a local administrator's on the server itself, where RBAC is not checked, as on a real server.
"""
from __future__ import annotations

from cmdlets.lync.models import DOC_ROLE
from cmdlets.lync.session import MODULE_NAME
from cmdlets.lync.store_files import StoreError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class RoleSessionError(Exception):
    """The session cannot start as the given role; the message is meant for the user."""


def start_role_session(context: Any) -> None:
    """Module.session_start: hide the Lync cmdlets the role's Cmdlets list lacks."""
    wanted = (context.settings or {}).get("role")
    if not wanted:
        return
    wanted = str(wanted).strip()
    try:
        store = context.module_state(MODULE_NAME).store
        doc = store.get(DOC_ROLE, wanted)
        names = [d.identity for d in store.find(DOC_ROLE)] if doc is None else []
    except StoreError as exc:
        raise RoleSessionError(f"cannot open the Central Management store to read the role \"{wanted}\": {exc}") \
            from exc
    if doc is None:
        raise RoleSessionError(f"there is no RBAC role \"{wanted}\" in the Central Management store. The roles "
                               f"are: {', '.join(names)}.")
    allowed = {str(name).lower() for name in doc.properties.get("Cmdlets") or ()}
    module = context.modules[MODULE_NAME.lower()]
    missing = [name for name in module.command_names() if name.lower() not in allowed]
    shown = doc.identity.replace("{", "{{").replace("}", "}}")     # the hint is a format template
    context.commands.hide(missing, (
        f"This is a remote session for the RBAC role {shown}, whose Cmdlets list does not include "
        "{name}, so the session does not have it. See what the role includes with: Get-CsAdminRole "
        f"-Identity \"{shown}\" | Select-Object -ExpandProperty Cmdlets"))
    context.settings["role_identity"] = doc.identity
