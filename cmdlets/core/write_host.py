"""Write-Host: text straight to the console, optionally in colour."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.conversion import to_string
from pyshell.runtime.values import PSHashtable, SwitchParameter, enum_type

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

ConsoleColor = enum_type("System.ConsoleColor", [
    "Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray",
    "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White"])

# The ANSI foreground code of each console colour (background: +10).
_ANSI = {"Black": 30, "DarkBlue": 34, "DarkGreen": 32, "DarkCyan": 36, "DarkRed": 31, "DarkMagenta": 35,
         "DarkYellow": 33, "Gray": 37, "DarkGray": 90, "Blue": 94, "Green": 92, "Cyan": 96, "Red": 91,
         "Magenta": 95, "Yellow": 93, "White": 97}


def host_text(value: Any, separator: str) -> str:
    """An object as Write-Host prints it: a collection's elements joined by the separator (nested
    collections too), anything else by its string form."""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return separator.join(host_text(v, separator) for v in value)
    if isinstance(value, PSHashtable):
        return to_string(value)
    return to_string(value)


class WriteHost(Cmdlet):
    """Writes customized output to a host."""

    verb, noun = "Write", "Host"
    implementing_type = "Microsoft.PowerShell.Commands.WriteHostCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113426"
    description = (
        "Write-Host prints text on the console and sends nothing down the pipeline, so its output "
        "cannot be piped, captured in a variable or formatted. Arguments are joined with a space "
        "(-Separator chooses another string); a collection prints its elements the same way. "
        "-ForegroundColor and -BackgroundColor take a console colour name; the colours appear only "
        "on a terminal that shows colour. -NoNewline leaves the cursor at the end of the text.")

    object_ = Parameter(object, name="Object", pipeline=True, remaining=True,
                       help="What to print: the arguments, or each object piped in.")
    no_newline = Parameter(SwitchParameter,
                           help="Do not end the text with a new line.")
    separator = Parameter(object, default=" ",
                          help="The string printed between the elements of a collection (a space by default).")
    foreground_color = Parameter(ConsoleColor, help="The colour of the text, such as Green or DarkYellow.")
    background_color = Parameter(ConsoleColor, help="The colour behind the text.")

    examples = (
        Example("Write-Host 'Replication finished'", "Prints a line on the console.", "Replication finished\n"),
        Example("Write-Host 1, 2, 3 -Separator ' -> '", "Joins the elements with a separator.", "1 -> 2 -> 3\n"),
        Example("Write-Host 'Partners: ' -NoNewline; Write-Host 10", "Two calls on one line.", "Partners: 10\n"),
        Example("Write-Host 'Stale replica' -ForegroundColor Yellow -BackgroundColor DarkRed",
                "Coloured text (colour shows only on a terminal)."),
    )

    def begin(self) -> None:
        self._from_arguments = self.is_bound(WriteHost.object_)

    def process(self) -> None:
        value = self.object_
        if self._from_arguments and isinstance(value, list) and len(value) == 1:
            value = value[0]
        separator = to_string(self.separator)
        text = "" if value is None else host_text(value, separator)
        # Since Windows PowerShell 5 the text is an InformationRecord tagged PSHOST: -InformationAction
        # Ignore drops it, 6> and *> redirect it (then the console does not show it), and
        # -InformationVariable keeps it. The console shows it whatever $InformationPreference says.
        if self._information(text):
            return
        host = self.context.host
        if getattr(host, "color", False) and (self.foreground_color is not None or self.background_color is not None):
            codes = []
            if self.foreground_color is not None:
                codes.append(str(_ANSI[self.foreground_color.name]))
            if self.background_color is not None:
                codes.append(str(_ANSI[self.background_color.name] + 10))
            text = f"\x1b[{';'.join(codes)}m{text}\x1b[0m"
        host.write(text if self.no_newline else text + "\n")

    def _information(self, text: str) -> bool:
        """Send the text's InformationRecord where it goes; True when it is not to be shown."""
        from pyshell.runtime.streamrecords import host_information_record
        runtime, ctx = self.runtime, self.context
        preference = runtime.stream_preferences.get("information") or \
            ctx.preference("informationpreference", "SilentlyContinue")
        if str(preference).lower() == "ignore":
            return True
        record = host_information_record(text, self.foreground_color, self.background_color, bool(self.no_newline))
        for store in runtime.information_lists:
            store.append(record)
        if runtime._route(lambda redirector, out: redirector.stream("information", record, out)):
            return True
        if ctx.information_sink is not None:
            ctx.information_sink(record)
        return False
