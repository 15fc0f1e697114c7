"""Invoke-Expression: run a string as pyshell code, in the current scope."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory, ErrorRecord, ParseException, PSError
from pyshell.language.parser import parse


class InvokeExpression(Cmdlet):
    """Runs a string as commands and writes what they output."""

    verb, noun = "Invoke", "Expression"
    implementing_type = "Microsoft.PowerShell.Commands.InvokeExpressionCommand"
    description = ("Invoke-Expression parses its string as pyshell code and runs it in the current scope, so "
                   "variables it sets stay set. It runs pyshell's language only; nothing reaches the host system "
                   "beyond what the language itself allows.")

    command = Parameter(str, position=0, mandatory=True, pipeline=True,
                        help="The code to run.")

    examples = (
        Example('Invoke-Expression "1 + 2"', "Runs the text as code and writes 3.", "3\n"),
        Example('$cmd = "Get-CsAdminRole -Identity CsHelpDesk"; Invoke-Expression $cmd',
                "Runs a command kept in a variable."),
    )

    def process(self) -> None:
        result = parse(self.command)
        if result.errors:
            first = result.errors[0]
            raise ParseException(ErrorRecord(first.message, f"{first.error_id},{self.implementing_type}",
                                             ErrorCategory.ParserError, "ParseException", extent=first.extent,
                                             parse_errors=list(result.errors), command_name=self.command_name()))
        ctx = self.context
        block = ctx.compiler.script_block(result.tree)
        if block.end is None:
            return
        try:
            block.end(ctx, self.runtime.emit)
        except PSError as exc:
            # An error that leaves the command is PowerShell's record of this command, unless a command
            # inside already owns it: ExpectedValueExpression,Microsoft.PowerShell.Commands.InvokeExpressionCommand.
            record = exc.record
            if not record.command_name and "," not in record.error_id:
                record.error_id = f"{record.error_id},{self.implementing_type}"
                record.command_name = self.command_name()
            raise
