"""Execution policies: Windows PowerShell's rules for which script files may run, kept per session.

pyshell's machine is a Windows Server whose LocalMachine policy is RemoteSigned (the server default);
the other scopes start Undefined, and `pyshell -ExecutionPolicy X` sets the Process scope. The policy
in force is the first defined one in the order MachinePolicy, UserPolicy, Process, CurrentUser,
LocalMachine (Restricted when none is). Under Restricted no script file runs, and under AllSigned none
does either, since no file here carries a signature; every other policy runs every local file (pyshell
has no downloaded files to mark as remote). Commands typed or given to -Command always run.
Set-ExecutionPolicy changes the session's table only: nothing is written to the machine."""
from __future__ import annotations

from pyshell.runtime.values import enum_type

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_NS = "Microsoft.PowerShell"

ExecutionPolicy = enum_type(f"{_NS}.ExecutionPolicy",
                            {"Unrestricted": 0, "RemoteSigned": 1, "AllSigned": 2, "Restricted": 3, "Default": 3,
                             "Bypass": 4, "Undefined": 5})
ExecutionPolicyScope = enum_type(f"{_NS}.ExecutionPolicyScope",
                                 {"Process": 0, "CurrentUser": 1, "LocalMachine": 2, "UserPolicy": 3,
                                  "MachinePolicy": 4})
TYPES = {"ExecutionPolicy": ExecutionPolicy, "ExecutionPolicyScope": ExecutionPolicyScope}

# The order scopes are consulted in (and Get-ExecutionPolicy -List shows them in).
PRECEDENCE = ("MachinePolicy", "UserPolicy", "Process", "CurrentUser", "LocalMachine")
ABOUT = "For more information, see about_Execution_Policies at http://go.microsoft.com/fwlink/?LinkID=135170."


def policies(ctx: Any) -> dict[str, Any]:
    """The session's policy for each scope, made on first use."""
    table = ctx.execution_policies
    if table is None:
        table = {scope: ExecutionPolicy.Undefined for scope in PRECEDENCE}
        table["LocalMachine"] = ExecutionPolicy.RemoteSigned
        start = (getattr(ctx, "settings", None) or {}).get("execution_policy")
        if start:
            table["Process"] = ExecutionPolicy[start]
        ctx.execution_policies = table
    return table


def effective(ctx: Any) -> Any:
    table = policies(ctx)
    for scope in PRECEDENCE:
        if table[scope] is not ExecutionPolicy.Undefined:
            return table[scope]
    return ExecutionPolicy.Restricted


def policy_named(text: str) -> Any | None:
    """The policy a name stands for (any case), or None."""
    for member in ExecutionPolicy.__members__.values():
        if member.name.lower() == text.strip().lower():
            return member
    return None


def refusal(ctx: Any, path: str) -> str | None:
    """Why the policy in force stops the script file at `path` from running, or None."""
    policy = effective(ctx)
    if policy is ExecutionPolicy.Restricted:
        return f"File {path} cannot be loaded because running scripts is disabled on this system. {ABOUT}"
    if policy is ExecutionPolicy.AllSigned:
        return (f"File {path} cannot be loaded. The file {path} is not digitally signed. You cannot run this "
                f"script on the current system. {ABOUT}")
    return None
