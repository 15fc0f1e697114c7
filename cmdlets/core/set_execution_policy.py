"""Set-ExecutionPolicy: which script files the session may run, for one scope."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.executionpolicy import ExecutionPolicy, ExecutionPolicyScope, effective, policies
from pyshell.runtime.values import SwitchParameter

_CAPTION = "Execution Policy Change"
_QUERY = ("The execution policy helps protect you from scripts that you do not trust. Changing the execution "
          "policy might expose you to the security risks described in the about_Execution_Policies help topic "
          "at http://go.microsoft.com/fwlink/?LinkID=135170. Do you want to change the execution policy?")
_OVERRIDDEN = ("Windows PowerShell updated your execution policy successfully, but the setting is overridden by a "
               "policy defined at a more specific scope.  Due to the override, your shell will retain its current "
               "effective execution policy of {0}. Type \"Get-ExecutionPolicy -List\" to view your execution "
               "policy settings. For more information please see \"Get-Help Set-ExecutionPolicy\".")


class SetExecutionPolicy(Cmdlet):
    """Sets the execution policy for a scope of the current session."""

    verb, noun = "Set", "ExecutionPolicy"
    implementing_type = "Microsoft.PowerShell.Commands.SetExecutionPolicyCommand"
    supports_should_process = True
    description = ("Set-ExecutionPolicy sets the policy of one scope (LocalMachine unless -Scope says): Restricted "
                   "and AllSigned stop script files from running (no file here is signed), the others let them "
                   "run. Typed at the prompt it first asks, as the Windows console does (No by default); "
                   "-Force, a script or -Command do not ask. MachinePolicy and UserPolicy belong to Group Policy "
                   "and cannot be set. A more specific scope that sets a policy overrides the change, which is "
                   "then reported. pyshell keeps the change for the session; nothing is written to the machine.")

    execution_policy = Parameter(ExecutionPolicy, name="ExecutionPolicy", position=0, mandatory=True, pipeline=True,
                                 help="The policy: Restricted, AllSigned, RemoteSigned, Unrestricted, Bypass or "
                                      "Undefined (which removes the scope's policy).")
    scope = Parameter(ExecutionPolicyScope, position=1, by_property_name=True, default=ExecutionPolicyScope.LocalMachine,
                      help="The scope to set: Process, CurrentUser or LocalMachine (the default).")
    force = Parameter(SwitchParameter, help="Does not ask before changing the policy.")

    examples = (
        Example("Set-ExecutionPolicy RemoteSigned -Force", "Local scripts run; the server's default."),
        Example("Set-ExecutionPolicy Restricted -Scope Process -Force; Get-ExecutionPolicy",
                "No script file runs in this session from now on.", "Restricted\n"),
        Example("Set-ExecutionPolicy Bypass -Scope Process -WhatIf",
                "Says what it would change, and changes nothing."),
    )

    def begin(self) -> None:
        if self.scope.name in ("UserPolicy", "MachinePolicy"):
            raise PSError(self.error_record(
                "Cannot set execution policy. Execution policies at the MachinePolicy or UserPolicy scopes must be "
                "set through Group Policy.", "CantSetGroupPolicy", ErrorCategory.InvalidOperation,
                exception_type="InvalidOperationException"))

    def process(self) -> None:
        policy = self.execution_policy
        if not self.should_process(policy.name):
            return
        if not self.force and self._at_the_prompt():
            from pyshell.commands.should_process import should_continue
            if not should_continue(self, _QUERY, caption=_CAPTION, default="N"):
                return
        ctx = self.context
        policies(ctx)[self.scope.name] = policy
        in_force = effective(ctx)
        if policy is not ExecutionPolicy.Undefined and in_force is not policy:
            record = self.error_record(_OVERRIDDEN.format(in_force.name), "ExecutionPolicyOverride",
                                       ErrorCategory.PermissionDenied, exception_type="SecurityException")
            raise PSError(record)

    def _at_the_prompt(self) -> bool:
        """Typed at the interactive prompt (not in a script or function, not through -Command)."""
        ctx = self.context
        extent = self.runtime.extent
        typed = extent is not None and extent.source is not None and not extent.source.name
        # One frame: the typed input itself; a script block, function or script adds its own.
        return bool((getattr(ctx, "settings", None) or {}).get("interactive")) and typed and len(ctx.frames) <= 1
