"""Read-Host: a line typed by the user, or read from redirected input."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.conversion import to_string
from pyshell.runtime.values import SwitchParameter

_NON_INTERACTIVE = ("Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not "
                    "available.")


class ReadHost(Cmdlet):
    """Reads a line of input from the console."""

    verb, noun = "Read", "Host"
    implementing_type = "Microsoft.PowerShell.Commands.ReadHostCommand"
    output_types = ("System.String", "System.Security.SecureString")
    description = ("Read-Host shows the prompt, followed by a colon and a space, and writes the line the user "
                   "types as a string; -AsSecureString does not echo it and writes a SecureString instead. "
                   "When standard input is redirected (echo name | pyshell script.ps1) the next line of it "
                   "is the answer. Under -NonInteractive there is no one to ask, and Read-Host is an error.")

    prompt = Parameter(object, position=0, allow_null=True,
                       help="The text shown before the input (a colon and a space are added).")
    as_secure_string = Parameter(SwitchParameter, name="AsSecureString",
                                 help="Reads without showing what is typed and writes a SecureString.")

    examples = (
        Example('$identity = Read-Host "Partner identity"',
                "Asks for a partner's identity and keeps the answer in $identity."),
        Example('$secret = Read-Host "Password" -AsSecureString',
                "Asks for a password without showing it; $secret is a SecureString."),
    )

    def process(self) -> None:
        ctx = self.context
        if (getattr(ctx, "settings", None) or {}).get("non_interactive"):
            raise PSError(self.error_record(_NON_INTERACTIVE, "InvalidOperation",
                                            ErrorCategory.InvalidOperation,
                                            exception_type="PSInvalidOperationException"))
        text = "" if self.prompt is None else _prompt_text(self.prompt, ctx)
        line = ctx.host.read_host_line(f"{text}: " if text else "", secret=bool(self.as_secure_string))
        if self.as_secure_string:
            from pyshell.runtime.securestring import SecureString
            self.write_object(SecureString(line or ""))
            return
        self.write_object(line)


def _prompt_text(prompt: object, ctx: object) -> str:
    """The prompt as text: a list's items joined by $OFS, as PowerShell joins them."""
    if isinstance(prompt, (list, tuple)):
        return getattr(ctx, "ofs", " ").join(to_string(p) for p in prompt)
    return to_string(prompt)
