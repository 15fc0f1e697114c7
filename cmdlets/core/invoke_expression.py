"""Invoke-Expression: run a string as pyshell code, in the current scope."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory, ErrorRecord, ParseException
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
            raise ParseException(ErrorRecord(first.message, first.error_id, ErrorCategory.ParserError,
                                             "ParseException", extent=first.extent,
                                             parse_errors=list(result.errors)))
        ctx = self.context
        block = ctx.compiler.script_block(result.tree)
        if block.end is not None:
            block.end(ctx, self.runtime.emit)
