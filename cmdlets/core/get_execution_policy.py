"""Get-ExecutionPolicy: the execution policy in force, or the one a scope sets, or all of them."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.executionpolicy import PRECEDENCE, ExecutionPolicyScope, effective, policies
from pyshell.runtime.values import PSObject, SwitchParameter


class GetExecutionPolicy(Cmdlet):
    """Gets the execution policies for the current session."""

    verb, noun = "Get", "ExecutionPolicy"
    implementing_type = "Microsoft.PowerShell.Commands.GetExecutionPolicyCommand"
    output_types = ("Microsoft.PowerShell.ExecutionPolicy",)
    description = ("Get-ExecutionPolicy writes the execution policy in force: the first one set in the order "
                   "MachinePolicy, UserPolicy, Process, CurrentUser, LocalMachine (Restricted if none is). "
                   "-Scope writes what one scope sets, Undefined when it sets nothing; -List writes every "
                   "scope with its policy. pyshell's server starts with RemoteSigned for LocalMachine, and "
                   "`pyshell -ExecutionPolicy Bypass` sets the Process scope.")

    scope = Parameter(ExecutionPolicyScope, position=0, by_property_name=True,
                      help="The scope whose own policy to get.")
    list_ = Parameter(SwitchParameter, name="List", help="Gets the policy of every scope, most specific first.")

    examples = (
        Example("Get-ExecutionPolicy", "The policy in force.", "RemoteSigned\n"),
        Example("Get-ExecutionPolicy -List", "Every scope and its policy."),
        Example("Get-ExecutionPolicy -Scope CurrentUser", "What the CurrentUser scope sets.", "Undefined\n"),
    )

    def begin(self) -> None:
        if self.list_ and self.is_bound(GetExecutionPolicy.scope):
            raise PSError(self.error_record("Cannot get execution policy. Specify only the List or Scope parameters.",
                                            "ListAndScopeSpecified", ErrorCategory.InvalidOperation,
                                            exception_type="InvalidOperationException"))
        ctx = self.context
        if self.list_:
            table = policies(ctx)
            for name in PRECEDENCE:
                self.write_object(PSObject([("Scope", ExecutionPolicyScope[name]), ("ExecutionPolicy", table[name])]))
        elif self.is_bound(GetExecutionPolicy.scope):
            self.write_object(policies(ctx)[self.scope.name])
        else:
            self.write_object(effective(ctx))
